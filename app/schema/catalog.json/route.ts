import { catalogExportJsonSchema } from '@/lib/catalog/export-schema';

export const dynamic = 'force-static';

/** The JSON Schema of every /<api>/catalog.json, generated from the zod schema. */
export function GET() {
  return Response.json(catalogExportJsonSchema());
}
