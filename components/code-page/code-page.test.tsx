// Parity: around its blocks, every code page shows the same heading, byline (API, group link, symbolic name), words
// before the snippets and related codes (with their links) as its Markdown twin, for every code of every catalog;
// the whole page is rendered.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { codeMarkdown } from '@/lib/markdown';
import { htmlText, listItems, markdownText, renderHtml, twinSection } from '@/tests/support/rendered-text';
import { CodePage } from './code-page';

/** The page links the whole item, the twin only the code: compare the words and the link targets apart. */
const item = (text: string) => ({
  text: text.replace(/ \(→ [^)]+\)/g, ''),
  links: [...text.matchAll(/\(→ ([^)]+)\)/g)].map((m) => m[1]),
});

function pageOutline(html: string) {
  return {
    heading: htmlText(/<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]),
    byline: htmlText(/<p data-byline=""[^>]*>(.*?)<\/p>/.exec(html)![1]),
    snippetsIntro: htmlText(/<h2 id="handle-it"[^>]*>.*?<\/h2><p>(.*?)<\/p>/.exec(html)![1]),
    related: [...(/<ul data-related="">(.*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<li>(.*?)<\/li>/g)].map((m) =>
      item(htmlText(m[1])),
    ),
  };
}

function twinOutline(markdown: string) {
  const [heading, byline] = markdown.split('\n\n');
  const related = twinSection(markdown, 'Related codes');
  return {
    heading: markdownText(heading.replace(/^# /, '')),
    byline: markdownText(byline),
    snippetsIntro: markdownText(twinSection(markdown, 'Handle it in code')![0]),
    related: related ? listItems(related[0]).map((r) => item(markdownText(r))) : [],
  };
}

describe('code page heading, byline and related codes, and their Markdown twin', () => {
  let related = 0;
  for (const catalog of getCatalogs()) {
    it(`agree for every ${catalog.id} code`, async () => {
      for (const entry of catalog.codes) {
        const where = `${catalog.id} ${entry.code}`;
        const page = pageOutline(await renderHtml(<CodePage catalog={catalog} entry={entry} />));
        related += page.related.length;
        expect(page.heading, where).toBe(`${String(entry.code)} ${entry.title}`);
        expect(page, where).toEqual(twinOutline(codeMarkdown(catalog, entry)));
      }
    });
  }
  it('covers codes with related codes', () => expect(related).toBeGreaterThan(10));
});
