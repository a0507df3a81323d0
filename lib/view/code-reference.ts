// The "Link to this page" block of a code page as data: the stable URL, the two ways to cite it (an RFC 9457 problem
// document and a `doc_url`) and where the same facts are machine-readable. The page and its twin render this.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { twinPath } from '@/lib/markdown/format';
import { SITE_ROOT } from '@/lib/site';

export interface CodeReferenceView {
  /** The page's absolute, stable URL. */
  url: string;
  /** An RFC 9457 problem document whose `type` is the URL, as pretty JSON. */
  problem: string;
  /** An error body carrying the URL as `doc_url`, as pretty JSON. */
  docUrl: string;
  /** Site paths of the API's catalog export and of this page's Markdown twin. */
  catalogJson: string;
  twin: string;
}

export function codeReference(catalog: Catalog, entry: ErrorCode): CodeReferenceView {
  const url = `${SITE_ROOT}${codePath(catalog.id, entry.code)}`;
  const problem = { type: url, title: entry.title, status: entry.http[0], detail: '…', instance: '/your/request/id' };
  return {
    url,
    problem: JSON.stringify(problem, null, 2),
    docUrl: JSON.stringify({ error: { code: entry.code, message: '…', doc_url: url } }, null, 2),
    catalogJson: `/${catalog.id}/catalog.json`,
    twin: twinPath.code(catalog.id, entry.code),
  };
}
