import { getCatalog, getCatalogs } from '@/lib/catalog';
import { snippetsFor, type SnippetFile } from '@/lib/snippets';

export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogs().map((c) => ({ file: `${c.id}.json` }));
}

/** Every snippet of one API, keyed by code, for the playground to show the one it decoded. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const catalog = getCatalog(file.replace(/\.json$/, ''));
  const snippets: SnippetFile = Object.fromEntries(
    catalog.codes.map((c) => [String(c.code), snippetsFor(catalog, c.code)]),
  );
  return Response.json(snippets);
}
