// The indexed words and how often each occurs: what a query term may stand for (itself, its inflections, the words
// it starts while the user is still typing, near-misses for typos) and how much a match on each is worth.
import { append, lowerBound } from './lists';
import { editDistance, isCompound, isNumeric, stem } from './tokenize';

/** A vocabulary word a query term stands for, and how sure that is (1 for the word itself). */
export type Candidate = { word: string; quality: number };

export type Vocabulary = {
  /** Number of codes whose text holds the word (0 if none). */
  frequency(word: string): number;
  /** Rarity weight of a word: rare words tell codes apart, common ones barely. */
  idf(word: string): number;
  expand(term: string, typingLast: boolean): Candidate[];
  /** The word and the indexed words that share its stem (`back` → back, backing), for halves of a joined term. */
  forms(word: string): string[];
  /** Indexed words within `max` edits of a term, closest and commonest first: suggestions for a query that found nothing. */
  nearest(term: string, max: number, count: number): string[];
};

const MAX_PREFIX_WORDS = 6;
const MAX_TYPO_WORDS = 4;

export function createVocabulary(documentFrequency: ReadonlyMap<string, number>, total: number): Vocabulary {
  // Only plain words are offered as inflections, prefixes and near-misses; identifiers match through their parts.
  const plain = [...documentFrequency.keys()].filter((word) => !isCompound(word) && !isNumeric(word)).sort();
  const siblings = new Map<string, string[]>();
  for (const word of plain) append(siblings, stem(word), word);
  // Near-miss candidates by first letter and length: a typo rarely hits the first letter, and when it swaps the
  // first two letters the second letter's bucket catches it. Built on the first typo.
  let nearBuckets: Map<string, string[]> | undefined;
  const bucket = (initial: string, length: number) => {
    if (!nearBuckets) {
      nearBuckets = new Map();
      for (const word of plain) append(nearBuckets, `${word[0]}${word.length}`, word);
    }
    return nearBuckets.get(`${initial}${length}`) ?? [];
  };
  const frequency = (word: string) => documentFrequency.get(word) ?? 0;

  function nearMisses(term: string, max = term.length >= 8 ? 2 : 1, count = MAX_TYPO_WORDS): Array<[string, number]> {
    const near: Array<[string, number]> = [];
    for (const initial of term[1] === term[0] ? [term[0]] : [term[0], term[1]]) {
      for (let length = term.length - max; length <= term.length + max; length++) {
        for (const word of bucket(initial, length)) {
          const distance = editDistance(term, word, max);
          if (distance <= max) near.push([word, distance]);
        }
      }
    }
    // Closest first, then the commoner word (the likelier meaning), then alphabetical for a stable order.
    near.sort((a, b) => a[1] - b[1] || frequency(b[0]) - frequency(a[0]) || (a[0] < b[0] ? -1 : 1));
    return near.slice(0, count);
  }

  return {
    frequency,
    nearest: (term, max, count) =>
      term.length < 2 || isNumeric(term) ? [] : nearMisses(term, max, count).map(([word]) => word),
    forms: (word) => [...new Set([word, ...(isNumeric(word) ? [] : (siblings.get(stem(word)) ?? []))])],
    idf: (word) => Math.log(1 + total / (documentFrequency.get(word) ?? total)),
    expand(term, typingLast) {
      const found = new Map<string, number>();
      const offer = (word: string, quality: number) => {
        if ((found.get(word) ?? 0) < quality) found.set(word, quality);
      };
      const known = documentFrequency.has(term);
      if (known) offer(term, 1);
      // Digits only ever match themselves: `1007` must not find `10070` or `1001`.
      if (!isNumeric(term)) {
        for (const word of siblings.get(stem(term)) ?? []) offer(word, 0.95);
        if (term.length >= 3 && (typingLast || !known)) {
          const prefixed: string[] = [];
          for (
            let i = lowerBound(plain, term);
            i < plain.length && plain[i].startsWith(term) && prefixed.length < 200;
            i++
          ) {
            if (plain[i] !== term) prefixed.push(plain[i]);
          }
          prefixed.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
          for (const word of prefixed.slice(0, MAX_PREFIX_WORDS)) offer(word, 0.5 + (0.35 * term.length) / word.length);
        }
        if (found.size === 0 && term.length >= 4) {
          for (const [word, distance] of nearMisses(term)) offer(word, distance === 1 ? 0.7 : 0.5);
        }
      }
      return [...found].map(([word, quality]) => ({ word, quality }));
    },
  };
}
