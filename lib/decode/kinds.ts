// The one vocabulary of failure kinds and retry verdicts: the kind an HTTP status means whatever the API, the words
// that name a kind in a code or title, the words a reader types for it, and the verdict phrases. The decoder's
// headline, the session report and the search index all read it; plain data, so it ships to the browser as is.
import type { ConceptTag } from '@/lib/catalog/schema';

/** Statuses whose meaning is one kind whatever the API; 400 is left out, as APIs send it for many kinds. */
const STATUS_KIND: Readonly<Partial<Record<number, ConceptTag>>> = {
  401: 'credentials',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'not-found',
  422: 'validation',
  429: 'rate-limit',
  500: 'server-error',
  502: 'upstream',
  503: 'unavailable',
  504: 'upstream',
};

export const statusKind = (status: number | null): ConceptTag | undefined =>
  status === null ? undefined : STATUS_KIND[status];

/** Words in a code, title or group name that say its kind, for failures the catalog does not tag. */
export const KIND_PATTERN = {
  'rate-limit': /rate.?limit|quota|throttl|too.?many.?requests/i,
  credentials: /auth|credential|token|api.?key|unauthori[sz]ed/i,
  forbidden: /permission|forbidden|not.?allowed|restricted|scope/i,
} as const satisfies Partial<Record<ConceptTag, RegExp>>;

/** Words for each concept tag of the catalog schema, as a reader would type them. */
export const KIND_WORDS: Readonly<Record<ConceptTag, string>> = {
  'rate-limit': 'rate limit throttling',
  credentials: 'authentication auth credentials unauthenticated',
  forbidden: 'permission forbidden access denied authorization',
  validation: 'validation invalid input',
  'not-found': 'not found missing',
  conflict: 'conflict duplicate',
  'server-error': 'server error internal',
  unavailable: 'unavailable outage',
  upstream: 'upstream provider dependency',
  account: 'account',
  unsupported: 'unsupported not supported',
};

/** The verdict phrases shared by the decoder's headline and the session report (which writes them lower-case). */
export const VERDICT = {
  retryAfter: (wait: string) => `Retry after ${wait}`,
  retryNow: 'Retry now: the wait the response asked for is over',
  backoff: 'Retry with back-off',
  fixRequest: 'Do not retry: fix the request',
} as const;
