// The session table's verdict column says what a single response's headline would: worded by the kind of failure.
import { describe, expect, it } from 'vitest';
import { verdictLabel } from './report';

const group = (over: Partial<Parameters<typeof verdictLabel>[0]>) => ({
  retryable: null,
  retryAfterSeconds: null,
  verdict: 'unknown' as const,
  code: null,
  title: null,
  group: null,
  httpStatus: null,
  ...over,
});

describe('verdictLabel', () => {
  it('tells a group whose wait is already over to retry now, not to wait 0 s', () => {
    expect(verdictLabel(group({ retryable: true, retryAfterSeconds: 0, httpStatus: 503 }))).toBe(
      'retry now: the wait the response asked for is over',
    );
    expect(verdictLabel(group({ retryable: true, retryAfterSeconds: 90, httpStatus: 429 }))).toBe(
      'retry after 1 min 30 s',
    );
  });

  it('does not tell a rate limit or a server failure to fix the request', () => {
    expect(verdictLabel(group({ retryable: false, httpStatus: 429, code: 'quota_exhausted' }))).toBe(
      'do not retry right away: this limit does not lift on a short wait',
    );
    expect(verdictLabel(group({ retryable: false, httpStatus: 500, code: 3003 }))).toBe(
      'do not retry: the server cannot complete this request',
    );
    expect(verdictLabel(group({ retryable: false, httpStatus: 401 }))).toBe('do not retry: fix the credentials');
    expect(verdictLabel(group({ retryable: false, httpStatus: 400, code: 'VALIDATION_ERROR' }))).toBe(
      'do not retry: fix the request',
    );
  });

  it('sends a group whose responses disagree to each response', () => {
    expect(verdictLabel(group({ verdict: 'mixed', retryable: null }))).toBe('mixed: open each response');
  });
});
