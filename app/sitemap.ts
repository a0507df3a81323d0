import type { MetadataRoute } from 'next';
import { codePath, getCatalogs } from '@/lib/catalog';
import { getGuides } from '@/lib/guides';
import { SITE_ROOT } from '@/lib/site';
import { groupPages } from '@/lib/catalog/table-pages';

export const dynamic = 'force-static';

/** Every page of the export, from the same catalogs and guides the routes are generated from. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['/', '/compare/', '/search/', '/playground/', '/add-your-api/'];
  for (const catalog of getCatalogs()) {
    for (const guide of getGuides(catalog.id)) paths.push(guide.slug ? `/${catalog.id}/${guide.slug}/` : `/${catalog.id}/`);
    paths.push(`/${catalog.id}/errors/`, ...groupPages(catalog).map((p) => p.path));
    for (const entry of catalog.codes) paths.push(codePath(catalog.id, entry.code));
  }
  return paths.map((p) => ({ url: `${SITE_ROOT}${p}` }));
}
