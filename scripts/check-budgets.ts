// `npm run test:budgets` (after the build): up-front JavaScript of every page in the export against its budget over
// the framework floor recorded in scripts/bench/floor.json (measured by `npm run bench`). Exits 1 naming each page over.
// Usage: tsx scripts/check-budgets.ts [exportDir]   (default: out)
import path from 'node:path';
import fs from 'node:fs';
import {
  BUDGET_OVER_FLOOR,
  FLOOR_FILE,
  installedVersions,
  kb,
  pageKind,
  readFloor,
  sameVersions,
  type PageKind,
} from './bench/budgets';
import { createJsMeter, exportedPages, type PageJs } from './bench/upfront-js';

const outDir = path.resolve(process.argv[2] ?? 'out');
const shown = path.relative(process.cwd(), outDir) || outDir;
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`check-budgets: ${shown}/index.html not found; run npm run build first`);
  process.exit(1);
}
const floor = readFloor();
if (!floor) {
  console.error(
    `check-budgets: ${path.relative(process.cwd(), FLOOR_FILE)} is missing; measure it with npm run bench -- --only js`,
  );
  process.exit(1);
}
const installed = installedVersions();
if (!sameVersions(floor.versions, installed)) {
  // A version bump moves the floor a little; the budgets still hold against the recorded one until it is re-measured.
  const list = (v: Record<string, string>) =>
    Object.entries(v)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  console.warn(
    `check-budgets: the floor was measured with ${list(floor.versions)}; installed: ${list(installed)}. Re-measure with npm run bench -- --only js`,
  );
}

const measure = createJsMeter(outDir);
const worst = new Map<PageKind, { js: PageJs; count: number }>();
const over: string[] = [];
for (const page of exportedPages(outDir)) {
  const js = measure(page);
  const kind = pageKind(page);
  const extra = js.gzipBytes - floor.gzipBytes;
  if (extra > BUDGET_OVER_FLOOR[kind]) {
    over.push(
      `${page}: ${kb(js.gzipBytes)} gzip up front (${js.gzipBytes} bytes) is ${kb(extra)} over the floor; the ${kind} budget is +${kb(BUDGET_OVER_FLOOR[kind])}`,
    );
  }
  const seen = worst.get(kind);
  if (!seen || js.gzipBytes > seen.js.gzipBytes) worst.set(kind, { js, count: (seen?.count ?? 0) + 1 });
  else seen.count++;
}

console.log(
  `Up-front JS (gzip) in ${shown}/ against the floor of ${kb(floor.gzipBytes)} (next ${floor.versions.next}, measured ${floor.measuredAt}):`,
);
for (const [kind, { js, count }] of worst) {
  const extra = js.gzipBytes - floor.gzipBytes;
  console.log(
    `  ${kind.padEnd(10)} ${String(count).padStart(5)} page(s), heaviest ${js.page}: ${kb(js.gzipBytes)} = floor ${extra >= 0 ? '+' : '−'}${kb(Math.abs(extra))} (budget +${kb(BUDGET_OVER_FLOOR[kind])})`,
  );
}
if (over.length) {
  console.error(`\n${over.length} page(s) over budget:\n${over.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget.');
