import { HeaderSearch } from '@/components/search/header-search';
import { withBase } from '@/lib/site';

type Props = { apis: Array<{ id: string; name: string }> };

/** Site header: the API list comes from the loaded catalogs; nothing is hand-listed. */
export function SiteHeader({ apis }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href={withBase('/')} className="text-lg font-bold tracking-tight text-slate-900 dark:text-white">
          Codebook
        </a>
        <nav aria-label="APIs" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {apis.map((api) => (
              <li key={api.id}>
                <a
                  href={withBase(`/${api.id}/`)}
                  className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
                >
                  {api.name.replace(/ API$| Messaging API$/, '')}
                </a>
              </li>
            ))}
            <li>
              <a
                href={withBase('/compare/')}
                className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
              >
                Compare
              </a>
            </li>
            <li>
              <a
                href={withBase('/playground/')}
                className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
              >
                Playground
              </a>
            </li>
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
