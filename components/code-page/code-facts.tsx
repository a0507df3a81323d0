import type { Catalog, ErrorCode } from '@/lib/catalog';
import { retryBasisText, statusLabel } from '@/lib/catalog/present';
import { RetryBadge } from '@/components/catalog/retry-badge';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

/** The at-a-glance facts: status(es), retry verdict and why, where the wait and the trace id are. */
export function CodeFacts({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const traceHeader = catalog.headers.find((h) => h.role === 'trace-id' && h.direction === 'response');
  const waits = catalog.context_fields.some((f) => f.name === 'retry_after' && f.codes.some((c) => c === entry.code)) || entry.details.some((d) => d.name === 'retry_after');
  const retryHeader = catalog.headers.find((h) => h.role === 'retry-after');
  return (
    <dl className="not-prose my-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-300 p-4 text-sm sm:grid-cols-[max-content_1fr] dark:border-slate-700">
      <dt className="font-semibold">HTTP status</dt>
      <dd>
        {entry.kind === 'event' ? 'None: this error arrives as an event, not as the response to a request.' : statusLabel(entry.http)}
        {entry.http_basis === 'group-typical' ? <span className="block text-xs text-slate-700 dark:text-slate-300">{catalog.name} documents no status for this code itself; these are the typical statuses of its group.</span> : null}
        {entry.http.length > 1 ? <span className="block text-xs text-slate-700 dark:text-slate-300">The status depends on the route.</span> : null}
      </dd>
      <dt className="font-semibold">Retry</dt>
      <dd>
        <RetryBadge retryable={entry.retryable} /> <span className="ml-1">{retryBasisText(catalog, entry)}</span>
        {entry.overrides.map((o) => (
          <span key={o.where} className="mt-1 block">
            <strong>Override ({o.where}):</strong> sent with <code>retryable: {String(o.retryable)}</code>. <InlineText text={o.note} />
          </span>
        ))}
      </dd>
      {waits ? (
        <>
          <dt className="font-semibold">How long to wait</dt>
          <dd>
            The response says: read <code>retry_after</code> (seconds){retryHeader ? <> or the <code>{retryHeader.name}</code> header</> : null}.
          </dd>
        </>
      ) : null}
      {traceHeader || catalog.trace_label ? (
        <>
          <dt className="font-semibold">Quote to support</dt>
          <dd>
            The {catalog.trace_label}
            {traceHeader ? <> (also in the <code>{traceHeader.name}</code> response header)</> : null}.
          </dd>
        </>
      ) : null}
      {entry.tags.length ? (
        <>
          <dt className="font-semibold">Kind of failure</dt>
          <dd>
            {entry.tags.join(', ')} · <a className="text-blue-800 underline dark:text-blue-300" href={withBase(`/compare/#${entry.tags[0]}`)}>compare across APIs</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
