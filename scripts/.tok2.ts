import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const texts = records.map(r => [String(r.code), r.name ?? '', r.title, ...r.messages, ...r.templates, r.meaning, r.action, ...r.causes, ...r.solutions, r.group].join(' '));
function a(text: string) { const out: string[] = []; const seen = new Set<string>(); for (const c of text.split(/[^A-Za-z0-9_-]+/)) { if (!c) continue; const l = c.toLowerCase(); if (!seen.has(l)) { seen.add(l); out.push(l); } } return out; }
function b(text: string) { const out: string[] = []; const seen = new Set<string>(); for (const c of text.toLowerCase().split(/[^a-z0-9_-]+/)) { if (c.length < 2 || seen.has(c)) continue; seen.add(c); out.push(c); } return out; }
function c(text: string) { let n = 0; for (const m of text.matchAll(/[A-Za-z0-9]+(?:[_-]+[A-Za-z0-9]+)*/g)) n += m[0].length; return n; }
for (const [name, f] of [['split', a], ['lowersplit', b], ['matchAll', c]] as const) for (let k = 0; k < 3; k++) { const t = performance.now(); for (const x of texts) (f as (s: string) => unknown)(x); console.log(name, (performance.now() - t).toFixed(1)); }
