import { loadAllCatalogs } from '@/lib/catalog/load';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const cats = loadAllCatalogs();
const t0 = performance.now();
const e = createSearchEngine(buildSearchPayload(buildSearchRecords(cats)));
console.log('ready', performance.now() - t0, e.size);
for (const q of process.argv.slice(2)) {
  const t = performance.now();
  const hits = e.search(q, { limit: 5 });
  console.log(`\n# ${q}  (${(performance.now() - t).toFixed(2)} ms)`);
  for (const h of hits) console.log(' ', h.score, h.record.url, '|', h.record.title, '|', h.matched.join(','));
}
