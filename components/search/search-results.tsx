'use client';
import { useEffect, useId, useRef, useState, type MutableRefObject } from 'react';
import { useSearchParams } from 'next/navigation';
import type { SearchOptions, StatusClass } from '@/lib/search/types';
import { askSearch, warmSearch, type SearchAnswer } from './search-client';
import { NoResults } from './no-results';
import { SearchHitItem } from './search-hit';
import { withBase } from '@/lib/site';

type Api = { id: string; name: string };
type Filters = { q: string; api: string; status: string; retry: string };

/** Results shown at first: enough to scan, few enough that each keystroke's list renders within a frame or two. */
const FIRST_PAGE = 20;
const MOST = 200;
/** How long typing must pause before the address bar follows the box. */
const URL_PAUSE_MS = 300;

function writeUrl(pending: MutableRefObject<string | null>) {
  if (pending.current === null) return;
  window.history.replaceState(window.history.state, '', pending.current);
  pending.current = null;
}

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

// A page opened with a query starts loading the index as soon as this module runs, before React hydrates the page.
if (typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('q')?.trim()) warmSearch();

/**
 * Ranked results for ?q=, with filters kept in the URL so a result list can be linked. The URL is read once, on
 * load and on back/forward; typing only writes it, so a keystroke can never be overwritten by an older URL. Queries
 * run in a worker (components/search/search-client.ts); the list shows the newest answer and says which query it is for.
 */
export function SearchResults({ apis }: { apis: Api[] }) {
  const params = useSearchParams();
  const [filters, setFilters] = useState(() => readFilters(new URLSearchParams(params.toString())));
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const [expandedFor, setExpandedFor] = useState<Filters | null>(null);
  const limit = expandedFor === filters ? MOST : FIRST_PAGE;
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const urlPending = useRef<string | null>(null);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onPop = () => setFilters(readFilters(new URLSearchParams(window.location.search)));
    // A URL write still waiting for a pause in typing is made before the page goes, so Back returns to it.
    const onHide = () => writeUrl(urlPending);
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);

  // Without a query in the address, the index loads in a worker once the page is idle.
  useEffect(() => {
    if (filters.q.trim()) return;
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(() => warmSearch(), { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(warmSearch, 1500);
      return () => clearTimeout(timer);
    }
    // Only on load: later queries ask for it anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!filters.q.trim()) {
      setAnswer(null);
      return;
    }
    let live = true;
    askSearch('page', filters.q, searchOptions(filters, limit), true)
      .then((next) => {
        if (live && next) {
          setAnswer(next);
          setFailed(false);
        }
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [filters, limit]);

  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    const url = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) url.set(k, v);
    // The address follows the box once typing pauses: browsers throttle a history write per keystroke.
    urlPending.current = withBase(`/search/${url.size ? `?${url}` : ''}`);
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => writeUrl(urlPending), URL_PAUSE_MS);
  };

  useEffect(() => {
    // A query typed before the page's scripts ran (they start after the first paint) is searched for now.
    const typed = box.current?.value;
    if (typed !== undefined && typed !== filters.q) update({ q: typed });
    // Only on load: after it, every keystroke goes through update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const result = filters.q.trim() ? answer : null;
  const suggestions = result?.suggestions ?? [];
  const hits = result?.hits ?? [];
  const select = 'rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  const status = failed
    ? 'The search index could not be loaded. Try again, or browse the tables.'
    : !filters.q.trim()
      ? 'Type a code, a status, a word or paste a message.'
      : !result
        ? 'Loading the index…'
        : result.total === 0
          ? `No results for “${result.query}”`
          : result.total > hits.length
            ? `Showing the best ${hits.length} of ${result.total} results for “${result.query}”`
            : `${result.total} result${result.total === 1 ? '' : 's'} for “${result.query}”`;

  return (
    <>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <div className="grow">
          <label htmlFor={`${id}-q`} className="block text-sm font-medium">
            Code, name, word or message
          </label>
          <input
            id={`${id}-q`}
            ref={box}
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
          onClick={() => setExpandedFor(filters)}
          className="mt-4 rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Show {Math.min(result.total, MOST) === result.total ? 'all' : `the best ${MOST} of`} {result.total} results
        </button>
      ) : null}
      {result?.total === 0 ? <NoResults apis={apis} suggestions={suggestions} onPick={(q) => update({ q })} /> : null}
    </>
  );
}
