import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const json = JSON.stringify(buildSearchPayload(records));
for (let k = 0; k < 5; k++) { const t = performance.now(); createSearchEngine(JSON.parse(json)); console.log('engine', performance.now() - t); }
