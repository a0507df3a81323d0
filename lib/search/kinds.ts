// The words a reader uses for a kind of failure, and the kinds a code belongs to, derived from catalog facts (its
// concept tags, its group's tags, its HTTP statuses) so no catalog has to repeat them per code.
import { statusName } from '@/lib/decode/status-text';

/** Words for each concept tag of the catalog schema (`ConceptTag`), as a reader would type them. */
export const KIND_WORDS: Readonly<Record<string, string>> = {
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

/** Statuses whose meaning is one kind whatever the API; 400 is left out, as APIs send it for many kinds. */
const STATUS_KIND: Readonly<Record<number, string>> = {
  401: 'credentials',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'validation',
  429: 'rate-limit',
  500: 'server-error',
  502: 'upstream',
  503: 'unavailable',
  504: 'upstream',
};

/** The kind words and status reason phrases of a code, as one text for the word index. */
export function kindText(tags: readonly string[], statuses: readonly number[]): string {
  const kinds = new Set(tags);
  for (const status of statuses) if (STATUS_KIND[status]) kinds.add(STATUS_KIND[status]);
  const words = [...kinds].map((kind) => KIND_WORDS[kind] ?? kind.replace(/-/g, ' '));
  // 2xx reasons (`OK`) say nothing about a failure that travels with them.
  for (const status of statuses) {
    const name = status >= 400 ? statusName(status) : null;
    if (name) words.push(name);
  }
  return words.join('\n');
}
