// The head of every page in the export: canonical link, Open Graph and Twitter tags, social images, JSON-LD on guide
// and code pages, the sitemap's lastmod against git, and a 404 title of its own.
// Run after the build: npx vitest run --config vitest.out.config.mts   (NEXT_DIST_DIR=<dir> for another export)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ROOT } from '@/lib/site';
import { walkFiles } from '../../scripts/walk-files';

const OUT = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
const read = (rel: string) => fs.readFileSync(path.join(OUT, rel), 'utf8');
const files = walkFiles(OUT).map((f) => path.relative(OUT, f).split(path.sep).join('/'));
const NOT_FOUND = new Set(['404.html', '404/index.html', '_not-found/index.html']);
const pages = files.filter((f) => f.endsWith('.html') && !NOT_FOUND.has(f));
const urlOf = (file: string) => `${SITE_ROOT}/${file.replace(/index\.html$/, '')}`;
/** Checks with hand-written expectations about Chert and Relay run on the real catalogs, not on the scaffold build's export. */
const REAL_SITE = files.includes('chert/catalog.json') && files.includes('relay/catalog.json');
// On the scaffold build's export those checks are not defined at all (they are about Chert and Relay), instead of
// being reported as skipped; on out/ they always run (the first test below fails otherwise).
const itOnRealSite = REAL_SITE
  ? it
  : (Object.assign(() => undefined, { each: () => () => undefined }) as unknown as typeof it);

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
/** Every value of one head tag, e.g. meta('og:title') or link('canonical'). */
const metas = (html: string, key: string) =>
  [...headOf(html).matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/?>/g)]
    .filter((m) => m[1] === key)
    .map((m) => unescape(m[2]));
const links = (html: string, rel: string) =>
  [...headOf(html).matchAll(/<link rel="([^"]+)" href="([^"]*)"\/?>/g)]
    .filter((m) => m[1] === rel)
    .map((m) => unescape(m[2]));
const title = (html: string) => unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1]) as { '@graph': Array<Record<string, unknown>> },
  );

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = fs.readFileSync(path.join(OUT, file));
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('head tags', () => {
  it('checks the real catalogs whenever it runs on out/', () => {
    expect(REAL_SITE || process.env.NEXT_DIST_DIR !== undefined).toBe(true);
  });

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(REAL_SITE ? 50 : 5);
  });

  it('every page has one absolute canonical link, Open Graph tags and a Twitter card', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = read(file);
      const canonical = links(html, 'canonical');
      if (canonical.length !== 1 || !canonical[0].startsWith(`${SITE_ROOT}/`))
        problems.push(`${file}: canonical ${JSON.stringify(canonical)}`);
      for (const key of [
        'og:title',
        'og:description',
        'og:url',
        'og:type',
        'og:site_name',
        'og:image',
        'twitter:card',
      ]) {
        const values = metas(html, key);
        if (values.length !== 1 || !values[0].trim()) problems.push(`${file}: ${key} ${JSON.stringify(values)}`);
      }
      if (metas(html, 'og:url')[0] !== canonical[0]) problems.push(`${file}: og:url differs from the canonical link`);
      if (metas(html, 'og:site_name')[0] !== 'Codebook') problems.push(`${file}: og:site_name`);
      if (metas(html, 'twitter:card')[0] !== 'summary_large_image') problems.push(`${file}: twitter:card`);
    }
    expect(problems).toEqual([]);
  });

  it('every page is its own canonical page: the link is the URL it is served at, with its trailing slash', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const canonical = links(read(file), 'canonical')[0];
      if (canonical !== urlOf(file)) problems.push(`${file}: canonical ${canonical}`);
      if (!canonical?.endsWith('/')) problems.push(`${file}: no trailing slash`);
    }
    expect(problems).toEqual([]);
  });

  itOnRealSite('a catalog whose table fits one page ships no group pages, since nothing links to them', () => {
    // Chert's 38 codes fit one table page: its groups are sections of /chert/errors/, not pages of their own.
    expect(files.filter((f) => f.includes('/errors/group/'))).toEqual([]);
    expect(links(read('index.html'), 'canonical')).toEqual([`${SITE_ROOT}/`]);
    expect(links(read('chert/errors/1007/index.html'), 'canonical')).toEqual([`${SITE_ROOT}/chert/errors/1007/`]);
  });

  it('titles and descriptions are non-empty and no two pages share one', () => {
    const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
    const problems: string[] = [];
    for (const file of [...pages, '404.html']) {
      const html = read(file);
      const values = { title: [title(html)], description: metas(html, 'description') };
      for (const key of ['title', 'description'] as const) {
        const [value, ...more] = values[key];
        if (!value?.trim() || more.length) problems.push(`${file}: ${key} ${JSON.stringify(values[key])}`);
        else if (seen[key].has(value)) problems.push(`${file}: same ${key} as ${seen[key].get(value)}`);
        else seen[key].set(value, file);
      }
    }
    expect(problems).toEqual([]);
  });

  itOnRealSite('pages of an API share its social image; other pages the site default', () => {
    expect(metas(read('chert/errors/1007/index.html'), 'og:image')).toEqual([`${SITE_ROOT}/data/og/chert.png`]);
    expect(metas(read('relay/index.html'), 'og:image')).toEqual([`${SITE_ROOT}/data/og/relay.png`]);
    expect(metas(read('compare/index.html'), 'og:image')).toEqual([`${SITE_ROOT}/data/og/site.png`]);
  });

  it('every social image is a 1200×630 PNG in the export, as its width and height tags say', () => {
    const images = new Set(pages.map((f) => metas(read(f), 'og:image')[0]));
    for (const image of images)
      expect(pngSize(image.slice(SITE_ROOT.length + 1)), image).toEqual({ width: 1200, height: 630 });
    for (const file of pages) {
      const html = read(file);
      expect([metas(html, 'og:image:width'), metas(html, 'og:image:height')], file).toEqual([['1200'], ['630']]);
      expect(metas(html, 'twitter:image'), file).toEqual(metas(html, 'og:image'));
    }
  });

  itOnRealSite('guides and code pages are articles; the rest are website pages', () => {
    expect(metas(read('chert/errors/1007/index.html'), 'og:type')).toEqual(['article']);
    expect(metas(read('chert/retries/index.html'), 'og:type')).toEqual(['article']);
    expect(metas(read('chert/errors/index.html'), 'og:type')).toEqual(['website']);
    expect(metas(read('index.html'), 'og:type')).toEqual(['website']);
  });

  it('the 404 page has a title and description of its own, no canonical link, and is not indexed', () => {
    // The postbuild keeps one 404 page (404.html); whichever of the others an export still holds must agree with it.
    expect(files).toContain('404.html');
    for (const file of [...NOT_FOUND].filter((f) => files.includes(f))) {
      const html = read(file);
      expect(title(html), file).toBe('Page not found · Codebook');
      expect(links(html, 'canonical'), file).toEqual([]);
      expect(metas(html, 'robots'), file).toEqual(['noindex']);
      expect(metas(html, 'description')[0], file).toMatch(/no Codebook page at this address/);
    }
    expect(title(read('index.html'))).toBe('Codebook: understand any messaging API error');
  });
});

describe('JSON-LD', () => {
  const isGuideOrCode = (file: string) =>
    /^[^/]+\/(?:[^/]+\/)?index\.html$/.test(file) &&
    !/^(compare|search|playground|add-your-api|404|_not-found)\//.test(file) &&
    !/\/errors\/index\.html$/.test(file);
  const articlePages = pages.filter(
    (f) =>
      f === 'add-your-api/index.html' || isGuideOrCode(f) || /^[^/]+\/errors\/(?!group\/)[^/]+\/index\.html$/.test(f),
  );

  it('every guide and code page has a TechArticle and a BreadcrumbList ending at the page', () => {
    expect(articlePages.length).toBeGreaterThan(0);
    if (REAL_SITE)
      expect(articlePages).toEqual(
        expect.arrayContaining([
          'add-your-api/index.html',
          'chert/index.html',
          'chert/envelope/index.html',
          'chert/errors/1007/index.html',
          'inbox/errors/INSUFFICIENT_PERMISSIONS/index.html',
        ]),
      );
    const problems: string[] = [];
    for (const file of articlePages) {
      const graphs = jsonLd(read(file));
      const nodes = graphs.flatMap((g) => g['@graph'] ?? []);
      const article = nodes.find((n) => n['@type'] === 'TechArticle');
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList') as
        { itemListElement?: Array<{ position: number; item: string }> } | undefined;
      if (graphs.length !== 1) problems.push(`${file}: ${graphs.length} JSON-LD scripts`);
      if (!article || article.url !== urlOf(file) || !article.headline)
        problems.push(`${file}: TechArticle ${JSON.stringify(article)}`);
      const items = crumbs?.itemListElement ?? [];
      if (
        items.at(-1)?.item !== urlOf(file) ||
        items[0]?.item !== `${SITE_ROOT}/` ||
        items.some((c, i) => c.position !== i + 1)
      )
        problems.push(`${file}: BreadcrumbList ${JSON.stringify(items)}`);
    }
    expect(problems).toEqual([]);
  });

  itOnRealSite('the breadcrumbs are the visible ones', () => {
    const names = (file: string) =>
      (
        jsonLd(read(file))[0]['@graph'].find((n) => n['@type'] === 'BreadcrumbList') as {
          itemListElement: Array<{ name: string }>;
        }
      ).itemListElement.map((c) => c.name);
    expect(names('chert/errors/1007/index.html')).toEqual(['Home', 'Chert', 'Error codes', '1007']);
    expect(names('chert/envelope/index.html')).toEqual(['Home', 'Chert', 'The error envelope']);
    const article = jsonLd(read('chert/errors/1007/index.html'))[0]['@graph'].find(
      (n) => n['@type'] === 'TechArticle',
    )!;
    expect(article.headline).toBe('1007 Rate limited');
  });

  it('each article names its author and dates, and every breadcrumb is a page of the export that is its own canonical', () => {
    const problems: string[] = [];
    for (const file of articlePages) {
      const nodes = jsonLd(read(file)).flatMap((g) => g['@graph']);
      const article = nodes.find((n) => n['@type'] === 'TechArticle') as Record<string, unknown>;
      if ((article.author as { name?: string } | undefined)?.name !== 'Codebook') problems.push(`${file}: author`);
      const published = Date.parse(String(article.datePublished));
      const modified = Date.parse(String(article.dateModified));
      if (!(published <= modified))
        problems.push(`${file}: published ${article.datePublished}, modified ${article.dateModified}`);
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ item: string }> };
      for (const { item } of crumbs.itemListElement) {
        const target = `${decodeURIComponent(item.slice(SITE_ROOT.length + 1))}index.html`;
        if (!item.startsWith(`${SITE_ROOT}/`) || !files.includes(target))
          problems.push(`${file}: crumb ${item} is no page`);
        else if (links(read(target), 'canonical')[0] !== item) problems.push(`${file}: crumb ${item} is not canonical`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no other page carries JSON-LD', () => {
    for (const file of pages.filter((f) => !articlePages.includes(f))) expect(jsonLd(read(file)), file).toEqual([]);
  });
});

describe('sitemap lastmod', () => {
  const entries = [
    ...read('sitemap.xml').matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>)?/g),
  ].map((m) => ({ loc: m[1], lastmod: m[2] }));
  const gitDate = (file: string) => {
    try {
      return execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return '';
    }
  };

  it('every entry has a lastmod', () => {
    expect(entries.filter((e) => !e.lastmod)).toEqual([]);
  });

  it('lists every page of the export once, each at its canonical URL, and nothing else', () => {
    const listed = entries.map((e) => e.loc);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(pages.map(urlOf).sort());
  });

  it('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_ROOT}/sitemap.xml`);
  });

  itOnRealSite.each([
    ['/chert/errors/1007/', 'content/apis/chert/catalog.yaml'],
    ['/chert/errors/', 'content/apis/chert/catalog.yaml'],
    ['/chert/envelope/', 'content/apis/chert/guides/envelope.mdx'],
    ['/relay/', 'content/apis/relay/guides/index.mdx'],
    ['/add-your-api/', 'content/add-your-api.mdx'],
  ])('%s is dated by the last commit of %s', (page, source) => {
    const committed = gitDate(source);
    // Without git history for the file (an export built outside a clone) there is no commit to compare with.
    if (!committed) return;
    const entry = entries.find((e) => e.loc === `${SITE_ROOT}${page}`);
    expect(entry, page).toBeDefined();
    expect(Date.parse(entry!.lastmod!)).toBe(Date.parse(committed));
  });
});
