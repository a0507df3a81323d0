// Markdown twins of the per-code pages and of the full table, built from the catalog like the HTML pages are.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { catalogQuery } from '@/lib/catalog/query';
import { codeContext } from '@/lib/view/code-context';
import { codeExamples } from '@/lib/view/code-examples';
import { codeFacts, retryWords } from '@/lib/view/code-facts';
import { codeOutline } from '@/lib/view/code-outline';
import { codeReference } from '@/lib/view/code-reference';
import { errorTable, exampleResponse, snippets } from './blocks';
import { absoluteLinks, blocks, fence, inlineCode, list } from './format';

/** The facts block: the same rows as the page's (lib/view/code-facts.ts), as a list. */
function facts(catalog: Catalog, entry: ErrorCode): string {
  return list(
    codeFacts(catalog, entry).map((row) => {
      const badge = row.retryable !== undefined ? `${retryWords(row.retryable)}. ` : '';
      return `**${row.label}:** ${badge}${row.text}${row.notes.length ? ` ${row.notes.join(' ')}` : ''}`;
    }),
  );
}

/** The context block: the same rows as the page's (lib/view/code-context.ts). */
function context(catalog: Catalog, entry: ErrorCode): string | null {
  const view = codeContext(catalog, entry);
  if (!view) return null;
  const items = view.rows.map(
    (row) =>
      `${inlineCode(row.name)}${row.type ? ` (${row.type})` : ''}: ${row.text}${row.example !== undefined ? ` Example: ${inlineCode(row.example)}` : ''}`,
  );
  return blocks(
    '## Extra fields in the response',
    items.length ? list(items) : null,
    view.providers
      ? blocks(
          view.providers.intro,
          list(
            view.providers.rows.map((p) => `${p.source} ${inlineCode(p.code)}${p.message ? ` (${p.message})` : ''}`),
          ),
          `See the [full table](${view.providers.tablePath}) for the other mappings.`,
        )
      : null,
  );
}

/** The examples block: the same examples or skeleton as the page's (lib/view/code-examples.ts). */
function examples(catalog: Catalog, entry: ErrorCode): string | null {
  const view = codeExamples(catalog, entry);
  if (!view) return null;
  return blocks(`## ${view.heading}`, view.intro, ...view.examples.map((e) => exampleResponse(e.view)));
}

/** The reference block: the same URL and citations as the page's (lib/view/code-reference.ts). */
function reference(catalog: Catalog, entry: ErrorCode): string {
  const view = codeReference(catalog, entry);
  return blocks(
    '## Link to this page',
    `This URL is stable: ${view.url}. Use it as the ${inlineCode('type')} of an RFC 9457 problem document (served as ${inlineCode('application/problem+json')}) when your own service passes this error on:`,
    fence('json', view.problem),
    `or as a ${inlineCode('doc_url')} in your own error bodies, so whoever reads the error lands here:`,
    fence('json', view.docUrl),
    `The same facts are in [catalog.json](${view.catalogJson}).`,
  );
}

/** The Markdown twin of /<api>/errors/<code>/. */
export function codeMarkdown(catalog: Catalog, entry: ErrorCode): string {
  const outline = codeOutline(catalog, entry);
  const byline = [
    outline.apiName,
    `[${outline.group.title}](${outline.group.href})`,
    outline.name ? `sent with the name ${inlineCode(outline.name)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    absoluteLinks(
      blocks(
        `# ${outline.code} ${outline.title}`,
        byline,
        facts(catalog, entry),
        `## What it means\n\n${entry.meaning}`,
        `## What to do\n\n${entry.action}`,
        entry.causes.length ? `## Common causes\n\n${list(entry.causes)}` : null,
        entry.solutions.length ? `## Solutions\n\n${list(entry.solutions)}` : null,
        context(catalog, entry),
        examples(catalog, entry),
        blocks('## Handle it in code', outline.snippetsIntro, snippets(catalog, entry)),
        outline.related.length
          ? `## Related codes\n\n${list(outline.related.map((r) => `[${inlineCode(r.code)}](${r.href}) ${r.title}`))}`
          : null,
        reference(catalog, entry),
      ),
    ) + '\n'
  );
}

/** The Markdown twin of /<api>/errors/: every code, by group. */
export function tableMarkdown(catalog: Catalog): string {
  return (
    absoluteLinks(
      blocks(
        `# ${catalog.name} error codes`,
        `${catalog.codes.length} code${catalog.codes.length === 1 ? '' : 's'} in ${catalog.groups.length} group${catalog.groups.length === 1 ? '' : 's'}. ${catalog.retry.summary}`,
        `Machine-readable: [catalog.json](/${catalog.id}/catalog.json), [openapi.json](/${catalog.id}/openapi.json)`,
        ...catalog.groups.map((group) => {
          const codes = catalogQuery(catalog).codesOfGroup(group.id);
          return blocks(
            `## ${group.title}`,
            group.summary,
            codes.length
              ? errorTable(catalog, codes)
              : 'No code of this group is documented by its own value; errors of this group are recognised by their type and HTTP status.',
          );
        }),
      ),
    ) + '\n'
  );
}
