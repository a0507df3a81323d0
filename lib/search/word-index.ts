// The flexsearch layer: one word index whose score slot is the field tier where a word first occurs in a record,
// so a single lookup tells both which codes contain a word and how prominently (title vs prose vs causes).
import { Index } from 'flexsearch';
import { kindText } from './kinds';
import { STOPWORDS, joinedForms, tokenize } from './tokenize';
import type { GuideSection, SearchRecord } from './types';

/** A record's words, each once, in the best tier it occurs in: 0 code, name and title; 1 messages, templates,
 * meaning, action; 2 causes, solutions, group, provider codes. `ends` are where tiers 0 and 1 end in `words`. */
export type RecordWords = { words: string[]; ends: [number, number] };

export const TIER_COUNT = 3;

const stripPlaceholders = (template: string) => template.replace(/\{[^}]*\}/g, ' ');

/** Words of texts by tier, each word once in the best tier it occurs in, joined forms of punctuated words included. */
function tieredWords(tiers: [string, string, string]): RecordWords {
  const seen = new Set<string>();
  const words: string[] = [];
  const ends: number[] = [];
  for (const text of tiers) {
    tokenize(text, seen, STOPWORDS, words);
    joinedForms(text, words, seen);
    ends.push(words.length);
  }
  return { words, ends: [ends[0], ends[1]] };
}

/**
 * Stopwords are left out: queries drop them too. The kind words, the statuses with their reason phrases and the catalog
 * keywords sit with the meaning: they say what the code is about as plainly as its prose does (`handle a 429`).
 */
export function recordWords(record: SearchRecord): RecordWords {
  return tieredWords([
    `${record.code} ${record.name ?? ''} ${record.title}`,
    [
      ...record.messages,
      ...record.templates.map(stripPlaceholders),
      record.meaning,
      record.action,
      kindText(record.tags, record.statuses),
      record.statuses.join(' '),
      ...record.keywords,
    ].join('\n'),
    [
      ...record.causes,
      ...record.solutions,
      record.group,
      ...record.providerCodes.map((p) => `${p.source} ${p.code} ${p.message ?? ''}`),
    ].join('\n'),
  ]);
}

/** A guide section: its heading (or, for a page's top, the page title) first, then its prose, then the page title. */
export function sectionWords(section: GuideSection): RecordWords {
  return tieredWords([section.heading ?? section.page, section.text, section.heading ? section.page : '']);
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
