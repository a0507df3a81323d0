import { getCatalogs } from '@/lib/catalog';
import { buildDecoderTable } from '@/lib/decode/table';

export const dynamic = 'force-static';

/** The decoder's lookup table, fetched by the playground on first use (never with pasted text). */
export function GET() {
  return Response.json(buildDecoderTable(getCatalogs()));
}
