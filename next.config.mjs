// CODEBOOK_BASE_PATH=/docs builds the site for a subpath (a project's GitHub Pages site). Next prefixes its own
// assets and scripts; every link and fetch the site builds by hand goes through withBase() in lib/site.ts, which
// reads the same variable (inlined into client bundles by `env` below) and refuses anything but plain segments.
const basePath = (process.env.CODEBOOK_BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(basePath ? { basePath: `/${basePath}`, assetPrefix: `/${basePath}` } : {}),
  env: { CODEBOOK_BASE_PATH: basePath ? `/${basePath}` : '' },
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { cpus: 2 },
  // Types are checked once by `npm run typecheck` (part of `npm test`), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['mdx-bundler', 'esbuild', 'shiki'],
  // With `output: 'export'`, a custom distDir is where Next 16 writes the export (build artifacts stay in .next),
  // so NEXT_DIST_DIR=<dir> exports elsewhere and leaves out/ alone (scripts/scaffold-build-check.sh uses it).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
};

export default nextConfig;
