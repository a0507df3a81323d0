// Copyable handling snippets per code, generated from the catalog: TypeScript, Python and curl, each a complete
// program that sends the request, recognises the code by its stable value and does what the catalog says.
import type { Catalog } from '@/lib/catalog/load';
import type { CodeValue } from '@/lib/catalog/schema';
import { buildPlan } from './plan';
import { pythonSnippet } from './python';
import { shellSnippet } from './shell';
import { typescriptSnippet } from './typescript';

export type SnippetLang = 'typescript' | 'python' | 'shell';

export type Snippet = { lang: SnippetLang; label: string; filename: string; source: string };

/** The snippet languages in tab order. */
export const snippetLanguages = [
  { id: 'typescript', label: 'TypeScript', extension: 'ts', render: typescriptSnippet },
  { id: 'python', label: 'Python', extension: 'py', render: pythonSnippet },
  { id: 'shell', label: 'curl', extension: 'sh', render: shellSnippet },
] as const satisfies ReadonlyArray<{ id: SnippetLang; label: string; extension: string }>;

export function snippetsFor(catalog: Catalog, code: CodeValue): Snippet[] {
  const plan = buildPlan(catalog, code);
  return snippetLanguages.map((l) => ({ lang: l.id, label: l.label, filename: `${plan.fileStem}.${l.extension}`, source: l.render(plan) }));
}

export { buildPlan, scheduleMs, type Decision, type HandlingPlan } from './plan';
