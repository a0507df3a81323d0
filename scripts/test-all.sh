#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }

step "Browser for tests (Debian chromium) and Java for the Nu Html Checker"
bash scripts/ensure-debian.sh chromium chromium
bash scripts/ensure-debian.sh java default-jre-headless

step "Catalogs and guides"
npm run --silent check

step "Typecheck"
npx tsc --noEmit

step "Formatting (Prettier)"
npm run --silent format:check

step "Lint (ESLint: typescript-eslint, react-hooks)"
npm run --silent lint

step "Unused files, exports and dependencies (knip)"
npm run --silent knip

step "Unit tests"
npx vitest run

step "Production build"
npm run --silent build

step "Links and anchors in out/"
npm run --silent test:links

step "Valid HTML: the Nu Html Checker over every page of out/"
npm run --silent test:html

step "The export for machines (catalog.json vs schema, OpenAPI, llms.txt, sitemap)"
npx vitest run --config vitest.out.config.mts

step "Scaffold a new API and build it (second build into its own folder)"
bash scripts/scaffold-build-check.sh

step "Snippets, executed against a local mock server"
npm run --silent test:snippets

step "Browser tests"
npx playwright test

step "JavaScript budgets over the framework floor"
npm run --silent test:budgets

step "Lighthouse (accessibility 1.0 everywhere; performance 0.9 on desktop; mobile against the bare Next.js page)"
npm run --silent test:lighthouse

echo
echo "All checks passed."
