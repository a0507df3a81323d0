import type { Catalog } from '@/lib/catalog';
import type { GuideMeta } from '@/lib/guides';
import { groupAnchor, shortName } from '@/lib/catalog/present';
import { groupPagePath, splitsTable } from '@/lib/catalog/table-pages';
import { ApiMenu } from './api-menu';
import { CurrentCodeItem, NavLink } from './nav-link';

// One short class (app/globals.css) rather than a dozen utilities: the menu is in every API page twice (the panel and
// its no-JavaScript copy), and each copy again in the page's hydration payload.
const link = 'section-link';

/**
 * Per-API navigation: guides and groups only. Listing every code here would make each page carry the whole
 * catalog and the export grow with the square of the number of codes; the full list lives on /<api>/errors/. On a
 * code page, that one code is added as the current item.
 */
export function ApiSidebar({ catalog, guides }: { catalog: Catalog; guides: GuideMeta[] }) {
  // A table too big for one page links each group to its own page; otherwise to its section of the one table.
  const groupHref = (id: string) =>
    splitsTable(catalog) ? groupPagePath(catalog.id, id) : `/${catalog.id}/errors/#${groupAnchor(id)}`;
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
            <CurrentCodeItem api={catalog.id} className={link} />
            {catalog.groups.map((g) => (
              <li key={g.id}>
                <NavLink className={link} href={groupHref(g.id)} parts>
                  {g.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}

/**
 * The sidebar at every width: on a phone it sits behind a menu button, closed by default so the page's heading is on
 * the first screen; from the md breakpoint it is always shown. With JavaScript off a native disclosure replaces the
 * button (components/layout/api-menu.tsx).
 */
export function ApiNavigation({ catalog, guides }: { catalog: Catalog; guides: GuideMeta[] }) {
  const label = `${shortName(catalog)} menu: guides and error groups`;
  return (
    <ApiMenu
      label={label}
      fallback={
        <details className="rounded-md border border-slate-300 md:hidden dark:border-slate-700">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm font-medium">{label}</summary>
          <div className="border-t border-slate-200 px-1 py-2 dark:border-slate-800">
            <ApiSidebar catalog={catalog} guides={guides} />
          </div>
        </details>
      }
    >
      <ApiSidebar catalog={catalog} guides={guides} />
    </ApiMenu>
  );
}
