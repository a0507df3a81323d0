import fs from 'node:fs';
import { loadAllCatalogs } from '@/lib/catalog/load';
import { writeSearchPayload } from '@/lib/search/payload';
import { createSearchEngine } from '@/lib/search/engine';
const e = createSearchEngine(JSON.parse(writeSearchPayload(loadAllCatalogs())));
const cases = JSON.parse(fs.readFileSync('tests/search-cases.json', 'utf8'));
let ok = 0;
for (const c of cases) {
  const hits = e.search(c.query, { limit: 10 });
  const rank = hits.findIndex((h) => h.record.url === c.expect) + 1;
  const pass = rank > 0 && rank <= c.top;
  if (pass) ok++;
  if (!pass || process.env.ALL) console.log(pass ? 'ok  ' : 'FAIL', JSON.stringify(c.query), '→', c.expect, 'rank', rank, '\n     ', hits.slice(0, 4).map((h) => `${h.record.url} ${h.score} [${h.matched}]`).join('\n      '));
}
console.log(`${ok}/${cases.length}`);
