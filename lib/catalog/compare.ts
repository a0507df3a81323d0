// The cross-API comparison, derived from concept tags on codes: one row per kind of failure, one cell per API.
import type { Catalog } from './load';
import type { ConceptTag, ErrorCode, HeaderRole } from './schema';
import { catalogQuery } from './query';

export const CONCEPTS: Array<{ tag: ConceptTag; title: string; question: string }> = [
  { tag: 'rate-limit', title: 'Rate limiting', question: 'You sent too many requests.' },
  { tag: 'credentials', title: 'Missing or invalid credentials', question: 'The API could not tell who you are.' },
  { tag: 'forbidden', title: 'Forbidden', question: 'You are known but not allowed to do this.' },
  { tag: 'validation', title: 'Validation', question: 'The request itself is malformed or has a bad value.' },
  { tag: 'not-found', title: 'Not found', question: 'The thing you addressed does not exist.' },
  { tag: 'conflict', title: 'Conflicts', question: 'The request clashes with what already exists or its state.' },
  { tag: 'account', title: 'Account state and limits', question: 'Your account cannot do this right now.' },
  { tag: 'unsupported', title: 'Not supported', question: 'The feature is not available here.' },
  { tag: 'server-error', title: 'Server errors', question: 'The API itself failed.' },
  { tag: 'unavailable', title: 'Temporarily unavailable', question: 'The API or its capacity is out for now.' },
  {
    tag: 'upstream',
    title: 'Upstream and provider failures',
    question: 'A carrier, provider or downstream system failed.',
  },
];

export type CompareCell = {
  catalog: Catalog;
  codes: ErrorCode[];
  /** Groups whose code-less errors carry the concept (Chirp's authentication_error). */
  groups: Catalog['groups'];
  /** Status rules for failures the API documents only by HTTP status (Relay's 429). */
  rules: Catalog['retry']['status_rules'];
};

/** Where an API puts the wait and the correlation id, read from its shapes and headers. */
export function locators(catalog: Catalog) {
  const paths = (role: 'retry_after' | 'trace_id') => [...new Set(catalog.shapes.flatMap((s) => s.fields[role] ?? []))];
  const header = (role: HeaderRole) =>
    catalogQuery(catalog)
      .headersByRole(role, 'response')
      .map((h) => h.name);
  return {
    wait: [...paths('retry_after'), ...header('retry-after'), ...header('rate-limit-reset')],
    trace: [...paths('trace_id'), ...header('trace-id')],
  };
}

export function compareRows(catalogs: Catalog[]) {
  return CONCEPTS.map((concept) => ({
    ...concept,
    cells: catalogs.map(
      (catalog) =>
        ({
          catalog,
          codes: catalog.codes.filter((c) => c.tags.includes(concept.tag)),
          groups: catalog.groups.filter((g) => g.tags.includes(concept.tag)),
          rules: catalog.retry.status_rules.filter((r) => r.tags.includes(concept.tag)),
        }) satisfies CompareCell,
    ),
  })).filter((row) => row.cells.some((cell) => cell.codes.length + cell.groups.length + cell.rules.length > 0));
}
