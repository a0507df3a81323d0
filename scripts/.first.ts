import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { buildSearchPayload, createSearchEngine } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const json = JSON.stringify(buildSearchPayload(records));
for (const q of ['1007', 'carrier timeout', 'Could not parse primary invite near position 77', 'throtled', "Unknown effect: 'x'"]) {
  const e = createSearchEngine(JSON.parse(json));
  let t = performance.now(); e.search(q); const a = performance.now() - t;
  t = performance.now(); e.search(q); const b = performance.now() - t;
  console.log(q.padEnd(50), 'first', a.toFixed(1), 'second', b.toFixed(2));
}
