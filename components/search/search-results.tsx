'use client';
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { SearchEngine, SearchHit, SearchOptions, StatusClass } from '@/lib/search/types';
import { SearchHitItem } from './search-hit';
import { withBase } from '@/lib/site';

type Api = { id: string; name: string };

const readFilters = (params: URLSearchParams) => ({
  q: params.get('q') ?? '',
  api: params.get('api') ?? '',
  status: params.get('status') ?? '',
  retry: params.get('retry') ?? '',
});

/** Ranked results for ?q=, with filters kept in the URL so a result list can be linked. */
export function SearchResults({ apis }: { apis: Api[] }) {
  const params = useSearchParams();
  const [filters, setFilters] = useState(() => readFilters(new URLSearchParams(params.toString())));
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const id = useId();

  useEffect(() => setFilters(readFilters(new URLSearchParams(params.toString()))), [params]);
  useEffect(() => {
    import('@/lib/search/client')
      .then(({ loadSearchEngine }) => loadSearchEngine())
      .then(setEngine)
      .catch(() => setFailed(true));
  }, []);

  const update = (next: Partial<typeof filters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    const url = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) url.set(k, v);
    window.history.replaceState(null, '', withBase(`/search/${url.size ? `?${url}` : ''}`));
  };

  const options: SearchOptions = { limit: 50 };
  if (filters.api) options.api = filters.api;
  if (filters.status) options.statusClass = filters.status as StatusClass;
  if (filters.retry) options.retryable = filters.retry === 'yes' ? true : filters.retry === 'no' ? false : null;
  const hits: SearchHit[] = engine && filters.q.trim() ? engine.search(filters.q, options) : [];
  const select = 'rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

  return (
    <>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <div className="grow">
          <label htmlFor={`${id}-q`} className="block text-sm font-medium">Code, name, word or message</label>
          <input id={`${id}-q`} type="search" value={filters.q} onChange={(e) => update({ q: e.target.value })} className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 dark:border-slate-600 dark:bg-slate-900" />
        </div>
        <div>
          <label htmlFor={`${id}-api`} className="block text-sm font-medium">API</label>
          <select id={`${id}-api`} value={filters.api} onChange={(e) => update({ api: e.target.value })} className={select}>
            <option value="">All APIs</option>
            {apis.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm font-medium">HTTP status</label>
          <select id={`${id}-status`} value={filters.status} onChange={(e) => update({ status: e.target.value })} className={select}>
            <option value="">Any</option>
            <option value="4xx">4xx client errors</option>
            <option value="5xx">5xx server errors</option>
            <option value="2xx">2xx (logical failures)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-retry`} className="block text-sm font-medium">Retry</label>
          <select id={`${id}-retry`} value={filters.retry} onChange={(e) => update({ retry: e.target.value })} className={select}>
            <option value="">Any</option>
            <option value="yes">Retryable</option>
            <option value="no">Do not retry</option>
            <option value="unknown">Not documented</option>
          </select>
        </div>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {failed ? 'The search index could not be loaded. Try again, or browse the tables.' : !filters.q.trim() ? 'Type a code, a word or paste a message.' : !engine ? 'Loading the index…' : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${filters.q}”`}
      </p>
      {hits.length ? (
        <ol className="mt-4 space-y-3" aria-label="Results, best first">
          {hits.map((hit) => (
            <SearchHitItem key={hit.record.url} hit={hit} />
          ))}
        </ol>
      ) : null}
    </>
  );
}
