// Build side: the `/search-index.json` file the browser downloads on its first search.
import type { Catalog } from '@/lib/catalog';
import { buildSearchPayload } from './engine';
import { buildSearchRecords } from './records';

/** The payload as JSON text, ready to be served as a static file. */
export function writeSearchPayload(catalogs: Catalog[]): string {
  return JSON.stringify(buildSearchPayload(buildSearchRecords(catalogs)));
}
