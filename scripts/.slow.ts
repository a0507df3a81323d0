import { generateCatalogs } from './gen-catalog';
import { buildSearchRecords } from '@/lib/search/records';
import { createSearchEngine, buildSearchPayload } from '@/lib/search/engine';
const records = buildSearchRecords(generateCatalogs({ codes: 10000 }).map((c) => ({ ...c, file: 'x' })));
const e = createSearchEngine(buildSearchPayload(records));
const pick = (count: number, filter: (r: any) => boolean) => { const pool = records.filter(filter); return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(i * 7919) % pool.length]); };
const typo = (w: string) => w.slice(0, 2) + w.slice(3);
const qs = [
    ...pick(10, () => true).map((r) => String(r.code)),
    ...pick(5, (r) => typeof r.code === 'string').map((r) => String(r.code).toLowerCase().replace(/_/g, ' ')),
    ...pick(5, (r) => Boolean(r.name)).map((r) => r.name!),
    ...pick(8, (r) => r.templates.length > 0).map((r) => r.templates[0].replace(/\{[^}]*\}/g, 'xyz42')),
    ...pick(6, () => true).map((r) => typo(r.title.split(' ').reduce((a: string, b: string) => (b.length > a.length ? b : a)).toLowerCase())),
    ...pick(4, (r) => r.providerCodes.length > 0).map((r) => String(r.providerCodes[0].code)),
    'maintenance', 'suspended', 'throttled', 'signature mismatch', 'carrier timeout', 'payment required',
    '429 alpha', '503 charlie', 'bravo quota', 'upload', 'temp', 'carr', 'rate limited contact'];
for (const q of qs) e.search(q);
const res = qs.map((q) => { const ts: number[] = []; for (let i = 0; i < 15; i++) { const t = performance.now(); e.search(q); ts.push(performance.now() - t); } ts.sort((a, b) => a - b); return [ts[7], q, e.search(q, {limit: 3}).map(h => h.record.url).join(' ')] as const; });
res.sort((a, b) => b[0] - a[0]).slice(0, 15).forEach(([t, q, u]) => console.log(t.toFixed(2), JSON.stringify(q), u));
