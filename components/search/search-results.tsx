'use client';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { SearchEngine, SearchOptions, StatusClass } from '@/lib/search/types';
import { NoResults } from './no-results';
import { SearchHitItem } from './search-hit';
import { withBase } from '@/lib/site';

type Api = { id: string; name: string };
type Filters = { q: string; api: string; status: string; retry: string };

/** Results shown at first: enough to scan, few enough that each keystroke's list renders within a frame or two. */
const FIRST_PAGE = 20;
const MOST = 200;

const readFilters = (params: URLSearchParams): Filters => ({
  q: params.get('q') ?? '',
  api: params.get('api') ?? '',
  status: params.get('status') ?? '',
  retry: params.get('retry') ?? '',
});

const searchOptions = (filters: Filters, limit: number): SearchOptions => ({
  limit,
  ...(filters.api ? { api: filters.api } : {}),
  ...(filters.status ? { statusClass: filters.status as StatusClass } : {}),
  ...(filters.retry ? { retryable: filters.retry === 'yes' ? true : filters.retry === 'no' ? false : null } : {}),
});

/**
 * Ranked results for ?q=, with filters kept in the URL so a result list can be linked. The URL is read once, on
 * load and on back/forward; typing only writes it, so a keystroke can never be overwritten by an older URL.
 */
export function SearchResults({ apis }: { apis: Api[] }) {
  const params = useSearchParams();
  const [filters, setFilters] = useState(() => readFilters(new URLSearchParams(params.toString())));
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const id = useId();
  // The box shows every keystroke at once; results may trail by a render while a long list is replaced.
  const shown = useDeferredValue(filters);
  const [expandedFor, setExpandedFor] = useState<Filters | null>(null);
  const limit = expandedFor === shown ? MOST : FIRST_PAGE;

  useEffect(() => {
    const onPop = () => setFilters(readFilters(new URLSearchParams(window.location.search)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    import('@/lib/search/client')
      .then(({ loadSearchEngine }) => loadSearchEngine())
      .then(setEngine)
      .catch(() => setFailed(true));
  }, []);

  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    const url = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) url.set(k, v);
    window.history.replaceState(window.history.state, '', withBase(`/search/${url.size ? `?${url}` : ''}`));
  };

  const result = useMemo(
    () => (engine && shown.q.trim() ? engine.run(shown.q, searchOptions(shown, limit)) : null),
    [engine, shown, limit],
  );
  const suggestions = useMemo(
    () => (engine && result?.total === 0 ? engine.suggest(shown.q) : []),
    [engine, result, shown.q],
  );
  const hits = result?.hits ?? [];
  const select = 'rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  const status = failed
    ? 'The search index could not be loaded. Try again, or browse the tables.'
    : !shown.q.trim()
      ? 'Type a code, a status, a word or paste a message.'
      : !result
        ? 'Loading the index…'
        : result.total === 0
          ? `No results for “${shown.q}”`
          : result.total > hits.length
            ? `Showing the best ${hits.length} of ${result.total} results for “${shown.q}”`
            : `${result.total} result${result.total === 1 ? '' : 's'} for “${shown.q}”`;

  return (
    <>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <div className="grow">
          <label htmlFor={`${id}-q`} className="block text-sm font-medium">
            Code, name, word or message
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={filters.q}
            onChange={(e) => update({ q: e.target.value })}
            className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div>
          <label htmlFor={`${id}-api`} className="block text-sm font-medium">
            API
          </label>
          <select
            id={`${id}-api`}
            value={filters.api}
            onChange={(e) => update({ api: e.target.value })}
            className={select}
          >
            <option value="">All APIs</option>
            {apis.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm font-medium">
            HTTP status
          </label>
          <select
            id={`${id}-status`}
            value={filters.status}
            onChange={(e) => update({ status: e.target.value })}
            className={select}
          >
            <option value="">Any</option>
            <option value="4xx">4xx client errors</option>
            <option value="5xx">5xx server errors</option>
            <option value="2xx">2xx (logical failures)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-retry`} className="block text-sm font-medium">
            Retry
          </label>
          <select
            id={`${id}-retry`}
            value={filters.retry}
            onChange={(e) => update({ retry: e.target.value })}
            className={select}
          >
            <option value="">Any</option>
            <option value="yes">Retryable</option>
            <option value="no">Do not retry</option>
            <option value="unknown">Not documented</option>
          </select>
        </div>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
      {hits.length ? (
        <ol className="mt-4 space-y-3" aria-label="Results, best first">
          {hits.map((hit) => (
            <SearchHitItem key={hit.url} hit={hit} />
          ))}
        </ol>
      ) : null}
      {result && result.total > hits.length && hits.length < MOST ? (
        <button
          type="button"
          onClick={() => setExpandedFor(shown)}
          className="mt-4 rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Show {Math.min(result.total, MOST) === result.total ? 'all' : `the best ${MOST} of`} {result.total} results
        </button>
      ) : null}
      {result?.total === 0 ? <NoResults apis={apis} suggestions={suggestions} onPick={(q) => update({ q })} /> : null}
    </>
  );
}
