// Fetches `/search-index.json` once and builds the engine from it in the page, where the search worker cannot run
// (components/search/search-client.ts); every caller shares one promise.
import { createSearchEngine } from './engine';
import type { SearchEngine, SearchPayload } from './types';
import { withBase } from '@/lib/site';
import { SEARCH_INDEX_URL } from './index-url';

let engine: Promise<SearchEngine> | undefined;

/** The search engine, loaded on first use. A failed load is forgotten so the next search can try again. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetch(withBase(SEARCH_INDEX_URL))
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
