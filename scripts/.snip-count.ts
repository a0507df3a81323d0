import { getCatalogs } from '@/lib/catalog';
import { snippetsFor } from '@/lib/snippets';
const rows: string[] = [];
for (const c of getCatalogs()) for (const e of c.codes) for (const s of snippetsFor(c, e.code)) rows.push(`${s.source.split('\n').length - 1}\t${s.filename}`);
rows.sort((a, b) => parseInt(b) - parseInt(a)); console.log(rows.slice(0, 12).join('\n')); console.log('total', rows.length);
