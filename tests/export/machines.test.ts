// The files for machines in the built export: catalog.json against its JSON Schema, openapi.json against the
// OpenAPI 3.1 schema, llms.txt links against the Markdown twins, and the sitemap against the HTML pages.
// Run after the build: npx vitest run --config vitest.out.config.mts   (NEXT_DIST_DIR=<dir> for another export)
import fs from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SITE_ROOT, withBase } from '@/lib/site';
import { walkFiles as walk } from '../../scripts/walk-files';

const OUT = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
if (!fs.existsSync(path.join(OUT, 'index.html')))
  throw new Error(`${OUT}/index.html is missing: run npm run build first`);

const read = (rel: string) => fs.readFileSync(path.join(OUT, rel), 'utf8');
const json = (rel: string) => JSON.parse(read(rel)) as Record<string, unknown>;

const files = walk(OUT).map((f) => path.relative(OUT, f).split(path.sep).join('/'));
const apis = files
  .filter((f) => /^[^/]+\/catalog\.json$/.test(f))
  .map((f) => f.split('/')[0])
  .filter((dir) => files.includes(`${dir}/index.html`));

/** The export file a site URL is served from (…/x/ → x/index.html). */
function fileOf(url: string): string {
  expect(url.startsWith(`${SITE_ROOT}/`), `${url} is not on ${SITE_ROOT}`).toBe(true);
  const p = decodeURIComponent(url.slice(SITE_ROOT.length));
  return (p.endsWith('/') ? `${p}index.html` : p).replace(/^\//, '');
}

describe('the export', () => {
  it('has the five APIs’ files for machines', () => {
    expect(apis.length).toBeGreaterThanOrEqual(1);
    for (const api of apis)
      expect(files).toEqual(
        expect.arrayContaining([`${api}/openapi.json`, `${api}/index.md`, `${api}/errors/index.md`]),
      );
    expect(files).toEqual(
      expect.arrayContaining([
        'llms.txt',
        'llms-full.txt',
        'sitemap.xml',
        'robots.txt',
        'schema/catalog.json',
        'add-your-api.md',
      ]),
    );
  });
});

describe('catalog.json and its JSON Schema', () => {
  const ajv = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true }));
  const schema = json('schema/catalog.json');
  const validate = ajv.compile(schema);

  it.each(apis)('%s/catalog.json is valid against /schema/catalog.json and names it', (api) => {
    const data = json(`${api}/catalog.json`);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(data.$schema).toBe(schema.$id);
    expect((data.codes as Array<{ url: string }>).every((c) => files.includes(fileOf(c.url)))).toBe(true);
  });
});

describe('openapi.json', () => {
  it.each(apis)('%s/openapi.json is a valid OpenAPI 3.1 document', async (api) => {
    const validator = new Validator();
    const result = await validator.validate(json(`${api}/openapi.json`));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });
});

describe('llms.txt and the Markdown twins', () => {
  const text = read('llms.txt');
  const links = [...text.matchAll(/\]\((\S+?)\)/g)].map((m) => m[1]);

  it('links only to Markdown twins that exist in the export', () => {
    expect(text.startsWith('# Codebook\n')).toBe(true);
    expect(links.length).toBeGreaterThan(apis.length * 3);
    for (const link of links) {
      const file = fileOf(link);
      expect(file, link).toMatch(/\.md$/);
      expect(files, link).toContain(file);
    }
  });

  it('has a twin for every guide, table and code page, and llms.txt lists each one', () => {
    const listed = new Set(links.map(fileOf));
    for (const page of files.filter((f) => f.endsWith('index.html'))) {
      const [api, ...rest] = page.split('/');
      if (!apis.includes(api)) continue;
      const dir = rest.slice(0, -1).join('/');
      // Group pages split a big table into parts; the table's own twin already holds every row.
      const twin =
        dir === ''
          ? `${api}/index.md`
          : dir === 'errors' || dir.startsWith('errors/group/')
            ? `${api}/errors/index.md`
            : `${api}/${dir}.md`;
      expect(listed.has(twin), `${page} has no twin in llms.txt`).toBe(true);
      expect(read(twin)).toMatch(/^# \S/);
    }
  });

  it('llms-full.txt holds every twin', () => {
    const full = read('llms-full.txt');
    for (const link of links) expect(full).toContain(read(fileOf(link)).trim().split('\n')[0]);
  });

  it('guide and code pages point at their twin with <link rel="alternate" type="text/markdown">', () => {
    const api = apis[0];
    const codePage = files.find(
      (f) => f.startsWith(`${api}/errors/`) && f.endsWith('/index.html') && f.split('/').length === 4,
    )!;
    const code = codePage.split('/')[2];
    for (const [page, twin] of [
      [`${api}/index.html`, `/${api}/index.md`],
      [codePage, `/${api}/errors/${code}.md`],
    ]) {
      const html = read(page);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(/<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(head)?.[1], page).toBe(withBase(twin));
    }
  });
});

describe('the weight of the export', () => {
  const KB = 1024;

  it('holds no React Server Component payload (index.txt, __next.*.txt): links are plain <a>, nothing fetches them', () => {
    expect(files.filter((f) => f.endsWith('.txt') && !['llms.txt', 'llms-full.txt', 'robots.txt'].includes(f))).toEqual(
      [],
    );
    expect(files.filter((f) => f.startsWith('_not-found/') || f.startsWith('404/'))).toEqual([]);
  });

  // The page a browser loads is held to 120 KB; its Markdown twin is a document of its own (both counted in the bench).
  it('a code page is at most 2 files (its HTML and its Markdown twin) and its HTML at most 120 KB', () => {
    const codeDirs = files
      .filter((f) => /^[^/]+\/errors\/[^/]+\/index\.html$/.test(f) && !f.includes('/group/'))
      .map((f) => f.slice(0, -'/index.html'.length));
    expect(codeDirs.length).toBeGreaterThan(0);
    for (const dir of codeDirs) {
      const own = [...files.filter((f) => f.startsWith(`${dir}/`)), `${dir}.md`];
      expect(own, dir).toEqual([`${dir}/index.html`, `${dir}.md`]);
      const bytes = fs.statSync(path.join(OUT, `${dir}/index.html`)).size;
      expect(bytes, `${dir}: ${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(120 * KB);
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  const urls = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));

  it('lists every HTML page of the export that is its own canonical page, and nothing else', () => {
    const notFound = new Set(['404.html', '404/index.html', '_not-found/index.html']);
    const canonical = (f: string) => /<link rel="canonical" href="([^"]+)"/.exec(read(f))?.[1];
    const pages = files
      .filter((f) => f.endsWith('.html') && !notFound.has(f) && fileOf(canonical(f) ?? '') === f)
      .sort();
    expect(urls.map(fileOf).sort()).toEqual(pages);
    // Group pages of a table that fits one page repeat one of its sections: left out, canonical to the table.
    const groups = files.filter((f) => /^[^/]+\/errors\/group\//.test(f) && f.endsWith('.html'));
    for (const f of groups.filter((g) => !pages.includes(g)))
      expect(canonical(f), f).toBe(`${SITE_ROOT}/${f.split('/')[0]}/errors/`);
  });

  it('robots.txt points crawlers at the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_ROOT}/sitemap.xml`);
  });
});
