// Fetches `/search-index.json` once and builds the engine from it; every caller in the same context (the search
// worker, or the page where workers are unavailable) shares one promise.
import { createSearchEngine } from './engine';
import type { SearchEngine, SearchPayload } from './types';
import { withBase } from '@/lib/site';
import { SEARCH_INDEX_URL } from './index-url';

let engine: Promise<SearchEngine> | undefined;

/**
 * The search engine, loaded on first use from `url` (the site's index by default; a worker passes the absolute URL the
 * page gave it). A failed load is forgotten so the next search can try again.
 */
export function loadSearchEngine(url = withBase(SEARCH_INDEX_URL)): Promise<SearchEngine> {
  engine ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`the index answered HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    })
    .then(createSearchEngine)
    .catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
  return engine;
}
