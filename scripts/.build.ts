import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
import { recordWords } from '@/lib/search/word-index';
import { STOPWORDS } from '@/lib/search/tokenize';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const json = JSON.stringify(buildSearchPayload(records));
const times: number[] = [];
for (let k = 0; k < 7; k++) { const t = performance.now(); createSearchEngine(JSON.parse(json)); times.push(performance.now() - t); }
console.log('ready', times.map((t) => t.toFixed(0)).join(' '));
let all = 0, stop = 0; for (const r of records) for (const tier of recordWords(r)) for (const w of tier) { all++; if (STOPWORDS.has(w)) stop++; }
console.log({ all, stop });
