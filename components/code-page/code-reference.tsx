import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codeReference } from '@/lib/view/code-reference';
import { withBase } from '@/lib/site';
import { AnchoredHeading } from '@/components/heading';
import { CopyMarkdown } from '@/components/copy-markdown';

/** How to point at this page from elsewhere, from the same view as the twin (lib/view/code-reference.ts). */
export function CodeReference({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const view = codeReference(catalog, entry);
  return (
    <>
      <AnchoredHeading as="h2" id="link-here">
        Link to this page
      </AnchoredHeading>
      <p>
        This URL is stable: <code className="break-all">{view.url}</code>. Use it as the <code>type</code> of an RFC
        9457 problem document (served as <code>application/problem+json</code>) when your own service passes this error
        on:
      </p>
      <pre className="text-xs" tabIndex={0}>
        <code>{view.problem}</code>
      </pre>
      <p>
        or as a <code>doc_url</code> in your own error bodies, so whoever reads the error lands here:
      </p>
      <pre className="text-xs" tabIndex={0}>
        <code>{view.docUrl}</code>
      </pre>
      <p>
        The same facts are in <a href={withBase(view.catalogJson)}>catalog.json</a> and, for assistants, in this
        page&apos;s Markdown twin:
      </p>
      <p>
        <CopyMarkdown href={view.twin} />
      </p>
    </>
  );
}
