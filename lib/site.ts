// Site-wide constants shared by routes, metadata, sitemap and exports.
export const SITE_NAME = 'Codebook';
/** Canonical origin for absolute URLs (sitemap, JSON Schema ids); override with CODEBOOK_SITE_URL when deploying. */
export const SITE_URL = process.env.CODEBOOK_SITE_URL ?? 'https://codebook.example';
