import type { Catalog, ErrorCode } from '@/lib/catalog';
import { highlight, type HighlightLang } from '@/lib/highlight';
import { snippetsFor } from '@/lib/snippets';
import { LanguageTabs } from './language-tabs';

const SHIKI_LANG: Record<string, HighlightLang> = { typescript: 'typescript', python: 'python', shell: 'shellscript' };

/** The handling snippets of one code, highlighted at build time; tabs and copy run on the client. */
export async function SnippetTabs({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const snippets = snippetsFor(catalog, entry.code);
  const panels = await Promise.all(
    snippets.map(async (s) => ({ id: s.lang, label: s.label, filename: s.filename, source: s.source, html: await highlight(s.source, SHIKI_LANG[s.lang] ?? 'typescript') })),
  );
  return <LanguageTabs panels={panels} idPrefix={`snippet-${String(entry.code).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`} />;
}
