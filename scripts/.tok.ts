import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { tokenize } from '@/lib/search/tokenize';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const texts = records.map(r => [String(r.code), r.name ?? '', r.title, ...r.messages, ...r.templates, r.meaning, r.action, ...r.causes, ...r.solutions, r.group].join(' '));
console.log('chars', texts.reduce((n, t) => n + t.length, 0));
for (let k = 0; k < 3; k++) { const t = performance.now(); let n = 0; for (const x of texts) n += tokenize(x).length; console.log('tokenize', (performance.now() - t).toFixed(1), n); }
for (let k = 0; k < 2; k++) { const t = performance.now(); for (const x of texts) x.normalize('NFKD'); console.log('nfkd', (performance.now() - t).toFixed(1)); }
