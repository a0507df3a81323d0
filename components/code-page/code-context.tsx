import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codeContext } from '@/lib/view/code-context';
import { AnchoredHeading } from '@/components/heading';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

/** Context fields, `details` members and upstream provider codes, from the same view as the twin (lib/view/code-context.ts). */
export function CodeContext({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const view = codeContext(catalog, entry);
  if (!view) return null;
  return (
    <>
      <AnchoredHeading as="h2" id="context">
        Extra fields in the response
      </AnchoredHeading>
      {view.rows.length ? (
        <dl>
          {view.rows.map((row) => (
            <div key={row.name}>
              <dt>
                <code>{row.name}</code>
                {row.type ? (
                  <>
                    {' '}
                    <span className="text-sm font-normal">({row.type})</span>
                  </>
                ) : null}
              </dt>
              <dd>
                <InlineText text={row.text} />
                {row.example !== undefined ? (
                  <>
                    {' '}
                    Example: <code>{row.example}</code>
                  </>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {view.providers ? (
        <>
          <p>{view.providers.intro}</p>
          <ul>
            {view.providers.rows.map((p) => (
              <li key={`${p.source}-${p.code}`}>
                {p.source} <code>{p.code}</code>
                {p.message ? <> ({p.message})</> : null}
              </li>
            ))}
          </ul>
          <p>
            See the <a href={withBase(view.providers.tablePath)}>full table</a> for the other mappings.
          </p>
        </>
      ) : null}
    </>
  );
}
