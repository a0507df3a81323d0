// JSON-LD for guide and code pages (schema.org TechArticle and BreadcrumbList), built from the same facts as the page.
import { SITE_NAME, absoluteUrl, socialImagePath } from './site';

export type Crumb = { name: string; path: string };

type Article = {
  headline: string;
  description: string;
  path: string;
  /** The API the article is about, whose social image is the article's image; none for the site's own guides. */
  api?: { id: string; name: string };
  /** From the last commit of the catalog or guide file (lib/content-dates.ts). */
  dateModified?: string;
  /** From the first commit of that file. */
  datePublished?: string;
  /** The trail shown on the page, Home first and the page itself last. */
  crumbs: Crumb[];
};

/** The two JSON-LD objects of an article page: the article and its breadcrumb trail, in one @graph. */
export function articleJsonLd({ headline, description, path, api, dateModified, datePublished, crumbs }: Article) {
  const site = { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') };
  const url = absoluteUrl(path);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        '@id': `${url}#article`,
        headline,
        description,
        url,
        mainEntityOfPage: url,
        inLanguage: 'en',
        image: absoluteUrl(socialImagePath(api?.id)),
        ...(api ? { about: { '@type': 'Thing', name: api.name } } : {}),
        ...(datePublished ? { datePublished } : {}),
        ...(dateModified ? { dateModified } : {}),
        isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') },
        // Every explanation on the site is Codebook's own writing: the site is the author as well as the publisher.
        author: site,
        publisher: site,
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${url}#breadcrumbs`,
        itemListElement: crumbs.map((crumb, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: crumb.name,
          item: absoluteUrl(crumb.path),
        })),
      },
    ],
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text from a catalog can close the script early. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
