import type { Metadata } from 'next';
import { GuidePage } from '@/components/guide-page';
import { getCatalog, getCatalogs } from '@/lib/catalog';
import { getGuides } from '@/lib/guides';

// One route for an API's overview (`/<api>/`, from guides/index.mdx) and its other guides (`/<api>/<guide>/`): an API
// whose only guide is index.mdx still gives this route pages to generate, which `output: 'export'` insists on.
type Props = { params: Promise<{ api: string; page?: string[] }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogs().flatMap((c) => getGuides(c.id).map((g) => ({ api: c.id, page: g.slug ? [g.slug] : [] })));
}

const guideOf = (api: string, page: string[] | undefined) => getGuides(api).find((g) => g.slug === (page?.[0] ?? ''))!;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api, page } = await params;
  const guide = guideOf(api, page);
  const name = getCatalog(api).name;
  return guide.slug ? { title: `${guide.title} · ${name}`, description: guide.description } : { title: `${name} errors`, description: guide.description };
}

export default async function GuideRoute({ params }: Props) {
  const { api, page } = await params;
  return <GuidePage catalog={getCatalog(api)} guide={guideOf(api, page)} />;
}
