// The scanner's verdicts on broken JSON: where (1-based line and column) and why, in plain words.
import { describe, expect, it } from 'vitest';
import { lineColumn, scanJsonValue } from './json-scan';

function breakAt(text: string) {
  const result = scanJsonValue(text, 0);
  if (result.ok) throw new Error('expected a break');
  return { ...lineColumn(text, result.pos), message: result.message };
}

describe('scanJsonValue', () => {
  it('accepts valid JSON and stops at the end of the value', () => {
    const text = '  {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} trailing';
    const result = scanJsonValue(text, 0);
    expect(result).toEqual({ ok: true, start: 2, end: text.indexOf(' trailing') });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": 2 "c": 3\n}', 3, 10, "expected ',' or '}' after a property value"],
    ['{"a": 1,}', 1, 9, 'trailing comma'],
    ['[1, 2,]', 1, 7, "expected a value before ']'"],
    ['[1 2]', 1, 4, "expected ',' or ']' after an array element"],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes'],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": "line\nbreak"}', 1, 12, 'not closed before the end of the line'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape \\x'],
    ['{"a": 01}', 1, 8, "expected ',' or '}'"],
    ['{"a": -}', 1, 8, 'digits after the minus sign'],
    ['{"a": 1.}', 1, 9, 'digits after the decimal point'],
    ['{"a": [1, 2', 1, 12, 'still open'],
    ['{"a": "abc', 1, 7, 'closing double quote is missing'],
  ])('%j breaks at %i:%i (%s)', (text, line, column, message) => {
    const found = breakAt(text);
    expect({ line: found.line, column: found.column }).toEqual({ line, column });
    expect(found.message).toContain(message);
  });

  it('counts columns after CRLF line ends and astral characters as one each', () => {
    expect(lineColumn('{\r\n  "a": 1\r\n  x', 15)).toEqual({ line: 3, column: 3 });
    expect(lineColumn('😀😀x', 4)).toEqual({ line: 1, column: 3 });
  });

  it('refuses 100,000 nested brackets without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = scanJsonValue(deep, 0, 512);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.tooDeep).toBe(true);
  });

  it('accepts nesting up to the limit', () => {
    expect(scanJsonValue('['.repeat(512) + ']'.repeat(512), 0, 512).ok).toBe(true);
  });
});
