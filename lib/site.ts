// Site-wide constants shared by routes, metadata, sitemap and exports.
export const SITE_NAME = 'Codebook';
/** Canonical origin for absolute URLs (sitemap, JSON Schema ids); override with CODEBOOK_SITE_URL when deploying. */
export const SITE_URL = process.env.CODEBOOK_SITE_URL ?? 'https://codebook.example';

/**
 * The subpath the site is served under, e.g. `/docs` for a project's GitHub Pages site; '' at a domain's root.
 * Set at build time with CODEBOOK_BASE_PATH (next.config.mjs passes it to Next's basePath and into client bundles).
 */
export const BASE_PATH = normalizeBasePath(process.env.CODEBOOK_BASE_PATH ?? '');

/** `/docs/`, `docs` and `/docs` all mean `/docs`; `/` and '' mean the root. Anything but plain path segments is refused. */
export function normalizeBasePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+/, '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed) || trimmed.split('/').some((s) => s === '.' || s === '..')) {
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
