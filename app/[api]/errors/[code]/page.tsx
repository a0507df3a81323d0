import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CodePage } from '@/components/code-page/code-page';
import { codeSegment, findCode, getCatalog, getCatalogs } from '@/lib/catalog';
import { plainText } from '@/lib/inline-text';

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
  return { title: `${entry.code} ${entry.title} · ${catalog.name}`, description: `${catalog.name} error ${entry.code}: ${plainText(entry.meaning)}` };
}

export default async function CodeRoute({ params }: Props) {
  const { catalog, entry } = await lookup(params);
  return <CodePage catalog={catalog} entry={entry} />;
}
