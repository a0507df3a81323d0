import { getCatalog } from '@/lib/catalog';
import { snippetsFor } from '@/lib/snippets';
const [api, code, lang] = process.argv.slice(2);
const c = getCatalog(api);
const v = c.code_format === 'integer' ? Number(code) : code;
for (const s of snippetsFor(c, v)) if (!lang || s.lang === lang) { console.log(`==== ${s.filename} (${s.source.split('\n').length - 1} lines)`); console.log(s.source); }
