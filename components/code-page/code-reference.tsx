import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { twinPath } from '@/lib/markdown/format';
import { SITE_ROOT, withBase } from '@/lib/site';
import { AnchoredHeading } from '@/components/heading';
import { CopyMarkdown } from '@/components/copy-markdown';

/** How to point at this page from elsewhere: a stable URL usable as an RFC 9457 `type` or a `doc_url`, and its Markdown twin. */
export function CodeReference({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const url = `${SITE_ROOT}${codePath(catalog.id, entry.code)}`;
  const problem = JSON.stringify(
    { type: url, title: entry.title, status: entry.http[0] ?? undefined, detail: '…', instance: '/your/request/id' },
    null,
    2,
  );
  const docUrl = JSON.stringify({ error: { code: entry.code, message: '…', doc_url: url } }, null, 2);
  return (
    <>
      <AnchoredHeading as="h2" id="link-here">
        Link to this page
      </AnchoredHeading>
      <p>
        This URL is stable: <code className="break-all">{url}</code>. Use it as the <code>type</code> of an RFC 9457
        problem document (served as <code>application/problem+json</code>) when your own service passes this error on:
      </p>
      <pre className="text-xs">
        <code>{problem}</code>
      </pre>
      <p>
        or as a <code>doc_url</code> in your own error bodies, so whoever reads the error lands here:
      </p>
      <pre className="text-xs">
        <code>{docUrl}</code>
      </pre>
      <p>
        The same facts are in <a href={withBase(`/${catalog.id}/catalog.json`)}>catalog.json</a> and, for assistants, in
        this page&apos;s Markdown twin:
      </p>
      <p>
        <CopyMarkdown href={twinPath.code(catalog.id, entry.code)} />
      </p>
    </>
  );
}
