// Keeps every API's catalog and guide prose in Codebook's own words: no run of 8+ words shared with its source page.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogProse, findSharedRuns, mdxProse, type ProseSnippet } from '@/lib/content/source-overlap';

const CONTENT = path.join(process.cwd(), 'content', 'apis');
// The source pages live outside the repository; CI points here with CODEBOOK_SEEDS_DIR.
import { SEEDS_DIR as SEEDS } from '@/tests/support/seeds';
const SEED_PREFIX: Record<string, string> = { chert: '000', chirp: '001', huechat: '002', inbox: '003', relay: '004' };

const apis = fs.existsSync(CONTENT)
  ? fs
      .readdirSync(CONTENT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];

function seedText(api: string): string {
  const prefix = SEED_PREFIX[api];
  if (!prefix) throw new Error(`content/apis/${api}: no source page is mapped to this API; add it to SEED_PREFIX`);
  if (!fs.existsSync(SEEDS)) throw new Error(`source pages not found at ${SEEDS}; set CODEBOOK_SEEDS_DIR`);
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no source page ${prefix}_*.txt in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

function ourProse(api: string): ProseSnippet[] {
  const dir = path.join(CONTENT, api);
  const snippets: ProseSnippet[] = [];
  const catalog = path.join(dir, 'catalog.yaml');
  if (fs.existsSync(catalog)) {
    snippets.push(...catalogProse(YAML.parse(fs.readFileSync(catalog, 'utf8')), `content/apis/${api}/catalog.yaml `));
  }
  const guides = path.join(dir, 'guides');
  if (fs.existsSync(guides)) {
    for (const name of fs
      .readdirSync(guides)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      snippets.push(
        ...mdxProse(fs.readFileSync(path.join(guides, name), 'utf8'), `content/apis/${api}/guides/${name}`),
      );
    }
  }
  return snippets;
}

describe('findSharedRuns', () => {
  const source =
    'Use the code field for programmatic error handling, not the message. Error messages may change, but error codes remain stable.';

  it('catches a sentence copied from the source, whatever its case and punctuation', () => {
    const ours = 'Tip: **error messages may change — but error codes remain stable!** Keep that in mind.';
    expect(findSharedRuns(ours, source)).toEqual(['error messages may change but error codes remain stable']);
  });

  it('lets a paraphrase of the same fact through', () => {
    const ours = 'Codes stay fixed from release to release, while the wording of a message can be revised.';
    expect(findSharedRuns(ours, source)).toEqual([]);
  });

  it('ignores runs shorter than the threshold and honours a custom one', () => {
    const ours = 'we use the code field for programmatic error handling too';
    expect(findSharedRuns('error messages may change and more', source)).toEqual([]);
    expect(findSharedRuns(ours, source)).toEqual(['use the code field for programmatic error handling']);
    expect(findSharedRuns(ours, source, 10)).toEqual([]);
    expect(findSharedRuns('error messages may change', source, 4)).toEqual(['error messages may change']);
  });

  it('reports each maximal run once, and separate runs separately', () => {
    const ours =
      'use the code field for programmatic error handling not the message. In between, something else entirely of ours. error messages may change but error codes remain stable';
    expect(findSharedRuns(ours, source)).toEqual([
      'use the code field for programmatic error handling not the message',
      'error messages may change but error codes remain stable',
    ]);
  });

  it('does not count quoted identifiers as shared wording, and no run passes through one', () => {
    const page =
      'The type is one of invalid_request_error, authentication_error, provider_error or api_error in this API.';
    expect(
      findSharedRuns(
        'The type is one of invalid_request_error, authentication_error, provider_error or api_error in this API.',
        page,
      ),
    ).toEqual([]);
    expect(
      findSharedRuns(
        'Branch on `code`, never on the message text that a person reads.',
        'Branch on code, never on the message text that a person reads.',
      ),
    ).toEqual(['never on the message text that a person reads']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(
      findSharedRuns(
        'the resource doesn’t exist on the server at this time',
        "the resource doesn't exist on the server at this time",
        8,
      ),
    ).toHaveLength(1);
  });
});

describe('prose collection', () => {
  it('takes prose fields from a catalog and leaves quoted facts out', () => {
    const raw = {
      summary: 'Our summary.',
      headers: [{ name: 'X-Request-ID', description: 'Our header text.' }],
      fields: [{ path: 'details.issues', description: 'Our field text.' }],
      shapes: [{ id: 'x', title: 'Shape title', match: [{ path: 'code' }], fields: { code: 'code' } }],
      codes: [
        {
          code: 'X',
          meaning: 'Our meaning.',
          causes: ['A cause.'],
          messages: ['Quoted from the page.'],
          templates: ['{f} quoted'],
        },
      ],
      examples: [
        { id: 'e', title: 'Example title', body: { message: 'Quoted body text.' }, headers: { 'X-Request-Id': 'abc' } },
      ],
    };
    expect(catalogProse(raw).map((s) => s.text)).toEqual([
      'Our summary.',
      'Our header text.',
      'Our field text.',
      'Shape title',
      'Our meaning.',
      'A cause.',
      'Example title',
    ]);
  });

  it('takes paragraphs from MDX without code blocks or component tags, with their line numbers', () => {
    const mdx = [
      '---',
      'title: A title',
      'description: A description.',
      '---',
      '',
      'First paragraph <Code code="X" /> here.',
      '',
      '```js',
      'copied code',
      '```',
      '',
      '<StatusRules />',
      '',
      'See [the page](/relay/retries/).',
    ].join('\n');
    const snippets = mdxProse(mdx, 'g.mdx');
    expect(snippets.map((s) => s.where)).toEqual(['g.mdx:2', 'g.mdx:3', 'g.mdx:6', 'g.mdx:14']);
    expect(snippets.map((s) => normalise(s.text))).toEqual([
      'A title',
      'A description.',
      'First paragraph here.',
      'See [the page].',
    ]);
  });
});

const normalise = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ([.,])/g, '$1');

describe('our prose against the source pages', () => {
  it('finds at least the Inbox and Relay content to check', () => {
    expect(apis).toEqual(expect.arrayContaining(['inbox', 'relay']));
  });

  for (const api of apis) {
    it(`${api}: no run of 8+ words shared with its source page`, () => {
      const source = seedText(api);
      const snippets = ourProse(api);
      expect(snippets.length).toBeGreaterThan(0);
      const offences = snippets.flatMap((s) => findSharedRuns(s.text, source, 8).map((run) => `${s.where}: "${run}"`));
      expect(offences).toEqual([]);
    });
  }
});
