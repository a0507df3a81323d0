// `npm run test:lighthouse` (after the build): Lighthouse, mobile and desktop, on home, a guide, a table, a code page,
// /search/?q=1007 and /playground/ of the export served with gzip. Exits 1 naming each page and category under its floor.
// Usage: tsx scripts/lighthouse-check.ts [exportDir]   (default: out; LIGHTHOUSE_MIN_PERFORMANCE overrides 0.9)
import fs from 'node:fs';
import path from 'node:path';
import { samplePages } from './bench/budgets';
import { serveExport } from './bench/browser-bench';
import { CATEGORIES, lighthousePages, runLighthouse, type Category, type LighthouseScore } from './bench/lighthouse-run';

const MIN: Partial<Record<Category, number>> = { performance: Number(process.env.LIGHTHOUSE_MIN_PERFORMANCE ?? 0.9), accessibility: 1 };
/** Extra runs for a page whose performance misses: other load on the machine only ever makes a run slower. */
const RETRIES = 2;

const outDir = path.resolve(process.argv[2] ?? 'out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`lighthouse-check: ${path.relative(process.cwd(), outDir) || outDir}/index.html not found; run npm run build first`);
  process.exit(1);
}

// Form factors whose performance score is enforced (LIGHTHOUSE_PERFORMANCE_FORMS=desktop narrows it); all are printed.
const PERF_FORMS = new Set((process.env.LIGHTHOUSE_PERFORMANCE_FORMS ?? 'mobile,desktop').split(',').map((f) => f.trim()));
const misses = (s: LighthouseScore) =>
  (Object.entries(MIN) as Array<[Category, number]>).filter(([c, min]) => s.scores[c] < min && (c !== 'performance' || PERF_FORMS.has(s.formFactor)));
const pct = (value: number) => String(Math.round(value * 100)).padStart(3);

async function main() {
  const started = Date.now();
  const server = await serveExport(outDir);
  const pages = lighthousePages(samplePages(outDir));
  let results: LighthouseScore[];
  try {
    results = await runLighthouse(server.origin, pages);
    for (let attempt = 1; attempt <= RETRIES; attempt++) {
      const slow = results.filter((s) => PERF_FORMS.has(s.formFactor) && s.scores.performance < MIN.performance!);
      if (!slow.length) break;
      for (const miss of slow) {
        const [again] = await runLighthouse(server.origin, [{ label: miss.label, page: miss.page }], [miss.formFactor]);
        console.log(`  re-ran ${miss.formFactor} ${miss.page}: performance ${pct(miss.scores.performance)} → ${pct(again.scores.performance)} (benchmark index ${again.benchmarkIndex})`);
        if (again.scores.performance > miss.scores.performance) results[results.indexOf(miss)] = again;
      }
    }
  } finally {
    await server.stop();
  }

  console.log(`Lighthouse on ${path.relative(process.cwd(), outDir) || outDir}/ (${CATEGORIES.join(' / ')}), in ${Math.round((Date.now() - started) / 1000)} s:`);
  for (const s of results) {
    console.log(`  ${s.formFactor.padEnd(7)} ${s.page.padEnd(40)} ${CATEGORIES.map((c) => pct(s.scores[c])).join(' ')}   (benchmark index ${s.benchmarkIndex})`);
  }
  const slowHost = results.filter((s) => s.benchmarkIndex < 1000);
  if (slowHost.length) {
    console.log(`  note: ${slowHost.length} run(s) saw a benchmark index under 1000 (Lighthouse's slow-host threshold): other load on this machine lowers performance scores.`);
  }
  const failures = results.flatMap((s) =>
    misses(s).map(([c, min]) => `${s.formFactor} ${s.page}: ${c} ${pct(s.scores[c]).trim()} < ${Math.round(min * 100)}${s.losses.length ? ` — ${s.losses.filter((l) => l.startsWith(`${c}:`)).join('; ')}` : ''}`),
  );
  if (failures.length) {
    console.error(`\n${failures.length} score(s) under the floor:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exit(1);
  }
  const unenforced = results.filter((s) => !PERF_FORMS.has(s.formFactor) && s.scores.performance < MIN.performance!);
  if (unenforced.length) console.log(`  not enforced: ${unenforced.length} ${[...new Set(unenforced.map((s) => s.formFactor))].join('/')} performance score(s) under ${Math.round(MIN.performance! * 100)} (see README, Performance).`);
  console.log('All enforced Lighthouse floors are met.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
