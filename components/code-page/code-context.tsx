import type { Catalog, ErrorCode } from '@/lib/catalog';
import { AnchoredHeading } from '@/components/heading';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

/** Context fields, `details` members and upstream provider codes this code may carry. */
export function CodeContext({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const fields = catalog.context_fields.filter(
    (f) => entry.context.includes(f.name) || f.codes.some((c) => c === entry.code),
  );
  if (!fields.length && !entry.details.length && !entry.provider_codes.length) return null;
  return (
    <>
      <AnchoredHeading as="h2" id="context">
        Extra fields in the response
      </AnchoredHeading>
      {fields.length || entry.details.length ? (
        <dl>
          {fields.map((f) => (
            <div key={f.name}>
              <dt>
                <code>{f.name}</code> <span className="text-sm font-normal">({f.type})</span>
              </dt>
              <dd>
                <InlineText text={f.description} />
                {f.explain ? (
                  <>
                    {' '}
                    <InlineText text={f.explain} />
                  </>
                ) : null}
              </dd>
            </div>
          ))}
          {entry.details.map((d) => (
            <div key={d.name}>
              <dt>
                <code>details.{d.name}</code>
              </dt>
              <dd>
                <InlineText text={d.description} />
                {d.example !== undefined ? (
                  <>
                    {' '}
                    Example: <code>{JSON.stringify(d.example)}</code>
                  </>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {entry.provider_codes.length ? (
        <>
          <p>Upstream provider codes that {catalog.name} reports as this code:</p>
          <ul>
            {entry.provider_codes.map((p) => (
              <li key={`${p.source}-${p.code}`}>
                {p.source} <code>{String(p.code)}</code>
                {p.message ? <> ({p.message})</> : null}
              </li>
            ))}
          </ul>
          <p>
            See the <a href={withBase(`/${catalog.id}/errors/`)}>full table</a> for the other mappings.
          </p>
        </>
      ) : null}
    </>
  );
}
