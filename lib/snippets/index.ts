// Copyable handling snippets per code, generated from the catalog: TypeScript, Python and curl. Each language has a
// short handler (the decision for this code, at most 20 lines, shown first) and a complete program that sends the
// request, recognises the code by its stable value and does what the catalog says (one click away).
import type { Catalog } from '@/lib/catalog/load';
import type { CodeValue } from '@/lib/catalog/schema';
import { buildPlan, type HandlingPlan } from './plan';
import { pythonSnippet } from './python';
import { shellSnippet } from './shell';
import { pythonShort, shellShort, typescriptShort, type ShortHandler } from './short';
import { typescriptSnippet } from './typescript';

export type SnippetLang = 'typescript' | 'python' | 'shell';

export type Snippet = { lang: SnippetLang; label: string; filename: string; source: string };

/** `/data/snippets/<api>.json`: every full program of an API, keyed by code as text, in tab order. */
export type SnippetFile = Record<string, Snippet[]>;

/** One language's pair: the short handler shown first and the full program behind a disclosure. */
export type SnippetPair = { lang: SnippetLang; label: string; short: ShortHandler; full: Snippet };

/** The snippet languages in tab order, for the UI's tabs (plain data, safe to pass to client components). */
export const snippetLanguages: ReadonlyArray<{ id: SnippetLang; label: string }> = [
  { id: 'typescript', label: 'TypeScript' },
  { id: 'python', label: 'Python' },
  { id: 'shell', label: 'curl' },
];

const RENDER: Record<
  SnippetLang,
  { extension: string; render: (plan: HandlingPlan) => string; short: (plan: HandlingPlan) => ShortHandler }
> = {
  typescript: { extension: 'ts', render: typescriptSnippet, short: typescriptShort },
  python: { extension: 'py', render: pythonSnippet, short: pythonShort },
  shell: { extension: 'sh', render: shellSnippet, short: shellShort },
};

/** The handling snippets of one code, in tab order; throws when the catalog has no such code. */
export function snippetsFor(catalog: Catalog, code: CodeValue): Snippet[] {
  const plan = buildPlan(catalog, code);
  return snippetLanguages.map(({ id, label }) => ({
    lang: id,
    label,
    filename: `${plan.fileStem}.${RENDER[id].extension}`,
    source: RENDER[id].render(plan),
  }));
}

/** The short handler of one code in one language. */
export const shortHandlerFor = (plan: HandlingPlan, lang: SnippetLang): ShortHandler => RENDER[lang].short(plan);

/** Short handler and full program per language, in tab order; throws when the catalog has no such code. */
export function snippetPairsFor(catalog: Catalog, code: CodeValue): SnippetPair[] {
  const plan = buildPlan(catalog, code);
  const full = snippetsFor(catalog, code);
  return snippetLanguages.map(({ id, label }, i) => ({
    lang: id,
    label,
    short: RENDER[id].short(plan),
    full: full[i],
  }));
}

export { SHORT_MAX_LINES, type ShortHandler } from './short';
export { buildPlan, type HandlingPlan } from './plan';
