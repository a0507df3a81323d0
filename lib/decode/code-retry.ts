// Retry verdicts and statuses that a code names by itself, for responses no catalog claims: OAuth's "keep polling"
// errors, codes that name a rate limit (Slack's `ratelimited` under HTTP 200, GraphQL's `THROTTLED`), and the
// gRPC / Connect status codes (`invalid_argument`, `UNAVAILABLE`, a gRPC-Web `grpc-status: 14` header).
import { display } from './body-path';
import { header, type ResponseHead } from './parse-input';
import type { CodeValue } from './types';
import { statusRetry, type GenericRetry } from './http-failure';

/**
 * OAuth's device flow (RFC 8628 §3.5) answers a poll that came too early with a 400 whose `error` says to keep
 * polling; and RFC 6749 §4.1.2.1 names `temporarily_unavailable`. These are waits, not faults in the request.
 */
const OAUTH_RETRY: Record<string, string> = {
  authorization_pending:
    'The user has not finished approving the device yet (OAuth device flow, RFC 8628): keep polling at the same interval.',
  slow_down:
    'The device flow is polling too fast (OAuth, RFC 8628): keep polling, with the interval 5 seconds longer from now on.',
  temporarily_unavailable:
    'The authorization server is overloaded or down for maintenance (OAuth, RFC 6749): retry later.',
};

export function oauthRetry(code: { value: unknown; path: string } | null | undefined): GenericRetry | null {
  if (!code || code.path !== 'error' || typeof code.value !== 'string' || !Object.hasOwn(OAUTH_RETRY, code.value))
    return null;
  return { retryable: true, retrySource: 'response', reason: OAUTH_RETRY[code.value] };
}

// gRPC status codes in number order, and the HTTP status the Connect protocol sends with each.
const RPC: [name: string, http: number][] = [
  ['ok', 200],
  ['canceled', 499],
  ['unknown', 500],
  ['invalid_argument', 400],
  ['deadline_exceeded', 504],
  ['not_found', 404],
  ['already_exists', 409],
  ['permission_denied', 403],
  ['resource_exhausted', 429],
  ['failed_precondition', 400],
  ['aborted', 409],
  ['out_of_range', 400],
  ['unimplemented', 501],
  ['internal', 500],
  ['unavailable', 503],
  ['data_loss', 500],
  ['unauthenticated', 401],
];

/** The HTTP status a gRPC / Connect code name stands for (`invalid_argument` or `INVALID_ARGUMENT`), else null. */
export function rpcStatus(code: CodeValue | null): number | null {
  if (typeof code !== 'string' || code.length > 20) return null;
  // One spelling throughout: all lower case (Connect) or all upper case (gRPC, Google APIs); `cancelled` is gRPC's.
  if (code !== code.toLowerCase() && code !== code.toUpperCase()) return null;
  const name = code.toLowerCase() === 'cancelled' ? 'canceled' : code.toLowerCase();
  const hit = RPC.find(([n]) => n === name);
  return hit && hit[1] >= 400 ? hit[1] : null;
}

/** The headers a gRPC status is read from (share links keep their values). */
export const GRPC_HEADERS: readonly string[] = ['grpc-status', 'grpc-message'];

/** A failed gRPC-Web or gRPC call reported in headers (`grpc-status: 14`, `grpc-message: …`), else null. */
export function grpcFailure(head: Pick<ResponseHead, 'headers'>): { code: string; message: string | null } | null {
  const raw = header(head, 'grpc-status')?.trim() ?? '';
  if (!/^\d{1,2}$/.test(raw) || Number(raw) === 0 || Number(raw) >= RPC.length) return null;
  const text = header(head, 'grpc-message')?.slice(0, 2000) ?? null;
  let message = text;
  try {
    if (text !== null) message = decodeURIComponent(text);
  } catch {
    // A stray % is kept as sent.
  }
  return {
    code: RPC[Number(raw)][0].toUpperCase(),
    message: message && message.trim() ? display(message.trim(), 500) : null,
  };
}

// Codes that name a rate limit or throttling outright (`rate_limited`, `ratelimited`, `RATE_LIMIT_EXCEEDED`,
// `TooManyRequests`, `THROTTLED`, `ThrottlingException`). Bounded: the code is at most 60 characters.
const RATE_LIMIT_CODE = /^(?:rate_?limit(?:ed|_?exceeded)?|too_?many_?requests|throttl(?:ed|ing)(?:_?exception)?)$/i;

/** A verdict from the code alone, when the status gives none (no status line, or HTTP 200 carrying an error). */
export function codeRetry(code: CodeValue | null, rpc: number | null): GenericRetry | null {
  if (typeof code !== 'string' || code.length > 60) return null;
  if (RATE_LIMIT_CODE.test(code) || rpc === 429)
    return {
      retryable: true,
      retrySource: 'response',
      reason: `The code ${code} names a rate limit: the request itself is fine, so retry it after the wait.`,
    };
  if (rpc === null) return null;
  const byCode = statusRetry(rpc, false, false);
  return {
    ...byCode,
    retrySource: 'response',
    reason: `The code ${code} (a gRPC status name) stands for HTTP ${rpc}. ${byCode.reason}`,
  };
}
