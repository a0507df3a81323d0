// Timings in Chromium (Debian's, driven by playwright-core): the search engine on 10,000 generated codes, the
// search page's first and later queries against that index, and the longest main-thread task while the playground
// decodes a 10 MB paste.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Catalog } from '../../lib/catalog/load';
import { writeSearchPayload } from '../../lib/search/payload';
import { buildSearchRecords } from '../../lib/search/records';
import { generateCatalogs } from '../gen-catalog';
import { generatedMix } from './search-bench';
import { bigPaste } from './decode-bench';

export const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Serves an export with scripts/serve.mjs (gzip, trailing-slash folders) until `stop` is called. */
export async function serveExport(outDir: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'serve.mjs'), outDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    child.stdout!.once('data', () => resolve());
  });
  child.removeAllListeners('exit');
  // Never leave a server behind if the bench dies half way.
  const orphan = () => child.kill();
  process.once('exit', orphan);
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        process.off('exit', orphan);
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (ms: number) => Math.round(ms * 100) / 100;

/** The browser's copy of lib/search/engine.ts, bundled and minified the way a production chunk is. */
async function engineBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: `export { createSearchEngine } from './lib/search/engine';`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'CodebookSearch',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export type BrowserSearchResult = {
  codes: number;
  /** JSON.parse + createSearchEngine in the page, median of 5. */
  readyMs: number;
  p50Ms: number;
  p95Ms: number;
  queries: number;
  /** /search/ served with the 10k index: typing the first query until results show (chunk, index download, build, render). */
  firstQueryMs: number;
  /** A second query typed on the same page until its results show. */
  laterQueryMs: number;
};

/** Generated catalogs of `codes` codes, as the loader would return them. */
export function generatedCatalogs(codes: number): Catalog[] {
  return generateCatalogs({ codes }).map((c) => ({ ...c, file: `generated/${c.id}/catalog.yaml` }));
}

async function timeEngineInPage(page: Page, bundle: string, payload: string, queries: string[], rounds: number) {
  await page.setContent('<!doctype html><title>search bench</title>');
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    ({ payload, queries, rounds }) => {
      const api = (window as unknown as { CodebookSearch: { createSearchEngine: (p: unknown) => { search: (q: string) => unknown[] } } }).CodebookSearch;
      const readies: number[] = [];
      let engine = api.createSearchEngine(JSON.parse(payload));
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        engine = api.createSearchEngine(JSON.parse(payload));
        readies.push(performance.now() - start);
      }
      for (const q of queries) engine.search(q);
      const samples: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const q of queries) {
          const start = performance.now();
          engine.search(q);
          samples.push(performance.now() - start);
        }
      }
      return { readies, samples };
    },
    { payload, queries, rounds },
  );
}

async function timeSearchPage(page: Page, origin: string, payload: string, first: string, second: string) {
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: payload }));
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const box = page.getByLabel('Code, name, word or message');
  const results = page.locator('ol[aria-label="Results, best first"] > li').first();
  const timeQuery = async (query: string) => {
    const start = Date.now();
    await box.fill(query);
    await results.waitFor({ state: 'visible' });
    await page.getByRole('status').filter({ hasText: `for “${query}”` }).waitFor();
    return Date.now() - start;
  };
  const firstQueryMs = await timeQuery(first);
  const laterQueryMs = await timeQuery(second);
  return { firstQueryMs, laterQueryMs };
}

export async function browserSearchBench(outDir: string, codes = 10000): Promise<BrowserSearchResult> {
  const catalogs = generatedCatalogs(codes);
  const payload = writeSearchPayload(catalogs);
  const queries = generatedMix(buildSearchRecords(catalogs));
  const bundle = await engineBundle();
  const server = await serveExport(outDir);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    const { readies, samples } = await timeEngineInPage(page, bundle, payload, queries, 20);
    const searchPage = await browser.newPage();
    const code = String(catalogs[0].codes[Math.floor(catalogs[0].codes.length / 2)].code);
    const round2 = await timeSearchPage(searchPage, server.origin, payload, code, 'carrier timeout');
    return {
      codes,
      readyMs: round(quantile(readies, 0.5)),
      p50Ms: round(quantile(samples, 0.5)),
      p95Ms: round(quantile(samples, 0.95)),
      queries: queries.length,
      ...round2,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export type PlaygroundResult = {
  pasteBytes: number;
  /** From the input event to the decoded result on screen. */
  decodeToResultMs: number;
  /** Longest main-thread task in that span (PerformanceObserver 'longtask'; 0 when none reached 50 ms). */
  longestTaskMs: number;
  longTasks: number;
};

/** Pastes `bytes` of response into /playground/ and watches the main thread until the result shows. */
export async function browserPlaygroundBench(outDir: string, bytes = 10 * 1024 * 1024): Promise<PlaygroundResult> {
  const paste = bigPaste(bytes);
  const server = await serveExport(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/playground/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Paste a failed response').waitFor();
    // Hand the text over first: moving 10 MB through the test driver is not work the page does on a paste.
    await page.evaluate((text) => {
      const w = window as unknown as { __paste: string; __tasks: number[] };
      w.__paste = text;
      w.__tasks = [];
    }, paste);
    await page.evaluate(() => {
      const w = window as unknown as { __paste: string; __tasks: number[]; __start: number };
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask' });
      const area = document.getElementById('paste') as HTMLTextAreaElement;
      w.__start = performance.now();
      area.value = w.__paste;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByTestId('decoded').waitFor({ timeout: 60_000 });
    const measured = await page.evaluate(
      () =>
        new Promise<{ elapsed: number; tasks: number[] }>((resolve) => {
          const w = window as unknown as { __tasks: number[]; __start: number };
          const elapsed = performance.now() - w.__start;
          // Long-task entries are delivered after the task ends: give the observer a frame to report the last one.
          requestAnimationFrame(() => setTimeout(() => resolve({ elapsed, tasks: w.__tasks }), 100));
        }),
    );
    return {
      pasteBytes: Buffer.byteLength(paste),
      decodeToResultMs: Math.round(measured.elapsed),
      longestTaskMs: Math.round(Math.max(0, ...measured.tasks)),
      longTasks: measured.tasks.length,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The same paste into a plain `<textarea>` on a blank page: the main-thread cost of the paste itself. */
export async function plainTextareaBaseline(bytes = 10 * 1024 * 1024): Promise<Pick<PlaygroundResult, 'longestTaskMs' | 'longTasks'>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>plain textarea</title><textarea id="paste" style="width:40em;height:20em"></textarea>');
    await page.evaluate((text) => {
      (window as unknown as { __paste: string }).__paste = text;
    }, bigPaste(bytes));
    const tasks = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const found: number[] = [];
          new PerformanceObserver((list) => list.getEntries().forEach((e) => found.push(e.duration))).observe({ type: 'longtask' });
          const area = document.getElementById('paste') as HTMLTextAreaElement;
          area.value = (window as unknown as { __paste: string }).__paste;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(() => setTimeout(() => resolve(found), 500));
        }),
    );
    return { longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length };
  } finally {
    await browser.close();
  }
}
