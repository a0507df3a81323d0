// Build side: the `/search-index.json` file the browser downloads on its first search.
import type { Catalog } from '@/lib/catalog';
import type { Guide } from '@/lib/guides';
import { buildSearchPayload } from './engine';
import { guideSections } from './guide-sections';
import { buildSearchRecords } from './records';

/** The payload as JSON text, ready to be served as a static file; `guidesOf` gives each API's guide pages. */
export function writeSearchPayload(catalogs: Catalog[], guidesOf: (api: string) => Guide[] = () => []): string {
  const sections = catalogs.flatMap((catalog) =>
    guidesOf(catalog.id).flatMap((guide) => guideSections(catalog, guide)),
  );
  return JSON.stringify(buildSearchPayload(buildSearchRecords(catalogs), sections));
}
