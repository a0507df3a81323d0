import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ErrorTable } from '@/components/catalog/error-table';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { TableFilter } from '@/components/search/table-filter';
import { InlineText } from '@/components/inline-text';
import { getCatalog, getCatalogs } from '@/lib/catalog';
import { groupAnchor, shortName } from '@/lib/catalog/present';
import { groupPages } from '@/lib/catalog/table-pages';
import { pageMetadata, withBase } from '@/lib/site';

type Props = { params: Promise<{ api: string; group: string; part?: string[] }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return getCatalogs().flatMap((c) =>
    groupPages(c).map((p) => ({ api: c.id, group: p.group.id, part: p.part > 1 ? [String(p.part)] : [] })),
  );
}

const lookup = async (params: Props['params']) => {
  const { api, group, part } = await params;
  const catalog = getCatalog(api);
  const pages = groupPages(catalog).filter((p) => p.group.id === decodeURIComponent(group));
  const page = pages.find((p) => p.part === Number(part?.[0] ?? 1));
  if (!page) notFound();
  return { catalog, page, pages };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { catalog, page } = await lookup(params);
  const suffix = page.parts > 1 ? ` (part ${page.part} of ${page.parts})` : '';
  return pageMetadata({
    title: `${page.group.title}${suffix} · ${catalog.name}`,
    description: `The ${catalog.name} error codes of the group ${page.group.title}${suffix}, with HTTP status, whether to retry and meaning.`,
    // Only a table too big for one page links its groups' pages; otherwise the postbuild deletes them unread
    // (scripts/prune-export.ts), so every group page left in the export is its own canonical page.
    path: page.path,
    api: catalog,
  });
}

/** One group's codes (a part of them in a big group), server-rendered like the full table. */
export default async function GroupTablePage({ params }: Props) {
  const { catalog, page, pages } = await lookup(params);
  const total = pages.reduce((n, p) => n + p.codes.length, 0);
  const last = page.first + page.codes.length - 1;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/${catalog.id}/`, label: shortName(catalog) },
          { href: `/${catalog.id}/errors/`, label: 'Error codes' },
        ]}
        current={page.group.title}
      />
      <h1 className="text-3xl font-bold tracking-tight">{page.group.title}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        <InlineText text={page.group.summary} />
      </p>
      <p className="mt-2 text-sm">
        {catalog.name}: {total} code{total === 1 ? '' : 's'} in this group
        {page.parts > 1 ? `, ${page.first}–${last} on this page` : ''}.{' '}
        <a
          className="text-blue-800 underline dark:text-blue-300"
          href={withBase(`/${catalog.id}/errors/#${groupAnchor(page.group.id)}`)}
        >
          All groups
        </a>
      </p>
      {page.parts > 1 ? <PartLinks pages={pages} current={page.part} /> : null}
      <TableFilter />
      <div className="mt-6" data-group-section="">
        <ErrorTable
          catalog={catalog}
          codes={page.codes}
          caption={`${page.group.title}: codes ${page.first}–${last} of ${total}`}
          captionHidden
        />
      </div>
      {page.parts > 1 ? <PartLinks pages={pages} current={page.part} /> : null}
    </>
  );
}

function PartLinks({ pages, current }: { pages: Awaited<ReturnType<typeof lookup>>['pages']; current: number }) {
  return (
    <nav aria-label="Pages of this group" className="mt-4 text-sm">
      <ul className="flex flex-wrap gap-2">
        {pages.map((p) => (
          <li key={p.part}>
            {p.part === current ? (
              <span aria-current="page" className="rounded border border-slate-400 px-2 py-1 font-semibold">
                {p.first}–{p.first + p.codes.length - 1}
              </span>
            ) : (
              // A plain link: prefetching every part of a big group would fetch hundreds of rows per part in the background.
              <a
                href={withBase(p.path)}
                className="rounded border border-slate-300 px-2 py-1 text-blue-800 underline dark:border-slate-700 dark:text-blue-300"
              >
                {p.first}–{p.first + p.codes.length - 1}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
