// Builds the search engine from the index file's bytes: in the search worker (components/search/search.worker.ts),
// and in the page where the worker cannot run (components/search/search-client.ts), which fetches the index once and
// shares one promise between callers.
import { createSearchEngine } from './engine';
import type { SearchEngine, SearchPayload } from './types';
import { fetchSearchIndex } from './index-file';

/** The engine for an index file's bytes; bytes that are not the index's JSON throw. */
export const engineFromBytes = (bytes: ArrayBuffer): SearchEngine =>
  createSearchEngine(JSON.parse(new TextDecoder().decode(bytes)) as SearchPayload);

let engine: Promise<SearchEngine> | undefined;

/** The search engine, loaded on first use. A failed load is forgotten so the next search can try again. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetchSearchIndex()
    .then(engineFromBytes)
    .catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
  return engine;
}
