// The one loader every route, component, index and export reads from.
import { loadAllCatalogs, type Catalog } from './load';
import type { CodeValue, ErrorCode } from './schema';

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
  return catalog.codes.find((c) => c.code === code || String(c.code) === String(code));
}

/** The URL segment for a code: the code exactly as the API sends it. */
export const codeSegment = (code: CodeValue) => String(code);

/** The per-code page path, e.g. /chert/errors/1007/. */
export const codePath = (api: string, code: CodeValue) => `/${api}/errors/${encodeURIComponent(codeSegment(code))}/`;

/** Stable anchor id for a code row in tables. */
export const codeAnchor = (code: CodeValue) => `code-${String(code).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
