import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';

const marked = (text: string, matched: string[]) =>
  highlightRanges(text, matched)
    .map((r) => (r.hit ? `[${r.text}]` : r.text))
    .join('');

describe('highlightRanges', () => {
  it('marks matched words case-insensitively and keeps the text intact', () => {
    const ranges = highlightRanges('Rate limit exceeded. Retry after 60 seconds.', ['rate', 'retry']);
    expect(ranges.map((r) => r.text).join('')).toBe('Rate limit exceeded. Retry after 60 seconds.');
    expect(ranges.filter((r) => r.hit).map((r) => r.text)).toEqual(['Rate', 'Retry']);
  });

  it('marks words at word starts only, including inside identifiers', () => {
    expect(marked('generate a rate', ['rate'])).toBe('generate a [rate]');
    expect(marked('RATE_LIMIT_EXCEEDED', ['limit'])).toBe('RATE_[LIMIT]_EXCEEDED');
    expect(marked('invalidPhone', ['phone'])).toBe('invalid[Phone]');
  });

  it('marks a matched prefix of a longer word and merges neighbouring hits', () => {
    expect(marked('saturated lines', ['satur'])).toBe('[satur]ated lines');
    expect(marked('not found', ['not', 'not found'])).toBe('[not found]');
  });

  it('handles codes, empty input and nothing matched', () => {
    expect(marked('Code 1007 and 10070', ['1007'])).toBe('Code [1007] and 10070');
    expect(highlightRanges('', ['x'])).toEqual([]);
    expect(highlightRanges('plain', [])).toEqual([{ text: 'plain', hit: false }]);
  });
});

describe('highlightRanges and spelling', () => {
  it('marks a word written in the other spelling of a matched word', () => {
    expect(marked('API key not recognised', ['recognized'])).toBe('API key not [recognised]');
    expect(marked('The send was cancelled', ['canceled'])).toBe('The send was [cancelled]');
  });
});
