import { loadAllCatalogs } from '@/lib/catalog/load';
import { writeSearchPayload } from '@/lib/search/payload';
import { createWordIndex, recordWords } from '@/lib/search/word-index';
import { Index } from 'flexsearch';
const json = writeSearchPayload(loadAllCatalogs());
const recs = JSON.parse(json).records.map((r: any) => ({ messages: [], templates: [], causes: [], solutions: [], statuses: [], providerCodes: [], ...r }));
for (let k = 0; k < 15; k++) {
  let t = performance.now(); const ix = new Index({ tokenize: 'strict' }); const a = performance.now() - t;
  t = performance.now(); const w = recs.map(recordWords); const b = performance.now() - t;
  t = performance.now(); const wi = createWordIndex(); w.forEach((x: any, i: number) => wi.add(i, x)); const c = performance.now() - t;
  console.log(a.toFixed(2), b.toFixed(2), c.toFixed(2));
}
