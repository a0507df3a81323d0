import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CodePage } from '@/components/code-page/code-page';
import { JsonLd } from '@/components/json-ld';
import { codePath, codeSegment, findCode, getCatalog, getCatalogs, type Catalog, type ErrorCode } from '@/lib/catalog';
import { shortName } from '@/lib/catalog/present';
import { firstPublished, lastModified } from '@/lib/content-dates';
import { plainText } from '@/lib/inline-text';
import { pageMetadata } from '@/lib/site';
import { articleJsonLd } from '@/lib/structured-data';

type Props = { params: Promise<{ api: string; code: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogs().flatMap((c) => c.codes.map((entry) => ({ api: c.id, code: codeSegment(entry.code) })));
}

const lookup = async (params: Props['params']) => {
  const { api, code } = await params;
  const catalog = getCatalog(api);
  const entry = findCode(catalog, decodeURIComponent(code));
  if (!entry) notFound();
  return { catalog, entry };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { catalog, entry } = await lookup(params);
  return pageMetadata({
    title: `${entry.code} ${entry.title} · ${catalog.name}`,
    description: describe(catalog, entry),
    path: codePath(catalog.id, entry.code),
    type: 'article',
    api: catalog,
  });
}

const describe = (catalog: Catalog, entry: ErrorCode) =>
  `${catalog.name} error ${entry.code}: ${plainText(entry.meaning)}`;

/** The article and its breadcrumb trail (the same levels as the visible breadcrumbs) for search engines. */
const codeJsonLd = (catalog: Catalog, entry: ErrorCode) =>
  articleJsonLd({
    headline: `${entry.code} ${entry.title}`,
    description: describe(catalog, entry),
    path: codePath(catalog.id, entry.code),
    api: catalog,
    dateModified: lastModified(catalog.file),
    datePublished: firstPublished(catalog.file),
    crumbs: [
      { name: 'Home', path: '/' },
      { name: shortName(catalog), path: `/${catalog.id}/` },
      { name: 'Error codes', path: `/${catalog.id}/errors/` },
      { name: String(entry.code), path: codePath(catalog.id, entry.code) },
    ],
  });

export default async function CodeRoute({ params }: Props) {
  const { catalog, entry } = await lookup(params);
  return (
    <>
      <JsonLd data={codeJsonLd(catalog, entry)} />
      <CodePage catalog={catalog} entry={entry} />
    </>
  );
}
