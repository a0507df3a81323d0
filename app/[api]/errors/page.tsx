import type { Metadata } from 'next';
import { ErrorTable } from '@/components/catalog/error-table';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { TableFilter } from '@/components/search/table-filter';
import { InlineText } from '@/components/inline-text';
import { catalogQuery, getCatalog } from '@/lib/catalog';
import { groupAnchor, shortName } from '@/lib/catalog/present';
import { groupPages, splitsTable } from '@/lib/catalog/table-pages';
import { pageMetadata, withBase } from '@/lib/site';

type Props = { params: Promise<{ api: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { api } = await params;
  const catalog = getCatalog(api);
  return pageMetadata({
    title: `All ${catalog.name} error codes`,
    description: `Every ${catalog.name} error code with its HTTP status, whether to retry and what it means.`,
    path: `/${api}/errors/`,
    api: catalog,
  });
}

/**
 * The full table: the only page that lists every code, rendered as plain HTML (no client props). A catalog too big for
 * one page lists its groups here instead, each linking to its own table pages (lib/catalog/table-pages.ts).
 */
export default async function ErrorsPage({ params }: Props) {
  const { api } = await params;
  const catalog = getCatalog(api);
  const split = splitsTable(catalog);
  const pages = split ? groupPages(catalog) : [];
  return (
    <>
      <Breadcrumbs items={[{ href: `/${api}/`, label: shortName(catalog) }]} current="Error codes" />
      <h1 className="text-3xl font-bold tracking-tight">{catalog.name} error codes</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {catalog.codes.length} code{catalog.codes.length === 1 ? '' : 's'} in {catalog.groups.length} group
        {catalog.groups.length === 1 ? '' : 's'}. <InlineText text={catalog.retry.summary} />
      </p>
      <p className="mt-2 text-sm">
        Machine-readable:{' '}
        <a className="text-blue-800 underline dark:text-blue-300" href={withBase(`/${api}/catalog.json`)}>
          catalog.json
        </a>{' '}
        ·{' '}
        <a className="text-blue-800 underline dark:text-blue-300" href={withBase(`/${api}/openapi.json`)}>
          OpenAPI fragment
        </a>{' '}
        ·{' '}
        <a className="text-blue-800 underline dark:text-blue-300" href={withBase(`/${api}/errors/index.md`)}>
          Markdown
        </a>
      </p>
      {split ? (
        <p className="mt-4 text-sm">
          Too many codes for one page: each group links to its own table. To find one code, use{' '}
          <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/search/')}>
            search
          </a>
          .
        </p>
      ) : (
        <TableFilter />
      )}
      {catalog.groups.map((group) => {
        const codes = catalogQuery(catalog).codesOfGroup(group.id);
        return (
          <section key={group.id} aria-labelledby={groupAnchor(group.id)} className="mt-8" data-group-section="">
            <h2 id={groupAnchor(group.id)} className="text-xl font-semibold">
              {group.title}
              <a href={`#${groupAnchor(group.id)}`} className="heading-anchor" aria-label={`Link to ${group.title}`}>
                #
              </a>
            </h2>
            <p className="mb-3 mt-1 text-sm text-slate-700 dark:text-slate-300">
              <InlineText text={group.summary} />
            </p>
            {split && codes.length ? (
              <ul className="flex flex-wrap gap-2 text-sm" aria-label={`${group.title}: ${codes.length} codes`}>
                {pages
                  .filter((p) => p.group.id === group.id)
                  .map((p) => (
                    <li key={p.path}>
                      <a href={withBase(p.path)} className="text-blue-800 underline dark:text-blue-300">
                        {p.parts > 1 ? `Codes ${p.first}–${p.first + p.codes.length - 1}` : `All ${codes.length} codes`}
                      </a>
                    </li>
                  ))}
              </ul>
            ) : codes.length ? (
              <ErrorTable
                catalog={catalog}
                codes={codes}
                caption={`${group.title}: ${codes.length} code${codes.length === 1 ? '' : 's'}`}
                captionHidden
              />
            ) : (
              <p className="text-sm">
                No code of this group is documented by its own value; errors of this group are recognised by their type
                and HTTP status.
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
