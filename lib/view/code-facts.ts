// The facts block of a code page as data: one list of rows that both the React page (components/code-page/code-facts.tsx)
// and its Markdown twin (lib/markdown/code.ts) render, so the two cannot say different things.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { retryBasisText, retryLabel, shortName, statusLabel } from '@/lib/catalog/present';
import { catalogQuery } from '@/lib/catalog/query';

export interface FactRow {
  /** Stable key of the row. */
  id: string;
  label: string;
  /** The row's text, with the catalog's inline marks (`code`, [links](/path/)). */
  text: string;
  /** Smaller notes under the text. */
  notes: string[];
  /** Set on the retry row: the verdict a badge shows before the text. */
  retryable?: boolean | null;
}

const code = (s: string) => `\`${s}\``;

/** What a reader needs at a glance: statuses, retry verdict and why, overrides, wait, id to quote, kind, docs, support. */
export function codeFacts(catalog: Catalog, entry: ErrorCode): FactRow[] {
  const rows: FactRow[] = [];
  const statusNotes = [
    entry.http_basis === 'group-typical'
      ? `${catalog.name} documents no status for this code itself; these are the typical statuses of its group.`
      : null,
    entry.http.length > 1 ? 'The status depends on the route.' : null,
  ].filter((n): n is string => n !== null);
  const status =
    entry.kind === 'event'
      ? 'None: this error arrives as an event, not as the response to a request.'
      : statusLabel(entry.http);
  rows.push({ id: 'status', label: 'HTTP status', text: status, notes: statusNotes });
  rows.push({
    id: 'retry',
    label: 'Retry',
    text: retryBasisText(catalog, entry),
    notes: [],
    retryable: entry.retryable,
  });
  for (const o of entry.overrides) {
    rows.push({
      id: `override-${o.where}`,
      label: `Override (${o.where})`,
      text: `Sent with ${code(`retryable: ${o.retryable}`)}. ${o.note}`,
      notes: [],
    });
  }
  const query = catalogQuery(catalog);
  const waits =
    query.contextFieldsFor(entry).some((f) => f.name === 'retry_after') ||
    entry.details.some((d) => d.name === 'retry_after');
  const retryHeader = query.headerByRole('retry-after');
  if (waits) {
    rows.push({
      id: 'wait',
      label: 'How long to wait',
      text: `Read ${code('retry_after')} (seconds)${retryHeader ? ` or the ${code(retryHeader.name)} header` : ''}.`,
      notes: [],
    });
  }
  const traceHeader = query.headerByRole('trace-id', 'response');
  rows.push({
    id: 'trace',
    label: 'Quote to support',
    text: `The ${catalog.trace_label}${traceHeader ? ` (also in the ${code(traceHeader.name)} response header)` : ''}.`,
    notes: [],
  });
  if (entry.tags.length)
    rows.push({
      id: 'kind',
      label: 'Kind of failure',
      text: `${entry.tags.join(', ')} ([compare across APIs](/compare/#${entry.tags[0]}))`,
      notes: [],
    });
  // Only what the catalog records: no docs or support row when its source gives neither.
  if (catalog.docs_url)
    rows.push({
      id: 'docs',
      label: `${shortName(catalog)}'s own documentation`,
      text: `[${catalog.docs_url}](${catalog.docs_url})`,
      notes: [],
    });
  if (catalog.support) {
    const ways = [
      catalog.support.url ? `[${catalog.support.url}](${catalog.support.url})` : null,
      catalog.support.email ? `[${catalog.support.email}](mailto:${catalog.support.email})` : null,
    ];
    rows.push({
      id: 'support',
      label: `${shortName(catalog)} support`,
      text: ways.filter(Boolean).join(' or '),
      notes: [],
    });
  }
  return rows;
}

/** The retry verdict's words, as the badge shows them. */
export const retryWords = retryLabel;
