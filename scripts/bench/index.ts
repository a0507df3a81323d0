// `npm run bench`: speed, size and scale of the site, each figure beside a baseline measured in the same run (a bare
// Next.js app of the same versions, a plain linear scan, JSON.parse, a plain textarea). Prints one Markdown table and
// writes .bench/latest.json. Flags: --only js,build,search,decode,lighthouse  --scale 1000,10000  --export <dir>
// (measure an existing export instead of building the real catalogs)  --keep (keep the temp folder)  --write-floor
// --lighthouse-runs 3 (runs per page; the median is shown).
// Set CODEBOOK_BUILD_LOCK=/path/to/lockfile to serialise builds and browser timings with other builds on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BUDGET_OVER_FLOOR,
  FLOOR_FILE,
  installedVersions,
  kb,
  pageKind,
  readFloor,
  sameVersions,
  samplePages,
  type Floor,
  type PageKind,
} from './budgets';
import { browserPlaygroundBench, browserSearchBench, plainTextareaBaseline, serveExport } from './browser-bench';
import { buildCodebook, buildFloor, exportStats, floorBytesPerPage, type ExportStats } from './build-bench';
import { jsonParseBaseline, runBlankRunBench, runDecodeBench } from './decode-bench';
import { browserSessionBench, runSessionBench } from './session-bench';
import { runLighthouse, lighthousePages, CATEGORIES, type LighthouseScore } from './lighthouse-run';
import { writeScaleContent } from './scale-content';
import { runNormaliserBench, runSearchBench, type SearchBenchRow } from './search-bench';
import { createJsMeter, exportedPages } from './upfront-js';
import { copyProject, makeTempRoot, withBuildLock } from './workspace';

const PARTS = ['js', 'build', 'search', 'decode', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

type Row = {
  part: Part;
  measure: string;
  value: string;
  baseline: string;
  versus: string;
  target: string;
  ok: boolean | null;
};

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = (value('only') ?? PARTS.join(',')).split(',').map((p) => p.trim()) as Part[];
  for (const part of only)
    if (!PARTS.includes(part)) throw new Error(`--only: unknown part "${part}" (parts: ${PARTS.join(', ')})`);
  const scale = (value('scale') ?? '1000,10000').split(',').filter(Boolean).map(Number);
  if (scale.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--scale takes code counts, e.g. --scale 1000,10000');
  const exportDir = value('export');
  const lighthouseRuns = Number(value('lighthouse-runs') ?? 3);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
    throw new Error('--lighthouse-runs takes a whole number of runs per page');
  return {
    only: new Set(only),
    scale,
    exportDir: exportDir ? path.resolve(exportDir) : undefined,
    keep: argv.includes('--keep'),
    writeFloor: argv.includes('--write-floor'),
    lighthouseRuns,
  };
}

const log = (message: string) => console.error(`bench: ${message}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const plus = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
const score = (value: number) => String(Math.round(value * 100));
/** `12/12` → true; anything else (a failure, no figure) → false. */
const allPass = (cases: string | undefined) => !!cases && cases.split('/')[0] === cases.split('/')[1];

/** Per page and form factor, the run with the median performance score (other categories hardly vary). */
function medianRuns(runs: LighthouseScore[][]): LighthouseScore[] {
  return runs[0].map((first, i) => {
    const same = runs.map((run) => run[i]).sort((a, b) => a.scores.performance - b.scores.performance);
    return same[Math.floor((same.length - 1) / 2)] ?? first;
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const root = process.cwd();
  const temp = makeTempRoot();
  const logDir = path.join(temp, 'logs');
  fs.mkdirSync(logDir);
  log(`working in ${temp} (logs in ${logDir})`);
  const rows: Row[] = [];
  const report: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg(),
    },
    versions: installedVersions(),
    options: { ...options, only: [...options.only] },
  };
  const site = path.join(temp, 'site');
  const nodeModules = path.join(root, 'node_modules');
  const needsExport = ['js', 'search', 'decode', 'lighthouse'].some((p) => options.only.has(p as Part));
  const needsSite = options.only.has('build') || (needsExport && !options.exportDir);
  if (needsSite) copyProject(root, site);

  try {
    // The real catalogs, built once: every export-based part reads this export.
    let realExport = options.exportDir;
    let realStats: ExportStats | undefined;
    let realBuild: Awaited<ReturnType<typeof buildCodebook>> | undefined;
    if (options.only.has('build') || (needsExport && !realExport)) {
      log('building the real catalogs…');
      realBuild = await buildCodebook(site, { distName: 'out-real', logDir });
      realExport ??= realBuild.outDir;
      realStats = exportStats(realBuild.outDir);
      log(`real catalogs built in ${secs(realBuild.totalMs)}`);
    }

    if (options.only.has('js')) {
      log('building the bare Next.js page (the floor)…');
      const floorApp = await buildFloor(path.join(temp, 'floor-page'), nodeModules, 0, logDir);
      const bare = createJsMeter(floorApp.outDir)('/');
      const versions = installedVersions();
      const floor: Floor = {
        measuredAt: new Date().toISOString().slice(0, 10),
        versions,
        gzipBytes: bare.gzipBytes,
        rawBytes: bare.rawBytes,
        scripts: bare.scripts,
        note: 'Up-front JS of a bare Next.js page (app/layout.tsx + app/page.tsx, output: export) built with these versions; written by npm run bench, read by npm run test:budgets.',
      };
      const recorded = readFloor();
      if (!recorded || options.writeFloor || !sameVersions(recorded.versions, versions)) {
        fs.writeFileSync(FLOOR_FILE, `${JSON.stringify(floor, null, 2)}\n`);
        log(`wrote ${path.relative(root, FLOOR_FILE)} (${kb(floor.gzipBytes)} for next ${versions.next})`);
      }
      const measure = createJsMeter(realExport!);
      const samples = samplePages(realExport!).map((s) => ({ ...s, ...measure(s.page) }));
      const heaviest = new Map<PageKind, { page: string; gzipBytes: number }>();
      for (const page of exportedPages(realExport!)) {
        const js = measure(page);
        const kind = pageKind(page);
        if (js.gzipBytes > (heaviest.get(kind)?.gzipBytes ?? -1)) heaviest.set(kind, js);
      }
      for (const s of samples) {
        const kind = pageKind(s.page);
        const extra = s.gzipBytes - bare.gzipBytes;
        rows.push({
          part: 'js',
          measure: `up-front JS, ${s.label} ${s.page}`,
          value: kb(s.gzipBytes),
          baseline: `bare Next page ${kb(bare.gzipBytes)}`,
          versus: plus(extra),
          target: `≤ +${kb(BUDGET_OVER_FLOOR[kind])}`,
          ok: extra <= BUDGET_OVER_FLOOR[kind],
        });
      }
      const worstReading = heaviest.get('reading');
      if (worstReading) {
        const extra = worstReading.gzipBytes - bare.gzipBytes;
        rows.push({
          part: 'js',
          measure: `up-front JS, heaviest reading page ${worstReading.page}`,
          value: kb(worstReading.gzipBytes),
          baseline: `bare Next page ${kb(bare.gzipBytes)}`,
          versus: plus(extra),
          target: `≤ +${kb(BUDGET_OVER_FLOOR.reading)}`,
          ok: extra <= BUDGET_OVER_FLOOR.reading,
        });
      }
      report.js = { floor, samples, heaviest: Object.fromEntries(heaviest) };
    }

    if (options.only.has('build')) {
      const datasets: Array<{ name: string; codes: number | null; contentDir?: string }> = [
        { name: 'real catalogs', codes: null },
        ...options.scale.map((n) => ({ name: `${n.toLocaleString('en')} codes`, codes: n })),
      ];
      const results: Array<Record<string, unknown>> = [];
      for (const dataset of datasets) {
        let built = realBuild!;
        let stats = realStats!;
        if (dataset.codes !== null) {
          const contentDir = path.join(temp, `content-${dataset.codes}`);
          writeScaleContent(contentDir, dataset.codes);
          log(`building ${dataset.name}…`);
          built = await buildCodebook(site, { contentDir, distName: `out-${dataset.codes}`, logDir });
          stats = exportStats(built.outDir);
          log(`${dataset.name} built in ${secs(built.totalMs)}`);
        }
        log(`building the floor: a bare export of ${stats.htmlPages} trivial pages…`);
        const floorDir = path.join(temp, `floor-${stats.htmlPages}`);
        const floor = await buildFloor(floorDir, nodeModules, stats.htmlPages, logDir);
        const floorStats = { ...exportStats(floor.outDir), bytesPerPage: floorBytesPerPage(floor.outDir) };
        if (!options.keep) {
          fs.rmSync(floorDir, { recursive: true, force: true });
          if (dataset.codes !== null) fs.rmSync(built.outDir, { recursive: true, force: true });
        }
        const codes = stats.codePages;
        const label = `${dataset.name} (${codes} code pages, ${stats.htmlPages} pages)`;
        const ratio = built.next.wallMs / floor.next.wallMs;
        rows.push({
          part: 'build',
          measure: `${label}: next build`,
          value: secs(built.next.wallMs),
          baseline: `bare export ${secs(floor.next.wallMs)}`,
          versus: times(built.next.wallMs, floor.next.wallMs),
          target: '≤ 1.50×',
          ok: ratio <= 1.5,
        });
        rows.push({
          part: 'build',
          measure: `${label}: npm run build (check + next build + postbuild)`,
          value: secs(built.totalMs),
          baseline: `bare export ${secs(floor.next.wallMs)}`,
          versus: times(built.totalMs, floor.next.wallMs),
          target: '',
          ok: null,
        });
        rows.push({
          part: 'build',
          measure: `${label}: peak memory of the build process tree`,
          value: mb(built.next.peakRssBytes),
          baseline: `bare export ${mb(floor.next.peakRssBytes)}`,
          versus: times(built.next.peakRssBytes, floor.next.peakRssBytes),
          target: '',
          ok: null,
        });
        rows.push({
          part: 'build',
          measure: `${label}: out/ size`,
          value: `${mb(stats.bytes)} in ${stats.files} files`,
          baseline: `bare export ${mb(floorStats.bytes)}`,
          versus: times(stats.bytes, floorStats.bytes),
          target: '',
          ok: null,
        });
        rows.push({
          part: 'build',
          measure: `${label}: bytes per code page (HTML + Markdown twin), mean`,
          value: `${kb(stats.bytesPerCodePage)} (HTML ${kb(stats.htmlBytesPerCodePage)})`,
          baseline: `trivial page ${kb(floorStats.bytesPerPage)}`,
          versus: times(stats.bytesPerCodePage, floorStats.bytesPerPage),
          target: '',
          ok: null,
        });
        rows.push({
          part: 'build',
          measure: `${label}: files and bytes of the largest code page`,
          value: `${stats.maxFilesPerCodePage} files, ${kb(stats.maxBytesPerCodePage)} (HTML ${kb(stats.maxHtmlBytesPerCodePage)})`,
          baseline: '',
          versus: '',
          target: '≤ 2 files, HTML ≤ 120 KB',
          ok: stats.maxFilesPerCodePage <= 2 && stats.maxHtmlBytesPerCodePage <= 120 * 1024,
        });
        if (stats.table) {
          const t = stats.table;
          rows.push({
            part: 'build',
            measure: `${label}: largest table page ${t.page} (${t.rows} rows)`,
            value: `HTML ${kb(t.htmlBytes)}, RSC ${kb(t.rscBytes)}`,
            baseline: '',
            versus: `${kb((t.htmlBytes + t.rscBytes) / Math.max(1, t.rows))} per row`,
            target: '< 1 MB each',
            ok: t.htmlBytes < 1 << 20 && t.rscBytes < 1 << 20,
          });
        }
        if (stats.index && stats.index.page !== stats.table?.page) {
          const t = stats.index;
          rows.push({
            part: 'build',
            measure: `${label}: ${t.page} (split: groups only, ${t.rows} rows)`,
            value: `HTML ${kb(t.htmlBytes)}, RSC ${kb(t.rscBytes)}`,
            baseline: '',
            versus: '',
            target: '< 1 MB each',
            ok: t.htmlBytes < 1 << 20 && t.rscBytes < 1 << 20,
          });
        }
        results.push({
          dataset: dataset.name,
          codes,
          build: { nextMs: built.next.wallMs, totalMs: built.totalMs, peakRssBytes: built.next.peakRssBytes },
          stats,
          floor: {
            pages: stats.htmlPages,
            nextMs: floor.next.wallMs,
            peakRssBytes: floor.next.peakRssBytes,
            stats: floorStats,
          },
        });
      }
      // Linear growth: the cost of each added code between scales, against the floor's cost of each added page.
      const scaled = results.filter((r) => r.dataset !== 'real catalogs') as Array<{
        codes: number;
        build: { nextMs: number };
        stats: ExportStats;
        floor: { pages: number; nextMs: number; stats: { bytes: number } };
      }>;
      for (let i = 1; i < scaled.length; i++) {
        const [a, b] = [scaled[i - 1], scaled[i]];
        const perCode = (b.build.nextMs - a.build.nextMs) / (b.codes - a.codes);
        const perPage = (b.floor.nextMs - a.floor.nextMs) / (b.floor.pages - a.floor.pages);
        const bytesPerCode = (b.stats.bytes - a.stats.bytes) / (b.codes - a.codes);
        rows.push({
          part: 'build',
          measure: `growth ${a.codes}→${b.codes} codes: build time per added code`,
          value: ms(perCode),
          baseline: `floor per added page ${ms(perPage)}`,
          versus: times(perCode, perPage),
          target: '',
          ok: null,
        });
        rows.push({
          part: 'build',
          measure: `growth ${a.codes}→${b.codes} codes: out/ bytes per added code`,
          value: kb(bytesPerCode),
          baseline: `at ${a.codes}: ${kb(a.stats.bytes / a.codes)} per code`,
          versus: times(bytesPerCode, a.stats.bytes / a.codes),
          target: 'linear (≈1×)',
          ok: bytesPerCode <= 1.25 * (a.stats.bytes / a.codes),
        });
      }
      report.build = results;
    }

    if (options.only.has('search')) {
      const size = Math.max(10000, ...options.scale);
      log(`search: Node engine on the real catalogs and ${size} generated codes…`);
      const nodeRows: SearchBenchRow[] = runSearchBench({ codes: [2000, size] });
      const at2k = nodeRows.find((r) => r.dataset === 'generated 2,000' && r.method.startsWith('codebook'))!;
      const atSize = (r: SearchBenchRow) => r.dataset === `generated ${size.toLocaleString('en')}`;
      const ours = nodeRows.find((r) => atSize(r) && r.method.startsWith('codebook'))!;
      const scan = nodeRows.find((r) => atSize(r) && r.method.startsWith('linear'))!;
      const exported = nodeRows.find((r) => atSize(r) && r.method.startsWith('flexsearch'))!;
      const real = nodeRows.find((r) => r.dataset === 'real catalogs' && r.method.startsWith('codebook'))!;
      log('search: Chromium…');
      const browser = await withBuildLock('timing search in Chromium', () => browserSearchBench(realExport!, size));
      const at = `${size.toLocaleString('en')} codes`;
      rows.push({
        part: 'search',
        measure: `index download at ${at} (gzip)`,
        value: kb(ours.gzipBytes!),
        baseline: `flexsearch export + records ${kb(exported.gzipBytes!)}`,
        versus: times(ours.gzipBytes!, exported.gzipBytes!),
        target: '',
        ok: null,
      });
      rows.push({
        part: 'search',
        measure: `index ready in Node at ${at} (parse + build)`,
        value: ms(ours.readyMs),
        baseline: `flexsearch import ${ms(exported.readyMs)}`,
        versus: times(ours.readyMs, exported.readyMs),
        target: '',
        ok: null,
      });
      rows.push({
        part: 'search',
        measure: `query p50 / p95 in Node at ${at}`,
        value: `${ms(ours.p50Ms!)} / ${ms(ours.p95Ms!)}`,
        baseline: `linear scan ${ms(scan.p50Ms!)} / ${ms(scan.p95Ms!)}`,
        versus: times(ours.p95Ms!, scan.p95Ms!),
        target: '',
        ok: null,
      });
      rows.push({
        part: 'search',
        measure: `query p50 / p95 in Chromium at ${at} (${browser.queries} queries × 20)`,
        value: `${ms(browser.p50Ms)} / ${ms(browser.p95Ms)}`,
        baseline: `Node ${ms(ours.p50Ms!)} / ${ms(ours.p95Ms!)}`,
        versus: times(browser.p95Ms, ours.p95Ms!),
        target: 'p95 < 5 ms',
        ok: browser.p95Ms < 5,
      });
      rows.push({
        part: 'search',
        measure: `index ready in Chromium at ${at} (parse + build)`,
        value: ms(browser.readyMs),
        baseline: `Node ${ms(ours.readyMs)}`,
        versus: times(browser.readyMs, ours.readyMs),
        target: '',
        ok: null,
      });
      rows.push({
        part: 'search',
        measure: `/search/ first query at ${at}: type → results (chunk + index + build + render)`,
        value: ms(browser.firstQueryMs),
        baseline: '',
        versus: '',
        target: '',
        ok: null,
      });
      rows.push({
        part: 'search',
        measure: `/search/ later query at ${at}: type → results`,
        value: ms(browser.laterQueryMs),
        baseline: '',
        versus: '',
        target: '',
        ok: null,
      });
      rows.push({
        part: 'search',
        measure: `/search/ typing → results at ${at} (keys typed with no delay, ${browser.typingMs.samples} queries; median / worst)`,
        value: `${ms(browser.typingMs.median)} / ${ms(browser.typingMs.max)}`,
        baseline: '',
        versus: '',
        target: '≤ 50 ms',
        ok: browser.typingMs.max <= 50,
      });
      rows.push({
        part: 'search',
        measure: `/search/ keys lost while typing fast at ${at}`,
        value: String(browser.typingMs.lostKeys),
        baseline: '',
        versus: '',
        target: '0',
        ok: browser.typingMs.lostKeys === 0,
      });
      rows.push({
        part: 'search',
        measure: 'index download at 2,000 codes (gzip)',
        value: kb(at2k.gzipBytes!),
        baseline: `${at} ${kb(ours.gzipBytes!)}`,
        versus: '',
        target: '≤ 100 KB',
        ok: at2k.gzipBytes! <= 100 * 1024,
      });
      const scanCases = nodeRows.find((r) => r.dataset === 'real catalogs' && r.method.startsWith('linear'))?.cases;
      for (const set of ['tuning', 'held-out'] as const) {
        rows.push({
          part: 'search',
          measure: `written cases ranked as expected, ${set} set (real catalogs)`,
          value: real.cases?.[set] ?? '–',
          baseline: `linear scan ${scanCases?.[set] ?? '–'}`,
          versus: '',
          target: set === 'held-out' ? 'all' : '',
          ok: set === 'held-out' ? allPass(real.cases?.[set]) : null,
        });
      }
      const normaliser = runNormaliserBench();
      rows.push({
        part: 'search',
        measure: 'key, message and word normalisers on 200,000-char runs of spaces / tabs / dashes',
        value: normaliser.map((n) => ms(n.ms)).join(' / '),
        baseline: '',
        versus: '',
        target: 'linear',
        ok: null,
      });
      report.search = { node: nodeRows, chromium: browser };
    }

    if (options.only.has('decode')) {
      log('decode: Node…');
      const node = runDecodeBench();
      const parse = jsonParseBaseline();
      for (const row of node) {
        const base = parse.find((p) => p.label === row.label)!;
        rows.push({
          part: 'decode',
          measure: `decodeResponse, ${row.label} paste (Node, median of ${row.runs}) → ${row.decoded}`,
          value: ms(row.medianMs),
          baseline: `JSON.parse of it ${ms(base.medianMs)}`,
          versus: times(row.medianMs, base.medianMs),
          target: '',
          ok: null,
        });
      }
      log('decode: hostile blank runs…');
      const blanks = runBlankRunBench();
      for (const row of blanks) {
        // Twice the run in twice the time is linear; sub-millisecond timings are too noisy to hold to the ratio.
        const linear = row.ratio <= 3 || row.largeMs < 5;
        rows.push({
          part: 'decode',
          measure: `decodeResponse, 200,000 ${row.label} (Node, median of 5)`,
          value: ms(row.largeMs),
          baseline: `100,000 of them ${ms(row.smallMs)}`,
          versus: `${row.ratio}×`,
          target: '≤ 3× for 2× the input (linear)',
          ok: linear,
        });
      }
      log('decode: the playground in Chromium…');
      const playground = await withBuildLock('timing the playground in Chromium', () =>
        browserPlaygroundBench(realExport!),
      );
      const plain = await withBuildLock('timing a plain textarea in Chromium', () => plainTextareaBaseline());
      rows.push({
        part: 'decode',
        measure: `/playground/ 10 MB paste: longest main-thread block from paste to result shown (decoding in a worker)`,
        value: ms(playground.longestBlockMs),
        baseline: `decoding it on the main thread ${ms(playground.mainThreadDecodeMs)}`,
        versus: times(playground.longestBlockMs, playground.mainThreadDecodeMs),
        target: '',
        ok: null,
      });
      rows.push({
        part: 'decode',
        measure: `/playground/ 10 MB paste: paste → result shown`,
        value: ms(playground.decodeToResultMs),
        baseline: '',
        versus: '',
        target: '',
        ok: null,
      });
      rows.push({
        part: 'decode',
        measure: `/playground/ 10 MB paste: paste → page painted again (kept out of the textarea)`,
        value: ms(playground.pasteLayoutMs),
        baseline: `the paste laid out in a plain <textarea> ${ms(plain.pasteLayoutMs)}`,
        versus: times(playground.pasteLayoutMs, plain.pasteLayoutMs),
        target: '',
        ok: null,
      });
      log('decode: a 50 MB HAR, in Node and in the playground…');
      const session = runSessionBench();
      const sessionMb = (session.bytes / (1024 * 1024)).toFixed(0);
      rows.push({
        part: 'decode',
        measure: `session triage, ${sessionMb} MB HAR of ${session.entries} entries (Node, median of ${session.runs}) → ${session.summary}`,
        value: ms(session.medianMs),
        baseline: `JSON.parse of it ${ms(session.jsonParseMs)}`,
        versus: times(session.medianMs, session.jsonParseMs),
        target: '',
        ok: null,
      });
      const sessionPage = await withBuildLock('timing a 50 MB HAR in the playground', () =>
        browserSessionBench(realExport!),
      );
      rows.push({
        part: 'decode',
        measure: `/playground/ ${sessionMb} MB HAR paste: longest main-thread block until the groups table is shown (triage in a worker)`,
        value: ms(sessionPage.longestBlockMs),
        baseline: `triage on the main thread ${ms(sessionPage.mainThreadTriageMs)}`,
        versus: times(sessionPage.longestBlockMs, sessionPage.mainThreadTriageMs),
        target: '',
        ok: null,
      });
      rows.push({
        part: 'decode',
        measure: `/playground/ ${sessionMb} MB HAR paste → groups table shown`,
        value: ms(sessionPage.toTableMs),
        baseline: '',
        versus: '',
        target: '',
        ok: null,
      });
      report.decode = {
        node,
        jsonParse: parse,
        blankRuns: blanks,
        playground,
        plainTextarea: plain,
        session: { node: session, chromium: sessionPage },
      };
    }

    if (options.only.has('lighthouse')) {
      log('Lighthouse: mobile and desktop…');
      const floorApp = fs.existsSync(path.join(temp, 'floor-page', 'out'))
        ? path.join(temp, 'floor-page', 'out')
        : (await buildFloor(path.join(temp, 'floor-page'), nodeModules, 0, logDir)).outDir;
      const scores = await withBuildLock('Lighthouse', async () => {
        const served = await serveExport(realExport!);
        const bare = await serveExport(floorApp);
        try {
          const site: LighthouseScore[][] = [];
          const floor: LighthouseScore[][] = [];
          for (let run = 0; run < options.lighthouseRuns; run++) {
            site.push(await runLighthouse(served.origin, lighthousePages(samplePages(realExport!))));
            floor.push(await runLighthouse(bare.origin, [{ label: 'bare Next page', page: '/' }]));
          }
          return { site: medianRuns(site), floor: medianRuns(floor), runs: { site, floor } };
        } finally {
          await served.stop();
          await bare.stop();
        }
      });
      const line = (s: LighthouseScore) => CATEGORIES.map((c) => score(s.scores[c])).join(' / ');
      const index = scores.runs.site
        .flat()
        .map((s) => s.benchmarkIndex)
        .sort((a, b) => a - b);
      rows.push({
        part: 'lighthouse',
        measure: `runs per page (median shown); Lighthouse benchmark index of the host`,
        value: `${options.lighthouseRuns}; ${index[0]}–${index[index.length - 1]}`,
        baseline: '',
        versus: '',
        target: 'index ≥ 1000 for trustworthy mobile scores',
        ok: null,
      });
      for (const s of scores.site) {
        const floor = scores.floor.find((f) => f.formFactor === s.formFactor)!;
        const ok =
          s.scores.performance >= 0.98 &&
          s.scores.accessibility === 1 &&
          s.scores['best-practices'] === 1 &&
          s.scores.seo === 1;
        rows.push({
          part: 'lighthouse',
          measure: `${s.formFactor} ${s.page} (perf / a11y / best practices / SEO)`,
          value: line(s),
          baseline: `bare Next page ${line(floor)}`,
          versus: ok ? '' : s.losses.join('; '),
          target: '≥98 / 100 / 100 / 100',
          ok,
        });
      }
      report.lighthouse = scores;
    }
  } finally {
    if (!options.keep) fs.rmSync(temp, { recursive: true, force: true });
    else log(`kept ${temp}`);
  }

  const totalMs = performance.now() - started;
  report.totalMs = Math.round(totalMs);
  report.rows = rows;
  const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');
  const head = ['part', 'measure', 'Codebook', 'baseline (same run)', 'vs baseline', 'target', 'ok'];
  const cells = rows.map((r) =>
    [r.part, r.measure, r.value, r.baseline, r.versus, r.target, mark(r.ok)].map((c) => c.replace(/\|/g, '\\|')),
  );
  console.log(
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...cells.map((c) => `| ${c.join(' | ')} |`),
    ].join('\n'),
  );
  console.log(
    `\nTotal bench time: ${secs(totalMs)} (${os.cpus().length} cores, Node ${process.version}, next ${installedVersions().next}).`,
  );
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  fs.writeFileSync(path.join(root, '.bench', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('wrote .bench/latest.json');
  const missed = rows.filter((r) => r.ok === false).length;
  if (missed) console.log(`${missed} figure(s) miss their target (✗ above).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
