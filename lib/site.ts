// Site-wide constants and the one URL and head-tag helper shared by routes, metadata, sitemap, JSON-LD and exports.
import type { Metadata } from 'next';

export const SITE_NAME = 'Codebook';
export const HOME_TITLE = `${SITE_NAME}: understand any messaging API error`;
export const SITE_DESCRIPTION =
  'Every error code of five messaging APIs, what it means, whether to retry, and the code to handle it.';
/** Canonical origin for absolute URLs (sitemap, JSON Schema ids); override with CODEBOOK_SITE_URL when deploying. */
export const SITE_URL = (process.env.CODEBOOK_SITE_URL ?? 'https://codebook.example').replace(/\/+$/, '');

/**
 * The subpath the site is served under, e.g. `/docs` for a project's GitHub Pages site; '' at a domain's root.
 * Set at build time with CODEBOOK_BASE_PATH (next.config.mjs passes it to Next's basePath and into client bundles).
 */
export const BASE_PATH = normalizeBasePath(process.env.CODEBOOK_BASE_PATH ?? '');

/** `/docs/`, `docs` and `/docs` all mean `/docs`; `/` and '' mean the root. Anything but plain path segments is refused. */
export function normalizeBasePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+/, '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (
    !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed) ||
    trimmed.split('/').some((s) => s === '.' || s === '..')
  ) {
    throw new Error(`CODEBOOK_BASE_PATH: expected path segments like /docs, got ${JSON.stringify(raw)}`);
  }
  return `/${trimmed}`;
}

/** A site path (`/chert/errors/1007/`) as a link or fetch URL under the base path; fragments and other URLs pass through. */
export const withBase = (sitePath: string, base: string = BASE_PATH): string =>
  sitePath.startsWith('/') && !sitePath.startsWith('//') ? `${base}${sitePath}` : sitePath;

/** A site path as an absolute URL on the deployed origin, base path included (sitemap, exports, Markdown twins). */
export const absoluteUrl = (sitePath: string): string => `${SITE_ROOT}${sitePath}`;

/** The deployed site's root URL without a trailing slash: origin plus base path. */
export const SITE_ROOT = `${SITE_URL}${BASE_PATH}`;

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
export function pageMetadata({
  title,
  description,
  path,
  canonical,
  type = 'website',
  api,
  absoluteTitle,
}: PageHead): Metadata {
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
