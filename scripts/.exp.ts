import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
import { createWordIndex, recordWords } from '@/lib/search/word-index';
import { gzipSync } from 'node:zlib';
const cats = generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' }));
const records = buildSearchRecords(cats);
const json = JSON.stringify(buildSearchPayload(records));
console.log('A raw', json.length, 'gz', gzipSync(json).length);
for (let k = 0; k < 3; k++) {
let t = performance.now(); const p = JSON.parse(json); console.log('parse', performance.now() - t);
t = performance.now(); const e = createSearchEngine(p); console.log('engine', performance.now() - t);
}
let t = performance.now(); const tiers = records.map(recordWords); console.log('tokenize', performance.now() - t);
t = performance.now(); const w = createWordIndex(); tiers.forEach((ts, i) => w.add(i, ts)); console.log('add', performance.now() - t);
const exp: Record<string,string> = {};
w.index.export((key, data) => { exp[key] = data; });
const jb = JSON.stringify({ ...buildSearchPayload(records), words: exp });
console.log('B raw', jb.length, 'gz', gzipSync(jb).length, Object.keys(exp));
t = performance.now(); const pb = JSON.parse(jb); const im = createWordIndex(); for (const [key, data] of Object.entries(pb.words as Record<string,string>)) im.index.import(key, data); console.log('parse+import', performance.now() - t);
console.log(JSON.stringify(im.lookup('expired')).slice(0, 80), JSON.stringify(w.lookup('expired')).slice(0, 80));
const e = createSearchEngine(JSON.parse(json));
for (let k = 0; k < 2; k++)
for (const q of ['1007', 'carrier timeout', 'throtled', '2001', 'maintenance', 'Could not parse primary invite near position 77', 'rate limited', 'a']) { t = performance.now(); const h = e.search(q); console.log(q, (performance.now() - t).toFixed(2), h.slice(0,2).map(x => x.record.url + ' ' + x.score + ' ' + x.matched)); }
