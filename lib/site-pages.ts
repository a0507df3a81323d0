// Every indexable page of the site with the content files it is built from: the sitemap's list and its lastmod.
import { codePath, getCatalogs } from '@/lib/catalog';
import { groupPages, splitsTable } from '@/lib/catalog/table-pages';
import { AUTHORING_GUIDE_FILE } from '@/lib/authoring/guide';
import { getGuides } from '@/lib/guides';

export type SitePage = { path: string; files: string[] };

/**
 * Pages in the order of the site. Group table pages are listed only when /<api>/errors/ links to them (a catalog too
 * big for one table); otherwise each is a slice of that table and names it as canonical.
 */
export function sitePages(): SitePage[] {
  const catalogs = getCatalogs();
  const allCatalogs = catalogs.map((c) => c.file);
  const pages: SitePage[] = [
    { path: '/', files: allCatalogs },
    { path: '/compare/', files: allCatalogs },
    { path: '/search/', files: allCatalogs },
    { path: '/playground/', files: allCatalogs },
    { path: '/add-your-api/', files: [AUTHORING_GUIDE_FILE] },
  ];
  for (const catalog of catalogs) {
    const files = [catalog.file];
    for (const guide of getGuides(catalog.id))
      pages.push({ path: guide.slug ? `/${catalog.id}/${guide.slug}/` : `/${catalog.id}/`, files: [guide.file] });
    pages.push({ path: `/${catalog.id}/errors/`, files });
    if (splitsTable(catalog)) pages.push(...groupPages(catalog).map((p) => ({ path: p.path, files })));
    for (const entry of catalog.codes) pages.push({ path: codePath(catalog.id, entry.code), files });
  }
  return pages;
}
