// The wait for a response no catalog claims: a wait the body states (Google's RetryInfo `retryDelay`, a
// `retry_after` in seconds), then Retry-After, then the rate-limit headers.
import { getPath } from './body-path';
import type { ResponseHead } from './parse-input';
import { headerWait, numeric, quotaSpent, RESET_HEADERS, sane, type Found, type Wait } from './wait';

/** Google APIs put the wait in the body: a `google.rpc.RetryInfo` entry of `error.details` with `retryDelay: "37s"`. */
const GOOGLE_DELAY_PATHS = [0, 1, 2, 3, 4, 5].map((i) => `error.details.${i}.retryDelay`);
/**
 * Bodies that state the wait in seconds as a number: Discord's `retry_after` (1.337), Telegram's
 * `parameters.retry_after`, and the same field inside an `error` object.
 */
const SECONDS_PATHS = ['retry_after', 'retryAfter', 'parameters.retry_after', 'error.retry_after', 'error.retryAfter'];
export const RETRY_DELAY_PATHS: readonly string[] = [...GOOGLE_DELAY_PATHS, ...SECONDS_PATHS];
const DURATION = /^(\d{1,12}(?:\.\d{1,9})?)s$/;

function retryDelay(body: unknown, warnings: string[]): Found {
  for (const path of GOOGLE_DELAY_PATHS) {
    const hit = getPath(body, path);
    if (!hit.found || typeof hit.value !== 'string') continue;
    const m = DURATION.exec(hit.value.trim());
    if (m) return sane({ seconds: Number(m[1]), source: 'body', field: path }, warnings, hit.value);
  }
  for (const path of SECONDS_PATHS) {
    const hit = getPath(body, path);
    if (!hit.found || typeof hit.value !== 'number') continue;
    const seconds = numeric(hit.value);
    // A fraction of a second still means "not before then": round up to whole seconds.
    if (seconds !== null && seconds >= 0)
      return sane({ seconds: Math.ceil(seconds), source: 'body', field: path }, warnings, String(hit.value));
  }
  return null;
}

/**
 * The wait for a response no catalog claims: the body's own retry delay, then Retry-After, then the rate-limit
 * headers, which count only for a rate-limit failure (429, or the headers saying the quota is spent).
 */
export function genericWait(head: ResponseHead, status: number | null, now?: Date, body?: unknown): Wait {
  const warnings: string[] = [];
  const own = body === undefined ? null : retryDelay(body, warnings);
  if (own)
    return { retryAfterSeconds: own.seconds, waitSource: own.source, waitField: own.field, waitWarnings: warnings };
  const useRateLimit = status === 429 || quotaSpent(head);
  const fromHeaders = headerWait(head, { retryAfter: ['Retry-After'], reset: RESET_HEADERS, useRateLimit }, now);
  return { ...fromHeaders, waitWarnings: [...warnings, ...fromHeaders.waitWarnings] };
}
