// Build time, peak memory and export size of Codebook at a given catalog size, next to a bare Next.js export of the
// same number of trivial pages built the same way on the same machine.
import fs from 'node:fs';
import path from 'node:path';
import { writeFloorApp } from './floor-app';
import { exportedPages } from './upfront-js';
import { folderSize, runMeasured, withBuildLock, type Measured } from './workspace';

const nextBin = (dir: string) => path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
const tsxBin = (dir: string) => path.join(dir, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export type BuiltSite = {
  outDir: string;
  /** `next build` alone: the part comparable with the floor. */
  next: Measured;
  /** check-catalogs + next build + postbuild, as `npm run build` runs them. */
  totalMs: number;
};

/**
 * A clean `npm run build` of the project copy in `site`, from `contentDir` (the real catalogs when omitted), exported
 * into `site/<distName>` so several sizes can sit side by side.
 */
export async function buildCodebook(
  site: string,
  options: { contentDir?: string; distName: string; logDir: string },
): Promise<BuiltSite> {
  const env: Record<string, string> = { NEXT_DIST_DIR: options.distName, NEXT_TELEMETRY_DISABLED: '1' };
  if (options.contentDir) env.CODEBOOK_CONTENT_DIR = options.contentDir;
  const outDir = path.join(site, options.distName);
  const log = (step: string) => path.join(options.logDir, `${options.distName}-${step}.log`);
  fs.rmSync(path.join(site, '.next'), { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
  return withBuildLock(`building ${options.distName}`, async () => {
    const started = performance.now();
    await runMeasured(process.execPath, [tsxBin(site), 'scripts/check-catalogs.ts'], {
      cwd: site,
      env,
      logFile: log('check'),
    });
    const next = await runMeasured(process.execPath, [nextBin(site), 'build'], {
      cwd: site,
      env,
      logFile: log('next'),
    });
    await runMeasured(process.execPath, [tsxBin(site), 'scripts/postbuild.ts'], {
      cwd: site,
      env,
      logFile: log('postbuild'),
    });
    return { outDir, next, totalMs: performance.now() - started };
  });
}

/** Builds a bare Next.js app with `pages` trivial pages (0: just the home page) in a fresh folder `dir`. */
export async function buildFloor(
  dir: string,
  nodeModules: string,
  pages: number,
  logDir: string,
): Promise<{ outDir: string; next: Measured }> {
  writeFloorApp(dir, nodeModules, pages);
  const next = await withBuildLock(`building the floor (${pages} pages)`, () =>
    runMeasured(process.execPath, [nextBin(dir), 'build'], {
      cwd: dir,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
      logFile: path.join(logDir, `floor-${pages}.log`),
    }),
  );
  return { outDir: path.join(dir, 'out'), next };
}

export type ExportStats = {
  bytes: number;
  files: number;
  htmlPages: number;
  /**
   * Per-code pages (`/<api>/errors/<code>/`) and what one costs on a host: its folder plus its Markdown twin
   * (`<code>.md`); the postbuild leaves `index.html` alone in the folder. Mean bytes, and the most files and bytes
   * of any one code page.
   */
  codePages: number;
  bytesPerCodePage: number;
  htmlBytesPerCodePage: number;
  maxFilesPerCodePage: number;
  maxBytesPerCodePage: number;
  maxHtmlBytesPerCodePage: number;
  /** The largest `/<api>/errors/` page, and the largest page with a code table (that page or a group page of a split table). */
  index: TablePage | null;
  table: TablePage | null;
};

/** A table page: its rows, HTML, and RSC payload (`index.txt`, fetched on client navigation and by prefetching links). */
export type TablePage = { page: string; rows: number; htmlBytes: number; rscBytes: number };

const fileSize = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

export function exportStats(outDir: string): ExportStats {
  const { bytes, files } = folderSize(outDir);
  const pages = exportedPages(outDir);
  const codePages = pages.filter((p) => /^\/[^/]+\/errors\/[^/]+\/$/.test(p));
  let folderBytes = 0;
  let htmlBytes = 0;
  let maxFiles = 0;
  let maxBytes = 0;
  let maxHtml = 0;
  for (const page of codePages) {
    const dir = path.join(outDir, decodeURIComponent(page));
    const folder = folderSize(dir);
    const twin = `${dir.replace(/\/$/, '')}.md`;
    const files = folder.files + (fs.existsSync(twin) ? 1 : 0);
    const bytes = folder.bytes + fileSize(twin);
    const html = fileSize(path.join(dir, 'index.html'));
    folderBytes += bytes;
    htmlBytes += html;
    maxFiles = Math.max(maxFiles, files);
    maxBytes = Math.max(maxBytes, bytes);
    maxHtml = Math.max(maxHtml, html);
  }
  const tablePage = (page: string): TablePage => {
    const dir = path.join(outDir, decodeURIComponent(page));
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    return {
      page,
      rows: (html.match(/<tr id="code-/g) ?? []).length,
      htmlBytes: Buffer.byteLength(html),
      rscBytes: fileSize(path.join(dir, 'index.txt')),
    };
  };
  const largest = (list: TablePage[]) =>
    list.reduce<TablePage | null>((best, t) => (!best || t.htmlBytes > best.htmlBytes ? t : best), null);
  const indexes = pages.filter((p) => /^\/[^/]+\/errors\/$/.test(p)).map(tablePage);
  const groups = pages.filter((p) => /^\/[^/]+\/errors\/group\//.test(p)).map(tablePage);
  const mean = (total: number) => (codePages.length ? Math.round(total / codePages.length) : 0);
  return {
    bytes,
    files,
    htmlPages: pages.length,
    codePages: codePages.length,
    bytesPerCodePage: mean(folderBytes),
    htmlBytesPerCodePage: mean(htmlBytes),
    maxFilesPerCodePage: maxFiles,
    maxBytesPerCodePage: maxBytes,
    maxHtmlBytesPerCodePage: maxHtml,
    index: largest(indexes),
    table: largest([...indexes, ...groups]),
  };
}

/** Mean folder size of the floor's trivial pages (/p/<id>/), the counterpart of bytesPerCodePage. */
export function floorBytesPerPage(outDir: string): number {
  const root = path.join(outDir, 'p');
  if (!fs.existsSync(root)) return 0;
  const dirs = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  const total = dirs.reduce((sum, d) => sum + folderSize(path.join(root, d.name)).bytes, 0);
  return dirs.length ? Math.round(total / dirs.length) : 0;
}
