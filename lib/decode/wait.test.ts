// Waits are advice a client follows: a property test over any header values and body fields shows every wait is a
// whole number of seconds from 0 to 7 days, and hand-written cases pin each header kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';

const table = buildDecoderTable(getCatalogs());
const now = new Date('2026-01-25T10:30:00Z');
const WEEK = 7 * 24 * 60 * 60;

const number = fc.oneof(
  fc.integer({ min: -10, max: 2_000_000_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.stringMatching(/^\d{1,400}$/),
  fc.constantFrom('1e400', 'Infinity', '-0', '0.5', ' 12 '),
);
const date = fc
  .date({ min: new Date(-62_000_000_000_000), max: new Date(253_402_300_799_000), noInvalidDate: true })
  .map((d) => d.toUTCString());
const value = fc.oneof(number, date, fc.string({ maxLength: 30 }));
const headerName = fc.constantFrom(
  'Retry-After',
  'RateLimit-Reset',
  'X-RateLimit-Reset',
  'X-Rate-Limit-Reset',
  'X-RateLimit-Remaining',
  'Date',
  'RateLimit',
  'RateLimit-Policy',
);
const rateLimitField = fc.tuple(number, number).map(([r, t]) => `"default";r=${r};t=${t}`);

describe('every wait', () => {
  it('is a whole number of seconds, at most 7 days, whatever the headers and body say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(429, 503, 403, 500, 400),
        fc.array(fc.oneof(fc.tuple(headerName, value), fc.tuple(fc.constant('RateLimit'), rateLimitField)), {
          maxLength: 6,
        }),
        fc.oneof(
          fc.constant(''),
          number.map(
            (n) =>
              `{"success":false,"error":{"status":429,"code":1007,"message":"x","retryable":true,"retry_after":${/^-?\d+(\.\d+)?$/.test(n.trim()) ? n.trim() : JSON.stringify(n)}},"trace_id":"t"}`,
          ),
          fc.constant('{"error":"x"}'),
        ),
        (status, headers, body) => {
          const text = `HTTP/1.1 ${status} X\n${headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`;
          const result = decodeResponse(text, table, { now });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const wait = result.retryAfterSeconds;
          expect(
            wait === null || (Number.isInteger(wait) && wait >= 0 && wait <= WEEK),
            `wait ${wait} for ${text.slice(0, 300)}`,
          ).toBe(true);
          expect(wait === null).toBe(result.waitSource === null);
        },
      ),
      { seed: 23, numRuns: 1500 },
    );
  });
});

describe('wait headers', () => {
  const decode = (head: string, body = '') => decodeResponse(`${head}\n\n${body}`, table, { now });

  it('reads Retry-After as seconds or as an HTTP date against the Date header', () => {
    expect(decode('HTTP/1.1 503 x\nRetry-After: 120')).toMatchObject({
      retryAfterSeconds: 120,
      waitSource: 'retry-after',
    });
    expect(
      decode('HTTP/1.1 503 x\nDate: Sun, 25 Jan 2026 10:30:00 GMT\nRetry-After: Sun, 25 Jan 2026 10:32:30 GMT'),
    ).toMatchObject({ retryAfterSeconds: 150 });
    // Against the Date header, not the reader's clock: the response is a day old when pasted.
    expect(
      decode('HTTP/1.1 503 x\nDate: Sat, 24 Jan 2026 10:30:00 GMT\nRetry-After: Sat, 24 Jan 2026 10:31:00 GMT'),
    ).toMatchObject({ retryAfterSeconds: 60 });
  });

  it('reads all three HTTP-date forms as GMT, whatever the local time zone', () => {
    const date = 'Date: Sun, 25 Jan 2026 10:30:00 GMT';
    const zone = process.env.TZ;
    // Date.parse reads asctime as local time: in New York that wait would be 5 hours longer.
    process.env.TZ = 'America/New_York';
    try {
      expect(decode(`HTTP/1.1 503 x\n${date}\nRetry-After: Sun Jan 25 10:31:30 2026`)).toMatchObject({
        retryAfterSeconds: 90,
      });
      expect(decode(`HTTP/1.1 503 x\n${date}\nRetry-After: Sunday, 25-Jan-26 10:32:00 GMT`)).toMatchObject({
        retryAfterSeconds: 120,
      });
      expect(decode(`HTTP/1.1 503 x\n${date}\nRetry-After: Sun, 25 Jan 2026 10:30:45 GMT`)).toMatchObject({
        retryAfterSeconds: 45,
      });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("reads a Google API's RetryInfo delay from the body", () => {
    const body = (delay: string) =>
      `{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"Quota","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"${delay}"}]}}`;
    expect(decode('HTTP/1.1 429 x', body('12.5s'))).toMatchObject({
      retryAfterSeconds: 13,
      waitSource: 'body',
      waitField: 'error.details.0.retryDelay',
    });
    const far = decode('HTTP/1.1 429 x\nRetry-After: 8', body('9000000s'));
    expect(far).toMatchObject({ retryAfterSeconds: 8, waitSource: 'retry-after' });
    expect(far.ok && far.warnings.join(' ')).toMatch(/beyond the 7 days/);
  });

  it('tells an X-RateLimit-Reset epoch from a count of seconds', () => {
    expect(decode('HTTP/1.1 429 x\nDate: Sun, 25 Jan 2026 10:30:00 GMT\nX-RateLimit-Reset: 1769337060')).toMatchObject({
      retryAfterSeconds: 60,
      waitSource: 'rate-limit-reset',
    });
    expect(decode('HTTP/1.1 429 x\nX-RateLimit-Reset: 45')).toMatchObject({ retryAfterSeconds: 45 });
    // Milliseconds since the epoch, as some gateways send.
    expect(
      decode('HTTP/1.1 429 x\nDate: Sun, 25 Jan 2026 10:30:00 GMT\nX-RateLimit-Reset: 1769337030000'),
    ).toMatchObject({ retryAfterSeconds: 30 });
  });

  it('reads the IETF RateLimit field and falls back to the policy window', () => {
    expect(decode('HTTP/1.1 429 x\nRateLimit: "burst";r=4;t=1, "daily";r=0;t=3600')).toMatchObject({
      retryAfterSeconds: 3600,
      waitSource: 'rate-limit',
      waitField: 'RateLimit',
    });
    expect(decode('HTTP/1.1 429 x\nRateLimit: limit=100, remaining=0, reset=17')).toMatchObject({
      retryAfterSeconds: 17,
    });
    expect(decode('HTTP/1.1 429 x\nRateLimit: "default";r=0\nRateLimit-Policy: "default";q=100;w=60')).toMatchObject({
      retryAfterSeconds: 60,
      waitField: 'RateLimit-Policy',
    });
  });

  it('ignores rate-limit resets on a failure that is not a rate limit', () => {
    expect(
      decode('HTTP/1.1 404 x\nX-RateLimit-Remaining: 57\nX-RateLimit-Reset: 30', '{"message":"Not Found"}'),
    ).toMatchObject({ retryable: false, retryAfterSeconds: null });
  });

  it('ignores absurd waits with a warning', () => {
    const far = decode(
      'HTTP/1.1 503 x\nDate: Sun, 25 Jan 2026 10:30:00 GMT\nRetry-After: Fri, 31 Dec 9999 23:59:59 GMT',
    );
    expect(far).toMatchObject({ retryAfterSeconds: null });
    expect(far.ok && far.warnings.join(' ')).toMatch(/beyond the 7 days/);
    const digits = decode(`HTTP/1.1 429 x\nRetry-After: ${'9'.repeat(400)}`);
    expect(digits).toMatchObject({ retryAfterSeconds: null });
    expect(digits.ok && digits.warnings.join(' ')).toMatch(/not a finite number/);
    expect(decode('HTTP/1.1 429 x\nRetry-After: 604800')).toMatchObject({ retryAfterSeconds: 604800 });
    expect(decode('HTTP/1.1 429 x\nRetry-After: 604801')).toMatchObject({ retryAfterSeconds: null });
  });

  it('warns about duplicate Retry-After headers', () => {
    const result = decode('HTTP/1.1 503 x\nRetry-After: 5\nretry-after: 50');
    expect(result).toMatchObject({ retryAfterSeconds: 50 });
    expect(result.ok && result.warnings.join(' ')).toContain('2 Retry-After headers (5, 50)');
  });
});
