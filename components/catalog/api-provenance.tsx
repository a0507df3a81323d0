// Where the API's own documentation and support are, and how this catalog was compiled from its source. Each part
// shows only what the catalog records: a catalog without docs_url, support or about renders nothing for it.
import type { Catalog } from '@/lib/catalog';
import { shortName } from '@/lib/catalog/present';
import { InlineText } from '@/components/inline-text';
import { AnchoredHeading } from '@/components/heading';

const hostOf = (url: string) => new URL(url).host + new URL(url).pathname.replace(/\/$/, '');

/** "Chert's own documentation · support" as one line; null when the catalog records neither. */
export function ApiLinks({ catalog }: { catalog: Catalog }) {
  const { docs_url: docs, support } = catalog;
  if (!docs && !support) return null;
  const name = shortName(catalog);
  return (
    <p className="text-sm" data-api-links="">
      {docs ? (
        <>
          {name}&apos;s own documentation: <a href={docs}>{hostOf(docs)}</a>
        </>
      ) : null}
      {docs && support ? ' · ' : null}
      {support ? (
        <>
          {name} support: {support.url ? <a href={support.url}>{hostOf(support.url)}</a> : null}
          {support.url && support.email ? ' or ' : null}
          {support.email ? <a href={`mailto:${support.email}`}>{support.email}</a> : null}
        </>
      ) : null}
    </p>
  );
}

/** The API page's "About this catalog" note: gaps and names that come from how the source was written. */
export function AboutCatalog({ catalog }: { catalog: Catalog }) {
  if (!catalog.about) return null;
  return (
    <aside aria-labelledby="about-this-catalog" className="mt-10 border-t border-slate-300 pt-2 dark:border-slate-700">
      <AnchoredHeading as="h2" id="about-this-catalog">
        About this catalog
      </AnchoredHeading>
      <p>
        <InlineText text={catalog.about} />
      </p>
    </aside>
  );
}
