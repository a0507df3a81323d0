// Markdown twins of the per-code pages and of the full table, built from the catalog like the HTML pages are.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { examplesFor } from '@/lib/catalog/examples';
import { skeletonExample } from '@/lib/catalog/skeleton';
import { groupAnchor, groupOf } from '@/lib/catalog/present';
import { SITE_ROOT } from '@/lib/site';
import { codeFacts, retryWords } from '@/lib/view/code-facts';
import { codeLink, errorTable, exampleResponse, snippets } from './blocks';
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

function context(catalog: Catalog, entry: ErrorCode): string | null {
  const fields = catalog.context_fields.filter(
    (f) => entry.context.includes(f.name) || f.codes.some((c) => c === entry.code),
  );
  if (!fields.length && !entry.details.length && !entry.provider_codes.length) return null;
  const items = [
    ...fields.map((f) => `${inlineCode(f.name)} (${f.type}): ${f.description}${f.explain ? ` ${f.explain}` : ''}`),
    ...entry.details.map(
      (d) =>
        `${inlineCode(`details.${d.name}`)}: ${d.description}${d.example !== undefined ? ` Example: ${inlineCode(JSON.stringify(d.example))}` : ''}`,
    ),
  ];
  return blocks(
    '## Extra fields in the response',
    items.length ? list(items) : null,
    entry.provider_codes.length
      ? blocks(
          `Upstream provider codes that ${catalog.name} reports as this code:`,
          list(
            entry.provider_codes.map(
              (p) => `${p.source} ${inlineCode(String(p.code))}${p.message ? ` (${p.message})` : ''}`,
            ),
          ),
          `See the [full table](/${catalog.id}/errors/) for the other mappings.`,
        )
      : null,
  );
}

function examples(catalog: Catalog, entry: ErrorCode): string | null {
  const found = examplesFor(catalog, entry.code);
  if (found.length)
    return blocks(
      `## Example response${found.length > 1 ? 's' : ''}`,
      ...found.map((e) => exampleResponse(catalog, e)),
    );
  const skeleton = skeletonExample(catalog, entry);
  if (!skeleton) return null;
  return blocks(
    '## What the response looks like',
    `${catalog.name}'s errors page shows no example for this code. This skeleton puts the code and its documented status in the places the API's response shape declares; real responses carry a message of their own.`,
    exampleResponse(catalog, skeleton),
  );
}

function reference(catalog: Catalog, entry: ErrorCode): string {
  const url = `${SITE_ROOT}${codePath(catalog.id, entry.code)}`;
  const problem = {
    type: url,
    title: entry.title,
    status: entry.http[0] ?? undefined,
    detail: '…',
    instance: '/your/request/id',
  };
  const docUrl = { error: { code: entry.code, message: '…', doc_url: url } };
  return blocks(
    '## Link to this page',
    `This URL is stable: ${url}. Use it as the ${inlineCode('type')} of an RFC 9457 problem document (served as ${inlineCode('application/problem+json')}) when your own service passes this error on:`,
    fence('json', JSON.stringify(problem, null, 2)),
    `or as a ${inlineCode('doc_url')} in your own error bodies, so whoever reads the error lands here:`,
    fence('json', JSON.stringify(docUrl, null, 2)),
    `The same facts are in [catalog.json](/${catalog.id}/catalog.json).`,
  );
}

/** The Markdown twin of /<api>/errors/<code>/. */
export function codeMarkdown(catalog: Catalog, entry: ErrorCode): string {
  const group = groupOf(catalog, entry);
  const related = entry.related
    .map((r) => catalog.codes.find((c) => c.code === r))
    .filter((c): c is ErrorCode => Boolean(c));
  const byline = [
    catalog.name,
    `[${group.title}](/${catalog.id}/errors/#${groupAnchor(group.id)})`,
    entry.name ? `sent with the name ${inlineCode(entry.name)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    absoluteLinks(
      blocks(
        `# ${String(entry.code)} ${entry.title}`,
        byline,
        facts(catalog, entry),
        `## What it means\n\n${entry.meaning}`,
        `## What to do\n\n${entry.action}`,
        entry.causes.length ? `## Common causes\n\n${list(entry.causes)}` : null,
        entry.solutions.length ? `## Solutions\n\n${list(entry.solutions)}` : null,
        context(catalog, entry),
        examples(catalog, entry),
        blocks(
          '## Handle it in code',
          'Each handler is the decision for this code in at most 20 lines; the full program around it also sends the request and can be run as is. Both recognise this error by its code, never by its message, and do what the API documents for it.',
          snippets(catalog, entry),
        ),
        related.length
          ? `## Related codes\n\n${list(related.map((r) => `${codeLink(catalog, r.code)} ${r.title}`))}`
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
          const codes = catalog.codes.filter((c) => c.group === group.id);
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
