// The kinds a code belongs to, as words for the search index, derived from catalog facts (its concept tags, its
// group's tags, its HTTP statuses) so no catalog has to repeat them per code; the vocabulary is lib/decode/kinds.ts.
import type { ConceptTag } from '@/lib/catalog/schema';
import { KIND_WORDS, statusKind } from '@/lib/decode/kinds';
import { statusName } from '@/lib/decode/status-text';

/** The kind words and status reason phrases of a code, as one text for the word index. */
export function kindText(tags: readonly ConceptTag[], statuses: readonly number[]): string {
  const kinds = new Set(tags);
  for (const status of statuses) {
    const kind = statusKind(status);
    if (kind) kinds.add(kind);
  }
  const words = [...kinds].map((kind) => KIND_WORDS[kind]);
  // 2xx reasons (`OK`) say nothing about a failure that travels with them.
  for (const status of statuses) {
    const name = status >= 400 ? statusName(status) : null;
    if (name) words.push(name);
  }
  return words.join('\n');
}
