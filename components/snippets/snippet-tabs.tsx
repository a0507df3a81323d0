import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { highlight, type HighlightLang } from '@/lib/highlight';
import { snippetPairsFor } from '@/lib/snippets';
import { LanguageTabs } from './language-tabs';

const SHIKI_LANG: Record<string, HighlightLang> = { typescript: 'typescript', python: 'python', shell: 'shellscript' };

/** The handling snippets of one code: short handlers highlighted at build time, full programs a click away. */
export async function SnippetTabs({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const pairs = snippetPairsFor(catalog, entry.code);
  const panels = await Promise.all(
    pairs.map(async (p, index) => ({
      id: p.lang,
      label: p.label,
      html: await highlight(p.short.source, SHIKI_LANG[p.lang] ?? 'typescript'),
      full: {
        api: catalog.id,
        code: String(entry.code),
        index,
        filename: p.full.filename,
        lines: p.full.source.trimEnd().split('\n').length,
        twin: `${codePath(catalog.id, entry.code).replace(/\/$/, '')}.md`,
      },
    })),
  );
  return (
    <LanguageTabs
      panels={panels}
      idPrefix={`snippet-${String(entry.code)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}`}
    />
  );
}
