// Copyable handling snippets per code, generated from the catalog: TypeScript, Python and curl, each a complete
// program that sends the request, recognises the code by its stable value and does what the catalog says.
import type { Catalog } from '@/lib/catalog/load';
import type { CodeValue } from '@/lib/catalog/schema';
import { buildPlan, type HandlingPlan } from './plan';
import { pythonSnippet } from './python';
import { shellSnippet } from './shell';
import { typescriptSnippet } from './typescript';

export type SnippetLang = 'typescript' | 'python' | 'shell';

export type Snippet = { lang: SnippetLang; label: string; filename: string; source: string };

/** The snippet languages in tab order, for the UI's tabs (plain data, safe to pass to client components). */
export const snippetLanguages: ReadonlyArray<{ id: SnippetLang; label: string }> = [
  { id: 'typescript', label: 'TypeScript' },
  { id: 'python', label: 'Python' },
  { id: 'shell', label: 'curl' },
];

const RENDER: Record<SnippetLang, { extension: string; render: (plan: HandlingPlan) => string }> = {
  typescript: { extension: 'ts', render: typescriptSnippet },
  python: { extension: 'py', render: pythonSnippet },
  shell: { extension: 'sh', render: shellSnippet },
};

/** The handling snippets of one code, in tab order; throws when the catalog has no such code. */
export function snippetsFor(catalog: Catalog, code: CodeValue): Snippet[] {
  const plan = buildPlan(catalog, code);
  return snippetLanguages.map(({ id, label }) => ({ lang: id, label, filename: `${plan.fileStem}.${RENDER[id].extension}`, source: RENDER[id].render(plan) }));
}

export { buildPlan, type HandlingPlan } from './plan';
