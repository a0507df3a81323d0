import { apiStaticParams, getCatalog } from '@/lib/catalog';
import { catalogExport } from '@/lib/catalog/export';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = apiStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ api: string }> }) {
  const { api } = await params;
  return Response.json(catalogExport(getCatalog(api)));
}
