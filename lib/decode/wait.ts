// How long to wait before retrying: the body's own field first, then Retry-After (seconds or an HTTP date against
// the response's Date), then the rate-limit headers (IETF RateLimit / RateLimit-Policy, RateLimit-Reset,
// X-RateLimit-Reset as seconds or an epoch). Every wait is finite, never negative and at most 7 days; anything
// else is ignored with a warning.
import { pick } from './body-path';
import { header, type ResponseHead } from './parse-input';
import { httpDate } from './http-date';
import { headerNames } from './table-index';
import type { TableApi, TableShape, WaitSource } from './types';

export interface Wait {
  retryAfterSeconds: number | null;
  waitSource: WaitSource | null;
  waitField: string | null;
  waitWarnings: string[]; // waits found but ignored, and duplicate headers
}

/** Longer waits are not advice a client can act on: a misconfigured header, or a date typed wrong. */
export const MAX_WAIT_SECONDS = 7 * 24 * 60 * 60;
const NONE = (): Wait => ({ retryAfterSeconds: null, waitSource: null, waitField: null, waitWarnings: [] });
// An epoch in milliseconds is at least this (1e12 ms is September 2001).
const EPOCH_MS = 1e12;
const NUMBER = /^\d+(?:\.\d+)?$/;

const show = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);
/** A plain non-negative decimal (as sent in headers and bodies), or null. 400 digits parse to Infinity. */
export function numeric(value: unknown): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length > 0 && NUMBER.test(trimmed) ? Number(trimmed) : null;
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

export type Found = { seconds: number; source: WaitSource; field: string } | null;

/** Accepts a wait in seconds if it is one a client can follow; otherwise records why it was ignored. */
export function sane(found: Found, warnings: string[], raw: string): Found {
  if (!found) return null;
  const { seconds, field } = found;
  if (!Number.isFinite(seconds)) {
    warnings.push(`The wait in ${field} (${show(raw)}) is not a finite number of seconds; it was ignored.`);
    return null;
  }
  if (seconds > MAX_WAIT_SECONDS) {
    const days = Math.round(seconds / 86400);
    warnings.push(
      `The wait in ${field} (${show(raw)}) comes to about ${days.toLocaleString('en-US')} days, beyond the 7 days a retry can sensibly wait; it was ignored.`,
    );
    return null;
  }
  return { ...found, seconds: Math.max(0, Math.ceil(seconds)) };
}

function retryAfter(head: ResponseHead, names: string[], ref: () => number, warnings: string[]): Found {
  for (const name of names) {
    const all = head.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase());
    if (all.length === 0) continue;
    if (all.length > 1) {
      const values = [...new Set(all.map(([, v]) => show(v)))];
      warnings.push(
        `The response carries ${all.length} ${name} headers${values.length > 1 ? ` (${values.join(', ')})` : ''}; the decoder reads the last one.`,
      );
    }
    const value = all[all.length - 1][1];
    const n = numeric(value);
    if (n !== null) return sane({ seconds: n, source: 'retry-after', field: name }, warnings, value);
    const at = httpDate(value);
    if (at !== null) return sane({ seconds: (at - ref()) / 1000, source: 'retry-after', field: name }, warnings, value);
    if (value.trim() !== '')
      warnings.push(
        `${name} holds "${show(value)}", which is neither a number of seconds nor an HTTP date; it was ignored.`,
      );
  }
  return null;
}

/** A reset value: seconds from now, or a Unix time (in seconds or milliseconds), told apart by the response's Date. */
function resetSeconds(n: number, refMs: number): number {
  if (n >= EPOCH_MS) return n / 1000 - refMs / 1000;
  // No delta is anywhere near half the current Unix time (about 28 years), so a larger value is an epoch.
  if (n >= refMs / 1000 / 2) return n - refMs / 1000;
  return n;
}

/** Members of a structured-field list or dictionary: `"default";r=0;t=30` or `limit=100, remaining=0, reset=30`. */
function members(value: string): Map<string, number>[] {
  return value
    .slice(0, 4096)
    .split(',')
    .map((item) => {
      const params = new Map<string, number>();
      for (const part of item.split(';')) {
        const eq = part.indexOf('=');
        if (eq === -1) continue;
        const n = numeric(part.slice(eq + 1).replace(/"/g, ''));
        if (n !== null) params.set(part.slice(0, eq).trim().toLowerCase(), n);
      }
      return params;
    });
}

/**
 * The IETF RateLimit field (draft-ietf-httpapi-ratelimit-headers): `t` (or `reset`) is the seconds until the quota
 * resets; with several policies, the exhausted ones (`r=0`) decide. RateLimit-Policy's window `w` bounds the wait
 * when the field says the quota is spent but gives no reset.
 */
function ietfRateLimit(head: ResponseHead, warnings: string[]): Found {
  const value = header(head, 'RateLimit');
  if (value === null) return null;
  const listed = members(value);
  // The older dictionary form (`limit=100, remaining=0, reset=30`) spreads one policy over several members.
  const items = listed.every((m) => m.size <= 1) ? [new Map(listed.flatMap((m) => [...m]))] : listed;
  const remaining = (m: Map<string, number>) => m.get('r') ?? m.get('remaining');
  const reset = (m: Map<string, number>) => m.get('t') ?? m.get('reset');
  const spent = items.filter((m) => remaining(m) === 0);
  const resets = (spent.length > 0 ? spent : items).map(reset).filter((n): n is number => n !== undefined);
  if (resets.length > 0)
    return sane({ seconds: Math.max(...resets), source: 'rate-limit', field: 'RateLimit' }, warnings, value);
  const policy = header(head, 'RateLimit-Policy');
  if (spent.length > 0 && policy !== null) {
    const windows = members(policy)
      .map((m) => m.get('w'))
      .filter((n): n is number => n !== undefined);
    if (windows.length > 0)
      return sane({ seconds: Math.min(...windows), source: 'rate-limit', field: 'RateLimit-Policy' }, warnings, policy);
  }
  return null;
}

function resetHeader(head: ResponseHead, names: string[], refMs: () => number, warnings: string[]): Found {
  for (const name of names) {
    const value = header(head, name);
    const n = value === null ? null : numeric(value);
    if (value === null || n === null) continue;
    const seconds = Number.isFinite(n) ? resetSeconds(n, refMs()) : n;
    return sane({ seconds, source: 'rate-limit-reset', field: name }, warnings, value);
  }
  return null;
}

export const RESET_HEADERS = ['RateLimit-Reset', 'X-RateLimit-Reset', 'X-Rate-Limit-Reset', 'X-RateLimit-Reset-After'];
const REMAINING_HEADERS = ['X-RateLimit-Remaining', 'RateLimit-Remaining', 'X-Rate-Limit-Remaining'];
/** The rate-limit header family: `RateLimit`, `RateLimit-*`, `X-RateLimit-*`, `X-Rate-Limit-*`. */
export const isRateLimitHeader = (name: string) => /^(?:x-)?rate-?limit(?:-|$)/i.test(name);
/** Every header a wait or a spent quota is read from (share links keep their values). */
export const WAIT_HEADERS: readonly string[] = [
  'Retry-After',
  'Date',
  'RateLimit',
  'RateLimit-Policy',
  ...RESET_HEADERS,
  ...REMAINING_HEADERS,
];

/** True when the headers say the rate-limit quota is spent (`X-RateLimit-Remaining: 0`, `RateLimit: …;r=0`). */
export function quotaSpent(head: ResponseHead): boolean {
  for (const name of REMAINING_HEADERS) {
    const value = header(head, name);
    if (value !== null && numeric(value) === 0) return true;
  }
  const ietf = header(head, 'RateLimit');
  return ietf !== null && members(ietf).some((m) => (m.get('r') ?? m.get('remaining')) === 0);
}

/** Retry-After and reset headers, in order; whether resets count (a 404 carries X-RateLimit-Reset and means nothing by it). */
export interface WaitSources {
  retryAfter: string[];
  reset: string[];
  useRateLimit: boolean;
}

/** The wait a response's headers ask for. */
export function headerWait(head: ResponseHead, sources: WaitSources, now?: Date): Wait {
  const warnings: string[] = [];
  const ref = () => referenceTime(head, now);
  const limit = () =>
    sources.useRateLimit ? (ietfRateLimit(head, warnings) ?? resetHeader(head, sources.reset, ref, warnings)) : null;
  const found = retryAfter(head, sources.retryAfter, ref, warnings) ?? limit();
  if (!found) return { ...NONE(), waitWarnings: warnings };
  return { retryAfterSeconds: found.seconds, waitSource: found.source, waitField: found.field, waitWarnings: warnings };
}

/** The wait for a body of a catalog shape: its own field first, then the headers its API documents and the standard ones. */
export function waitTime(api: TableApi, shape: TableShape, body: unknown, head: ResponseHead, now?: Date): Wait {
  const warnings: string[] = [];
  const inBody = pick(body, shape.fields.retry_after);
  const bodySeconds = inBody ? numeric(inBody.value) : null;
  if (inBody && bodySeconds !== null) {
    const ok = sane({ seconds: bodySeconds, source: 'body', field: inBody.path }, warnings, String(inBody.value));
    if (ok) return { retryAfterSeconds: ok.seconds, waitSource: 'body', waitField: ok.field, waitWarnings: warnings };
  }
  const retryAfterNames = [...new Set(['Retry-After', ...headerNames(api, 'retry-after')])];
  const reset = [...new Set([...RESET_HEADERS, ...headerNames(api, 'rate-limit-reset')])];
  const fromHeaders = headerWait(head, { retryAfter: retryAfterNames, reset, useRateLimit: true }, now);
  return { ...fromHeaders, waitWarnings: [...warnings, ...fromHeaders.waitWarnings] };
}
