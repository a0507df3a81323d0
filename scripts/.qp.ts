import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const e = createSearchEngine(buildSearchPayload(records));
const qs = ['signature mismatch', 'test event too long'];
for (const q of qs) { for (let i = 0; i < 30; i++) e.search(q); const t = performance.now(); for (let i = 0; i < 200; i++) e.search(q); console.log(q, ((performance.now() - t) / 200).toFixed(2)); }
