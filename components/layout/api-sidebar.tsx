import type { Catalog } from '@/lib/catalog';
import type { GuideMeta } from '@/lib/guides';
import { groupAnchor, shortName } from '@/lib/catalog/present';
import { NavLink } from './nav-link';
import { withBase } from '@/lib/site';

/**
 * Per-API navigation: guides and groups only. Listing every code here would make each page carry the whole
 * catalog and the export grow with the square of the number of codes; the full list lives on /<api>/errors/.
 */
export function ApiSidebar({ catalog, guides }: { catalog: Catalog; guides: GuideMeta[] }) {
  const link =
    'block rounded px-2 py-1 text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-semibold dark:text-slate-200 dark:hover:bg-slate-900 dark:aria-[current=page]:bg-slate-900';
  return (
    <nav aria-label={`${shortName(catalog)} pages`} className="text-sm">
      <p className="px-2 pb-1 font-semibold">{catalog.name}</p>
      <ul>
        {guides.map((g) => (
          <li key={g.slug}>
            <NavLink className={link} href={g.slug ? `/${catalog.id}/${g.slug}/` : `/${catalog.id}/`}>
              {g.title}
            </NavLink>
          </li>
        ))}
        <li>
          <NavLink className={`${link} font-medium`} href={`/${catalog.id}/errors/`}>
            All error codes ({catalog.codes.length})
          </NavLink>
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

/**
 * The sidebar at every width: on a phone it folds into a native disclosure, closed by default so the page's heading is
 * on the first screen (it opens by keyboard and without JavaScript); from the md breakpoint it is always shown.
 */
export function ApiNavigation({ catalog, guides }: { catalog: Catalog; guides: GuideMeta[] }) {
  return (
    <>
      <details className="rounded-md border border-slate-300 md:hidden dark:border-slate-700">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
          {shortName(catalog)} menu: guides and error groups
        </summary>
        <div className="border-t border-slate-200 px-1 py-2 dark:border-slate-800">
          <ApiSidebar catalog={catalog} guides={guides} />
        </div>
      </details>
      <div className="hidden md:block">
        <ApiSidebar catalog={catalog} guides={guides} />
      </div>
    </>
  );
}
