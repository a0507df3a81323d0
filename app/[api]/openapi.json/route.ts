import { apiStaticParams, getCatalog } from '@/lib/catalog';
import { openApiFragment } from '@/lib/openapi';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = apiStaticParams;

/** An OpenAPI 3.1 fragment of this API's error responses, to `$ref` from the API's own spec. */
export async function GET(_request: Request, { params }: { params: Promise<{ api: string }> }) {
  const { api } = await params;
  return Response.json(openApiFragment(getCatalog(api)));
}
