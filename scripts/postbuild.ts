// Runs after `next build`: removes the files no page requests (scripts/prune-export.ts) and writes the Markdown twin of every guide, table and code page, /llms.txt and
// /llms-full.txt into the export. Route handlers cannot serve `1007.md` beside the `[code]` page segment,
// so these files are written here, from the same catalogs and MDX the pages are built from.
// Then pages paint before their scripts run (scripts/paint-first.ts), and the scripts they start compile off the main
// thread (scripts/compile-hints.ts). Last, the Content-Security-Policy of every page and `_headers` (scripts/csp.ts).
// Usage: tsx scripts/postbuild.ts [exportDir]   (default: $NEXT_DIST_DIR, else out)
import fs from 'node:fs';
import path from 'node:path';
import { getCatalogs } from '../lib/catalog';
import { getGuides } from '../lib/guides';
import { getAuthoringGuide } from '../lib/authoring/guide';
import { apiTwins, guideMarkdown, llmsFullTxt, llmsTxt, type Twin } from '../lib/markdown';
import { applyCompileHints } from './compile-hints';
import { applyCsp } from './csp';
import { applyPaintFirst } from './paint-first';
import { outPath } from './out-path';
import { pruneExport } from './prune-export';
import { groupPages, splitsTable } from '../lib/catalog/table-pages';

const started = Date.now();
const outDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(
    `postbuild: ${path.relative(process.cwd(), outDir) || outDir}/index.html not found; run next build first`,
  );
  process.exit(1);
}

const authoring = getAuthoringGuide();
const extra: Twin[] = [
  {
    path: '/add-your-api.md',
    title: authoring.title,
    description: authoring.description,
    markdown: () => guideMarkdown(null, authoring),
  },
];
const apis = getCatalogs().map((catalog) => apiTwins(catalog, getGuides(catalog.id)));

const write = (urlPath: string, text: string) => {
  const file = outPath(outDir, urlPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

/** Group table pages of catalogs whose whole table fits one page: nothing links to them (lib/site-pages.ts). */
const unlinkedGroupPages = () =>
  getCatalogs()
    .filter((catalog) => !splitsTable(catalog))
    .flatMap((catalog) => groupPages(catalog).map((p) => p.path));

let count = 0;
for (const twin of [...apis.flatMap((a) => a.twins), ...extra]) {
  write(twin.path, twin.markdown());
  count++;
}
write('/llms.txt', llmsTxt(apis, extra));
write('/llms-full.txt', llmsFullTxt(apis, extra));
const pruned = pruneExport(outDir, unlinkedGroupPages());
console.log(
  `postbuild: removed ${pruned.files} files no page requests (RSC payloads, duplicate 404 pages, unlinked group pages; ${(pruned.bytes / 1024 / 1024).toFixed(1)} MB)`,
);
// Text paints before the framework evaluates (scripts/paint-first.ts).
const painted = applyPaintFirst(outDir);
const hinted = applyCompileHints(outDir);
console.log(
  `postbuild: ${painted} pages load their scripts after the first paint; ${hinted} start-up chunks compile while they download`,
);
// Last: the policy hashes each page's inline scripts as they are finally written.
const pages = applyCsp(outDir);
console.log(
  `postbuild: ${count} Markdown twins, llms.txt and llms-full.txt, a Content-Security-Policy in ${pages} pages and _headers in ${path.relative(process.cwd(), outDir) || outDir}/ (${Date.now() - started} ms)`,
);
