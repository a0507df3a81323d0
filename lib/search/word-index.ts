// The flexsearch layer: one word index whose score slot is the field tier where a word first occurs in a record,
// so a single lookup tells both which codes contain a word and how prominently (title vs prose vs causes).
import { Index } from 'flexsearch';
import { STOPWORDS, tokenize } from './tokenize';
import type { SearchRecord } from './types';

/** A record's words, each once, in the best tier it occurs in: 0 code, name and title; 1 messages, templates,
 * meaning, action; 2 causes, solutions, group, provider codes. `ends` are where tiers 0 and 1 end in `words`. */
export type RecordWords = { words: string[]; ends: [number, number] };

export const TIER_COUNT = 3;

const stripPlaceholders = (template: string) => template.replace(/\{[^}]*\}/g, ' ');

/** Stopwords are left out: queries drop them too. */
export function recordWords(record: SearchRecord): RecordWords {
  const seen = new Set<string>();
  const words: string[] = [];
  tokenize(`${record.code} ${record.name ?? ''} ${record.title}`, seen, STOPWORDS, words);
  const first = words.length;
  tokenize([...record.messages, ...record.templates.map(stripPlaceholders), record.meaning, record.action].join('\n'), seen, STOPWORDS, words);
  const second = words.length;
  const rest = [...record.causes, ...record.solutions, record.group, ...record.providerCodes.map((p) => `${p.source} ${p.code} ${p.message ?? ''}`)];
  tokenize(rest.join('\n'), seen, STOPWORDS, words);
  return { words, ends: [first, second] };
}

export type WordIndex = {
  add(id: number, words: RecordWords): void;
  /** Record ids containing the word, one list per tier (best tier first); a tier may be missing. */
  lookup(word: string): ReadonlyArray<readonly number[] | undefined>;
  /** The underlying flexsearch index (the benchmark exports it to compare payload formats). */
  readonly index: Index;
};

export function createWordIndex(): WordIndex {
  // Words arrive already tokenised. flexsearch asks the encoder for a record's terms and `score` for each term's slot,
  // both synchronously inside `add`, so the record being added hands over its words and tier ends directly.
  let pending: RecordWords | undefined;
  const index = new Index({
    tokenize: 'strict',
    resolution: TIER_COUNT,
    encode: (text: string) => {
      if (pending) return pending.words;
      return text ? text.split(' ') : [];
    },
    score: (_content: string[], _term: string, position: number) =>
      pending === undefined ? 0 : position < pending.ends[0] ? 0 : position < pending.ends[1] ? 1 : 2,
  });
  return {
    add(id, words) {
      if (words.words.length === 0) return;
      pending = words;
      try {
        index.add(id, ' ');
      } finally {
        pending = undefined;
      }
    },
    lookup(word) {
      // Unresolved results keep flexsearch's per-slot lists, i.e. per tier (documented in flexsearch's resolver.md).
      return index.search(word, { resolve: false }).result as ReadonlyArray<number[] | undefined>;
    },
    index,
  };
}
