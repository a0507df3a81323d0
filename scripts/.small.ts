import { loadAllCatalogs } from '@/lib/catalog/load';
import { writeSearchPayload } from '@/lib/search/payload';
import { createSearchEngine } from '@/lib/search/engine';
const json = writeSearchPayload(loadAllCatalogs());
const ts: number[] = [];
for (let k = 0; k < 30; k++) { const t = performance.now(); const e = createSearchEngine(JSON.parse(json)); ts.push(performance.now() - t); }
console.log(ts.map((x) => x.toFixed(1)).join(' '));
