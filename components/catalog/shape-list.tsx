import type { Catalog } from '@/lib/catalog';
import { matcherText } from '@/lib/catalog/present';
import { Mono } from './table';
import { InlineText } from '@/components/inline-text';

/** The response shapes an API uses: how each is recognised and where each fact sits. */
export function ShapeList({ catalog }: { catalog: Catalog }) {
  return (
    <div className="not-prose my-6 space-y-6">
      {catalog.shapes.map((shape) => (
        <section
          key={shape.id}
          aria-labelledby={`shape-${shape.id}`}
          className="rounded-lg border border-slate-300 p-4 dark:border-slate-700"
        >
          <h3 id={`shape-${shape.id}`} className="text-base font-semibold">
            {shape.title} <span className="font-mono text-xs font-normal">({shape.id})</span>
          </h3>
          <p className="mt-1 text-sm">
            <InlineText text={shape.description} />
          </p>
          {shape.routes.length ? (
            <p className="mt-1 text-sm">
              Used by:{' '}
              {shape.routes.map((r) => (
                <Mono key={r}>{r} </Mono>
              ))}
            </p>
          ) : null}
          {shape.transport_status ? (
            <p className="mt-1 text-sm">Always travels with HTTP {shape.transport_status}, even for failures.</p>
          ) : null}
          <p className="mt-2 text-sm font-medium">Recognised when</p>
          <ul className="list-disc pl-6 text-sm">
            {shape.match.map((m, i) => (
              <li key={i}>
                <Mono>{matcherText(m)}</Mono>
              </li>
            ))}
          </ul>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {Object.entries(shape.fields).map(([role, paths]) => (
              <div key={role} className="contents">
                <dt className="font-medium">{role.replace('_', ' ')}</dt>
                <dd>
                  <Mono>{(paths ?? []).join(' or ')}</Mono>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
