// The zod schema of the export form served at /<api>/catalog.json, and the JSON Schema generated from it
// (/schema/catalog.json): the authoring schema, parsed (defaults filled in), plus the fields the export adds.
import { z } from 'zod';
import { SITE_ROOT } from '../site';
import { CatalogSchema, ErrorCodeSchema } from './schema';

export const CatalogExportSchema = CatalogSchema.extend({
  $schema: z.string().url().describe('The JSON Schema this document follows.'),
  api: z.string().describe('The API id, the first segment of every URL of this API on the site.'),
  codes: z.array(ErrorCodeSchema.extend({ url: z.string().url().describe('The stable page of this code.') })),
});
export type CatalogExport = z.output<typeof CatalogExportSchema>;

export const EXPORT_SCHEMA_URL = `${SITE_ROOT}/schema/catalog.json`;

/** The JSON Schema of the export, in its parsed (output) form: every defaulted field is present. */
export function catalogExportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogExportSchema, { io: 'output', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: EXPORT_SCHEMA_URL,
    title: 'Codebook catalog export',
    description: `One API's error catalog as served at ${SITE_ROOT}/<api>/catalog.json. Generated from the zod schema in lib/catalog/export-schema.ts.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
