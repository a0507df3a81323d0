// Where the export serves the search index. Kept apart from the engine so that a component can name the file
// without pulling the engine (and flexsearch) into every page's first load.
export const SEARCH_INDEX_URL = '/search-index.json';
