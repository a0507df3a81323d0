import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import { Suspense } from 'react';
import { SearchResults } from '@/components/search/search-results';
import { getCatalogs } from '@/lib/catalog';
import { withBase } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Search error codes',
  description: 'Search every error code of five messaging APIs by code, name, word or pasted message.',
  path: '/search/',
});

export default function SearchPage() {
  const apis = getCatalogs().map((c) => ({ id: c.id, name: c.name }));
  return (
    // At least a screen tall: the form and results render on the client, and must not push the footer about (CLS).
    <main id="main" className="mx-auto min-h-screen max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">Search error codes</h1>
      {/* In the HTML, so the page says what it does at first paint, before the results arrive from the worker. */}
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Find an error code of any API documented here by the code itself, its name, an HTTP status such as 503 or 5xx, a
        word such as &ldquo;rate limit&rdquo;, or a message pasted from a response. The guides are searched too.
      </p>
      {/* Static export has no searchParams at build time: the query is read on the client. */}
      <Suspense
        fallback={
          <noscript>
            <NoScriptHelp apis={apis} />
          </noscript>
        }
      >
        <SearchResults apis={apis} />
      </Suspense>
    </main>
  );
}

function NoScriptHelp({ apis }: { apis: Array<{ id: string; name: string }> }) {
  return (
    <div className="mt-4">
      <p>Search runs in your browser and needs JavaScript. Every code is also listed in its API&apos;s table:</p>
      <ul className="mt-2 list-disc pl-6">
        {apis.map((a) => (
          <li key={a.id}>
            <a className="text-blue-800 underline dark:text-blue-300" href={withBase(`/${a.id}/errors/`)}>
              {a.name} error codes
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
