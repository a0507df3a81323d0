// Parity: every code page's "Link to this page" block gives the same stable URL, the same RFC 9457 and `doc_url`
// examples (exact JSON) and the same catalog.json link as its Markdown twin, for every code of every catalog.
import { describe, expect, it } from 'vitest';
import { codePath, getCatalogs } from '@/lib/catalog';
import { codeMarkdown, twinPath } from '@/lib/markdown';
import { SITE_ROOT } from '@/lib/site';
import {
  decodeEntities,
  fenceBody,
  htmlText,
  markdownText,
  renderHtml,
  twinSection,
} from '@/tests/support/rendered-text';
import { CodeReference } from './code-reference';

/** The page also links its own twin ("View as Markdown"), which the twin has no reason to repeat. */
function pageFacts(html: string, twinPath: string) {
  const links = [...html.matchAll(/<a [^>]*>.*?<\/a>/g)].map((m) => htmlText(m[0])).filter(Boolean);
  expect(links).toContain(`View as Markdown (→ ${twinPath})`);
  return {
    url: decodeEntities(/<code class="break-all">(.*?)<\/code>/.exec(html)![1]),
    json: [...html.matchAll(/<pre class="text-xs"[^>]*><code>(.*?)<\/code><\/pre>/gs)].map((m) => decodeEntities(m[1])),
    links: links.filter((l) => !l.endsWith(`(→ ${twinPath})`)),
  };
}

function twinFacts(section: string[]) {
  const prose = section.filter((b) => !b.startsWith('```')).join('\n\n');
  return {
    url: /^This URL is stable: (\S+)\. /.exec(section[0])![1],
    json: section.filter((b) => b.startsWith('```')).map(fenceBody),
    links: [...prose.matchAll(/\[[^\]]+\]\([^)]+\)/g)].map((m) => markdownText(m[0])),
  };
}

describe('code page reference block and its Markdown twin', () => {
  for (const catalog of getCatalogs()) {
    it(`agree for every ${catalog.id} code`, async () => {
      for (const entry of catalog.codes) {
        const where = `${catalog.id} ${entry.code}`;
        const html = await renderHtml(<CodeReference catalog={catalog} entry={entry} />);
        const page = pageFacts(html, twinPath.code(catalog.id, entry.code));
        const twin = twinFacts(twinSection(codeMarkdown(catalog, entry), 'Link to this page')!);
        expect(page.url, where).toBe(`${SITE_ROOT}${codePath(catalog.id, entry.code)}`);
        expect(JSON.parse(page.json[0]).type, where).toBe(page.url);
        expect(page.json.length, where).toBe(2);
        expect(page, where).toEqual(twin);
      }
    });
  }
});
