// Codes, names, provider codes and titles as exact keys: the layer that puts `1007`, `RATE_LIMIT_EXCEEDED` and
// `131047` first, whatever the word layer thinks of the text around them.
import { append, lowerBound } from './lists';
import { SCORE } from './scores';
import { STOPWORDS, isNumeric, normalizeKey } from './tokenize';
import type { SearchRecord } from './types';

type KeyEntry = { record: number; kind: 'code' | 'name' | 'provider'; text: string };

export type KeyMatch = {
  /** Best key score per record. */
  scores: Map<number, number>;
  /** The codes, names and provider codes that matched, per record, for highlighting. */
  matched: Map<number, string[]>;
};

/** The words a query must cover to be a near-exact code, name or title (`templte not found` → template_not_found). */
export type NearParts = { keys: string[][]; title: string[] };

export function createKeyIndex(records: readonly SearchRecord[]) {
  const keys = new Map<string, KeyEntry[]>();
  const titles = new Map<string, number[]>();
  const near: NearParts[] = [];
  // The same words the word index holds: no stopwords, no single letters.
  const words = (key: string) =>
    key.split(/[^\p{L}\p{N}]+/u).filter((w) => (w.length > 1 || isNumeric(w)) && !STOPWORDS.has(w));
  records.forEach((record, i) => {
    const code = normalizeKey(String(record.code));
    const name = record.name ? normalizeKey(record.name) : '';
    const title = normalizeKey(record.title);
    append(keys, code, { record: i, kind: 'code', text: String(record.code) });
    if (record.name) append(keys, name, { record: i, kind: 'name', text: record.name });
    for (const provider of record.providerCodes) {
      append(keys, normalizeKey(String(provider.code)), { record: i, kind: 'provider', text: String(provider.code) });
    }
    append(titles, title, i);
    // A bare number is not spelled by words; `1007` is left to the exact match above.
    near.push({
      keys: [words(code), words(name)].filter(
        (parts) => parts.length > 0 && !(parts.length === 1 && isNumeric(parts[0])),
      ),
      title: words(title),
    });
  });
  // Numbers are never prefixes of one another here: `1007` must not find `10070`.
  const prefixKeys = [...keys.keys()].filter((k) => !isNumeric(k)).sort();

  return {
    nearParts: (record: number): NearParts => near[record],
    /** Keys matching the whole query, one of its words, or starting with it; and titles equal to it. */
    match(query: string): KeyMatch {
      const scores = new Map<number, number>();
      const matched = new Map<number, string[]>();
      const credit = (entry: KeyEntry, score: number) => {
        if ((scores.get(entry.record) ?? 0) < score) scores.set(entry.record, score);
        append(matched, entry.record, entry.text);
      };
      const whole = normalizeKey(query);
      const spaced = /\s/.test(query);
      for (const entry of keys.get(whole) ?? []) {
        credit(entry, spaced ? SCORE.spacedKey : SCORE[entry.kind] + (entry.text === query ? SCORE.exactCase : 0));
      }
      // Words of the query, also where a key is glued to its label (`code=2004`, `error:1007`, `"code":"x"`).
      const chunks = query.split(/[\s=:,;"'`()[\]{}<>]+/).filter(Boolean);
      if (chunks.length > 1) {
        for (const chunk of chunks) {
          for (const entry of keys.get(normalizeKey(chunk)) ?? []) {
            credit(
              entry,
              entry.kind === 'code' ? SCORE.codeWord : entry.kind === 'name' ? SCORE.nameWord : SCORE.providerWord,
            );
          }
        }
      }
      if (whole.length >= 4 && !isNumeric(whole)) {
        for (
          let i = lowerBound(prefixKeys, whole), n = 0;
          i < prefixKeys.length && prefixKeys[i].startsWith(whole) && n < 50;
          i++, n++
        ) {
          const key = prefixKeys[i];
          if (key === whole) continue;
          for (const entry of keys.get(key) ?? []) {
            if (entry.kind !== 'provider') credit(entry, (SCORE.keyPrefix * whole.length) / key.length);
          }
        }
      }
      for (const record of titles.get(whole) ?? []) {
        if ((scores.get(record) ?? 0) < SCORE.title) scores.set(record, SCORE.title);
      }
      return { scores, matched };
    },
  };
}
