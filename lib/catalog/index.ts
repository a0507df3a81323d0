// The one loader every route, component, index and export reads from.
import { loadAllCatalogs, type Catalog } from './load';
import type { CodeValue, ErrorCode } from './schema';
import { catalogQuery } from './query';

export type { Catalog } from './load';
export type { CodeValue, ErrorCode } from './schema';

let cache: Catalog[] | undefined;

/** All catalogs, loaded and validated once per process. */
export function getCatalogs(): Catalog[] {
  cache ??= loadAllCatalogs();
  return cache;
}

export function getCatalog(api: string): Catalog {
  const catalog = getCatalogs().find((c) => c.id === api);
  if (!catalog) throw new Error(`No catalog for API "${api}"`);
  return catalog;
}

export function findCode(catalog: Catalog, code: CodeValue | string): ErrorCode | undefined {
  return catalogQuery(catalog).byCode(code);
}

export { codeAnchor, codePath, codeSegment } from './paths';
export { catalogQuery } from './query';

/** Static params for every route under /<api>/: one entry per loaded catalog. */
export const apiStaticParams = () => getCatalogs().map((c) => ({ api: c.id }));
