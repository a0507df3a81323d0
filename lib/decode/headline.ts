// The one-line verdict a reader sees first, worded by the kind of failure: a rate limit that will not lift soon
// is not "fix the request", a credentials failure says so, and a server failure points to support.
import { KIND_PATTERN, statusKind, VERDICT } from './kinds';
import type { DecodedError } from './types';

export type Tone = 'retry' | 'stop' | 'unknown';

export function formatSeconds(s: number): string {
  return s >= 120 ? `${Math.round(s / 60)} min (${s.toLocaleString('en-US')} s)` : `${s} s`;
}

/** What the stop verdict is worded from; a session group has these too (without one id to quote). */
export type StopFacts = Pick<DecodedError, 'code' | 'title' | 'group' | 'httpStatus'> &
  Partial<Pick<DecodedError, 'groupTitle' | 'traceId' | 'traceLabel'>>;

/** The words that say what kind of failure this is: code, title, group and the status's own name. */
function words(r: StopFacts): string {
  return [r.code, r.title, r.group, r.groupTitle].filter((w) => w !== null && w !== undefined).join(' ');
}

export function isRateLimit(r: StopFacts): boolean {
  return statusKind(r.httpStatus) === 'rate-limit' || KIND_PATTERN['rate-limit'].test(words(r));
}

/** Why not to retry, by kind; `fix the request` only where the request itself is at fault. */
export function stopHeadline(r: StopFacts): string {
  const text = words(r);
  const status = r.httpStatus;
  const kind = statusKind(status);
  if (isRateLimit(r)) return 'Do not retry right away: this limit does not lift on a short wait';
  if (kind === 'credentials' || KIND_PATTERN.credentials.test(text)) return 'Do not retry: fix the credentials';
  if (kind === 'forbidden' || KIND_PATTERN.forbidden.test(text))
    return 'Do not retry: the caller is not allowed to do this';
  if (kind === 'not-found') return 'Do not retry: what the request names does not exist';
  if (kind === 'conflict') return 'Do not retry as sent: resolve the conflict first';
  if (status !== null && status >= 500) {
    return r.traceId && r.traceLabel
      ? `Do not retry: contact support with ${r.traceLabel} ${r.traceId}`
      : 'Do not retry: the server cannot complete this request';
  }
  return VERDICT.fixRequest;
}

export function verdictHeadline(r: DecodedError): { headline: string; tone: Tone } {
  if (r.retryable === true) {
    // A Retry-After date already past (or `Retry-After: 0`): the response's wait is over.
    if (r.retryAfterSeconds === 0) return { headline: VERDICT.retryNow, tone: 'retry' };
    return {
      headline: r.retryAfterSeconds !== null ? VERDICT.retryAfter(formatSeconds(r.retryAfterSeconds)) : VERDICT.backoff,
      tone: 'retry',
    };
  }
  if (r.retryable === false) return { headline: stopHeadline(r), tone: 'stop' };
  if (r.api === null)
    return { headline: 'No retry verdict: the response carries no failure status or retry flag', tone: 'unknown' };
  return { headline: 'Retry behaviour is not documented for this error', tone: 'unknown' };
}
