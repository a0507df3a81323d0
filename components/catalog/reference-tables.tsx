// Reference tables rendered from catalog data for guide pages and per-API pages.
import type { Catalog, CodeValue } from '@/lib/catalog';
import { catalogQuery, codePath } from '@/lib/catalog';
import { groupAnchor, requiredText, retryLabel, statusLabel } from '@/lib/catalog/present';
import { DataTable, Mono } from './table';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

export function FieldReference({ catalog }: { catalog: Catalog }) {
  return (
    <DataTable
      caption={`${catalog.name}: fields of an error response`}
      head={['Field', 'Type', 'Present', 'What it holds']}
      rows={catalog.fields.map((f) => [
        <Mono key="p">{f.path}</Mono>,
        f.type,
        requiredText(f.required),
        <>
          <InlineText text={f.description} />
          {f.shapes.length ? (
            <span className="block text-xs text-slate-700 dark:text-slate-300">Shapes: {f.shapes.join(', ')}</span>
          ) : null}
        </>,
      ])}
    />
  );
}

export function CodeLinks({ catalog, codes }: { catalog: Catalog; codes: CodeValue[] }) {
  return (
    <>
      {codes.map((code, i) => (
        <span key={String(code)}>
          {i > 0 ? ', ' : ''}
          <a
            href={withBase(codePath(catalog.id, code))}
            className="font-mono text-blue-800 underline dark:text-blue-300"
          >
            {String(code)}
          </a>
        </span>
      ))}
    </>
  );
}

export function ContextFields({ catalog }: { catalog: Catalog }) {
  return (
    <DataTable
      caption={`${catalog.name}: context fields and the codes that attach them`}
      head={['Field', 'Type', 'Attached by', 'Meaning']}
      rows={catalog.context_fields.map((f) => [
        <Mono key="n">{f.name}</Mono>,
        f.type,
        <CodeLinks key="c" catalog={catalog} codes={f.codes} />,
        <InlineText key="d" text={f.description} />,
      ])}
    />
  );
}

export function HeaderTable({ catalog }: { catalog: Catalog }) {
  return (
    <DataTable
      caption={`${catalog.name}: headers`}
      head={['Header', 'Direction', 'Purpose', 'Example']}
      rows={catalog.headers.map((h) => [
        <Mono key="n">{h.name}</Mono>,
        h.direction === 'request' ? 'You send it' : 'The API sends it',
        <InlineText key="d" text={h.description} />,
        h.example ? <Mono key="e">{h.example}</Mono> : '—',
      ])}
    />
  );
}

export function StatusRules({ catalog }: { catalog: Catalog }) {
  return (
    <DataTable
      caption={`${catalog.name}: retry by HTTP status`}
      head={['HTTP status', 'Retry?', 'Why']}
      rows={catalog.retry.status_rules.map((r) => [
        statusLabel(r.http),
        r.retryable ? 'Yes' : 'No',
        <InlineText key="n" text={r.note} />,
      ])}
    />
  );
}

export function RetryTable({ catalog }: { catalog: Catalog }) {
  if (catalog.retry.guidance.length === 0) return <StatusRules catalog={catalog} />;
  return (
    <DataTable
      caption={`${catalog.name}: retry strategy by class of error`}
      head={['Class', 'HTTP', 'retryable', 'Strategy']}
      rows={catalog.retry.guidance.map((g) => [
        <>
          {g.label}
          {g.codes.length ? (
            <span className="block text-xs">
              <CodeLinks catalog={catalog} codes={g.codes} />
            </span>
          ) : null}
        </>,
        statusLabel(g.http),
        <Mono key="r">{String(g.retryable)}</Mono>,
        <InlineText key="s" text={g.strategy} />,
      ])}
    />
  );
}

export function Backoff({ catalog }: { catalog: Catalog }) {
  const { backoff, idempotency } = catalog.retry;
  const items: React.ReactNode[] = [];
  if (backoff?.initial_seconds) items.push(<>First wait: {backoff.initial_seconds} s</>);
  if (backoff?.multiplier) items.push(<>Each wait is {backoff.multiplier}× the previous one</>);
  if (backoff?.max_seconds) items.push(<>Waits are capped at about {backoff.max_seconds} s</>);
  if (backoff?.jitter) items.push(<>Jitter: {backoff.jitter}</>);
  if (backoff?.max_attempts) items.push(<>At most {backoff.max_attempts} attempts in all</>);
  if (backoff?.default_wait_seconds)
    items.push(<>When a rate-limited response names no wait: {backoff.default_wait_seconds} s</>);
  if (backoff?.note) items.push(<InlineText text={backoff.note} />);
  if (idempotency)
    items.push(
      <>
        Safe retries:{' '}
        {idempotency.header ? (
          <>
            send the <Mono>{idempotency.header}</Mono> header
          </>
        ) : (
          <>
            send <Mono>{idempotency.body_field}</Mono> in the body
          </>
        )}
        {idempotency.routes.length ? <> on {idempotency.routes.join(' and ')}</> : null}.{' '}
        <InlineText text={idempotency.note} />
      </>,
    );
  if (items.length === 0) return <p>{catalog.name}&apos;s errors page gives no back-off schedule.</p>;
  return (
    <ul className="list-disc pl-6">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

export function GroupList({ catalog }: { catalog: Catalog }) {
  return (
    <DataTable
      caption={`${catalog.name}: groups of errors`}
      head={['Group', 'Typical HTTP', 'Codes', 'Summary']}
      rows={catalog.groups.map((g) => {
        const count = catalogQuery(catalog).codesOfGroup(g.id).length;
        return [
          <a
            key="g"
            href={withBase(`/${catalog.id}/errors/#${groupAnchor(g.id)}`)}
            className="text-blue-800 underline dark:text-blue-300"
          >
            {g.title}
          </a>,
          g.http.length ? statusLabel(g.http) : '—',
          String(count),
          <>
            <InlineText text={g.summary} />
            {g.value ? (
              <span className="block text-xs">
                Sent as <Mono>{g.value}</Mono>
                {g.retryable !== null ? `; without a code: ${retryLabel(g.retryable).toLowerCase()}` : ''}
              </span>
            ) : null}
          </>,
        ];
      })}
    />
  );
}
