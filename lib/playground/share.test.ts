// Share fragments round-trip any paste, stay URL-safe, and turn garbage or bombs into null instead of throwing.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from './share';

describe('share links', () => {
  it.each([
    ['empty', ''],
    ['ascii', 'HTTP/2 429\nretry-after: 7\n\n{"error":"rate_limited","code":429}'],
    ['unicode', 'Fehler: „Zeichen“ — 日本語 😀 \u0000 \uFEFF'],
    ['large', JSON.stringify({ issues: Array.from({ length: 2000 }, (_, i) => ({ field: `f${i}`, message: 'bad' })) })],
  ])('round-trips %s text', (_label, text) => {
    const fragment = encodeShare(text);
    expect(fragment).toMatch(/^#i=[A-Za-z0-9_-]*$/);
    expect(decodeShare(fragment)).toBe(text);
    expect(decodeShare(fragment.slice(1))).toBe(text);
    expect(decodeShare(`https://codebook.test/playground/${fragment}`)).toBe(text);
  });

  it('round-trips arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => decodeShare(encodeShare(text)) === text),
      { seed: 3, numRuns: 150 },
    );
  });

  it('compresses repetitive pastes', () => {
    const text = '{"success":false,"error":{"status":429,"code":1007}}\n'.repeat(200);
    expect(encodeShare(text).length).toBeLessThan(text.length / 10);
  });

  it.each(['', '#', '#x=abc', '#i=', '#i=!!!!', '#i=A', '#i=AAAA', '#i=____', 'not a fragment'])(
    'returns null for %j',
    (fragment) => {
      expect(decodeShare(fragment)).toBeNull();
    },
  );

  it('returns null for random fragments and truncated links, never throwing', () => {
    const good = encodeShare('{"code":"VALIDATION_ERROR","message":"phone_number must be a valid E.164 number."}');
    for (let cut = 4; cut < good.length - 1; cut++) expect(() => decodeShare(good.slice(0, cut))).not.toThrow();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const out = decodeShare(`#i=${s}`);
        return out === null || typeof out === 'string';
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('refuses a link that expands beyond the limit (a decompression bomb)', () => {
    const bomb = deflateSync(new Uint8Array(1024 * 1024), { level: 1 });
    const fragment = `#i=${btoa(String.fromCharCode(...bomb))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    expect(fragment.length).toBeLessThan(10_000);
    expect(decodeShare(fragment, { maxBytes: 256 * 1024 })).toBeNull();
    expect(decodeShare(fragment, { maxBytes: 2 * 1024 * 1024 })).toHaveLength(1024 * 1024);
  });
});
