// Guide pages: MDX files beside each catalog (content/apis/<api>/guides/*.mdx), with YAML front matter.
// `index.mdx` is the API's overview at /<api>/; every other file is /<api>/<slug>/.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CONTENT_DIR, CatalogError, type Catalog } from './catalog/load';

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

/** Components whose `code` attribute must name a code of the page's catalog. */
const CODE_REFERENCE = /<(Code|ExampleResponse|Snippet)\b[^>]*?\bcode=(?:\{\s*(-?\d+)\s*\}|"([^"]+)"|\{\s*"([^"]+)"\s*\}|'([^']+)')/g;
const GROUP_REFERENCE = /<ErrorTable\b[^>]*?\bgroup="([^"]+)"/g;
const EXAMPLE_REFERENCE = /<ExampleResponse\b[^>]*?\bid="([^"]+)"/g;

function splitFrontMatter(source: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new CatalogError([`${file}: front matter: expected a --- block with title and description`]);
  const data = YAML.parse(match[1]) as Record<string, unknown> | null;
  return { data: data ?? {}, body: source.slice(match[0].length) };
}

function guideDir(api: string, contentDir: string) {
  return path.join(contentDir, api, 'guides');
}

export function readGuides(api: string, contentDir = CONTENT_DIR): Guide[] {
  const dir = guideDir(api, contentDir);
  if (!fs.existsSync(dir)) return [];
  const guides = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((name) => {
      const absolute = path.join(dir, name);
      const file = path.relative(process.cwd(), absolute);
      const source = fs.readFileSync(absolute, 'utf8');
      const { data, body } = splitFrontMatter(source, file);
      const slug = name === 'index.mdx' ? '' : name.replace(/\.mdx$/, '');
      const problems: string[] = [];
      if (typeof data.title !== 'string' || !data.title.trim()) problems.push(`${file}: front matter: title: expected a non-empty string`);
      if (typeof data.description !== 'string' || !data.description.trim()) problems.push(`${file}: front matter: description: expected a non-empty string`);
      if (RESERVED.has(slug)) problems.push(`${file}: the name "${slug}" is reserved for generated pages`);
      if (slug && !/^[a-z0-9][a-z0-9-]*$/.test(slug)) problems.push(`${file}: file name must be kebab-case`);
      if (problems.length) throw new CatalogError(problems);
      return {
        api,
        slug,
        title: String(data.title),
        description: String(data.description),
        order: typeof data.order === 'number' ? data.order : slug === '' ? 0 : 100,
        file,
        source,
        body,
      } satisfies Guide;
    });
  return guides.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Every code, group and example an MDX page names must exist in its catalog. */
export function checkGuide(guide: Guide, catalog: Catalog): string[] {
  const problems: string[] = [];
  const codes = new Set(catalog.codes.map((c) => String(c.code)));
  const groups = new Set(catalog.groups.map((g) => g.id));
  const examples = new Set(catalog.examples.map((e) => e.id));
  for (const m of guide.source.matchAll(CODE_REFERENCE)) {
    const code = m[2] ?? m[3] ?? m[4] ?? m[5];
    if (!codes.has(code)) problems.push(`${guide.file}:${lineOf(guide.source, m.index)}: <${m[1]}>: unknown code ${code} (not in ${catalog.file})`);
  }
  for (const m of guide.source.matchAll(GROUP_REFERENCE)) {
    if (!groups.has(m[1])) problems.push(`${guide.file}:${lineOf(guide.source, m.index)}: <ErrorTable>: unknown group "${m[1]}"`);
  }
  for (const m of guide.source.matchAll(EXAMPLE_REFERENCE)) {
    if (!examples.has(m[1])) problems.push(`${guide.file}:${lineOf(guide.source, m.index)}: <ExampleResponse>: unknown example "${m[1]}"`);
  }
  return problems;
}

export function checkAllGuides(catalogs: Catalog[], contentDir = CONTENT_DIR): void {
  const problems: string[] = [];
  for (const catalog of catalogs) {
    try {
      const guides = readGuides(catalog.id, contentDir);
      if (!guides.some((g) => g.slug === '')) problems.push(`content/apis/${catalog.id}/guides/index.mdx: missing: every API needs an overview page`);
      for (const guide of guides) problems.push(...checkGuide(guide, catalog));
    } catch (error) {
      if (error instanceof CatalogError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new CatalogError(problems);
}

let cache: Map<string, Guide[]> | undefined;

/** Guides of one API, read once per process. */
export function getGuides(api: string): Guide[] {
  cache ??= new Map();
  if (!cache.has(api)) cache.set(api, readGuides(api));
  return cache.get(api)!;
}
