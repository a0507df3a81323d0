// Parity: every code page's facts block says exactly what its Markdown twin's facts list says, row by row, for
// every code of every catalog. Both are rendered here the way the site renders them (React to HTML, Markdown twin).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { codeMarkdown } from '@/lib/markdown';
import { CodeFacts } from './code-facts';

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "label: text" per row of the page's <dl>, tags dropped. */
function pageRows(html: string): string[] {
  const rows: string[] = [];
  for (const m of html.matchAll(/<dt[^>]*>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g)) {
    const text = (s: string) =>
      squash(decodeEntities(s.replace(/<\/span>(?=<span class="block)/g, '</span> ').replace(/<[^>]+>/g, '')));
    rows.push(`${text(m[1])}: ${text(m[2].replace(/(Retryable|Do not retry|Not documented)<\/span>/, '$1.</span>'))}`);
  }
  return rows;
}

/** "label: text" per item of the twin's facts list (the first list after the byline), Markdown marks dropped. */
function twinRows(markdown: string): string[] {
  const list = markdown.split('\n\n').find((block) => block.startsWith('- **'))!;
  return list.split('\n- ').map((item) =>
    squash(
      item
        .replace(/^- /, '')
        .replace(/\*\*([^*]+):\*\*/, '$1:')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
    ),
  );
}

describe('code page facts and their Markdown twin', () => {
  for (const catalog of getCatalogs()) {
    it(`agree for every ${catalog.id} code`, () => {
      for (const entry of catalog.codes) {
        const page = pageRows(renderToStaticMarkup(<CodeFacts catalog={catalog} entry={entry} />));
        const twin = twinRows(codeMarkdown(catalog, entry));
        expect(page.length, `${catalog.id} ${entry.code}`).toBeGreaterThanOrEqual(3);
        expect(page, `${catalog.id} ${entry.code}`).toEqual(twin);
      }
    });
  }
});
