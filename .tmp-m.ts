import { compileMdx } from '@/lib/mdx';
import { getCatalogs } from '@/lib/catalog';
import { readGuides } from '@/lib/guides';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
async function main() {
const t0 = Date.now();
try { await compileMdx('line one\n\nline three <Code code={1007} \n\nmore', 'x.mdx'); } catch (e) { console.log((e as Error).message); }
try { await compileMdx('a\n\n{unclosed\n', 'y.mdx'); } catch (e) { console.log((e as Error).message); }
try { await compileMdx('a\n\n</div>\n', 'z.mdx'); } catch (e) { console.log((e as Error).message); }
console.log('t', Date.now() - t0);
const t1 = Date.now();
let n = 0;
for (const c of getCatalogs()) for (const g of readGuides(c.id)) { await compileMdx(g.body, g.file); n++; }
console.log('all', n, Date.now() - t1);
const tree = unified().use(remarkParse).use(remarkMdx).parse('Hi <Code code={1007} /> x\n\n<ErrorTable group="a" />\n');
console.log(JSON.stringify(tree, null, 1).slice(0, 1500));
}
main();
