import { describe, expect, it } from 'vitest';
import { findCode, getCatalog, getCatalogs } from '@/lib/catalog';
import { readGuides } from '@/lib/guides';
import { SITE_URL } from '@/lib/site';
import { apiTwins, codeMarkdown, guideMarkdown, llmsTxt, mdxToMarkdown, tableMarkdown, twinPath } from './index';
import { absoluteLinks, mdTable } from './format';

const chert = getCatalog('chert');
const COMPONENT =
  /<(ErrorTable|GroupList|FieldReference|ContextFields|HeaderTable|ShapeList|RetryTable|StatusRules|Backoff|ExampleResponse|Code|Snippet)\b/;

/** Markdown outside fenced code blocks, where a leftover JSX tag would show up as text. */
const outsideFences = (md: string) => md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
const jsonFences = (md: string) =>
  [...md.matchAll(/^```json\n([\s\S]*?)\n```$/gm)].map((m) => JSON.parse(m[1]) as unknown);

describe('codeMarkdown', () => {
  const md = codeMarkdown(chert, findCode(chert, 1007)!);

  it('carries the facts of the code page: status, retry verdict, wait, meaning and action', () => {
    expect(md.startsWith('# 1007 Rate limited\n')).toBe(true);
    expect(md).toContain('**HTTP status:** 429');
    expect(md).toContain('**Retry:** Retryable.');
    expect(md).toContain('**How long to wait:** Read `retry_after` (seconds) or the `Retry-After` header.');
    expect(md).toContain(`## What it means\n\n${findCode(chert, 1007)!.meaning.trim()}`);
    expect(md).toContain('## What to do');
  });

  it('includes a runnable snippet per language and the RFC 9457 use of the page URL', () => {
    for (const lang of ['ts', 'python', 'sh']) expect(md).toMatch(new RegExp(`^\`{3,}${lang}\\n`, 'm'));
    // Short handlers first, as on the page, then the full programs under their own heading.
    const handler = md.indexOf('### TypeScript handler\n\n```ts\n// Chert 1007 (Rate limited): retryable.');
    const full = md.indexOf('#### TypeScript (`chert-1007.ts`)');
    expect(handler).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(md.indexOf('### Full runnable programs'));
    expect(md.indexOf('### curl handler')).toBeLessThan(md.indexOf('### Full runnable programs'));
    const problem = jsonFences(md).find((j) => (j as { type?: string }).type !== undefined) as {
      type: string;
      status: number;
    };
    expect(problem).toMatchObject({ type: `${SITE_URL}/chert/errors/1007/`, status: 429 });
  });

  it('shows the source example bodies exactly, and links absolutely so it reads well away from the site', () => {
    const example = chert.examples.find((e) => e.code === 1011)!;
    expect(jsonFences(codeMarkdown(chert, findCode(chert, 1011)!))).toContainEqual(example.body);
    expect(outsideFences(md)).not.toMatch(/\]\(\/[^/]/);
    expect(md).toContain(`(${SITE_URL}/compare/#rate-limit)`);
  });
});

describe('guideMarkdown', () => {
  const catalogs = getCatalogs();
  const guides = catalogs.flatMap((c) => readGuides(c.id).map((g) => [`${c.id}/${g.slug || 'index'}`, c, g] as const));

  it.each(guides)('%s: every catalog component is replaced by generated Markdown', (_name, catalog, guide) => {
    const md = guideMarkdown(catalog, guide);
    expect(md.startsWith(`# ${guide.title}\n\n> ${guide.description}\n`)).toBe(true);
    expect(outsideFences(md)).not.toMatch(COMPONENT);
    for (const m of guide.body.matchAll(/<ErrorTable group="([^"]+)"/g)) {
      for (const entry of catalog.codes.filter((c) => c.group === m[1]))
        expect(md).toContain(`${SITE_URL}/${catalog.id}/errors/${encodeURIComponent(String(entry.code))}/`);
    }
  });

  it('keeps the author’s prose as written and turns <Code> into a link to the code page', () => {
    const overview = readGuides('chert').find((g) => g.slug === '')!;
    const md = guideMarkdown(chert, overview);
    expect(md).toContain(`[\`1011\`](${SITE_URL}/chert/errors/1011/)`);
    expect(md).toContain('## Handling an error in three steps');
    expect(md).toContain(`[Response shapes](${SITE_URL}/chert/response-shapes/)`);
  });

  it('drops MDX comments, and names the file and line of a component it cannot render', () => {
    expect(mdxToMarkdown('Before {/* a note for authors */} after.\n', chert, 'x.mdx')).toBe('Before  after.');
    expect(() => mdxToMarkdown('Text\n\n<Widget />\n', chert, 'x.mdx', 4)).toThrow(
      'x.mdx:7: <Widget> is not a registered component',
    );
    expect(() => mdxToMarkdown('See <Code code={9999} />.\n', chert, 'x.mdx')).toThrow(
      'x.mdx:1: <Code>: unknown code 9999',
    );
    expect(() => mdxToMarkdown('<GroupList />\n', null, 'page.mdx')).toThrow(
      "page.mdx:1: <GroupList>: needs an API's catalog",
    );
  });

  it('keeps a component inside a list item indented under its item', () => {
    const md = mdxToMarkdown('- Groups:\n\n  <GroupList />\n', chert, 'x.mdx');
    const lines = md.split('\n').filter((l) => l.includes('|'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.startsWith('  | ')).toBe(true);
  });
});

describe('tableMarkdown and llms.txt', () => {
  it('lists every code of the API under its group', () => {
    const md = tableMarkdown(chert);
    for (const group of chert.groups) expect(md).toContain(`## ${group.title}`);
    for (const entry of chert.codes)
      expect(md).toContain(`[\`${entry.code}\`](${SITE_URL}/chert/errors/${entry.code}/)`);
  });

  it('follows the llms.txt layout: title, summary, one section per API, one link line per twin', () => {
    const apis = getCatalogs().map((c) => apiTwins(c, readGuides(c.id)));
    const text = llmsTxt(apis);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Codebook');
    expect(lines[2]).toMatch(/^> /);
    for (const { catalog } of apis) expect(lines).toContain(`## ${catalog.name}`);
    const links = lines.filter((l) => l.startsWith('- ['));
    expect(links).toHaveLength(apis.reduce((n, a) => n + a.twins.length, 0));
    for (const line of links) expect(line).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)]+\.md\): \S/);
    expect(text).toContain(`(${SITE_URL}${twinPath.code('chert', 1007)}): `);
  });
});

describe('format helpers', () => {
  it('escapes pipes and line breaks inside table cells', () => {
    expect(mdTable(['a'], [['x | y\nz']])).toBe('| a |\n| --- |\n| x \\| y z |');
  });

  it('makes root-relative links absolute outside fenced code only', () => {
    expect(absoluteLinks('[a](/x/)\n```\n[b](/y/)\n```\n[c](//cdn/z)', 'https://h')).toBe(
      '[a](https://h/x/)\n```\n[b](/y/)\n```\n[c](//cdn/z)',
    );
  });
});
