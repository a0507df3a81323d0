import { getCatalogs } from '@/lib/catalog';
import { writeSearchPayload } from '@/lib/search/payload';

export const dynamic = 'force-static';

/** The search index the browser downloads on its first search. */
export function GET() {
  return new Response(writeSearchPayload(getCatalogs()), { headers: { 'Content-Type': 'application/json' } });
}
