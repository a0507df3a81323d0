// Pasted messages: the layer that finds a code from the text of its error message, as documented, with its
// variable parts changed (templates), inside a longer paste (a JSON body, a log line), or as a fragment.
import { append } from './lists';
import { SCORE } from './scores';
import { compileTemplate, fitTemplate, preparePasted, templateKeyWord, type TemplateMatcher } from './template';
import { STOPWORDS, normalizeMessage, tokenize } from './tokenize';
import type { SearchRecord } from './types';

type TemplateEntry = { record: number; source: string; matcher?: TemplateMatcher | null };
type MessageEntry = { record: number; text: string };

// Wildcards make a template regex cost grow with the text; a pasted message is never this long.
const MAX_PASTED = 2000;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const longestWord = (text: string) => text.split(NON_WORD).reduce((a, b) => (b.length > a.length ? b : a), '');

export type MessageIndexOptions = {
  /** Ids of the codes whose text holds a word (any tier). */
  codesWith(word: string): Iterable<number>;
  /** How many codes hold a word. */
  frequency(word: string): number;
};

export function createMessageIndex(records: readonly SearchRecord[], { codesWith, frequency }: MessageIndexOptions) {
  const exact = new Map<string, number[]>();
  const messagesOf: string[][] = [];
  /** Templates by the word any text they fit must contain; those without one are always tried. */
  const templatesByWord = new Map<string, TemplateEntry[]>();
  const templatesAlways: TemplateEntry[] = [];
  records.forEach((record, i) => {
    const normalized = record.messages.map(normalizeMessage);
    messagesOf.push(normalized);
    for (const text of normalized) append(exact, text, i);
    for (const source of record.templates) {
      const word = templateKeyWord(source);
      if (word) append(templatesByWord, word, { record: i, source });
      else templatesAlways.push({ record: i, source });
    }
  });
  // Messages by their longest plain word: a paste that holds a message holds that word too.
  const messagesByWord = new Map<string, MessageEntry[]>();
  messagesOf.forEach((texts, record) => {
    for (const text of texts) if (text.length >= 12) append(messagesByWord, longestWord(text), { record, text });
  });

  return {
    /** Message scores per code for a query that looks pasted (several words or punctuation); empty otherwise. */
    match(query: string): Map<number, number> {
      const scores = new Map<number, number>();
      if (query.length < 8 || !/[\s:'"]/.test(query)) return scores;
      const raise = (record: number, score: number) => {
        if ((scores.get(record) ?? 0) < score) scores.set(record, score);
      };
      const pasted = preparePasted(query.slice(0, MAX_PASTED));
      for (const record of exact.get(pasted.loose) ?? []) raise(record, SCORE.message);

      const pastedWords = tokenize(pasted.folded);
      const candidates = [...templatesAlways];
      for (const word of pastedWords) candidates.push(...(templatesByWord.get(word) ?? []));
      for (const entry of candidates) {
        if (entry.matcher === undefined) entry.matcher = compileTemplate(entry.source);
        const how = entry.matcher && fitTemplate(entry.matcher, pasted);
        if (!entry.matcher || !how) continue;
        // `{resource} not found` fits far more text than `Missing required field: {field}` does.
        const fixed = SCORE.templateFixed * Math.min(1, entry.matcher.literalLength / 40);
        raise(entry.record, how === 'whole' ? SCORE.templateWhole + fixed : SCORE.templateInside + 0.6 * fixed);
      }

      for (const word of new Set(pasted.folded.split(NON_WORD))) {
        for (const { record, text } of messagesByWord.get(word) ?? []) {
          if (text !== pasted.loose && pasted.folded.includes(text)) raise(record, SCORE.messageInside);
        }
      }

      // A fragment of a message: its inner words are whole words, so the rarest one narrows the codes to check.
      const inner = pasted.loose
        .split(' ')
        .slice(1, -1)
        .flatMap((chunk) => tokenize(chunk, new Set(), STOPWORDS));
      const rarest = inner.filter((w) => frequency(w) > 0).sort((a, b) => frequency(a) - frequency(b))[0];
      if (pasted.loose.length >= 12 && rarest) {
        for (const record of codesWith(rarest)) {
          for (const text of messagesOf[record]) {
            if (text !== pasted.loose && text.includes(pasted.loose)) {
              raise(record, SCORE.messagePart * (0.5 + (0.5 * pasted.loose.length) / text.length));
            }
          }
        }
      }
      return scores;
    },
  };
}
