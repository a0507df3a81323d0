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
import { generatedMix, quantile, round } from './search-bench';
import { bigPaste } from './decode-bench';
import { CHROME_FLAGS, CHROMIUM } from '../chromium';

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
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(process.cwd(), 'scripts', 'serve.mjs'), outDir, String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
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

/** A lib/ module bundled and minified for the browser the way a production chunk is, exposed as `globalName`. */
export async function browserBundle(contents: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    minify: true,
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The browser's copy of lib/search/engine.ts. */
const engineBundle = () => browserBundle(`export { createSearchEngine } from './lib/search/engine';`, 'CodebookSearch');

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
  /** Queries typed key by key with no delay, index loaded: last keystroke → its results on screen; median and worst. */
  typingMs: { median: number; max: number; samples: number; lostKeys: number };
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
      const api = (
        window as unknown as {
          CodebookSearch: { createSearchEngine: (p: unknown) => { search: (q: string) => unknown[] } };
        }
      ).CodebookSearch;
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
  await page.route('**/search-index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: payload }),
  );
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const box = page.getByLabel('Code, name, word or message');
  const results = page.locator('ol[aria-label="Results, best first"] > li').first();
  const timeQuery = async (query: string) => {
    const start = Date.now();
    await box.fill(query);
    await results.waitFor({ state: 'visible' });
    await page
      .getByRole('status')
      .filter({ hasText: `for “${query}”` })
      .waitFor();
    return Date.now() - start;
  };
  const firstQueryMs = await timeQuery(first);
  const laterQueryMs = await timeQuery(second);
  return { firstQueryMs, laterQueryMs };
}

/**
 * Types each query into /search/'s box key by key with no delay (as fast as the driver can) and records, in the page,
 * the time from the last keystroke's input event to the frame after its results are on screen. A box that ends up
 * holding something other than what was typed counts as a lost key.
 */
async function timeTyping(page: Page, queries: string[], rounds: number) {
  const box = page.getByLabel('Code, name, word or message');
  const samples: number[] = [];
  let lostKeys = 0;
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      await box.fill('');
      await box.focus();
      await page.evaluate((q) => {
        const state = { last: 0, done: 0 };
        (window as unknown as { typed: typeof state }).typed = state;
        const input = document.activeElement as HTMLInputElement;
        const onInput = () => (state.last = performance.now());
        input.addEventListener('input', onInput);
        const status = document.querySelector('[role="status"]')!;
        const observer = new MutationObserver(() => {
          if (input.value === q && status.textContent?.includes(`for “${q}”`)) {
            observer.disconnect();
            input.removeEventListener('input', onInput);
            requestAnimationFrame(() => (state.done = performance.now()));
          }
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
      }, query);
      await page.keyboard.type(query);
      if ((await box.inputValue()) !== query) lostKeys++;
      await page.waitForFunction(() => (window as unknown as { typed: { done: number } }).typed.done > 0, undefined, {
        timeout: 10_000,
      });
      samples.push(
        await page.evaluate(() => {
          const { last, done } = (window as unknown as { typed: { last: number; done: number } }).typed;
          return done - last;
        }),
      );
    }
  }
  return { median: round(quantile(samples, 0.5)), max: round(Math.max(...samples)), samples: samples.length, lostKeys };
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
    await searchPage.addInitScript(NAME_SHIM);
    const code = String(catalogs[0].codes[Math.floor(catalogs[0].codes.length / 2)].code);
    const round2 = await timeSearchPage(searchPage, server.origin, payload, code, 'carrier timeout');
    const typingMs = await timeTyping(
      searchPage,
      [code, 'carrier timeout', 'rate limited contact', 'signature mismatch', '503', 'throttled'],
      3,
    );
    return {
      codes,
      readyMs: round(quantile(readies, 0.5)),
      p50Ms: round(quantile(samples, 0.5)),
      p95Ms: round(quantile(samples, 0.95)),
      queries: queries.length,
      ...round2,
      typingMs,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export type PlaygroundResult = {
  pasteBytes: number;
  /** From the paste event to the page painted again (the playground keeps a paste this long out of its textarea). */
  pasteLayoutMs: number;
  /** From the paste event to the decoded result on screen. */
  decodeToResultMs: number;
  /** Longest main-thread block in that span: no timer could run for this long. */
  longestBlockMs: number;
  /** The same paste decoded on the main thread instead (lib/decode bundled into the page): one task this long. */
  mainThreadDecodeMs: number;
  decoded: string;
};

// esbuild (under tsx) names inner functions with a `__name` helper the page does not have.
const NAME_SHIM = 'window.__name = (f) => f';

/** Waits two frames, so whatever the last change made the browser lay out and paint is done. */
const settle = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const decoderBundle = () => browserBundle(`export { decodeResponse } from './lib/decode';`, 'CodebookDecode');

/**
 * Pastes `bytes` of response into /playground/ of the served export with a real paste event, and records how soon
 * the page paints again, when the decoded result is on screen, and (with a timer chain) the longest stretch the main
 * thread could not run in between.
 */
export async function browserPlaygroundBench(outDir: string, bytes = 10 * 1024 * 1024): Promise<PlaygroundResult> {
  const paste = bigPaste(bytes);
  const server = await serveExport(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(NAME_SHIM);
    await page.goto(`${server.origin}/playground/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Paste a failed response').waitFor();
    // Moving 10 MB through the test driver is not work the page does on a paste.
    await page.evaluate((text) => {
      (window as unknown as { __paste: string }).__paste = text;
    }, paste);
    // A real paste event, as the browser fires it: the playground keeps a paste this long out of its textarea.
    const measured = await page.evaluate(
      () =>
        new Promise<{ painted: number; elapsed: number; longest: number; decoded: string }>((resolve) => {
          const area = document.getElementById('paste') as HTMLTextAreaElement;
          const data = new DataTransfer();
          data.setData('text/plain', (window as unknown as { __paste: string }).__paste);
          const start = performance.now();
          let last = start;
          let longest = 0;
          let done = false;
          let painted = 0;
          const tick = () => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
            if (!done) setTimeout(tick, 0);
          };
          setTimeout(tick, 0);
          const finish = () => {
            const shown = document.querySelector('[data-testid="decoded"]');
            if (!shown) return false;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                done = true;
                resolve({
                  painted,
                  elapsed: performance.now() - start,
                  longest: Math.max(longest, performance.now() - last),
                  decoded: shown.textContent?.slice(0, 120) ?? '',
                });
              }),
            );
            return true;
          };
          const observer = new MutationObserver(() => finish() && observer.disconnect());
          observer.observe(document.body, { childList: true, subtree: true });
          area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              painted = performance.now() - start;
            }),
          );
        }),
    );
    const table = await page.evaluate(() => fetch('/data/decoder.json').then((r) => r.text()));
    const inPage = await browser.newPage();
    await inPage.setContent('<!doctype html><title>decode on the main thread</title>');
    await inPage.evaluate(NAME_SHIM);
    await inPage.addScriptTag({ content: await decoderBundle() });
    const mainThreadDecodeMs = await inPage.evaluate(
      ({ text, table }) => {
        const api = (
          window as unknown as { CodebookDecode: { decodeResponse: (t: string, table: unknown) => unknown } }
        ).CodebookDecode;
        const parsed = JSON.parse(table);
        api.decodeResponse(text, parsed);
        const start = performance.now();
        api.decodeResponse(text, parsed);
        return performance.now() - start;
      },
      { text: paste, table },
    );
    return {
      pasteBytes: Buffer.byteLength(paste),
      pasteLayoutMs: Math.round(measured.painted),
      decodeToResultMs: Math.round(measured.elapsed),
      longestBlockMs: Math.round(measured.longest),
      mainThreadDecodeMs: Math.round(mainThreadDecodeMs),
      decoded: measured.decoded,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The same paste into a plain `<textarea>` on a blank page: the browser's own cost of laying it out. */
export async function plainTextareaBaseline(bytes = 10 * 1024 * 1024): Promise<{ pasteLayoutMs: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><title>plain textarea</title><textarea id="paste" style="width:40em;height:20em;font-family:monospace"></textarea>',
    );
    await page.evaluate(NAME_SHIM);
    await page.evaluate((text) => {
      (window as unknown as { __paste: string }).__paste = text;
    }, bigPaste(bytes));
    const pasteLayoutMs = await page.evaluate(async (settleSource) => {
      const area = document.getElementById('paste') as HTMLTextAreaElement;
      const start = performance.now();
      area.value = (window as unknown as { __paste: string }).__paste;
      void area.scrollHeight;
      await (new Function(`return (${settleSource})()`) as () => Promise<void>)();
      return performance.now() - start;
    }, settle.toString());
    return { pasteLayoutMs: Math.round(pasteLayoutMs) };
  } finally {
    await browser.close();
  }
}
