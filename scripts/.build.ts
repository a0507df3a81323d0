import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const json = JSON.stringify(buildSearchPayload(records));
const wall: number[] = [], cpu: number[] = [];
for (let k = 0; k < 9; k++) { const c = process.cpuUsage(); const t = performance.now(); createSearchEngine(JSON.parse(json)); wall.push(performance.now() - t); const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000); }
console.log('wall', wall.map((t) => t.toFixed(0)).join(' '), 'min', Math.min(...wall).toFixed(0));
console.log('cpu ', cpu.map((t) => t.toFixed(0)).join(' '), 'min', Math.min(...cpu).toFixed(0));
