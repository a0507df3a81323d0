// The machine-readable form of a catalog served at /<api>/catalog.json: the same data the pages render from.
import { SITE_URL } from '../site';
import type { Catalog } from './load';
import { codePath } from './index';

export function catalogExport(catalog: Catalog) {
  const { file: _file, $schema: _schema, codes, ...rest } = catalog;
  return {
    $schema: `${SITE_URL}/schema/catalog.json`,
    api: catalog.id,
    ...rest,
    codes: codes.map((c) => ({
      ...c,
      // `http` is always an array; `retryable` a boolean, or null where the source documents none.
      http: [...c.http],
      retryable: c.retryable,
      url: `${SITE_URL}${codePath(catalog.id, c.code)}`,
    })),
  };
}
