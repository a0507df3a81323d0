// Checks every internal link and #anchor in the static export (out/): each must resolve to a file and an id.
// For an export built with CODEBOOK_BASE_PATH (served under a subpath such as /docs), every root-relative link and
// asset must start with that path, and resolves with it stripped (the export's files sit at its root).
// Usage: tsx scripts/check-links.ts [exportDir]   (the base path is read from CODEBOOK_BASE_PATH, as in the build)
import fs from 'node:fs';
import path from 'node:path';
import { BASE_PATH } from '../lib/site';
import { walkFiles as walk } from './walk-files';

const root = path.resolve(process.argv[2] ?? 'out');

const pageOf = (file: string) =>
  '/' +
  path
    .relative(root, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');
const ids = new Map<string, Set<string>>();
const htmlFiles = walk(root).filter((f) => f.endsWith('.html'));

function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    const html = fs.readFileSync(file, 'utf8');
    set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    ids.set(file, set);
  }
  return set;
}

function targetFile(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath);
  const candidates = [path.join(root, clean), path.join(root, clean, 'index.html'), path.join(root, `${clean}.html`)];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

const problems: string[] = [];
let checked = 0;
for (const file of htmlFiles) {
  const html = fs.readFileSync(file, 'utf8');
  const page = pageOf(file);
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
    const raw = m[1].replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|javascript:|\/\/)/.test(raw)) continue;
    checked++;
    const [beforeHash, hash] = raw.split('#');
    let urlPath = beforeHash.split('?')[0];
    if (BASE_PATH && urlPath.startsWith('/')) {
      if (urlPath !== BASE_PATH && !urlPath.startsWith(`${BASE_PATH}/`)) {
        problems.push(`${page}: link ${raw} is outside the base path ${BASE_PATH}`);
        continue;
      }
      urlPath = urlPath.slice(BASE_PATH.length) || '/';
    }
    const resolved =
      urlPath === '' ? file : targetFile(urlPath.startsWith('/') ? urlPath : path.posix.join(page, urlPath));
    if (!resolved) {
      problems.push(`${page}: broken link ${raw}`);
      continue;
    }
    // Fragments on the playground carry shared input, not anchors.
    if (
      hash &&
      resolved.endsWith('.html') &&
      !urlPath.startsWith('/playground') &&
      !idsOf(resolved).has(decodeURIComponent(hash))
    ) {
      problems.push(`${page}: missing anchor #${hash} in ${pageOf(resolved)}`);
    }
  }
}

if (problems.length) {
  console.error(`Link check: ${problems.length} problem(s) in ${htmlFiles.length} pages:`);
  for (const p of problems.slice(0, 200)) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `Link check: ${checked} links and anchors in ${htmlFiles.length} pages resolve${BASE_PATH ? ` under the base path ${BASE_PATH}` : ''}.`,
);
