// The flexsearch layer: one word index whose score slot is the field tier where a word first occurs in a record,
// so a single lookup tells both which codes contain a word and how prominently (title vs prose vs causes).
import { Index } from 'flexsearch';
import { STOPWORDS, tokenize } from './tokenize';
import type { SearchRecord } from './types';

/** Words of a record by tier: 0 code, name and title; 1 messages, templates, meaning, action; 2 the rest. */
export type TieredWords = [string[], string[], string[]];

export const TIER_COUNT = 3;

const stripPlaceholders = (template: string) => template.replace(/\{[^}]*\}/g, ' ');

/** A record's words, each once, in the best tier it occurs in; stopwords left out (queries drop them too). */
export function recordWords(record: SearchRecord): TieredWords {
  const seen = new Set<string>();
  return [
    tokenize(`${record.code} ${record.name ?? ''} ${record.title}`, seen, STOPWORDS),
    tokenize([...record.messages, ...record.templates.map(stripPlaceholders), record.meaning, record.action].join('\n'), seen, STOPWORDS),
    tokenize(
      [...record.causes, ...record.solutions, record.group, ...record.providerCodes.map((p) => `${p.source} ${p.code} ${p.message ?? ''}`)].join('\n'),
      seen,
      STOPWORDS,
    ),
  ];
}

export type WordIndex = {
  add(id: number, words: TieredWords): void;
  /** Record ids containing the word, one list per tier (best tier first); a tier may be missing. */
  lookup(word: string): ReadonlyArray<readonly number[] | undefined>;
  /** The underlying flexsearch index (the benchmark exports it to compare payload formats). */
  readonly index: Index;
};

export function createWordIndex(): WordIndex {
  // flexsearch asks `score` for each word's slot synchronously inside `add`; the bounds of the record being added
  // turn the word's position into its tier. Words are pre-tokenised, so the encoder only splits on spaces.
  let bounds: [number, number] = [0, 0];
  const index = new Index({
    tokenize: 'strict',
    resolution: TIER_COUNT,
    encode: (text: string) => (text ? text.split(' ') : []),
    score: (_content: string[], _term: string, position: number) => (position < bounds[0] ? 0 : position < bounds[1] ? 1 : 2),
  });
  return {
    add(id, words) {
      bounds = [words[0].length, words[0].length + words[1].length];
      const content = words.flat().join(' ');
      if (content) index.add(id, content);
    },
    lookup(word) {
      // Unresolved results keep flexsearch's per-slot lists, i.e. per tier (documented in flexsearch's resolver.md).
      return index.search(word, { resolve: false }).result as ReadonlyArray<number[] | undefined>;
    },
    index,
  };
}
