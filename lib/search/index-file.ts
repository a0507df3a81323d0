// Where the export serves the search index, and its bytes as fetched. Kept apart from the engine so that a component
// can fetch the file without pulling the engine (and flexsearch) into every page's first load.
import { withBase } from '@/lib/site';

export const SEARCH_INDEX_URL = '/search-index.json';

/** The index file's bytes; an answer other than 2xx is an error that names its status. */
export async function fetchSearchIndex(): Promise<ArrayBuffer> {
  const response = await fetch(withBase(SEARCH_INDEX_URL));
  if (!response.ok) throw new Error(`the index answered HTTP ${response.status}`);
  return response.arrayBuffer();
}
