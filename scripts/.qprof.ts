import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const e = createSearchEngine(buildSearchPayload(records));
const qs = ['carrier timeout', 'Could not parse primary invite near position 77', 'rate limited', 'throtled', 'maintenance'];
for (const q of qs) { for (let i = 0; i < 20; i++) e.search(q); const t = performance.now(); for (let i = 0; i < 50; i++) e.search(q); console.log(q, ((performance.now() - t) / 50).toFixed(2)); }
