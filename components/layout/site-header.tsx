import { HeaderSearch } from '@/components/search/header-search';
import { NavLink } from './nav-link';

type Props = { apis: Array<{ id: string; name: string }> };

// Each link is at least 24 px tall (WCAG 2.5.8 target size); the current page's link is marked for screen readers.
const link =
  'inline-flex min-h-6 items-center text-slate-700 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-950 dark:text-slate-300 dark:aria-[current=page]:text-white';

/** Site header: the API list comes from the loaded catalogs; nothing is hand-listed. */
export function SiteHeader({ apis }: Props) {
  const items = [
    ...apis.map((api) => ({ href: `/${api.id}/`, label: api.name.replace(/ API$| Messaging API$/, '') })),
    { href: '/compare/', label: 'Compare' },
    { href: '/playground/', label: 'Playground' },
  ];
  return (
    <header className="border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <NavLink
          href="/"
          className="inline-flex min-h-6 items-center text-lg font-bold tracking-tight text-slate-900 dark:text-white"
        >
          Codebook
        </NavLink>
        <nav aria-label="APIs" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} className={link}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {/* On a phone the search has a row of its own whatever its width, so the header keeps one layout while the
            page is still arriving and once its scripts run (no layout shift). */}
        <div className="order-2 w-full sm:order-none sm:ml-auto sm:w-auto">
          <HeaderSearch />
        </div>
      </div>
    </header>
  );
}
