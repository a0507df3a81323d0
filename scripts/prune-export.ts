// Removes from the static export the files no page ever requests, so a host stores and uploads only what is served.
// Next writes React Server Component payloads beside every page (`index.txt`, `__next.*.txt`, about 150 KB per code
// page) for client-side navigation and prefetching; Codebook's links are plain <a> elements, so every navigation
// loads the HTML and nothing fetches those payloads (tests/browser/browse.spec.ts checks that no page asks for one).
// Turbopack also copies each worker's TypeScript source into `_next/static/media/`; the browser runs the bundled
// worker chunk instead. `_not-found/` and `404/` repeat `404.html`, which is the file static hosts serve for a miss.
import fs from 'node:fs';
import path from 'node:path';
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

/** Deletes unused files under outDir; returns how many files and bytes went. */
export function pruneExport(outDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const drop = (file: string) => {
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    files++;
  };
  for (const file of walkFiles(outDir)) if (isRscPayload(file) || isWorkerSource(outDir, file)) drop(file);
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
