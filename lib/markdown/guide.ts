// Turns a guide's MDX into plain Markdown: the MDX is parsed (never evaluated), every catalog component is replaced
// by its generated Markdown, and the rest of the text is kept exactly as the author wrote it.
import type { Catalog } from '@/lib/catalog';
import type { Guide } from '@/lib/guides';
import { isMdxComponent, markdownOf } from '@/lib/mdx-registry';
import { isJsxElement, parseMdx, propsOf, type MdxNode } from '@/lib/mdx-tree';
import { absoluteLinks, blocks } from './format';

/** The generated Markdown for one component, or an error naming the file and line. */
function componentMarkdown(catalog: Catalog | null, node: MdxNode, where: string): string {
  const name = node.name ?? 'fragment';
  if (!isMdxComponent(name)) throw new Error(`${where}: <${name}> is not a registered component (lib/mdx-registry.ts)`);
  try {
    return markdownOf(name, catalog, propsOf(node));
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(`${where}: ${message.startsWith('<') ? '' : `<${name}>: `}${message}`, { cause: error });
  }
}

type Edit = { start: number; end: number; text: string };

/**
 * Markdown for an MDX body. `file` and `lineOffset` only locate errors (the body may start after front matter).
 * Pass `catalog: null` for pages outside any API (they may use no catalog component).
 */
export function mdxToMarkdown(body: string, catalog: Catalog | null, file: string, lineOffset = 0): string {
  const tree = parseMdx(body);
  const edits: Edit[] = [];
  const visit = (node: MdxNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const where = `${file}:${(node.position?.start.line ?? 1) + lineOffset}`;
    if (start !== undefined && end !== undefined) {
      if (isJsxElement(node)) {
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
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Markdown twin of a guide page: title, description, then the body with its components generated from the catalog.
 * An API's overview (slug '') also carries, as its page does, the API's own docs and support and "About this catalog".
 */
export function guideMarkdown(
  catalog: Catalog | null,
  guide: Pick<Guide, 'title' | 'description' | 'source' | 'body' | 'file'> & { slug?: string },
): string {
  const lineOffset = guide.source.slice(0, guide.source.length - guide.body.length).split('\n').length - 1;
  const overview = catalog !== null && guide.slug === '';
  const links = overview
    ? [
        catalog.docs_url ? `${catalog.name} documentation: ${catalog.docs_url}` : '',
        catalog.support
          ? `${catalog.name} support: ${[catalog.support.url, catalog.support.email].filter(Boolean).join(' or ')}`
          : '',
      ]
        .filter(Boolean)
        .join('\n\n')
    : '';
  const about = overview && catalog.about ? `## About this catalog\n\n${catalog.about}` : '';
  return (
    absoluteLinks(
      blocks(
        `# ${guide.title}`,
        `> ${guide.description}`,
        links,
        mdxToMarkdown(guide.body, catalog, guide.file, lineOffset),
        about,
      ),
    ) + '\n'
  );
}
