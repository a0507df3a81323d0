// Site-wide constants and the one URL and head-tag helper shared by routes, metadata, sitemap, JSON-LD and exports.
import type { Metadata } from 'next';

export const SITE_NAME = 'Codebook';
export const HOME_TITLE = `${SITE_NAME}: understand any messaging API error`;
export const SITE_DESCRIPTION = 'Every error code of five messaging APIs, what it means, whether to retry, and the code to handle it.';

/** Canonical origin for absolute URLs (sitemap, canonical links, JSON Schema ids); override with CODEBOOK_SITE_URL when deploying. */
export const SITE_URL = (process.env.CODEBOOK_SITE_URL ?? 'https://codebook.example').replace(/\/+$/, '');

/**
 * Path prefix for hosting under a subpath (e.g. /codebook on a project's GitHub Pages site): empty at the root.
 * Every absolute URL below goes through `sitePath`, so this is the one place the prefix is applied.
 */
export const BASE_PATH = '';

/** A site path ('/chert/errors/') with the base path in front. */
export const sitePath = (path: string) => `${BASE_PATH}${path}`;

/** The absolute URL of a site path: origin, base path, path. */
export const absoluteUrl = (path: string) => `${SITE_URL}${sitePath(path)}`;

/** Social images are PNGs written at build time (app/data/og/[file]/route.tsx): one per API and a site default. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;
export const socialImagePath = (api?: string) => `/data/og/${api ?? 'site'}.png`;

type PageHead = {
  /** The page's own title; the root layout adds " · Codebook" in <title>. */
  title: string;
  description: string;
  /** Site path of the page itself, e.g. /chert/errors/1007/. */
  path: string;
  /** Where search engines should index this content, when it is not `path` itself. */
  canonical?: string;
  /** Guides and code pages are articles; the rest are website pages. */
  type?: 'website' | 'article';
  /** The API a page belongs to picks that API's social image; otherwise the site default. */
  api?: { id: string; name: string };
  /** A title used as is, without the site name appended (the home page). */
  absoluteTitle?: boolean;
};

/** The head of one page: title, description, canonical link, Open Graph and Twitter card, all absolute. */
export function pageMetadata({ title, description, path, canonical, type = 'website', api, absoluteTitle }: PageHead): Metadata {
  const url = absoluteUrl(canonical ?? path);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url },
    openGraph: { ...socialDefaults(api), title, description, url, type },
    twitter: { card: 'summary_large_image', title, description, images: [absoluteUrl(socialImagePath(api?.id))] },
  };
}

/** The Open Graph fields every page shares, also used alone by pages without an address of their own (404). */
export function socialDefaults(api?: { id: string; name: string }) {
  const alt = api ? `${api.name} error codes on ${SITE_NAME}` : `${SITE_NAME}: error codes of messaging APIs`;
  return {
    siteName: SITE_NAME,
    images: [{ url: absoluteUrl(socialImagePath(api?.id)), ...SOCIAL_IMAGE, alt, type: 'image/png' }],
  };
}
