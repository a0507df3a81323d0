// Splits a text into plain and highlighted runs for a search hit's `matched` words; the UI renders the runs
// as elements, so no HTML string is ever built from catalog text.
import { spelling } from './tokenize';

export type HighlightRange = { text: string; hit: boolean };

const LETTER_RUN = /[a-z]{5,}/g;
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isUpper = (char: string | undefined) => char !== undefined && char !== char.toLowerCase();

/**
 * Runs of `text`, marking every case-insensitive occurrence of a matched word that starts a word
 * (after a space, punctuation, `_`, or a camelCase boundary); numbers only whole. Adjacent and overlapping hits merge.
 */
export function highlightRanges(text: string, matched: readonly string[]): HighlightRange[] {
  const lower = text.toLowerCase();
  // A few characters change length when lowercased (`İ`); offsets would drift, so show such text plain.
  if (lower.length !== text.length || !text) return text ? [{ text, hit: false }] : [];
  const marks = new Uint8Array(text.length);
  for (const word of new Set(matched.map((m) => m.toLowerCase()).filter(Boolean))) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const before = text[at - 1];
      const startsWord = !isWordChar(before) || (!isUpper(before) && isUpper(text[at]));
      // Numbers match whole, as in search: `1007` is not highlighted inside `10070`.
      const wholeNumber = !/^\d+$/.test(word) || !/\d/.test(text[at + word.length] ?? '');
      if (startsWord && wholeNumber) marks.fill(1, at, at + word.length);
    }
  }
  // A word written in the other spelling (`recognised` for a match on `recognized`) is the same word.
  const words = new Set(matched.map((m) => m.toLowerCase()));
  for (const run of lower.matchAll(LETTER_RUN)) {
    const word = run[0];
    const respelled = spelling(word);
    if (respelled !== word && words.has(respelled)) marks.fill(1, run.index, run.index + word.length);
  }
  const ranges: HighlightRange[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      ranges.push({ text: text.slice(start, i), hit: marks[start] === 1 });
      start = i;
    }
  }
  return ranges;
}
