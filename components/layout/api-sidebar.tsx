import type { Catalog } from '@/lib/catalog';
import type { GuideMeta } from '@/lib/guides';
import { groupAnchor, shortName } from '@/lib/catalog/present';
import { withBase } from '@/lib/site';

/**
 * Per-API navigation: guides and groups only. Listing every code here would make each page carry the whole
 * catalog and the export grow with the square of the number of codes; the full list lives on /<api>/errors/.
 */
export function ApiSidebar({ catalog, guides }: { catalog: Catalog; guides: GuideMeta[] }) {
  const link = 'block rounded px-2 py-1 text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-900';
  return (
    <nav aria-label={`${shortName(catalog)} pages`} className="text-sm">
      <p className="px-2 pb-1 font-semibold">{catalog.name}</p>
      <ul>
        {guides.map((g) => (
          <li key={g.slug}>
            <a className={link} href={withBase(g.slug ? `/${catalog.id}/${g.slug}/` : `/${catalog.id}/`)}>
              {g.title}
            </a>
          </li>
        ))}
        <li>
          <a className={`${link} font-medium`} href={withBase(`/${catalog.id}/errors/`)}>
            All error codes ({catalog.codes.length})
          </a>
          <ul className="ml-3 border-l border-slate-200 dark:border-slate-800">
            {catalog.groups.map((g) => (
              <li key={g.id}>
                <a className={link} href={withBase(`/${catalog.id}/errors/#${groupAnchor(g.id)}`)}>
                  {g.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
