// An iterative JSON scanner: checks one value, reports where and why it breaks in plain words,
// and refuses nesting deeper than a limit — so JSON.parse and later walks never meet hostile depth.

export type ScanResult =
  { ok: true; start: number; end: number } | { ok: false; pos: number; message: string; tooDeep: boolean };

const OBJECT = 1;
const ARRAY = 2;

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

class Broken {
  constructor(
    readonly pos: number,
    readonly message: string,
    readonly tooDeep = false,
  ) {}
}

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

// Runs of ordinary string characters are skipped by the regex engine, which keeps 10 MB bodies fast.
const PLAIN = /[^"\\\u0000-\u001f]*/y;

/** Index just past the closing quote of the string opening at `i`. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    PLAIN.lastIndex = j;
    PLAIN.test(text);
    j = PLAIN.lastIndex;
    if (j >= text.length) break;
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(j + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++)
          if (!isHex(text.charCodeAt(j + k))) throw new Broken(j, 'a \\u escape needs four hex digits');
        j += 5;
      } else if (
        e === 0x22 ||
        e === 0x5c ||
        e === 0x2f ||
        e === 0x62 ||
        e === 0x66 ||
        e === 0x6e ||
        e === 0x72 ||
        e === 0x74
      )
        j++;
      else if (j + 1 >= text.length) break;
      else throw new Broken(j, `invalid escape \\${text[j + 1]} inside a string`);
    } else if (c < 0x20) {
      throw new Broken(
        j,
        c === 0x0a || c === 0x0d
          ? 'a string is not closed before the end of the line'
          : 'a control character inside a string must be escaped',
      );
    }
  }
  throw new Broken(i, 'a string is not closed: the closing double quote is missing');
}

function scanNumber(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(j) === 0x2d) j++;
  if (text.charCodeAt(j) === 0x30) j++;
  else if (isDigit(text.charCodeAt(j))) while (isDigit(text.charCodeAt(j))) j++;
  else throw new Broken(j, 'a number needs digits after the minus sign');
  if (text.charCodeAt(j) === 0x2e) {
    j++;
    if (!isDigit(text.charCodeAt(j))) throw new Broken(j, 'a number needs digits after the decimal point');
    while (isDigit(text.charCodeAt(j))) j++;
  }
  if (text.charCodeAt(j) === 0x65 || text.charCodeAt(j) === 0x45) {
    j++;
    if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j++;
    if (!isDigit(text.charCodeAt(j))) throw new Broken(j, 'a number needs digits in its exponent');
    while (isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

function unexpectedValue(text: string, i: number): Broken {
  if (i >= text.length) return new Broken(i, 'the JSON ends where a value was expected');
  const c = text[i];
  if (c === "'") return new Broken(i, 'expected a value: strings need double quotes, not single quotes');
  if (c === '}' || c === ']') return new Broken(i, `expected a value before '${c}' (a trailing comma?)`);
  return new Broken(i, `expected a value (a string, number, object, array, true, false or null), found '${c}'`);
}

function scanKey(text: string, i: number): number {
  i = skipWs(text, i);
  if (text.charCodeAt(i) !== 0x22) {
    if (i >= text.length) throw new Broken(i, 'the JSON ends inside an object, where a property name was expected');
    if (text[i] === '}') throw new Broken(i, "expected a property name after ',' (a trailing comma before '}'?)");
    throw new Broken(i, 'expected a property name in double quotes');
  }
  i = skipWs(text, scanString(text, i));
  if (text.charCodeAt(i) !== 0x3a)
    throw new Broken(
      i,
      i >= text.length ? "the JSON ends where ':' was expected" : "expected ':' after a property name",
    );
  return i + 1;
}

function scan(text: string, start: number, maxDepth: number): number {
  const stack: number[] = [];
  let i = skipWs(text, start);
  for (;;) {
    // Expect a value at i.
    i = skipWs(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= maxDepth) throw new Broken(i, `the JSON nests deeper than ${maxDepth} levels`, true);
      stack.push(c === 0x7b ? OBJECT : ARRAY);
      i = skipWs(text, i + 1);
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        stack.pop();
        i++;
      } else {
        if (c === 0x7b) i = scanKey(text, i);
        continue;
      }
    } else if (c === 0x22) i = scanString(text, i);
    else if (c === 0x2d || isDigit(c)) i = scanNumber(text, i);
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else throw unexpectedValue(text, i);
    // After a value: close containers or move to the next member.
    for (;;) {
      if (stack.length === 0) return i;
      i = skipWs(text, i);
      const top = stack[stack.length - 1];
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i = top === OBJECT ? scanKey(text, i + 1) : i + 1;
        break;
      }
      if ((top === OBJECT && d === 0x7d) || (top === ARRAY && d === 0x5d)) {
        stack.pop();
        i++;
        continue;
      }
      if (i >= text.length) {
        const open =
          stack.length === 1
            ? top === OBJECT
              ? 'an object is'
              : 'an array is'
            : `${stack.length} objects or arrays are`;
        throw new Broken(i, `the JSON ends too early: ${open} still open`);
      }
      throw new Broken(
        i,
        top === OBJECT ? "expected ',' or '}' after a property value" : "expected ',' or ']' after an array element",
      );
    }
  }
}

/** Scans one JSON value starting at `start` (after whitespace); text after the value is left alone. */
export function scanJsonValue(text: string, start: number, maxDepth = 512): ScanResult {
  const from = skipWs(text, start);
  try {
    return { ok: true, start: from, end: scan(text, from, maxDepth) };
  } catch (error) {
    // A break at the very end is shown just after the last character, not on a trailing blank line.
    if (error instanceof Broken)
      return {
        ok: false,
        pos: error.pos >= text.length ? text.trimEnd().length : error.pos,
        message: error.message,
        tooDeep: error.tooDeep,
      };
    throw error;
  }
}

/** 1-based line and column of an offset, counting a surrogate pair as one column. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < pos) i++;
    column++;
  }
  return { line, column };
}
