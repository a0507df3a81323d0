import type { Metadata } from 'next';
import { GuidePage } from '@/components/guide-page';
import { getCatalog, getCatalogs } from '@/lib/catalog';
import { getGuides } from '@/lib/guides';

type Props = { params: Promise<{ api: string; page: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogs().flatMap((c) => getGuides(c.id).filter((g) => g.slug).map((g) => ({ api: c.id, page: g.slug })));
}

const guideOf = (api: string, page: string) => getGuides(api).find((g) => g.slug === page)!;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api, page } = await params;
  const guide = guideOf(api, page);
  return { title: `${guide.title} · ${getCatalog(api).name}`, description: guide.description };
}

export default async function GuideRoute({ params }: Props) {
  const { api, page } = await params;
  return <GuidePage catalog={getCatalog(api)} guide={guideOf(api, page)} />;
}
