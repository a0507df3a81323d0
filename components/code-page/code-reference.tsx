import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { SITE_URL } from '@/lib/site';
import { AnchoredHeading } from '@/components/heading';

/** How to point at this page from elsewhere: a stable URL usable as an RFC 9457 `type` or a `doc_url`. */
export function CodeReference({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const url = `${SITE_URL}${codePath(catalog.id, entry.code)}`;
  const problem = JSON.stringify(
    { type: url, title: entry.title, status: entry.http[0] ?? undefined, detail: '…', instance: '/your/request/id' },
    null,
    2,
  );
  return (
    <>
      <AnchoredHeading as="h2" id="link-here">Link to this page</AnchoredHeading>
      <p>
        This URL is stable: <code className="break-all">{url}</code>. Use it as the <code>type</code> of an RFC 9457 problem document, or as a <code>doc_url</code> in
        your own error bodies. The same facts are in <a href={`/${catalog.id}/catalog.json`}>catalog.json</a>.
      </p>
      <pre className="text-xs">
        <code>{problem}</code>
      </pre>
    </>
  );
}
