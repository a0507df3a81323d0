// Every Markdown twin of the site, and the two files for assistants built from them: /llms.txt (an index in the
// llms.txt convention) and /llms-full.txt (every twin, concatenated).
import type { Catalog } from '@/lib/catalog';
import type { Guide } from '@/lib/guides';
import { plainText } from '@/lib/inline-text';
import { SITE_NAME, SITE_ROOT } from '@/lib/site';
import { codeMarkdown, tableMarkdown } from './code';
import { guideMarkdown } from './guide';
import { twinPath } from './format';

export type Twin = {
  /** URL path of the twin, e.g. /chert/errors/1007.md (percent-encoded like the page URL). */
  path: string;
  title: string;
  description: string;
  markdown: () => string;
};

export type ApiTwins = { catalog: Catalog; twins: Twin[] };

/** Computed on first use and kept: llms-full.txt and the twin files share one rendering. */
const once = (render: () => string) => {
  let text: string | undefined;
  return () => (text ??= render());
};

/** One line of prose for an index: plain text, cut at a word boundary. */
function short(text: string, max = 160): string {
  const plain = plainText(text).replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  return `${plain.slice(0, plain.lastIndexOf(' ', max - 1))}…`;
}

/** The twins of one API in reading order: overview, other guides, the full table, then one per code. */
export function apiTwins(catalog: Catalog, guides: Guide[]): ApiTwins {
  const overview = guides.filter((g) => g.slug === '');
  const others = guides.filter((g) => g.slug !== '');
  const guideTwin = (g: Guide): Twin => ({
    path: twinPath.guide(catalog.id, g.slug),
    title: g.title,
    description: g.description,
    markdown: once(() => guideMarkdown(catalog, g)),
  });
  return {
    catalog,
    twins: [
      ...overview.map(guideTwin),
      ...others.map(guideTwin),
      {
        path: twinPath.table(catalog.id),
        title: `All ${catalog.name} error codes`,
        description: `Every code with its HTTP status, retry verdict and meaning, by group (${catalog.codes.length} code${catalog.codes.length === 1 ? '' : 's'}).`,
        markdown: once(() => tableMarkdown(catalog)),
      },
      ...catalog.codes.map((entry) => ({
        path: twinPath.code(catalog.id, entry.code),
        title: `${String(entry.code)} ${entry.title}`,
        description: short(entry.meaning),
        markdown: once(() => codeMarkdown(catalog, entry)),
      })),
    ],
  };
}

const entry = (twin: Twin) =>
  `- [${twin.title.replace(/[[\]]/g, '\\$&')}](${SITE_ROOT}${twin.path}): ${twin.description}`;

/** /llms.txt: `# Codebook`, a summary, then one section per API with a line per page. */
export function llmsTxt(apis: ApiTwins[], extra: Twin[] = []): string {
  const lines = [
    `# ${SITE_NAME}`,
    '',
    `> The error codes of ${apis.length} messaging APIs: what each code means, its HTTP status, whether to retry it, and code that handles it. Every page below is Markdown generated from the same catalog as the site.`,
    '',
    `Machine-readable, per API: \`${SITE_ROOT}/<api>/catalog.json\` (the catalog itself, described by the JSON Schema at \`${SITE_ROOT}/schema/catalog.json\`) and \`${SITE_ROOT}/<api>/openapi.json\` (an OpenAPI 3.1 fragment with the error responses). Every page below is also in one file: \`${SITE_ROOT}/llms-full.txt\`.`,
  ];
  for (const { catalog, twins } of apis) {
    lines.push('', `## ${catalog.name}`, '', short(catalog.summary, 300), '');
    for (const twin of twins) lines.push(entry(twin));
  }
  if (extra.length) {
    lines.push('', '## Optional', '');
    for (const twin of extra) lines.push(entry(twin));
  }
  return lines.join('\n') + '\n';
}

/** /llms-full.txt: every twin, in llms.txt order, separated by rules. */
export function llmsFullTxt(apis: ApiTwins[], extra: Twin[] = []): string {
  const all = [...apis.flatMap((a) => a.twins), ...extra];
  return all.map((t) => `<!-- ${SITE_ROOT}${t.path} -->\n\n${t.markdown().trim()}`).join('\n\n---\n\n') + '\n';
}
