import { getCatalogs } from '@/lib/catalog';
import { getGuides } from '@/lib/guides';
import { writeSearchPayload } from '@/lib/search/payload';

export const dynamic = 'force-static';

/** The search index the browser downloads on its first search: every code and every guide section. */
export function GET() {
  return new Response(writeSearchPayload(getCatalogs(), getGuides), {
    headers: { 'Content-Type': 'application/json' },
  });
}
