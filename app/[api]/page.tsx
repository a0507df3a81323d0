import type { Metadata } from 'next';
import { GuidePage } from '@/components/guide-page';
import { getCatalog } from '@/lib/catalog';
import { getGuides } from '@/lib/guides';

type Props = { params: Promise<{ api: string }> };

const overview = (api: string) => getGuides(api).find((g) => g.slug === '')!;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api } = await params;
  const guide = overview(api);
  return { title: `${getCatalog(api).name} errors`, description: guide.description };
}

export default async function ApiOverview({ params }: Props) {
  const { api } = await params;
  return <GuidePage catalog={getCatalog(api)} guide={overview(api)} />;
}
