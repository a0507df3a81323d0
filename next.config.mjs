/** @type {import('next').NextConfig} */
const nextConfig = {
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
