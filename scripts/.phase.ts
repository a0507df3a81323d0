import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createWordIndex, recordWords } from '@/lib/search/word-index';
import { normalizeKey, normalizeMessage } from '@/lib/search/tokenize';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const json = JSON.stringify({records});
for (let k = 0; k < 5; k++) {
  let t = performance.now();
  JSON.parse(json); const p = performance.now() - t; t = performance.now();
  const tiers = records.map(recordWords); const a = performance.now() - t; t = performance.now();
  const w = createWordIndex(); tiers.forEach((ts, i) => w.add(i, ts)); const b = performance.now() - t; t = performance.now();
  const df = new Map<string, number>(); for (const ts of tiers) for (const x of ts.words) df.set(x, (df.get(x) ?? 0) + 1); const c = performance.now() - t; t = performance.now();
  for (const r of records) { normalizeKey(r.title); normalizeKey(String(r.code)); for (const m of r.messages) normalizeMessage(m); } const d = performance.now() - t; t = performance.now();
  const v = [...df.keys()].sort(); const e = performance.now() - t;
  console.log({ parse: p.toFixed(0), tokenize: a.toFixed(0), add: b.toFixed(0), df: c.toFixed(0), norm: d.toFixed(0), sort: e.toFixed(0), words: df.size });
}
