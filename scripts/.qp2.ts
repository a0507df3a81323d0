import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const e = createSearchEngine(buildSearchPayload(records));
const qs = ['signature mismatch', 'signature_mismatch', 'signature', 'mismatch', 'test event too long', 'test_event_too_long', 'too', 'long', 'carrier timeout', 'carrier_timeout'];
for (const q of qs) { for (let i = 0; i < 30; i++) e.search(q); const ts: number[] = []; for (let i = 0; i < 100; i++) { const t = performance.now(); e.search(q); ts.push(performance.now() - t); } ts.sort((a, b) => a - b); console.log(q.padEnd(22), 'min', ts[0].toFixed(2), 'p50', ts[50].toFixed(2), 'hits', e.search(q, { limit: 100000 }).length); }
