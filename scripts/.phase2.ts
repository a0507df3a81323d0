import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { buildSearchPayload, createSearchEngine } from '@/lib/search/engine';
import { createWordIndex, recordWords } from '@/lib/search/word-index';
import { createVocabulary } from '@/lib/search/vocabulary';
import { createKeyIndex } from '@/lib/search/keys';
import { createMessageIndex } from '@/lib/search/messages';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const json = JSON.stringify(buildSearchPayload(records));
const rows: Record<string, number[]> = {};
const time = (k: string, f: () => any) => { const t = performance.now(); const r = f(); (rows[k] ??= []).push(performance.now() - t); return r; };
for (let i = 0; i < 7; i++) {
  const p = time('parse', () => JSON.parse(json));
  time('engine total', () => createSearchEngine(p));
  const rw = time('recordWords', () => records.map(recordWords));
  const w = createWordIndex(); time('flexsearch add', () => rw.forEach((x: any, i: number) => w.add(i, x)));
  const df = new Map<string, number>(); time('df', () => { for (const x of rw) for (const y of x.words) df.set(y, (df.get(y) ?? 0) + 1); });
  time('vocabulary', () => createVocabulary(df, records.length));
  time('keys', () => createKeyIndex(records));
  time('messages', () => createMessageIndex(records, { codesWith: () => [], frequency: () => 0 }));
}
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(16), 'min', Math.min(...v).toFixed(1), 'med', v.sort((a, b) => a - b)[3].toFixed(1));
