// Checks every internal link and #anchor in the static export (out/): each must resolve to a file and an id.
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles as walk } from './walk-files';

const root = path.resolve(process.argv[2] ?? 'out');

const pageOf = (file: string) => '/' + path.relative(root, file).replace(/index\.html$/, '').replace(/\\/g, '/');
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
    const urlPath = beforeHash.split('?')[0];
    const resolved = urlPath === '' ? file : targetFile(urlPath.startsWith('/') ? urlPath : path.posix.join(page, urlPath));
    if (!resolved) {
      problems.push(`${page}: broken link ${raw}`);
      continue;
    }
    // Fragments on the playground carry shared input, not anchors.
    if (hash && resolved.endsWith('.html') && !urlPath.startsWith('/playground') && !idsOf(resolved).has(decodeURIComponent(hash))) {
      problems.push(`${page}: missing anchor #${hash} in ${pageOf(resolved)}`);
    }
  }
}

if (problems.length) {
  console.error(`Link check: ${problems.length} problem(s) in ${htmlFiles.length} pages:`);
  for (const p of problems.slice(0, 200)) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`Link check: ${checked} links and anchors in ${htmlFiles.length} pages resolve.`);
