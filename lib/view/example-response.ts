// One example response as data: caption facts, header lines, the body as the JSON text shown and copied, and the
// source's note. The example block of guides and code pages and its Markdown form all render from this.
import type { Catalog } from '@/lib/catalog';
import type { Example } from '@/lib/catalog/schema';
import { statusLabel } from '@/lib/catalog/present';
import { catalogQuery } from '@/lib/catalog/query';

export interface ExampleView {
  id: string;
  title: string;
  /** `HTTP 429`, or a plain statement that the source shows none. */
  status: string;
  /** The title of the response shape the body has. */
  shape?: string;
  /** `Name: value` per response header the source shows. */
  headers: string[];
  /** The body as pretty-printed JSON: exactly what is shown and what the copy button copies. */
  body: string;
  /** The source's note, with the catalog's inline marks. */
  note?: string;
}

export function exampleView(catalog: Catalog, example: Example): ExampleView {
  const shape = catalogQuery(catalog).shape(example.shape);
  return {
    id: example.id,
    title: example.title,
    status: example.status ? `HTTP ${statusLabel([example.status])}` : 'HTTP status not shown in the source',
    ...(shape ? { shape: shape.title } : {}),
    headers: Object.entries(example.headers).map(([k, v]) => `${k}: ${v}`),
    body: JSON.stringify(example.body, null, 2),
    ...(example.note ? { note: example.note } : {}),
  };
}
