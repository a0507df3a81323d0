// `npm run highlight-css`: writes app/highlight.css, the colours behind the class names lib/highlight.ts emits.
import fs from 'node:fs';
import path from 'node:path';
import { highlightCss } from '../lib/highlight';

const file = path.join(process.cwd(), 'app', 'highlight.css');
fs.writeFileSync(file, highlightCss());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
