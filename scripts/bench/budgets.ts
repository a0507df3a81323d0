// Up-front JavaScript budgets over the framework floor (a bare Next.js page of the same versions), the pages
// the bench reports, and the recorded floor that `npm run test:budgets` compares against.
import fs from 'node:fs';
import path from 'node:path';
import { exportedPages } from './upfront-js';

export type PageKind = 'reading' | 'search' | 'playground';

/** Bytes (gzip) a page may load up front beyond the floor. */
export const BUDGET_OVER_FLOOR: Record<PageKind, number> = {
  reading: 10 * 1024,
  search: 30 * 1024,
  playground: 30 * 1024,
};

/** Search and the playground carry their own UI; every other page is for reading. */
export function pageKind(page: string): PageKind {
  if (page === '/search/') return 'search';
  if (page === '/playground/') return 'playground';
  return 'reading';
}

export type Sample = { label: string; page: string };

/** The pages the bench table shows, picked from the export so generated catalogs work too. */
export function samplePages(outDir: string): Sample[] {
  const pages = exportedPages(outDir);
  const first = (label: string, test: (p: string) => boolean): Sample[] => {
    const page = pages.find(test);
    return page ? [{ label, page }] : [];
  };
  return [
    ...first('home', (p) => p === '/'),
    ...first('guide', (p) => /^\/[^/]+\/[^/]+\/$/.test(p) && !p.endsWith('/errors/') && !p.startsWith('/_')),
    ...first('table', (p) => /^\/[^/]+\/errors\/$/.test(p)),
    ...first('code page', (p) => /^\/[^/]+\/errors\/[^/]+\/$/.test(p)),
    ...first('search', (p) => p === '/search/'),
    ...first('playground', (p) => p === '/playground/'),
  ];
}

export const FLOOR_FILE = path.join(process.cwd(), 'scripts', 'bench', 'floor.json');

/** What `npm run bench` measured for a bare Next.js page, and with which versions. */
export type Floor = {
  measuredAt: string;
  versions: Record<string, string>;
  /** Up-front JS of the bare page, gzip and raw. */
  gzipBytes: number;
  rawBytes: number;
  scripts: number;
  note: string;
};

/** The versions the floor depends on, as installed. */
export function installedVersions(root = process.cwd()): Record<string, string> {
  const version = (name: string) =>
    (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  return { next: version('next'), react: version('react'), 'react-dom': version('react-dom') };
}

export function readFloor(file = FLOOR_FILE): Floor | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Floor) : null;
}

export const sameVersions = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b }).every((k) => a[k] === b[k]);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
