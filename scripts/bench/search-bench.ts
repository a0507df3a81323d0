// `npm run bench:search`: payload size, time to ready and query latency of the search engine, on the real catalogs
// and on 10,000 generated codes, against a plain linear scan over the same records and flexsearch's own export.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadAllCatalogs, type Catalog } from '../../lib/catalog/load';
import { codePath } from '../../lib/catalog/paths';
import { readGuides } from '../../lib/guides';
import { buildSearchPayload, createSearchEngine } from '../../lib/search/engine';
import { guideSections } from '../../lib/search/guide-sections';
import { buildSearchRecords } from '../../lib/search/records';
import { normalizeKey, normalizeMessage, tokenize } from '../../lib/search/tokenize';
import type { GuideSection, PayloadRecord, SearchPayload, SearchRecord } from '../../lib/search/types';
import { createWordIndex, recordWords, sectionWords } from '../../lib/search/word-index';
import { CASE_SETS, caseFailure, readCases, type CaseSet } from '../../tests/support/search-cases';
import { generateCatalogs } from '../gen-catalog';

export type SearchBenchRow = {
  dataset: string;
  method: string;
  codes: number;
  /** Bytes the browser downloads (null where the method ships nothing of its own). */
  rawBytes: number | null;
  gzipBytes: number | null;
  /** JSON.parse plus building whatever the method searches with: median and best of several runs. */
  readyMs: number;
  readyMinMs: number;
  /** The first query right after ready, before the JIT has seen any query. */
  firstQueryMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  /** Cases of each set in tests/search-cases/ that pass, e.g. `55/55` (real catalogs only). */
  cases: Record<CaseSet, string> | null;
};

type Searcher = (query: string) => string[];
const now = () => performance.now();
const median = (values: number[]) => quantile(values, 0.5);

/** The value at quantile `q` (0–1) of `values`, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

/** The baseline a hand-written search box would use: every query word must be a substring of the record's text. */
function linearScan(records: PayloadRecord[], guides: Array<Omit<GuideSection, 'apiName'>> = []): Searcher {
  const pages = [
    ...records.map((r) => ({ url: codePath(r.api, r.code), r })),
    ...guides.map((g) => ({ url: g.url, r: null })),
  ];
  const haystacks = [
    ...records.map((r) =>
      [
        r.code,
        r.name,
        r.title,
        r.meaning,
        r.action,
        ...(r.messages ?? []),
        ...(r.templates ?? []),
        ...(r.causes ?? []),
        ...(r.solutions ?? []),
        ...(r.providerCodes ?? []).map((p) => p.code),
        ...(r.keywords ?? []),
      ]
        .join(' ')
        .toLowerCase(),
    ),
    ...guides.map((g) => `${g.page} ${g.heading ?? ''} ${g.text}`.toLowerCase()),
  ];
  return (query) => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: number[] = [];
    haystacks.forEach((text, i) => {
      if (words.length > 0 && words.every((w) => text.includes(w))) hits.push(i);
    });
    return hits.slice(0, 50).map((i) => pages[i].url);
  };
}

/** A fixed, deterministic query mix drawn from the records: codes, names, split words, pasted messages, typos, … */
export function generatedMix(records: SearchRecord[]): string[] {
  const pick = (count: number, filter: (r: SearchRecord) => boolean) => {
    const pool = records.filter(filter);
    return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(i * 7919) % pool.length]);
  };
  const typo = (word: string) => word.slice(0, 2) + word.slice(3);
  return [
    ...pick(10, () => true).map((r) => String(r.code)),
    ...pick(5, (r) => typeof r.code === 'string').map((r) => String(r.code).toLowerCase().replace(/_/g, ' ')),
    ...pick(5, (r) => Boolean(r.name)).map((r) => r.name!),
    ...pick(8, (r) => r.templates.length > 0).map((r) => r.templates[0].replace(/\{[^}]*\}/g, 'xyz42')),
    ...pick(6, () => true).map((r) =>
      typo(
        r.title
          .split(' ')
          .reduce((a, b) => (b.length > a.length ? b : a))
          .toLowerCase(),
      ),
    ),
    ...pick(4, (r) => r.providerCodes.length > 0).map((r) => String(r.providerCodes[0].code)),
    'maintenance',
    'suspended',
    'throttled',
    'signature mismatch',
    'carrier timeout',
    'payment required',
    '429 alpha',
    '503 charlie',
    'bravo quota',
    'upload',
    'temp',
    'carr',
    'rate limited contact',
  ];
}

function caseScores(search: Searcher): Record<CaseSet, string> {
  const score = (set: CaseSet) => {
    const cases = readCases(set);
    return `${cases.filter((c) => caseFailure(c, search(c.query)) === null).length}/${cases.length}`;
  };
  return Object.fromEntries(CASE_SETS.map((set) => [set, score(set)])) as Record<CaseSet, string>;
}

/**
 * Latency of each query of the mix (the median of `rounds` runs, so one preempted run on a busy machine does not
 * count as the query's cost), then p50 and p95 over the mix.
 */
function measureQueries(search: Searcher, queries: string[], rounds: number) {
  const first = now();
  search(queries[0]);
  const firstQueryMs = now() - first;
  for (const q of queries) search(q);
  const perQuery = queries.map((q) => {
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = now();
      search(q);
      samples.push(now() - start);
    }
    return median(samples);
  });
  return { firstQueryMs, p50Ms: quantile(perQuery, 0.5), p95Ms: quantile(perQuery, 0.95) };
}

function benchDataset(
  dataset: string,
  records: SearchRecord[],
  guides: GuideSection[],
  queries: string[],
  withCases: boolean,
  runs: number,
): SearchBenchRow[] {
  const json = JSON.stringify(buildSearchPayload(records, guides));
  const rawBytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json).length;
  const rows: SearchBenchRow[] = [];

  // Codebook's engine: ship the records, build the index on load.
  const readies: number[] = [];
  let engine = createSearchEngine(JSON.parse(json) as SearchPayload);
  for (let i = 0; i < runs; i++) {
    const start = now();
    engine = createSearchEngine(JSON.parse(json) as SearchPayload);
    readies.push(now() - start);
  }
  const fresh = createSearchEngine(JSON.parse(json) as SearchPayload);
  const search: Searcher = (q) => engine.search(q, { limit: 50 }).map((h) => h.url);
  const timing = measureQueries((q) => fresh.search(q).map((h) => h.url), queries, 9);
  rows.push({
    dataset,
    method: 'codebook (records, index built on load)',
    codes: records.length,
    rawBytes,
    gzipBytes,
    readyMs: median(readies),
    readyMinMs: Math.min(...readies),
    ...timing,
    cases: withCases ? caseScores(search) : null,
  });

  // The alternative payload: flexsearch's export of the same word index, shipped beside the records.
  const words = createWordIndex();
  records.forEach((r, i) => words.add(i, recordWords(r)));
  guides.forEach((g, i) => words.add(records.length + i, sectionWords(g)));
  const exported: Record<string, string> = {};
  words.index.export((key, data) => {
    exported[key] = data;
  });
  const exportJson = JSON.stringify({ ...buildSearchPayload(records), words: exported });
  const importTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    const parsed = JSON.parse(exportJson) as { words: Record<string, string> };
    const imported = createWordIndex();
    for (const [key, data] of Object.entries(parsed.words)) imported.index.import(key, data);
    importTimes.push(now() - start);
  }
  rows.push({
    dataset,
    method: 'flexsearch export + records (parse + import only)',
    codes: records.length,
    rawBytes: Buffer.byteLength(exportJson),
    gzipBytes: gzipSync(exportJson).length,
    readyMs: median(importTimes),
    readyMinMs: Math.min(...importTimes),
    firstQueryMs: null,
    p50Ms: null,
    p95Ms: null,
    cases: null,
  });

  // Baseline: substring scan over the same records.
  const scanReadies: number[] = [];
  const scanOf = (payload: SearchPayload) => linearScan(payload.records, payload.guides);
  let scan = scanOf(JSON.parse(json) as SearchPayload);
  for (let i = 0; i < runs; i++) {
    const start = now();
    scan = scanOf(JSON.parse(json) as SearchPayload);
    scanReadies.push(now() - start);
  }
  rows.push({
    dataset,
    method: 'linear scan (substring, same records)',
    codes: records.length,
    rawBytes,
    gzipBytes,
    readyMs: median(scanReadies),
    readyMinMs: Math.min(...scanReadies),
    ...measureQueries(scan, queries, 9),
    cases: withCases ? caseScores(scan) : null,
  });
  return rows.map((row) => ({
    ...row,
    readyMs: round(row.readyMs),
    readyMinMs: round(row.readyMinMs),
    firstQueryMs: row.firstQueryMs === null ? null : round(row.firstQueryMs),
    p50Ms: row.p50Ms === null ? null : round(row.p50Ms),
    p95Ms: row.p95Ms === null ? null : round(row.p95Ms),
  }));
}

const withFile = (catalogs: ReturnType<typeof generateCatalogs>): Catalog[] =>
  catalogs.map((c) => ({ ...c, file: `generated/${c.id}/catalog.yaml` }));

/**
 * Runs the benchmark on the real catalogs and on generated catalogs of each size in `codes` (default 2,000, the
 * scale STACK.md compares peers at, and 10,000); `npm run bench` calls this and prints the rows its own way.
 */
export function runSearchBench(options: { codes?: number[]; runs?: number } = {}): SearchBenchRow[] {
  const sizes = options.codes ?? [2000, 10000];
  const runs = options.runs ?? 5;
  const catalogs = loadAllCatalogs();
  const real = buildSearchRecords(catalogs);
  const guides = catalogs.flatMap((c) => readGuides(c.id).flatMap((g) => guideSections(c, g)));
  const queries = CASE_SETS.flatMap((set) => readCases(set).map((c) => c.query));
  const rows = benchDataset('real catalogs', real, guides, queries, true, runs * 4);
  for (const codes of sizes) {
    const generated = buildSearchRecords(withFile(generateCatalogs({ codes })));
    rows.push(
      ...benchDataset(`generated ${codes.toLocaleString('en')}`, generated, [], generatedMix(generated), false, runs),
    );
  }
  return rows;
}

export type NormaliserBenchRow = { input: string; chars: number; ms: number };

/**
 * The key, message and word normalisers on 200,000-character runs of spaces, tabs and dashes between two words:
 * linear code takes milliseconds; an end-anchored regex retried along the run would take minutes.
 */
export function runNormaliserBench(chars = 200_000): NormaliserBenchRow[] {
  const runs: Array<[string, string]> = [
    ['spaces', ' '],
    ['tabs', '\t'],
    ['dashes', '-'],
  ];
  return runs.map(([input, char]) => {
    const text = `ab${char.repeat(chars)}cd`;
    const start = now();
    normalizeKey(text);
    normalizeMessage(text);
    tokenize(text);
    return { input, chars: text.length, ms: round(now() - start) };
  });
}

export function formatSearchBench(rows: SearchBenchRow[]): string {
  const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
  const ms = (value: number | null) => (value === null ? '–' : value.toFixed(2));
  const header = [
    'dataset',
    'method',
    'codes',
    'raw',
    'gzip',
    'ready ms',
    'ready best',
    'first q ms',
    'p50 ms',
    'p95 ms',
    'tuning cases',
    'held-out cases',
  ];
  const body = rows.map((r) => [
    r.dataset,
    r.method,
    String(r.codes),
    kb(r.rawBytes),
    kb(r.gzipBytes),
    ms(r.readyMs),
    ms(r.readyMinMs),
    ms(r.firstQueryMs),
    ms(r.p50Ms),
    ms(r.p95Ms),
    r.cases?.tuning ?? '–',
    r.cases?.['held-out'] ?? '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const index = process.argv.indexOf('--codes');
  const codes = index >= 0 ? process.argv[index + 1].split(',').map(Number) : undefined;
  const rows = runSearchBench({ codes });
  console.log(formatSearchBench(rows));
  for (const row of runNormaliserBench())
    console.log(
      `key, message and word normalisers on ${row.chars.toLocaleString('en')} chars of ${row.input}: ${row.ms} ms`,
    );
  // Other work on a 2-core machine inflates medians; the load says how far to trust them.
  console.log(
    `Node ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
