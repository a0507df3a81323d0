// Turns a guide's MDX into plain Markdown: the MDX is parsed (never evaluated), every catalog component is replaced
// by its generated Markdown, and the rest of the text is kept exactly as the author wrote it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Catalog } from '@/lib/catalog';
import { findCode } from '@/lib/catalog';
import { examplesFor } from '@/lib/catalog/examples';
import type { Guide } from '@/lib/guides';
import * as md from './blocks';
import { schemaKeys } from '@/lib/authoring/schema-keys';
import { absoluteLinks, blocks, inlineCode, mdTable } from './format';

type Attributes = Record<string, string | number | boolean>;

type MdxNode = {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: string | null | { value: string } }>;
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } };
  children?: MdxNode[];
};

/** Attribute values as written: `code={1007}` → 1007, `code="x"` / `code={"x"}` → "x", a bare flag → true. */
function attributesOf(node: MdxNode, where: string): Attributes {
  const out: Attributes = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) throw new Error(`${where}: <${node.name}>: spread attributes are not supported`);
    const value = attr.value;
    if (value === null || value === undefined) out[attr.name] = true;
    else if (typeof value === 'string') out[attr.name] = value;
    else {
      const raw = value.value.trim();
      try {
        out[attr.name] = JSON.parse(raw.replace(/^'(.*)'$/, '"$1"')) as string | number | boolean;
      } catch {
        throw new Error(`${where}: <${node.name}>: ${attr.name}={${raw}} is not a literal`);
      }
    }
  }
  return out;
}

/** The generated Markdown for one component, or an error naming the file and line. */
function componentMarkdown(catalog: Catalog | null, node: MdxNode, where: string): string {
  const attrs = attributesOf(node, where);
  if (node.name === 'SchemaKeys') {
    return mdTable(
      ['Key', 'Required', 'Value', 'Members (? = optional)'],
      schemaKeys().map((k) => [inlineCode(k.key), k.required ? 'Yes' : 'No', k.type, k.keys.length ? inlineCode(k.keys.join(', ')) : '—']),
    );
  }
  if (!catalog) throw new Error(`${where}: <${node.name}> needs an API's catalog, and this page has none`);
  const entry = (code: unknown) => {
    const found = findCode(catalog, String(code));
    if (!found) throw new Error(`${where}: <${node.name}>: unknown code ${String(code)} (not in ${catalog.file})`);
    return found;
  };
  switch (node.name) {
    case 'ErrorTable': {
      const group = attrs.group === undefined ? undefined : String(attrs.group);
      return md.errorTable(catalog, group ? catalog.codes.filter((c) => c.group === group) : catalog.codes);
    }
    case 'GroupList':
      return md.groupList(catalog);
    case 'FieldReference':
      return md.fieldReference(catalog);
    case 'ContextFields':
      return md.contextFields(catalog);
    case 'HeaderTable':
      return md.headerTable(catalog);
    case 'ShapeList':
      return md.shapeList(catalog);
    case 'RetryTable':
      return md.retryTable(catalog);
    case 'StatusRules':
      return md.statusRules(catalog);
    case 'Backoff':
      return md.backoff(catalog);
    case 'ExampleResponse': {
      const example =
        attrs.id !== undefined ? catalog.examples.find((e) => e.id === attrs.id) : attrs.code !== undefined ? examplesFor(catalog, entry(attrs.code).code)[0] : undefined;
      if (!example) throw new Error(`${where}: <ExampleResponse>: no such example (${String(attrs.id ?? attrs.code)})`);
      return md.exampleResponse(catalog, example);
    }
    case 'Code':
      return md.codeLink(catalog, entry(attrs.code).code);
    case 'Snippet':
      return md.snippets(catalog, entry(attrs.code));
    default:
      throw new Error(`${where}: <${node.name ?? 'fragment'}> has no Markdown form; add one in lib/markdown/guide.ts`);
  }
}

type Edit = { start: number; end: number; text: string };

/**
 * Markdown for an MDX body. `file` and `lineOffset` only locate errors (the body may start after front matter).
 * Pass `catalog: null` for pages outside any API (they may use no catalog component).
 */
export function mdxToMarkdown(body: string, catalog: Catalog | null, file: string, lineOffset = 0): string {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as MdxNode;
  const edits: Edit[] = [];
  const visit = (node: MdxNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const where = `${file}:${(node.position?.start.line ?? 1) + lineOffset}`;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        // A block component inside a list item keeps the item's indentation on every generated line.
        const indent = node.type === 'mdxJsxFlowElement' ? ' '.repeat((node.position?.start.column ?? 1) - 1) : '';
        edits.push({ start, end, text: componentMarkdown(catalog, node, where).replace(/\n(?=.)/g, `\n${indent}`) });
        return;
      }
      // Imports, exports and {expressions} (MDX comments) have no place in Markdown.
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        edits.push({ start, end, text: '' });
        return;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Markdown twin of a guide page: title, description, then the body with its components generated from the catalog.
 * An API's overview (slug '') also carries, as its page does, the API's own docs and support and "About this catalog".
 */
export function guideMarkdown(catalog: Catalog | null, guide: Pick<Guide, 'title' | 'description' | 'source' | 'body' | 'file'> & { slug?: string }): string {
  const lineOffset = guide.source.slice(0, guide.source.length - guide.body.length).split('\n').length - 1;
  const overview = catalog !== null && guide.slug === '';
  const links = overview
    ? [catalog.docs_url ? `${catalog.name} documentation: ${catalog.docs_url}` : '', catalog.support ? `${catalog.name} support: ${[catalog.support.url, catalog.support.email].filter(Boolean).join(' or ')}` : '']
        .filter(Boolean)
        .join('\n\n')
    : '';
  const about = overview && catalog.about ? `## About this catalog\n\n${catalog.about}` : '';
  return absoluteLinks(blocks(`# ${guide.title}`, `> ${guide.description}`, links, mdxToMarkdown(guide.body, catalog, guide.file, lineOffset), about)) + '\n';
}
