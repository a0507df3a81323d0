import { describe, expect, it } from 'vitest';
import { rowMatches } from './match-row';

const row = '1007 Rate limited Back off and retry Too many requests 429';

describe('rowMatches (table filter)', () => {
  it('matches codes, words and prefixes', () => {
    expect(rowMatches(row, '1007')).toBe(true);
    expect(rowMatches(row, 'rate lim')).toBe(true);
    expect(rowMatches(row, '429')).toBe(true);
  });
  it('splits snake_case and camelCase on both sides', () => {
    expect(rowMatches('INVALID_BUSINESS_ID Invalid business ID format', 'business id')).toBe(true);
    expect(rowMatches('window_expired', 'window expired')).toBe(true);
    expect(rowMatches('retryAfter', 'after')).toBe(true);
  });
  it('tolerates a one-letter typo in longer words', () => {
    expect(rowMatches(row, 'rete limited')).toBe(true);
  });
  it('rejects rows that do not contain the words', () => {
    expect(rowMatches(row, 'attachment')).toBe(false);
    expect(rowMatches(row, '1001')).toBe(false);
  });
});
