import { ApiNavigation } from '@/components/layout/api-sidebar';
import { apiStaticParams, getCatalog } from '@/lib/catalog';
import { getGuides } from '@/lib/guides';

export const dynamicParams = false;
export const generateStaticParams = apiStaticParams;

export default async function ApiLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ api: string }>;
}) {
  const { api } = await params;
  const catalog = getCatalog(api);
  return (
    <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-4 px-4 py-4 md:grid-cols-[14rem_minmax(0,1fr)] md:py-8">
      <aside className="md:sticky md:top-4 md:self-start">
        <ApiNavigation catalog={catalog} guides={getGuides(api)} />
      </aside>
      <main id="main" className="min-w-0">
        {children}
      </main>
    </div>
  );
}
