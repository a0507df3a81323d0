// The JSON half of share links: walks one JSON value with the grammar of JSON.parse and writes its allow-listed
// form (keys kept, values kept only on allow-listed paths, every other value a typed placeholder). Linear, iterative.
import { maskSecrets, type SecretCounts } from './secret-scan';

export const REMOVED = '[removed]';
// Allow-listed paths are short; a value deeper than this under its object is never kept.
const MAX_PATH_SEGMENTS = 8;

export interface ShareRules {
  paths: Set<string>;
  headers: Set<string>;
  /** Values a shape matches on (`success: false`, `object: "error"`): kept where they equal the catalog's value. */
  constants: Map<string, Set<unknown>>;
  /** The hosts an API links to in its own error bodies: a link to one of them speaks for that API. */
  hosts: Set<string>;
}

/** What the rebuild writes and counts as it goes. */
export interface ShareCtx {
  rules: ShareRules;
  out: string[];
  removed: number;
  masked: SecretCounts;
}

type Frame = { object: boolean; key: string | null; index: number };
export type Scan = { ok: true; end: number } | { ok: false; pos: number };

const isWs = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const HEX = /^[0-9A-Fa-f]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** End of a valid JSON string starting at `i` (a quote), or the position where it breaks. */
function stringEnd(text: string, i: number): Scan {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 34) return { ok: true, end: j + 1 };
    if (c < 0x20) return { ok: false, pos: j };
    if (c === 92) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!HEX.test(text.slice(j + 2, j + 6))) return { ok: false, pos: j };
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
      else return { ok: false, pos: j };
    } else j++;
  }
  return { ok: false, pos: text.length };
}

/**
 * The dotted path of the current value under its outermost object (the decoder reads objects, and an array's
 * objects one by one), or null when there is none or it is too deep. `root` is the first object frame, or -1.
 */
function pathOf(stack: Frame[], root: number): string | null {
  if (root === -1 || stack.length - root > MAX_PATH_SEGMENTS) return null;
  const parts: string[] = [];
  for (let f = root; f < stack.length; f++) parts.push(stack[f].object ? (stack[f].key ?? '') : String(stack[f].index));
  return parts.join('.');
}

// The decoder reads the hosts of links in string values up to two members deep (a link to an API's own docs speaks
// for it, any other host against): the same pattern and window as its reading.
const URL_IN_TEXT = /https?:\/\/([A-Za-z0-9.-]{1,253})/g;
const URL_WINDOW = 2048;
const STAND_IN_HOST = 'host.invalid';

/** A removed value's stand-in: `[removed]`, then its links' hosts as the decoder reads them (others as one stand-in). */
function removedString(value: string, path: string | null, rules: ShareRules): string {
  if (path === null || path.split('.').length > 2 || !value.includes('://')) return REMOVED;
  const hosts = new Set<string>();
  for (const m of value.slice(0, URL_WINDOW).matchAll(URL_IN_TEXT)) {
    const host = m[1].toLowerCase();
    hosts.add(rules.hosts.has(host) ? host : STAND_IN_HOST);
  }
  return [REMOVED, ...[...hosts].map((h) => `https://${h}/`)].join(' ');
}

function emitString(ctx: ShareCtx, raw: string, stack: Frame[], root: number): void {
  const value = JSON.parse(raw) as string;
  const path = pathOf(stack, root);
  if (path !== null && ctx.rules.paths.has(path)) {
    const masked = maskSecrets(value, path.slice(path.lastIndexOf('.') + 1), ctx.masked);
    ctx.out.push(masked === value ? raw : JSON.stringify(masked));
  } else if (value === '' || (path !== null && ctx.rules.constants.get(path)?.has(value))) ctx.out.push(raw);
  else {
    ctx.removed++;
    ctx.out.push(`"${removedString(value, path, ctx.rules)}"`);
  }
}

function emitNumber(ctx: ShareCtx, raw: string, stack: Frame[], root: number): void {
  const path = pathOf(stack, root);
  if (path !== null && (ctx.rules.paths.has(path) || ctx.rules.constants.get(path)?.has(Number(raw))))
    ctx.out.push(raw);
  else {
    ctx.removed++;
    ctx.out.push('0');
  }
}

function emitKey(ctx: ShareCtx, raw: string): string {
  const key = JSON.parse(raw) as string;
  const masked = maskSecrets(key, undefined, ctx.masked);
  ctx.out.push(masked === key ? raw : JSON.stringify(masked));
  return key;
}

/**
 * Scans one JSON value from `start` with the grammar of JSON.parse, writing its allow-listed form to ctx.out.
 * On a break, what was valid so far has been written and the break position is returned, so the rebuilt text breaks
 * at the same place. Iterative: nesting depth costs no stack.
 */
export function scanValue(text: string, start: number, ctx: ShareCtx): Scan {
  const stack: Frame[] = [];
  let root = -1; // the first object frame: paths count from there
  // What the grammar expects next: a value, a key (or `}` right after `{`), `:`, or `,`/closer.
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma' = 'value';
  let i = start;
  const emit = (piece: string) => {
    ctx.out.push(piece);
    i += piece.length;
  };
  const close = (c: string) => {
    emit(c);
    stack.pop();
    if (root >= stack.length) root = -1;
    expect = 'comma';
  };
  while (i < text.length) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (isWs(c)) {
      let j = i + 1;
      while (j < text.length && isWs(text[j])) j++;
      emit(text.slice(i, j));
    } else if (expect === 'comma') {
      if (c === ',' && top) {
        emit(c);
        if (!top.object) top.index++;
        expect = top.object ? 'key' : 'value';
      } else if ((c === '}' && top?.object) || (c === ']' && top && !top.object)) close(c);
      else return { ok: false, pos: i };
    } else if (expect === 'colon') {
      if (c !== ':') return { ok: false, pos: i };
      emit(c);
      expect = 'value';
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') close(c);
      else {
        if (c !== '"') return { ok: false, pos: i };
        const s = stringEnd(text, i);
        if (!s.ok) return brokenString(text, s.pos, ctx);
        top.key = emitKey(ctx, text.slice(i, s.end));
        i = s.end;
        expect = 'colon';
      }
    } else if (c === ']' && expect === 'value-or-close') close(c);
    else if (c === '{' || c === '[') {
      emit(c);
      stack.push({ object: c === '{', key: null, index: 0 });
      if (root === -1 && c === '{') root = stack.length - 1;
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    } else {
      if (c === '"') {
        const s = stringEnd(text, i);
        if (!s.ok) return brokenString(text, s.pos, ctx);
        emitString(ctx, text.slice(i, s.end), stack, root);
        i = s.end;
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m || m[0] === '-') return { ok: false, pos: i };
        emitNumber(ctx, m[0], stack, root);
        i += m[0].length;
      } else {
        const literal = ['true', 'false', 'null'].find((l) => text.startsWith(l, i));
        if (!literal) return { ok: false, pos: i };
        emit(literal);
      }
      expect = 'comma';
    }
    if (stack.length === 0 && expect === 'comma') return { ok: true, end: i };
  }
  return { ok: false, pos: text.length };
}

/** A string that breaks (bad escape, raw control character, no closing quote): the rebuilt text breaks the same way. */
function brokenString(text: string, pos: number, ctx: ShareCtx): Scan {
  ctx.removed++;
  ctx.out.push(`"${REMOVED}`);
  if (pos >= text.length) return { ok: false, pos };
  // `\x` is no JSON escape, so a bad escape stays a bad escape without carrying what followed it.
  if (text[pos] === '\\') {
    ctx.out.push('\\x');
    return { ok: false, pos: pos + 1 };
  }
  ctx.out.push(text[pos]);
  return { ok: false, pos: pos + 1 };
}
