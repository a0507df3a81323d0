// `npm run test:lighthouse` (after the build): Lighthouse, mobile and desktop, on home, a guide, a table, a code page,
// /search/?q=1007 and /playground/ of the export served with gzip, and on a bare Next.js page (same next/react, built
// here into a temp folder) as the framework's floor. Exits 1 naming each page, form factor and category under its floor.
//
// Floors: accessibility 1.0 everywhere; performance 0.9 on desktop. On mobile, 0.98 where the bare Next.js page's
// median reaches 0.98 on this host; elsewhere no more than LIGHTHOUSE_MOBILE_MARGIN (0.05) under that median.
// Lighthouse's 4x-throttled phone profile on a 2-core shared machine puts the framework's own page anywhere from 0.86 to
// 0.99 from run to run, so an absolute floor would fail whenever the host is busy; our pages, which compile their
// start-up scripts off the main thread (scripts/compile-hints.ts), score above the bare page (README, Performance).
// A page's performance is its best run of up to LIGHTHOUSE_RUNS (3): other load on the machine only ever slows a run.
// Usage: tsx scripts/lighthouse-check.ts [exportDir]   (default: out)
import fs from 'node:fs';
import path from 'node:path';
import { samplePages } from './bench/budgets';
import { serveExport } from './bench/browser-bench';
import { buildFloor } from './bench/build-bench';
import {
  CATEGORIES,
  lighthousePages,
  median,
  performanceFloor as floorFor,
  runLighthouse,
  type FormFactor,
  type LighthouseScore,
} from './bench/lighthouse-run';
import { makeTempRoot } from './bench/workspace';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const MOBILE_MARGIN = Number(process.env.LIGHTHOUSE_MOBILE_MARGIN ?? 0.05);
const FORMS: FormFactor[] = ['mobile', 'desktop'];

const outDir = path.resolve(process.argv[2] ?? 'out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(
    `lighthouse-check: ${path.relative(process.cwd(), outDir) || outDir}/index.html not found; run npm run build first`,
  );
  process.exit(1);
}

const pct = (value: number) => String(Math.round(value * 100)).padStart(3);
const performanceFloor = (form: FormFactor, bareMobile: number[]) => floorFor(form, bareMobile, MOBILE_MARGIN);

async function main() {
  const started = Date.now();
  const temp = makeTempRoot();
  const pages = lighthousePages(samplePages(outDir));
  const runs = new Map<string, LighthouseScore[]>();
  const key = (s: { page: string; formFactor: FormFactor }) => `${s.formFactor} ${s.page}`;
  const bareRuns: LighthouseScore[] = [];
  const best = (k: string) => runs.get(k)!.reduce((a, b) => (b.scores.performance > a.scores.performance ? b : a));
  const bareMobile = () => bareRuns.filter((s) => s.formFactor === 'mobile').map((s) => s.scores.performance);
  try {
    console.log('Building the bare Next.js page (the framework floor)…');
    const floorOut = (await buildFloor(path.join(temp, 'floor-page'), path.resolve('node_modules'), 0, temp)).outDir;
    const site = await serveExport(outDir);
    const bare = await serveExport(floorOut);
    try {
      for (let round = 1; round <= RUNS; round++) {
        // Round 1 scores every page; later rounds only re-run pages whose best so far is under the floor.
        const todo = FORMS.flatMap((form) =>
          pages
            .filter(
              (p) =>
                round === 1 ||
                best(key({ page: p.page, formFactor: form })).scores.performance <
                  performanceFloor(form, bareMobile()).min,
            )
            .map((p) => ({ ...p, form })),
        );
        if (!todo.length) break;
        bareRuns.push(...(await runLighthouse(bare.origin, [{ label: 'bare Next page', page: '/' }])));
        for (const form of FORMS) {
          const mine = todo.filter((t) => t.form === form);
          if (!mine.length) continue;
          for (const s of await runLighthouse(site.origin, mine, [form]))
            runs.set(key(s), [...(runs.get(key(s)) ?? []), s]);
        }
        if (round > 1) console.log(`  round ${round}: re-ran ${todo.map((t) => `${t.form} ${t.page}`).join(', ')}`);
      }
    } finally {
      await site.stop();
      await bare.stop();
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }

  console.log(
    `Lighthouse on ${path.relative(process.cwd(), outDir) || outDir}/ (${CATEGORIES.join(' / ')}; performance: best run, all runs), in ${Math.round((Date.now() - started) / 1000)} s:`,
  );
  const failures: string[] = [];
  for (const form of FORMS) {
    const bareForm = bareRuns.filter((s) => s.formFactor === form);
    const floor = performanceFloor(form, bareMobile());
    console.log(
      `  ${form}: bare Next.js page performance ${bareForm.map((s) => pct(s.scores.performance).trim()).join(', ')} (median ${pct(median(bareForm.map((s) => s.scores.performance))).trim()}); performance floor ${pct(floor.min).trim()} (${floor.why})`,
    );
    for (const p of pages) {
      const k = key({ page: p.page, formFactor: form });
      const all = runs.get(k)!;
      const top = best(k);
      console.log(
        `  ${form.padEnd(7)} ${p.page.padEnd(40)} ${CATEGORIES.map((c) => pct(top.scores[c])).join(' ')}   (runs: ${all.map((s) => pct(s.scores.performance).trim()).join(', ')}; benchmark index ${all.map((s) => s.benchmarkIndex).join(', ')})`,
      );
      if (top.scores.performance < floor.min) {
        failures.push(
          `${form} ${p.page}: performance ${pct(top.scores.performance).trim()} < ${pct(floor.min).trim()} — ${top.losses.filter((l) => l.startsWith('performance:')).join('; ')}`,
        );
      }
      for (const s of all) {
        if (s.scores.accessibility < 1)
          failures.push(
            `${form} ${p.page}: accessibility ${pct(s.scores.accessibility).trim()} < 100 — ${s.losses.filter((l) => l.startsWith('accessibility:')).join('; ')}`,
          );
      }
    }
  }
  const slowHost = [...runs.values()].flat().filter((s) => s.benchmarkIndex < 1000);
  if (slowHost.length) {
    console.log(
      `  note: ${slowHost.length} run(s) saw a benchmark index under 1000 (Lighthouse's slow-host threshold): other load on this machine lowers performance scores.`,
    );
  }
  if (failures.length) {
    console.error(
      `\n${failures.length} score(s) under the floor:\n${[...new Set(failures)].map((f) => `  ${f}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('All Lighthouse floors are met.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
