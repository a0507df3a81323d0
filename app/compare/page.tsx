import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import { getCatalogs } from '@/lib/catalog';
import { compareRows, locators } from '@/lib/catalog/compare';
import { shortName } from '@/lib/catalog/present';
import { CompareCellView } from '@/components/compare/compare-cell';
import { withBase } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Compare errors across APIs',
  description:
    'The same failure in five messaging APIs, side by side: codes, statuses, retry behaviour, waits and trace ids.',
  path: '/compare/',
});

/** The same failure across every API, from concept tags in the catalogs; each cell links to its code page. */
export default function ComparePage() {
  const catalogs = getCatalogs();
  const rows = compareRows(catalogs);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">The same failure, five APIs</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Each row is one kind of failure; each column shows how one API reports it. Use it to map one API&apos;s errors
        onto another&apos;s when you integrate both. An empty cell means that API&apos;s errors page documents no code
        for it.
      </p>
      <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label="Comparison table (scrolls sideways)">
        <table className="w-full min-w-[60rem] border-collapse text-left text-sm">
          <caption className="sr-only">Error codes by kind of failure and API</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3">
                Failure
              </th>
              {catalogs.map((c) => (
                <th key={c.id} scope="col" className="py-2 pr-3">
                  <a href={withBase(`/${c.id}/`)} className="text-blue-800 underline dark:text-blue-300">
                    {shortName(c)}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.tag} id={row.tag} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-3 pr-3">
                  {row.title}
                  <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">{row.question}</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.catalog.id} className="py-3 pr-3">
                    <CompareCellView cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-3 pr-3">
                Where the wait is
              </th>
              {catalogs.map((c) => (
                <td key={c.id} className="py-3 pr-3 font-mono text-xs">
                  {locators(c).wait.join(', ') || 'Not documented'}
                </td>
              ))}
            </tr>
            <tr className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-3 pr-3">
                Where the trace id is
              </th>
              {catalogs.map((c) => (
                <td key={c.id} className="py-3 pr-3 font-mono text-xs">
                  {locators(c).trace.join(', ') || 'Not documented'}
                </td>
              ))}
            </tr>
            <tr className="align-top">
              <th scope="row" className="py-3 pr-3">
                Who decides retries
              </th>
              {catalogs.map((c) => (
                <td key={c.id} className="py-3 pr-3 text-xs">
                  {c.retry.basis === 'response'
                    ? 'The retryable field in each response'
                    : c.retry.basis === 'status'
                      ? 'Rules by HTTP status'
                      : 'Per-code guidance in the docs'}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </main>
  );
}
