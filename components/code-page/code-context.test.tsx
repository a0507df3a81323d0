// Parity: every code page's "Extra fields in the response" block says what its Markdown twin's section says, field
// by field and provider code by provider code (links included), for every code of every catalog.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { codeMarkdown } from '@/lib/markdown';
import { htmlText, listItems, markdownText, renderHtml, twinSection } from '@/tests/support/rendered-text';
import { CodeContext } from './code-context';

/** One line per field row ("name (type): text"), paragraph and list item, in page order. */
function pageLines(html: string): string[] {
  const lines: string[] = [];
  for (const m of html.matchAll(/<dt[^>]*>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>|<(p|li)[^>]*>(.*?)<\/\3>/g))
    lines.push(m[1] !== undefined ? `${htmlText(m[1])}: ${htmlText(m[2])}` : htmlText(m[4]));
  return lines;
}

function twinLines(section: string[]): string[] {
  return section.flatMap((block) => (block.startsWith('- ') ? listItems(block) : [block])).map(markdownText);
}

describe('code page context block and its Markdown twin', () => {
  let shown = 0;
  for (const catalog of getCatalogs()) {
    it(`agree for every ${catalog.id} code`, async () => {
      for (const entry of catalog.codes) {
        const html = await renderHtml(<CodeContext catalog={catalog} entry={entry} />);
        const twin = twinSection(codeMarkdown(catalog, entry), 'Extra fields in the response');
        const where = `${catalog.id} ${entry.code}`;
        if (!html) {
          expect(twin, where).toBeNull();
          continue;
        }
        shown++;
        expect(html, where).toContain('Extra fields in the response');
        expect(twin, where).not.toBeNull();
        expect(pageLines(html), where).toEqual(twinLines(twin!));
      }
    });
  }
  it('covers codes that have the block', () => expect(shown).toBeGreaterThan(10));
});
