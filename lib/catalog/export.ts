// The machine-readable form of a catalog served at /<api>/catalog.json: the same data the pages render from.
// Its shape is CatalogExportSchema (./export-schema.ts), published as JSON Schema at /schema/catalog.json.
import { SITE_ROOT } from '../site';
import type { Catalog } from './load';
import { codePath } from './index';
import { EXPORT_SCHEMA_URL, type CatalogExport } from './export-schema';

export function catalogExport(catalog: Catalog): CatalogExport {
  const { file: _file, $schema: _schema, codes, ...rest } = catalog;
  return {
    $schema: EXPORT_SCHEMA_URL,
    api: catalog.id,
    ...rest,
    codes: codes.map((c) => ({
      ...c,
      // `http` is always an array; `retryable` a boolean, or null where the source documents none.
      http: [...c.http],
      retryable: c.retryable,
      url: `${SITE_ROOT}${codePath(catalog.id, c.code)}`,
    })),
  };
}
