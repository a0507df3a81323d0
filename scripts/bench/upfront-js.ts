// Up-front JavaScript of an exported page: the gzip size of every `<script src>` and script preload its HTML loads (the `noModule`
// polyfill skipped, each file counted once), which is what Next 16 no longer prints per route.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loaderSources } from '../paint-first';

export type PageJs = {
  /** Site path of the page, e.g. `/chert/errors/1007/`. */
  page: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
};

/** The `src` of every external script in `html` that a module-capable browser downloads. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  // Scripts a page starts after its first paint (scripts/paint-first.ts), and those it preloads, count like tags.
  for (const src of loaderSources(html)) sources.add(src);
  for (const tag of html.match(/<link\b[^>]*\brel="preload"[^>]*>/gi) ?? []) {
    const href = /\sas="script"[^>]*\shref="([^"]*)"/i.exec(tag);
    if (href) sources.add(href[1]);
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value) sources.add(value);
  }
  return [...sources];
}

/** Site path of an exported HTML file (`out/chert/index.html` → `/chert/`, `out/404.html` → `/404.html`). */
export function pagePath(outDir: string, htmlFile: string): string {
  const rel = path.relative(outDir, htmlFile).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** The HTML file of a site path in an export. */
export function htmlFile(outDir: string, page: string): string {
  const rel = decodeURIComponent(page.replace(/^\//, ''));
  return page.endsWith('.html') ? path.join(outDir, rel) : path.join(outDir, rel, 'index.html');
}

/** Measures pages of one export, gzipping each script file once however many pages load it. */
export function createJsMeter(outDir: string) {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (src: string) => {
    let size = sizes.get(src);
    if (!size) {
      const file = path.join(outDir, decodeURIComponent(new URL(src, 'http://site.invalid/').pathname));
      if (!fs.existsSync(file)) throw new Error(`${src} is referenced by a page but missing from ${outDir}`);
      const body = fs.readFileSync(file);
      size = { raw: body.length, gzip: gzipSync(body).length };
      sizes.set(src, size);
    }
    return size;
  };
  return (page: string): PageJs => {
    const file = htmlFile(outDir, page);
    if (!fs.existsSync(file)) throw new Error(`${page}: ${path.relative(process.cwd(), file)} does not exist`);
    const sources = scriptSources(fs.readFileSync(file, 'utf8'));
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const src of sources) {
      const size = sizeOf(src);
      rawBytes += size.raw;
      gzipBytes += size.gzip;
    }
    return { page, scripts: sources.length, rawBytes, gzipBytes };
  };
}

/** Every HTML page of an export, as site paths, sorted. */
export function exportedPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name.endsWith('.html')) {
        pages.push(pagePath(outDir, full));
      }
    }
  };
  walk(outDir);
  return pages.sort();
}
