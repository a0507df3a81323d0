#!/usr/bin/env bash
# "Scaffolding a new API and building shows its pages with no other change": scaffolds an API with `npm run new-api`
# into an empty content folder (so the site's only API has only its overview guide, the smallest site an author can
# start from), builds the whole site from that folder (CODEBOOK_CONTENT_DIR) into a
# separate export dir (NEXT_DIST_DIR: with `output: 'export'` Next 16 writes the export to a custom distDir and keeps
# its build artifacts in .next), then checks the new API's pages and files and runs the export tests on it.
# out/ is left alone. The same build also proves a subpath deployment: it is built with CODEBOOK_BASE_PATH=/docs, so
# the link checker and export tests see every link, asset and absolute URL carry the base path. Takes a full second build (about 1.5–2 minutes on 2 cores); builds share /tmp/codebook-build.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
api=scaffold-check
tmp=$(mktemp -d)
# Next requires distDir inside the project; .tmp/ is git-ignored scratch space.
out=".tmp/scaffold-export-$$"
trap 'rm -rf "$tmp" "$out"' EXIT
mkdir -p "$tmp/apis" .tmp
export CODEBOOK_CONTENT_DIR="$tmp/apis"
export NEXT_DIST_DIR="$out"
export CODEBOOK_BASE_PATH=/docs

npx tsx scripts/new-api.ts "$api"
before=$(stat -c %Y out/index.html 2>/dev/null || echo none)
flock /tmp/codebook-build.lock bash -c 'npx tsx scripts/check-catalogs.ts && npx next build > "$0/build.log" 2>&1 || { tail -40 "$0/build.log"; exit 1; }; npx tsx scripts/postbuild.ts' "$tmp"

missing=0
for f in "$api/index.html" "$api/errors/index.html" "$api/errors/invalid_request/index.html" "$api/catalog.json" "$api/openapi.json" \
  "$api/index.md" "$api/errors/index.md" "$api/errors/invalid_request.md"; do
  if [ -f "$out/$f" ]; then echo "ok   /$f"; else echo "MISSING /$f"; missing=1; fi
done
grep -q "href=\"/docs/$api/\"" "$out/index.html" || { echo "MISSING: the home page does not link /docs/$api/"; missing=1; }
grep -q "src=\"/docs/_next/static/" "$out/index.html" || { echo "MISSING: the home page does not load its scripts from /docs/_next/static/"; missing=1; }
grep -q "/docs/$api/errors/invalid_request/" "$out/sitemap.xml" || { echo "MISSING: the sitemap does not list the new code page"; missing=1; }
grep -q "/docs/$api/errors/invalid_request.md" "$out/llms.txt" || { echo "MISSING: llms.txt does not list the new code page"; missing=1; }
[ "$missing" = 0 ] || exit 1
after=$(stat -c %Y out/index.html 2>/dev/null || echo none)
[ "$before" = "$after" ] || { echo "out/ was rewritten by the scaffold build"; exit 1; }

npx tsx scripts/check-links.ts "$out"
npx vitest run --config vitest.out.config.mts
echo "scaffold build check passed in $(( $(date +%s) - started )) s"
