import type { Metadata } from 'next';
import { getCatalogs } from '@/lib/catalog';
import { InlineText } from '@/components/inline-text';
import { HOME_TITLE, SITE_DESCRIPTION, pageMetadata, withBase } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: HOME_TITLE,
  absoluteTitle: true,
  description: SITE_DESCRIPTION,
  path: '/',
});

/** Home: the APIs, derived from the loaded catalogs, and the three ways in (browse, search, paste). */
export default function Home() {
  const catalogs = getCatalogs();
  const total = catalogs.reduce((n, c) => n + c.codes.length, 0);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-4xl font-bold tracking-tight">Understand any messaging API error</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        {total} error codes from {catalogs.length} APIs: what each one means, whether to retry and after how long, the
        id to quote to support, and code that handles it.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <a
          href={withBase('/playground/')}
          className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800"
        >
          Paste a failed response
        </a>
        <a
          href={withBase('/compare/')}
          className="rounded-md border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900"
        >
          Compare the APIs
        </a>
      </div>
      <h2 className="mt-12 text-2xl font-semibold">APIs</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {catalogs.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
            <h3 className="text-lg font-semibold">
              <a
                href={withBase(`/${c.id}/`)}
                className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
              >
                {c.name}
              </a>
            </h3>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              <InlineText text={c.summary} />
            </p>
            <p className="mt-2 text-sm">
              <a href={withBase(`/${c.id}/errors/`)} className="underline">
                {c.codes.length} code{c.codes.length === 1 ? '' : 's'}
              </a>{' '}
              · {c.code_format === 'integer' ? 'numeric codes' : 'string codes'} · retries decided by{' '}
              {c.retry.basis === 'response'
                ? 'the response'
                : c.retry.basis === 'status'
                  ? 'HTTP status'
                  : 'the catalog'}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
