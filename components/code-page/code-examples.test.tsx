// Parity: every code page's example block shows the same examples as its Markdown twin: heading, skeleton notice,
// and per example its title, status, shape, headers, body (the exact JSON text) and note, for every code of every
// catalog. The page is rendered with its build-time highlighting, as the static export renders it.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { codeMarkdown } from '@/lib/markdown';
import { fenceBody, htmlText, markdownText, renderHtml, squash } from '@/tests/support/rendered-text';
import { CodeExamples } from './code-examples';

type Shown = {
  title: string;
  status: string;
  shape: string | null;
  headers: string[];
  body: string;
  note: string | null;
};

function pageBlock(html: string) {
  const heading = htmlText(/<h2[^>]*>(.*?)<\/h2>/.exec(html)![1]);
  const intro = /^(?:(?!<figure).)*?<\/h2><p>(.*?)<\/p>/s.exec(html)?.[1];
  const examples: Shown[] = [...html.matchAll(/<figure[^>]*>(.*?)<\/figure>/gs)].map(([, figure]) => {
    const spans = [
      ...figure.matchAll(
        /<figcaption[^>]*><span[^>]*>(.*?)<\/span><span>(.*?)<\/span>(?:<span class="text-slate[^"]*">(.*?)<\/span>)?/g,
      ),
    ][0];
    const headers = /<pre class="mb-1[^"]*"[^>]*>(.*?)<\/pre>/s.exec(figure)?.[1];
    const body = /<pre class="shiki[^"]*"[^>]*>(.*?)<\/pre>/s.exec(figure)![1];
    const note = /<p class="mt-1[^"]*">(.*?)<\/p>/.exec(figure)?.[1];
    return {
      title: htmlText(spans[1]),
      status: htmlText(spans[2]),
      shape: spans[3] !== undefined ? htmlText(spans[3]) : null,
      headers: headers ? htmlText(headers, true).split('\n') : [],
      body: htmlText(body, true),
      note: note !== undefined ? htmlText(note) : null,
    };
  });
  return { heading, intro: intro !== undefined ? htmlText(intro) : null, examples };
}

function twinBlock(markdown: string) {
  const start = markdown.search(/\n## (Example responses?|What the response looks like)\n/);
  if (start < 0) return null;
  const rest = markdown.slice(start + 1);
  const end = rest.slice(3).search(/\n## /);
  const parts = (end < 0 ? rest : rest.slice(0, end + 3)).split(/(^```[^\n]*\n[\s\S]*?\n```$)/m).map((p) => p.trim());
  const [head, ...tail] = parts[0].split('\n\n');
  const heading = head.replace(/^## /, '');
  const intro = tail[0] && !tail[0].startsWith('**') ? tail[0] : null;
  const examples: Shown[] = [];
  // Each example: a caption paragraph (and maybe a headers line) before its fence, and maybe a note after it.
  for (let i = 1; i < parts.length; i += 2) {
    const before = parts[i - 1].split('\n\n').filter(Boolean);
    const captionAt = before.findIndex((b) => b.startsWith('**'));
    const [title, status, shape] = before[captionAt].split(' · ');
    const headerLine = before[captionAt + 1];
    const after = parts[i + 1].split('\n\n')[0];
    examples.push({
      title: markdownText(title),
      status,
      shape: shape ?? null,
      headers: headerLine
        ? headerLine
            .replace(/^Response headers: /, '')
            .split(/, (?=`)/)
            .map(markdownText)
        : [],
      body: fenceBody(parts[i]),
      note: after && !after.startsWith('**') ? markdownText(after) : null,
    });
  }
  return { heading, intro: intro !== null ? squash(intro) : null, examples };
}

describe('code page examples and their Markdown twin', () => {
  let shown = 0;
  for (const catalog of getCatalogs()) {
    it(`agree for every ${catalog.id} code`, async () => {
      for (const entry of catalog.codes) {
        const where = `${catalog.id} ${entry.code}`;
        const html = await renderHtml(<CodeExamples catalog={catalog} entry={entry} />);
        const twin = twinBlock(codeMarkdown(catalog, entry));
        if (!html) {
          expect(twin, where).toBeNull();
          continue;
        }
        const page = pageBlock(html);
        shown += page.examples.length;
        expect(page.examples.length, where).toBeGreaterThan(0);
        expect(page, where).toEqual(twin);
      }
    });
  }
  it('covers codes with examples', () => expect(shown).toBeGreaterThan(50));
});
