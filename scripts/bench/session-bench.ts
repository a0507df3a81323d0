// Session triage speed on a 50 MB HAR: in Node (against JSON.parse of the same file), and in the playground in
// Chromium (paste → groups table shown, and the longest main-thread block meanwhile, against triage on the main thread).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadAllCatalogs } from '../../lib/catalog/load';
import { buildDecoderTable } from '../../lib/decode';
import { triageSession } from '../../lib/decode/batch/triage';
import { browserBundle, serveExport } from './browser-bench';
import { CHROME_FLAGS, CHROMIUM } from '../chromium';
import { round } from './search-bench';

type HarEntry = { response: { status: number; content: { text?: string } }; [key: string]: unknown };

/**
 * A HAR of about `bytes`: the Chromium fixture's entries repeated with fresh trace ids, and its JSON successes
 * replaced by the 20–60 KB lists a web app loads. About half the entries fail (the fixture's mix): a worst case
 * for the decoder, since every failure is decoded and every JSON success is read for a failure flag.
 */
export function bigHar(bytes: number): string {
  const fixture = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'sessions', 'chromium.har'), 'utf8'),
  ) as { log: { entries: HarEntry[] } };
  const template = fixture.log.entries;
  const entries: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const entry of template) {
      const copy = JSON.parse(JSON.stringify(entry).replace(/tr-000(\d)/g, `tr-${round}-$1`)) as HarEntry;
      if (copy.response.status === 200 && copy.response.content.text?.startsWith('{')) {
        const items = Array.from({ length: 200 + ((round * 37) % 400) }, (_, i) => ({
          id: `msg_${round}_${i}`,
          status: 'delivered',
          to: `+1555${String(i).padStart(7, '0')}`,
          at: '2026-01-25T10:30:00Z',
        }));
        copy.response.content.text = JSON.stringify({ data: items, next: null });
      }
      const text = JSON.stringify(copy);
      entries.push(text);
      size += text.length + 1;
    }
  }
  return `{"log":{"version":"1.2","creator":{"name":"Playwright","version":"1.65.1"},"pages":[],"entries":[${entries.join(',')}]}}`;
}

export type SessionBenchRow = {
  bytes: number;
  entries: number;
  medianMs: number;
  runs: number;
  jsonParseMs: number;
  summary: string;
};

/** Median of `runs` triages of a HAR of `bytes` in Node, beside JSON.parse of the same text. */
export function runSessionBench(bytes = 50 * 1024 * 1024, runs = 3): SessionBenchRow {
  const table = buildDecoderTable(loadAllCatalogs());
  const har = bigHar(bytes);
  const times: number[] = [];
  const parses: number[] = [];
  let summary = '';
  let entries = 0;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    entries = (JSON.parse(har) as { log: { entries: unknown[] } }).log.entries.length;
    parses.push(performance.now() - start);
    start = performance.now();
    const result = triageSession(har, table);
    times.push(performance.now() - start);
    summary =
      result?.kind === 'batch'
        ? `${result.failed} of ${result.total} failed, ${result.groups.length} groups`
        : `not triaged: ${JSON.stringify(result).slice(0, 80)}`;
  }
  const median = (list: number[]) => round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]);
  return {
    bytes: Buffer.byteLength(har),
    entries,
    medianMs: median(times),
    runs,
    jsonParseMs: median(parses),
    summary,
  };
}

export type SessionPlaygroundResult = {
  bytes: number;
  toTableMs: number;
  longestBlockMs: number;
  mainThreadTriageMs: number;
  shown: string;
};

/** Pastes a 50 MB HAR into /playground/ with a real paste event; times paste → groups table and the longest main-thread block. */
export async function browserSessionBench(outDir: string, bytes = 50 * 1024 * 1024): Promise<SessionPlaygroundResult> {
  const har = bigHar(bytes);
  const server = await serveExport(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${server.origin}/playground/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Paste a failed response').waitFor();
    await page.evaluate((text) => {
      (window as unknown as { __paste: string }).__paste = text;
    }, har);
    const measured = await page.evaluate(
      () =>
        new Promise<{ elapsed: number; longest: number; shown: string }>((resolve) => {
          const area = document.getElementById('paste') as HTMLTextAreaElement;
          const data = new DataTransfer();
          data.setData('text/plain', (window as unknown as { __paste: string }).__paste);
          const start = performance.now();
          let last = start;
          let longest = 0;
          let done = false;
          const tick = () => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
            if (!done) setTimeout(tick, 0);
          };
          setTimeout(tick, 0);
          const observer = new MutationObserver(() => {
            const shown = document.querySelector('[data-testid="session"]');
            if (!shown) return;
            observer.disconnect();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                done = true;
                resolve({
                  elapsed: performance.now() - start,
                  longest: Math.max(longest, performance.now() - last),
                  shown: shown.textContent?.slice(0, 100) ?? '',
                });
              }),
            );
          });
          observer.observe(document.body, { childList: true, subtree: true });
          area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }),
    );
    const table = await page.evaluate(() => fetch('/data/decoder.json').then((r) => r.text()));
    const inPage = await browser.newPage();
    await inPage.setContent('<!doctype html><title>triage on the main thread</title>');
    await inPage.evaluate('window.__name = (f) => f');
    await inPage.addScriptTag({
      content: await browserBundle(`export { triageSession } from './lib/decode/batch/triage';`, 'CodebookTriage'),
    });
    const mainThreadTriageMs = await inPage.evaluate(
      ({ text, table }) => {
        const api = (window as unknown as { CodebookTriage: { triageSession: (t: string, table: unknown) => unknown } })
          .CodebookTriage;
        const start = performance.now();
        api.triageSession(text, JSON.parse(table));
        return performance.now() - start;
      },
      { text: har, table },
    );
    return {
      bytes: Buffer.byteLength(har),
      toTableMs: Math.round(measured.elapsed),
      longestBlockMs: Math.round(measured.longest),
      mainThreadTriageMs: Math.round(mainThreadTriageMs),
      shown: measured.shown,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

// `npx tsx scripts/bench/session-bench.ts [out]`: the Node figures, and the Chromium ones when an export is given.
if (process.argv[1]?.endsWith('session-bench.ts')) {
  void (async () => {
    console.log(runSessionBench());
    if (process.argv[2]) console.log(await browserSessionBench(process.argv[2]));
  })();
}
