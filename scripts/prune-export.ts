// Removes from the static export the files no page ever requests, so a host stores and uploads only what is served.
// Next writes React Server Component payloads beside every page (`index.txt`, `__next.*.txt`, about 150 KB per code
// page) for client-side navigation and prefetching; Codebook's links are plain <a> elements, so every navigation
// loads the HTML and nothing fetches those payloads (tests/browser/browse.spec.ts checks that no page asks for one).
// Turbopack also copies each worker's TypeScript source into `_next/static/media/`; the browser runs the bundled
// worker chunk instead. `_not-found/` and `404/` repeat `404.html`, which is the file static hosts serve for a miss.
// Group table pages that no page links to (a catalog whose table fits one page) go too.
import fs from 'node:fs';
import path from 'node:path';
import { outPath } from './out-path';
import { walkFiles } from './walk-files';

/** An RSC payload: `__next.<segment>.txt`, or `index.txt` beside the page's `index.html` (llms.txt and robots.txt stay). */
export function isRscPayload(file: string): boolean {
  const name = path.basename(file);
  if (/^__next\..+\.txt$/.test(name)) return true;
  return name === 'index.txt' && fs.existsSync(path.join(path.dirname(file), 'index.html'));
}

/**
 * A worker's TypeScript source, which Turbopack copies to `_next/static/media/` beside the bundled worker chunk it
 * actually starts (`turbopack-worker-*.js`); no browser can run a `.ts` file, and nothing requests it.
 */
export function isWorkerSource(outDir: string, file: string): boolean {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return /^_next\/static\/media\/[^/]+\.tsx?$/.test(rel);
}

/**
 * Deletes unused files under outDir; returns how many files and bytes went. `unlinkedPages` are site paths of pages
 * that Next must build (a static export cannot give a dynamic route no params at all) but that no page links to: the
 * group table pages of a catalog whose whole table fits one page (lib/site-pages.ts leaves them out of the sitemap).
 */
export function pruneExport(outDir: string, unlinkedPages: string[] = []): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const drop = (file: string) => {
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    files++;
  };
  for (const file of walkFiles(outDir)) if (isRscPayload(file) || isWorkerSource(outDir, file)) drop(file);
  for (const page of unlinkedPages) {
    const file = outPath(outDir, `${page.replace(/\/?$/, '/')}index.html`);
    if (!fs.existsSync(file)) continue;
    drop(file);
    // Remove the folders left empty, up to the export's root.
    for (
      let dir = path.dirname(file);
      dir !== path.resolve(outDir) && fs.readdirSync(dir).length === 0;
      dir = path.dirname(dir)
    )
      fs.rmdirSync(dir);
  }
  if (fs.existsSync(path.join(outDir, '404.html'))) {
    for (const dir of ['_not-found', '404']) {
      const full = path.join(outDir, dir);
      if (!fs.existsSync(full)) continue;
      for (const file of walkFiles(full)) drop(file);
      fs.rmSync(full, { recursive: true });
    }
  }
  return { files, bytes };
}
