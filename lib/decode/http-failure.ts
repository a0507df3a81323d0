// The verdict for a failed response no catalog claims: HTTP semantics (RFC 9110, RFC 6585) for the retry
// verdict, and the standard and common fields for code, message and status, RFC 9457 problem details included.
// Every read is bounded: no regex runs over unbounded text.
import { display, getPath, isRecord } from './body-path';
import { statusName } from './status-text';
import { RETRY_DELAY_PATHS } from './generic-wait';

export { decodeEntities, tagText, xmlFacts } from './xml-facts';
import type { CodeValue, ContextItem, GenericFacts, Json, ProblemDetails, RetrySource } from './types';

/** Statuses HTTP defines as transient: the same request may succeed later. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);
// Server errors that no retry can fix: the server lacks the feature, the version or the configuration.
const PERMANENT_5XX = new Set([501, 505, 506, 507, 508, 510, 511, 525, 526]);

export interface GenericRetry {
  retryable: boolean | null;
  retrySource: RetrySource | null;
  reason: string;
}

const label = (status: number) => `HTTP ${status}${statusName(status) ? ` ${statusName(status)}` : ''}`;

/**
 * Whether to retry, by the status (and a spent quota, which makes any failure a rate limit, and a Retry-After on a
 * client error, which says when to come back).
 */
export function statusRetry(status: number | null, quotaSpent: boolean, hasRetryAfter: boolean): GenericRetry {
  if (status === null) {
    return {
      retryable: null,
      retrySource: null,
      reason: 'Without an HTTP status or a retry flag in the body, nothing says whether a retry can succeed.',
    };
  }
  const s = label(status);
  if (TRANSIENT.has(status)) {
    const rfc = status === 429 ? 'RFC 6585' : 'RFC 9110';
    return {
      retryable: true,
      retrySource: 'status',
      reason: `${s} is a transient failure by HTTP semantics (${rfc}): the same request can succeed later, so retry with back-off.`,
    };
  }
  if (status < 500 && quotaSpent) {
    return {
      retryable: true,
      retrySource: 'status',
      reason: `${s}, with the rate-limit headers saying no requests remain: the quota is spent, so retry once it resets.`,
    };
  }
  if (status >= 400 && status < 500 && hasRetryAfter) {
    return {
      retryable: true,
      retrySource: 'status',
      reason: `${s} with a Retry-After header: the server says when to come back (RFC 9110), so the refusal is temporary; retry after the wait.`,
    };
  }
  if (status >= 400 && status < 500) {
    return {
      retryable: false,
      retrySource: 'status',
      reason: `${s} is a client error by HTTP semantics (RFC 9110): sending the same request again gets the same answer, so change it first.`,
    };
  }
  if (status >= 500 && status < 600) {
    if (PERMANENT_5XX.has(status)) {
      return {
        retryable: false,
        retrySource: 'status',
        reason: `${s} reports a lasting server-side condition: repeating the request will not help until the server changes.`,
      };
    }
    return {
      retryable: true,
      retrySource: 'status',
      reason: `${s} is a server-side failure that HTTP does not mark as lasting: retry a few times with back-off.`,
    };
  }
  return {
    retryable: null,
    retrySource: null,
    reason: `${s} is not a failure status, and the body gives no retry flag.`,
  };
}

// ---- bodies --------------------------------------------------------------------------------------------------

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const codeLike = (v: unknown): CodeValue | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && v.length <= 200
      ? v
      : null;
const httpNumber = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 400 && v <= 599
    ? v
    : typeof v === 'string' && /^[45]\d\d$/.test(v)
      ? Number(v)
      : null;

/** RFC 9457 problem details: the media type says so, or the members do (`title` or `type` with `status` or `detail`). */
export function problemDetails(body: unknown, contentType: string | null): ProblemDetails | null {
  if (!isRecord(body)) return null;
  const declared = contentType !== null && contentType.toLowerCase().includes('problem+json');
  const members =
    (str(body.title) !== null || str(body.type) !== null) && (body.status !== undefined || str(body.detail) !== null);
  if (!declared && !members) return null;
  // RFC 9457 makes `status` a number; some servers send it as a string ("429"), which means the same.
  const raw = typeof body.status === 'string' && /^\d{3}$/.test(body.status) ? Number(body.status) : body.status;
  const status = typeof raw === 'number' && Number.isInteger(raw) && raw >= 100 && raw <= 599 ? raw : null;
  return {
    type: str(body.type) ? display(body.type, 500) : null,
    title: str(body.title) ? display(body.title, 500) : null,
    status,
    detail: str(body.detail) ? display(body.detail, 2000) : null,
    instance: str(body.instance) ? display(body.instance, 500) : null,
  };
}

// Where bodies of no documented shape keep their facts; share links keep exactly these values (lib/decode/share-safe.ts).
// `error_code` is Telegram's; `errors.0.status` is JSON:API's (a string, "429").
const STATUS_PATHS = [
  'status',
  'statusCode',
  'status_code',
  'error.status',
  'error.statusCode',
  'error.code',
  'code',
  'error_code',
  'errors.0.status',
];
const CODE_PATHS = [
  'error.code',
  'error.status',
  'error.type',
  'code',
  'error_code',
  'errorCode',
  'error',
  'errors.0.code',
  'errors.0.extensions.code',
  'errors.0.type',
  'fault.detail.errorcode',
  'errorType',
  'ErrorCode',
  'reason',
  'name',
];
const MESSAGE_PATHS = [
  'error.message',
  'error_description',
  'message',
  'Message',
  'error.description',
  'errors.0.message',
  'errors.0.detail',
  'errors.0.title',
  'detail',
  'title',
  'fault.faultstring',
  'errorMessage',
  'msg',
  // Telegram's `description`; Shopify's REST `errors` when it is one sentence rather than a list.
  'description',
  'errors',
  // Okta's `errorSummary`, Jira's `errorMessages` list.
  'errorSummary',
  'errorMessages.0',
];
const RETRY_PATHS = [
  'retryable',
  'retriable',
  'error.retryable',
  'error.retriable',
  'error.is_transient',
  'is_transient',
];
/** Every body path the generic reading takes a fact from, problem details and documentation links included. */
export const GENERIC_BODY_PATHS: readonly string[] = [
  ...new Set([
    ...STATUS_PATHS,
    ...CODE_PATHS,
    ...MESSAGE_PATHS,
    ...RETRY_PATHS,
    '__type',
    'type',
    'instance',
    ...RETRY_DELAY_PATHS,
    'doc_url',
    'documentation_url',
    'more_info',
    'error.doc_url',
    'error.documentation_url',
  ]),
];

const ERROR_NAME = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception))$/;
/** Whether a body's `name` reads as an error identifier (`RATE_LIMIT_REACHED`, `ValidationError`), not a person or thing. */
export const isErrorName = (value: unknown): boolean => typeof value === 'string' && ERROR_NAME.test(value);

interface JsonFacts {
  code: { value: CodeValue; path: string } | null;
  message: string | null;
  bodyStatus: { value: number; path: string } | null;
  retryFlag: { value: boolean; path: string } | null;
  /** Why the body reads as a failure, or null when it does not. */
  failure: string | null;
}

function first<T>(body: unknown, paths: string[], read: (v: unknown) => T | null): { value: T; path: string } | null {
  for (const path of paths) {
    const hit = getPath(body, path);
    if (!hit.found) continue;
    const value = read(hit.value);
    if (value !== null) return { value, path };
  }
  return null;
}

/** Code, message, status and failure signs of a JSON error body of no documented shape. */
export function jsonFacts(body: unknown, problem: ProblemDetails | null): JsonFacts {
  const rec = isRecord(body) ? body : {};
  const errorObj = isRecord(rec.error) ? rec.error : null;
  const bodyStatus = first(body, STATUS_PATHS, httpNumber);
  // A numeric `code` equal to the HTTP status repeats it; Google's `error.status` then holds the real code.
  const notStatus = (v: unknown) => {
    const c = codeLike(v);
    return c === null || (typeof c === 'number' && c === bodyStatus?.value) ? null : c;
  };
  const awsType = (v: unknown) => {
    const s = str(v);
    return s ? s.slice(s.lastIndexOf('#') + 1) || null : null;
  };
  let code = first(body, CODE_PATHS, (v) => (typeof v === 'string' && v.length > 120 ? null : notStatus(v)));
  // `name` is a code only when it reads as one: PayPal's `RATE_LIMIT_REACHED`, a serialized `ValidationError`.
  if (code?.path === 'name' && !isErrorName(code.value)) code = null;
  if (!code) {
    const t = first(body, ['__type'], awsType);
    if (t) code = t;
  }
  // A sentence in `error` is a message, not a code (`{"error": "Something went wrong."}`).
  if (code && code.path === 'error' && typeof code.value === 'string' && /\s/.test(code.value.trim())) code = null;
  // `error` holds a message only when it is not the code already (`{"error": "Something went wrong."}`).
  const messagePaths = [...MESSAGE_PATHS];
  if (code?.path !== 'error') messagePaths.push('error');
  const message =
    (problem ? (problem.detail ?? problem.title) : null) ??
    first(body, messagePaths, (v) => (str(v) ? display(v, 10_000) : null))?.value ??
    null;
  const retryFlag = first(body, RETRY_PATHS, (v) => (typeof v === 'boolean' ? v : null));

  let failure: string | null = null;
  if (problem) failure = 'problem details';
  else if (errorObj || (str(rec.error) !== null && rec.error !== 'false')) failure = '`error`';
  else if (Array.isArray(rec.errors) && rec.errors.length > 0) failure = '`errors`';
  else if (rec.ok === false || rec.success === false) failure = rec.ok === false ? '`ok: false`' : '`success: false`';
  else if (typeof rec.status === 'string' && /^(?:error|fail|failed|failure)$/i.test(rec.status))
    failure = `\`status: "${rec.status}"\``;
  else if (isRecord(rec.fault)) failure = '`fault`';
  else if (str(rec.errorCode) || str(rec.error_code) || str(rec.errorMessage) || str(rec.__type))
    failure = 'an error code field';
  else if (bodyStatus) failure = `\`${bodyStatus.path}: ${bodyStatus.value}\``;
  return { code, message, bodyStatus, retryFlag, failure };
}

export function problemContext(problem: ProblemDetails): ContextItem[] {
  const explain: Record<keyof ProblemDetails, string> = {
    type: 'A URI naming the kind of problem; its documentation, if any, is at that address.',
    title: 'A short summary of the kind of problem, the same for every occurrence.',
    status: 'The HTTP status the server gave this problem.',
    detail: 'What went wrong in this occurrence.',
    instance: 'A URI naming this occurrence; quote it when asking for help.',
  };
  return (Object.keys(explain) as (keyof ProblemDetails)[])
    .filter((k) => problem[k] !== null)
    .map((k) => ({ name: k, path: k, value: problem[k] as Json, explain: explain[k] }));
}

export function genericFacts(kind: GenericFacts['kind'], extra: Partial<GenericFacts> = {}): GenericFacts {
  return { kind, problem: null, sender: null, resembles: null, pageTitle: null, ...extra };
}
