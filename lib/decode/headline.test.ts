// The verdict's first line is worded by the kind of failure, for catalog codes and generic responses alike.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { verdictHeadline } from './headline';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';

const table = buildDecoderTable(getCatalogs());
const headline = (text: string) => {
  const result = decodeResponse(text, table, { now: new Date('2026-01-25T10:30:00Z') });
  if (!result.ok) throw new Error(`not decoded: ${result.reason}`);
  return verdictHeadline(result).headline;
};

describe('verdict headline', () => {
  it('never tells a rate limit the response marks not retryable to fix the request', () => {
    // Chert 1007 is a rate limit; this response's own flag says not to retry.
    const text =
      '{"success":false,"error":{"status":429,"code":1007,"message":"Daily quota used up","retryable":false},"trace_id":"q1"}';
    expect(headline(text)).toBe('Do not retry right away: this limit does not lift on a short wait');
    expect(headline('HTTP/1.1 400 Bad Request\n\n{"error":"quota_exceeded","message":"Monthly quota exceeded"}')).toBe(
      'Do not retry right away: this limit does not lift on a short wait',
    );
  });

  it('words credential, permission, missing and conflict failures by what they are', () => {
    expect(headline('HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_token"}')).toBe(
      'Do not retry: fix the credentials',
    );
    expect(headline('HTTP/1.1 403 Forbidden\n\n{"message":"Forbidden"}')).toBe(
      'Do not retry: the caller is not allowed to do this',
    );
    expect(headline('HTTP/1.1 404 Not Found\n\n{"message":"No route"}')).toBe(
      'Do not retry: what the request names does not exist',
    );
    expect(headline('HTTP/1.1 409 Conflict\n\n{"message":"Version mismatch"}')).toBe(
      'Do not retry as sent: resolve the conflict first',
    );
    expect(headline('HTTP/1.1 422 Unprocessable Content\n\n{"message":"email is invalid"}')).toBe(
      'Do not retry: fix the request',
    );
  });

  it('gives the wait when there is one, and points a lasting server failure to support', () => {
    expect(headline('HTTP/1.1 503 Service Unavailable\nRetry-After: 300\n\n')).toBe('Retry after 5 min (300 s)');
    expect(headline('HTTP/1.1 502 Bad Gateway\n\n')).toBe('Retry with back-off');
    expect(
      headline('HTTP/1.1 503 x\nDate: Sun, 25 Jan 2026 10:30:00 GMT\nRetry-After: Sun, 25 Jan 2026 10:29:00 GMT\n\n'),
    ).toBe('Retry now: the wait the response asked for is over');
    expect(headline('HTTP/1.1 501 Not Implemented\nX-Request-Id: r-501\n\n')).toBe(
      'Do not retry: contact support with request id r-501',
    );
  });
});
