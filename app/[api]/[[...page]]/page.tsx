import type { Metadata } from 'next';
import { GuidePage } from '@/components/guide-page';
import { JsonLd } from '@/components/json-ld';
import { getCatalog, getCatalogs, type Catalog } from '@/lib/catalog';
import { shortName } from '@/lib/catalog/present';
import { firstPublished, lastModified } from '@/lib/content-dates';
import { getGuides, type GuideMeta } from '@/lib/guides';
import { pageMetadata } from '@/lib/site';
import { articleJsonLd } from '@/lib/structured-data';

// One route for an API's overview (`/<api>/`, from guides/index.mdx) and its other guides (`/<api>/<guide>/`): an API
// whose only guide is index.mdx still gives this route pages to generate, which `output: 'export'` insists on.
type Props = { params: Promise<{ api: string; page?: string[] }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogs().flatMap((c) => getGuides(c.id).map((g) => ({ api: c.id, page: g.slug ? [g.slug] : [] })));
}

const guideOf = (api: string, page: string[] | undefined) => getGuides(api).find((g) => g.slug === (page?.[0] ?? ''))!;
const guidePath = (api: string, guide: GuideMeta) => (guide.slug ? `/${api}/${guide.slug}/` : `/${api}/`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api, page } = await params;
  const guide = guideOf(api, page);
  const catalog = getCatalog(api);
  const title = guide.slug ? `${guide.title} · ${catalog.name}` : `${catalog.name} errors`;
  return pageMetadata({
    title,
    description: guide.description,
    path: guidePath(api, guide),
    type: 'article',
    api: catalog,
  });
}

/** The article and its breadcrumb trail (the same levels as the visible breadcrumbs) for search engines. */
const guideJsonLd = (catalog: Catalog, guide: GuideMeta) =>
  articleJsonLd({
    headline: guide.title,
    description: guide.description,
    path: guidePath(catalog.id, guide),
    api: catalog,
    dateModified: lastModified(guide.file),
    datePublished: firstPublished(guide.file),
    crumbs: [
      { name: 'Home', path: '/' },
      ...(guide.slug ? [{ name: shortName(catalog), path: `/${catalog.id}/` }] : []),
      { name: guide.title, path: guidePath(catalog.id, guide) },
    ],
  });

export default async function GuideRoute({ params }: Props) {
  const { api, page } = await params;
  const catalog = getCatalog(api);
  const guide = guideOf(api, page);
  return (
    <>
      <JsonLd data={guideJsonLd(catalog, guide)} />
      <GuidePage catalog={catalog} guide={guide} />
    </>
  );
}
