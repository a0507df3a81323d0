// Small, pure wording helpers shared by pages, exports and the search index, so a fact is phrased once.
import type { Catalog } from './load';
import type { ErrorCode, FieldDoc, Matcher } from './schema';

export const statusLabel = (http: number[]) => (http.length ? http.join(' / ') : 'none (event)');

export function retryLabel(retryable: boolean | null): 'Retryable' | 'Do not retry' | 'Not documented' {
  if (retryable === null) return 'Not documented';
  return retryable ? 'Retryable' : 'Do not retry';
}

export const groupAnchor = (groupId: string) => `group-${groupId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Why the default is what it is, in one sentence a reader can act on. */
export function retryBasisText(catalog: Catalog, entry: ErrorCode): string {
  switch (entry.retryable_basis) {
    case 'status-rule':
      return `${catalog.name} decides retries by HTTP status, and ${statusLabel(entry.http)} is ${entry.retryable ? 'retried' : 'not retried'} under its rules.`;
    case 'group-rule':
      return `Errors of this type are ${entry.retryable ? 'retried' : 'never retried'} according to ${catalog.name}'s guidance for the type.`;
    case 'not-documented':
      return `${catalog.name}'s errors page does not say whether this error can be retried.`;
    default:
      return catalog.retry.basis === 'response'
        ? `This is the documented default; the retryable field in the response is authoritative and may differ by route.`
        : `This is the documented default for this code.`;
  }
}

/** Codes before and after this one in catalog order, for prev/next links that stay small at any catalog size. */
export function neighbours(catalog: Catalog, entry: ErrorCode) {
  const i = catalog.codes.indexOf(entry);
  return {
    prev: i > 0 ? catalog.codes[i - 1] : undefined,
    next: i < catalog.codes.length - 1 ? catalog.codes[i + 1] : undefined,
  };
}

/** The short display name of an API ("Chert" from "Chert Messaging API"). */
export const shortName = (catalog: Pick<Catalog, 'name'>) => catalog.name.replace(/ (Messaging )?API$/, '');

/** Whether an error body always carries a field, as the field reference says it. */
export const requiredText = (required: FieldDoc['required']) =>
  required === null ? 'Not stated' : required ? 'Always' : 'Optional';

/** One matcher of a response shape as a condition a reader can check on a body: `error.code is present`. */
export function matcherText(m: Matcher): string {
  if (m.equals !== undefined) return `${m.path} is ${JSON.stringify(m.equals)}`;
  if (m.present === false) return `${m.path} is absent`;
  if (m.type) return `${m.path} is a${/^[aeio]/.test(m.type) ? 'n' : ''} ${m.type}`;
  return `${m.path} is present`;
}
