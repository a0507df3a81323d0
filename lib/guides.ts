// Guide pages: MDX files beside each catalog (content/apis/<api>/guides/*.mdx), with YAML front matter.
// `index.mdx` is the API's overview at /<api>/; every other file is /<api>/<slug>/.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { CONTENT_DIR, CatalogError, RESERVED_API_IDS, catalogSiteLinks, type Catalog } from './catalog/load';
import { HIDDEN_CHARACTERS, linkProblem, sitePath } from './catalog/links';
import { catalogQuery, type CatalogQuery } from './catalog/query';
import { readContentText } from './catalog/source-text';
import { isMdxComponent, problemsOfUse } from './mdx-registry';
import { NotLiteral, isJsxElement, parseMdx, propsOf, type MdxNode } from './mdx-tree';
import { slugify } from './slug';

export type GuideMeta = {
  api: string;
  slug: string; // '' for the overview
  title: string;
  description: string;
  order: number;
  file: string; // relative to the project root
};

export type Guide = GuideMeta & { source: string; body: string };

const RESERVED = new Set(['errors', 'catalog.json', 'openapi.json']);

/** Front matter keys; anything else is a misspelling that would be dropped silently. */
/**
 * Front matter is shown as plain text (the h1, <title>, meta description, search results): a component, an expression
 * or a Markdown link there would appear as its source, so each is refused. Linear patterns only.
 */
const MARKUP_IN_TEXT = /<[A-Za-z/!>]|[{}]|\]\(|`|\*\*|__/;

const PlainText = z
  .string()
  .trim()
  .min(1, 'expected a non-empty string')
  .refine((text) => !/[\r\n]/.test(text), 'one line only (it is the page title and the search result)')
  .refine(
    (text) => !MARKUP_IN_TEXT.test(text),
    'plain text only (it is shown as is): no components, {expressions} or Markdown links',
  );

const FrontMatter = z.strictObject({
  title: PlainText,
  description: PlainText,
  order: z.number().optional(),
});

/** Largest guide read: the longest guide today is under 10 KB. */
const MAX_GUIDE_BYTES = 512 * 1024;

function splitFrontMatter(source: string, file: string): { data: z.output<typeof FrontMatter>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new CatalogError([`${file}: front matter: expected a --- block with title and description`]);
  const doc = YAML.parseDocument(match[1]);
  const yamlError = doc.errors[0] ?? doc.warnings[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 0) + 1;
    throw new CatalogError([
      `${file}:${line}: front matter: YAML: ${yamlError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    ]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (error) {
    throw new CatalogError([`${file}: front matter: YAML: ${(error as Error).message}`]);
  }
  const parsed = FrontMatter.safeParse(data ?? {});
  if (!parsed.success) {
    // The line of a key in the file: the block starts on line 2, after the opening ---.
    const lines = match[1].split('\n');
    const lineOf = (key: PropertyKey | undefined) => {
      const index = lines.findIndex((l) => l.startsWith(`${String(key)}:`));
      return `${file}:${index >= 0 ? index + 2 : 1}`;
    };
    throw new CatalogError(
      parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map(
              (key) => `${lineOf(key)}: front matter: unknown key "${key}" (expected title, description, order)`,
            )
          : [
              `${lineOf(issue.path[0])}: front matter: ${issue.path.join('.') || '(block)'}: ${/received undefined$/.test(issue.message) ? 'missing' : issue.message}`,
            ],
      ),
    );
  }
  return { data: parsed.data, body: source.slice(match[0].length) };
}

function guideDir(api: string, contentDir: string) {
  return path.join(contentDir, api, 'guides');
}

/** Reads one guide file: size cap, UTF-8, front matter; `slug` '' is the overview. */
export function readGuideFile(absolute: string, api: string, slug: string): Guide {
  const file = path.relative(process.cwd(), absolute);
  const source = readContentText(absolute, file, MAX_GUIDE_BYTES);
  const { data, body } = splitFrontMatter(source, file);
  const problems: string[] = [];
  if (api && RESERVED.has(slug)) problems.push(`${file}: the name "${slug}" is reserved for generated pages`);
  if (api && slug && !/^[a-z0-9][a-z0-9-]*$/.test(slug)) problems.push(`${file}: file name must be kebab-case`);
  if (problems.length) throw new CatalogError(problems);
  return {
    api,
    slug,
    title: data.title,
    description: data.description,
    order: data.order ?? (slug === '' ? 0 : 100),
    file,
    source,
    body,
  };
}

export function readGuides(api: string, contentDir = CONTENT_DIR): Guide[] {
  const dir = guideDir(api, contentDir);
  const shown = (name?: string) => path.relative(process.cwd(), name === undefined ? dir : path.join(dir, name));
  const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!stat) return [];
  // A link could pull in files from anywhere on the machine: guides are real files inside the content folder.
  if (stat.isSymbolicLink()) throw new CatalogError([`${shown()}: a symbolic link; content must be real folders`]);
  if (!stat.isDirectory()) throw new CatalogError([`${shown()}: not a folder: guides/ holds the API's .mdx guides`]);
  // Hidden files (.DS_Store) are skipped, but not a hidden guide: `.draft.mdx` is a name mistake, reported below.
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') || d.name.endsWith('.mdx'));
  const names = entries.map((d) => d.name).sort();
  const problems = entries.flatMap((d) =>
    d.isSymbolicLink()
      ? [`${shown(d.name)}: a symbolic link; content must be real files`]
      : // A guide saved as .md (or anything else) would silently never become a page.
        !d.isFile() || !d.name.endsWith('.mdx')
        ? [`${shown(d.name)}: not a guide: only .mdx files belong in guides/`]
        : [],
  );
  if (problems.length) throw new CatalogError(problems.sort());
  const guides = names.map((name) =>
    readGuideFile(path.join(dir, name), api, name === 'index.mdx' ? '' : name.replace(/\.mdx$/, '')),
  );
  return guides.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The pages a site-relative link may point at, derived from the catalogs and guides. */
export type SiteIndex = Map<string, { query: CatalogQuery; guides: Set<string> }>;

export function siteIndex(catalogs: Catalog[], guidesOf: (api: string) => Guide[]): SiteIndex {
  return new Map(
    catalogs.map((c) => [
      c.id,
      {
        query: catalogQuery(c),
        guides: new Set(guidesOf(c.id).map((g) => g.slug)),
      },
    ]),
  );
}

/** Why a site-relative path points at no page of the site, or undefined when it does. */
export function unknownPage(target: string, site: SiteIndex): string | undefined {
  let segments: string[];
  try {
    // Resolve `.` and `..` (also written %2e) as a browser would: /chert/errors/1007/../../x/ is /chert/x/.
    const resolved = new URL(target, 'https://site.invalid/').pathname;
    segments = resolved.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return `link "${target}" is not a valid URL path`;
  }
  const [first, second, third, ...rest] = segments;
  if (first === undefined) return undefined;
  const api = site.get(first);
  if (!api) return RESERVED_API_IDS.has(first) ? undefined : `link "${target}": no page /${first}/ on this site`;
  if (second === undefined || second === 'catalog.json' || second === 'openapi.json' || second === 'index.md')
    return undefined;
  if (second === 'errors') {
    if (third === undefined || third === 'index.md') return undefined;
    if (third === 'group')
      return rest[0] === undefined || api.query.byGroup(rest[0])
        ? undefined
        : `link "${target}": unknown group "${rest[0]}" of ${first}`;
    return api.query.byCode(third.replace(/\.md$/, ''))
      ? undefined
      : `link "${target}": unknown code ${third} of ${first}`;
  }
  return api.guides.has(second.replace(/\.md$/, ''))
    ? undefined
    : `link "${target}": ${first} has no guide "${second}"`;
}

/** Invisible control characters (bidi overrides and the like) in a guide, each with its line and column. */
function hiddenCharacters(file: string, source: string): string[] {
  const problems: string[] = [];
  const pattern = new RegExp(HIDDEN_CHARACTERS.source, 'g');
  for (const m of source.matchAll(pattern)) {
    const before = source.slice(0, m.index);
    const line = before.split('\n').length;
    const col = m.index - before.lastIndexOf('\n');
    const cp = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    problems.push(`${file}:${line}:${col}: invisible control character U+${cp}; remove it`);
    if (problems.length === 10) break;
  }
  return problems;
}

/**
 * Checks one guide's MDX tree without running it: every component is registered and used with valid literal props and
 * existing catalog references; links are http(s), mailto or pages of the site; no imports, exports, code expressions
 * or raw HTML elements (the Markdown twin could not render them, and a guide must not run code).
 */
export function checkGuideSource(
  guide: Pick<Guide, 'file' | 'source' | 'body'>,
  catalog: Catalog | null,
  site: SiteIndex | null,
): string[] {
  const problems: string[] = hiddenCharacters(guide.file, guide.source);
  if (guide.body.trim() === '')
    problems.push(`${guide.file}: empty page: write the guide's text after the front matter`);
  const lineOffset = guide.source.slice(0, guide.source.length - guide.body.length).split('\n').length - 1;
  let tree: MdxNode;
  try {
    tree = parseMdx(guide.body);
  } catch (error) {
    const err = error as { line?: number; reason?: string; message: string };
    // The parser counts lines from the end of the front matter; a reader counts them in the file.
    const reason = (err.reason ?? err.message).replace(
      /\((\d+):(\d+)-(\d+):(\d+)\)/g,
      (_m, l1: string, c1: string, l2: string, c2: string) =>
        `(line ${Number(l1) + lineOffset}, column ${c1} to line ${Number(l2) + lineOffset}, column ${c2})`,
    );
    return [`${guide.file}${err.line ? `:${err.line + lineOffset}` : ''}: MDX: ${reason}`];
  }
  // Headings: the front matter title is the page's h1, levels go down one at a time, and each id (#slug) is unique.
  const headingIds = new Map<string, number>();
  const anchors: { href: string; at: string }[] = [];
  let level = 1;
  // A component in a heading (<Code code={1007} />) reads as its props' values (the code it shows).
  const textOf = (node: MdxNode): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? (node.value ?? '')
      : isJsxElement(node)
        ? (node.attributes ?? []).map((a) => (typeof a.value === 'string' ? a.value : (a.value?.value ?? ''))).join(' ')
        : (node.children ?? []).map(textOf).join('');
  const visit = (node: MdxNode) => {
    const at = `${guide.file}:${(node.position?.start.line ?? 1) + lineOffset}`;
    const link = (href: string | undefined) => {
      if (href === undefined) return;
      const problem = linkProblem(href);
      if (problem) return problems.push(`${at}: ${problem}`);
      const target = sitePath(href);
      const missing = target !== undefined && site ? unknownPage(target, site) : undefined;
      if (missing) problems.push(`${at}: ${missing}`);
    };
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') link(node.url);
    if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('#'))
      anchors.push({ href: node.url, at });
    if (node.type === 'image' && !node.alt?.trim())
      problems.push(`${at}: image "${node.url}" has no alt text; write ![what it shows](${node.url})`);
    if (node.type === 'heading' && node.depth !== undefined) {
      const text = textOf(node).trim();
      if (node.depth === 1)
        problems.push(`${at}: heading "${text}": # is the page title (front matter title); start sections at ##`);
      else if (node.depth > level + 1)
        problems.push(
          `${at}: heading "${text}" is level ${node.depth} after level ${level}; use ${'#'.repeat(level + 1)}`,
        );
      level = node.depth;
      const id = slugify(text);
      const first = headingIds.get(id);
      const line = (node.position?.start.line ?? 1) + lineOffset;
      if (first !== undefined)
        problems.push(`${at}: heading "${text}" has the same id #${id} as the heading on line ${first}; rename one`);
      else headingIds.set(id, line);
    }
    if (node.type === 'mdxjsEsm')
      problems.push(`${at}: import/export is not allowed in a guide; components come from lib/mdx-registry.ts`);
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      (node.data?.estree?.body?.length ?? 0) > 0
    ) {
      problems.push(
        `${at}: {${(node.value ?? '').trim().slice(0, 40)}}: code expressions are not allowed in a guide (only {/* comments */})`,
      );
    }
    if (isJsxElement(node)) {
      const name = node.name ?? '';
      if (!isMdxComponent(name)) {
        problems.push(
          `${at}: <${name || '>'}${name ? '>' : ''} is not a guide component (components: see lib/mdx-registry.ts; raw HTML is not allowed)`,
        );
        return;
      }
      if (node.children?.length) problems.push(`${at}: <${name}> takes no children; write <${name} />`);
      try {
        for (const problem of problemsOfUse(name, catalog, propsOf(node)))
          problems.push(`${at}: <${name}>: ${problem}`);
      } catch (error) {
        if (!(error instanceof NotLiteral)) throw error;
        problems.push(`${at}: <${name}>: ${error.message}`);
      }
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  for (const { href, at } of anchors) {
    const id = decodeURIComponent(href.slice(1));
    if (id && !headingIds.has(id)) problems.push(`${at}: link "${href}": no heading with id #${id} on this page`);
  }
  return problems;
}

/** Every code, group and example an MDX page names must exist in its catalog, and every link must lead somewhere. */
export function checkGuide(guide: Guide, catalog: Catalog, site: SiteIndex | null = null): string[] {
  return checkGuideSource(guide, catalog, site);
}

/** Checks every guide of every catalog and the links in catalog prose; returns the site's pages for further checks. */
export function checkAllGuides(catalogs: Catalog[], contentDir = CONTENT_DIR): SiteIndex {
  const problems: string[] = [];
  const guides = new Map<string, Guide[]>();
  for (const catalog of catalogs) {
    try {
      guides.set(catalog.id, readGuides(catalog.id, contentDir));
    } catch (error) {
      if (error instanceof CatalogError) problems.push(...error.problems);
      else throw error;
    }
  }
  const site = siteIndex(catalogs, (api) => guides.get(api) ?? []);
  for (const catalog of catalogs) {
    const list = guides.get(catalog.id);
    // When the guides could not be read, their problems are already listed.
    if (!list) continue;
    const overview = path.relative(process.cwd(), path.join(guideDir(catalog.id, contentDir), 'index.mdx'));
    if (!list.some((g) => g.slug === '')) problems.push(`${overview}: missing: every API needs an overview page`);
    for (const guide of list) problems.push(...checkGuide(guide, catalog, site));
    // Two guides with one title read as one page in the navigation and in search results.
    list.forEach((guide, i) => {
      const first = list.slice(0, i).find((g) => g.title.toLowerCase() === guide.title.toLowerCase());
      const line = guide.source.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
      if (first)
        problems.push(
          `${guide.file}${line ? `:${line}` : ''}: front matter: title: "${guide.title}" is already the title of ${first.file}; give each guide its own`,
        );
    });
    for (const link of catalogSiteLinks(catalog)) {
      const missing = unknownPage(link.path, site);
      if (missing) problems.push(`${link.where}: ${missing}`);
    }
  }
  if (problems.length) throw new CatalogError(problems);
  return site;
}

let cache: Map<string, Guide[]> | undefined;

/** Guides of one API, read once per process. */
export function getGuides(api: string): Guide[] {
  cache ??= new Map();
  if (!cache.has(api)) cache.set(api, readGuides(api));
  return cache.get(api)!;
}
