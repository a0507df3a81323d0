import type { Catalog } from '@/lib/catalog';
import type { Example } from '@/lib/catalog/schema';
import { highlight } from '@/lib/highlight';
import { CopyButton } from '@/components/copy-button';
import { statusLabel } from '@/lib/catalog/present';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

type Props = { catalog: Catalog; example: Example; playground?: string };

/** One example response, highlighted at build time; the copy button copies the raw text shown. */
export async function ExampleResponse({ catalog, example, playground }: Props) {
  const body = JSON.stringify(example.body, null, 2);
  const html = await highlight(body, 'json');
  const headerLines = Object.entries(example.headers);
  const shape = catalog.shapes.find((s) => s.id === example.shape);
  return (
    <figure className="not-prose my-6">
      <figcaption className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold">{example.title}</span>
        {example.status ? (
          <span>HTTP {statusLabel([example.status])}</span>
        ) : (
          <span>HTTP status not shown in the source</span>
        )}
        {shape ? <span className="text-slate-700 dark:text-slate-300">{shape.title}</span> : null}
        <span className="ml-auto flex items-center">
          <CopyButton text={body} label="Copy JSON" />
          {playground ? (
            <a
              href={withBase(playground)}
              className="ml-2 rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white hover:bg-blue-800"
            >
              Try in playground
            </a>
          ) : null}
        </span>
      </figcaption>
      {headerLines.length ? (
        <pre className="mb-1 overflow-x-auto rounded bg-slate-100 px-4 py-2 text-xs dark:bg-slate-900">
          {headerLines.map(([k, v]) => `${k}: ${v}`).join('\n')}
        </pre>
      ) : null}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {example.note ? (
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          <InlineText text={example.note} />
        </p>
      ) : null}
    </figure>
  );
}
