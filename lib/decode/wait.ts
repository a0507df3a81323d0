// How long to wait before retrying: the body's own field first, then Retry-After (seconds or an HTTP date),
// then X-RateLimit-Reset (an epoch time, or a small number read as seconds). Never negative.
import { pick } from './body-path';
import { header, type ResponseHead } from './parse-input';
import { headerNames } from './table-index';
import type { TableApi, TableShape, WaitSource } from './types';

export interface Wait {
  retryAfterSeconds: number | null;
  waitSource: WaitSource | null;
  waitField: string | null;
}

const NONE: Wait = { retryAfterSeconds: null, waitSource: null, waitField: null };
// Below this a reset value is a delta in seconds; above it, a Unix time (1e9 s is September 2001).
const EPOCH_THRESHOLD = 1_000_000_000;
const DATE_LIKE = /^[A-Za-z]{3},? +\d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4} +\d{1,2}:\d{2}:\d{2} *(?:GMT|UTC|[+-]\d{4})?$|^[A-Za-z]{3} [A-Za-z]{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$/;

const seconds = (n: number) => Math.max(0, Math.ceil(n));

function numeric(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

function httpDate(value: string): number | null {
  const trimmed = value.trim();
  if (!DATE_LIKE.test(trimmed)) return null;
  const ms = Date.parse(trimmed);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The reference "now" for dates in headers. The response's own Date header comes first, since the server
 * computed Retry-After against its clock (and a pasted old response should keep its intended wait);
 * then the caller's `now`, then the real clock.
 */
export function referenceTime(head: ResponseHead, now?: Date): number {
  const date = header(head, 'Date');
  const fromHeader = date ? httpDate(date) : null;
  if (fromHeader !== null) return fromHeader;
  return now ? now.getTime() : Date.now();
}

export function waitTime(api: TableApi, shape: TableShape, body: unknown, head: ResponseHead, now?: Date): Wait {
  const inBody = pick(body, shape.fields.retry_after);
  const bodySeconds = inBody ? numeric(inBody.value) : null;
  if (inBody && bodySeconds !== null) return { retryAfterSeconds: seconds(bodySeconds), waitSource: 'body', waitField: inBody.path };

  const ref = () => referenceTime(head, now);
  for (const name of new Set(['Retry-After', ...headerNames(api, 'retry-after')])) {
    const value = header(head, name);
    if (value === null) continue;
    const n = numeric(value);
    if (n !== null) return { retryAfterSeconds: seconds(n), waitSource: 'retry-after', waitField: name };
    const at = httpDate(value);
    if (at !== null) return { retryAfterSeconds: seconds((at - ref()) / 1000), waitSource: 'retry-after', waitField: name };
  }
  for (const name of new Set(['X-RateLimit-Reset', ...headerNames(api, 'rate-limit-reset')])) {
    const value = header(head, name);
    const n = value === null ? null : numeric(value);
    if (n === null) continue;
    // Some gateways send the reset time in milliseconds.
    const epoch = n >= EPOCH_THRESHOLD * 1000 ? n / 1000 : n;
    const wait = n >= EPOCH_THRESHOLD ? epoch - ref() / 1000 : n;
    return { retryAfterSeconds: seconds(wait), waitSource: 'rate-limit-reset', waitField: name };
  }
  return NONE;
}
