// The kinds a code belongs to, as words for the search index, derived from catalog facts (its concept tags, its
// group's tags, its HTTP statuses) so no catalog has to repeat them per code; the vocabulary is lib/decode/kinds.ts.
import type { ConceptTag } from '@/lib/catalog/schema';
import { KIND_WORDS, statusKind } from '@/lib/decode/kinds';
import { errorStatusNames, statusName } from '@/lib/decode/status-text';
import { spelling, stem, tokenize } from './tokenize';

/**
 * Words readers type for a kind that the shared kind vocabulary does not hold: a cap on sends is a quota as often as
 * a rate limit, a credential is often called a token, a refusal reads "not allowed" as often as "forbidden", and a service that is
 * unavailable is "down".
 */
const MORE_KIND_WORDS: Readonly<Partial<Record<ConceptTag, string>>> = {
  'rate-limit': 'quota',
  credentials: 'token unauthorized',
  forbidden: 'not allowed',
  unavailable: 'down',
};

/**
 * Reason phrases that earlier HTTP specifications gave and that RFC 9110 renamed; servers and libraries still print
 * them (`413 Payload Too Large`, `422 Unprocessable Entity`), so readers type them.
 */
const FORMER_STATUS_NAMES: ReadonlyArray<readonly [number, string]> = [
  [413, 'Payload Too Large'],
  [413, 'Request Entity Too Large'],
  [414, 'Request-URI Too Long'],
  [416, 'Requested Range Not Satisfiable'],
  [422, 'Unprocessable Entity'],
];

/** The reason phrase's words as a query meets them: lowercase, no punctuation, one spelling, stemmed (`too many request`). */
export const reasonKey = (words: readonly string[]) => words.map((word) => stem(spelling(word))).join(' ');
const phraseWords = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every error status's reason phrases, current and former, keyed as `reasonKey` writes them. */
export const REASON_STATUS: ReadonlyMap<string, number> = new Map(
  [...errorStatusNames(), ...FORMER_STATUS_NAMES].map(([status, reason]) => [reasonKey(phraseWords(reason)), status]),
);

/** The kinds a code belongs to: its concept tags and the kinds its statuses mean. */
export function codeKinds(tags: readonly ConceptTag[], statuses: readonly number[]): Set<ConceptTag> {
  const kinds = new Set(tags);
  for (const status of statuses) {
    const kind = statusKind(status);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/** The words that name each kind, as the index holds them (tokenised), for telling which kinds a query names. */
export function kindVocabulary(skip: ReadonlySet<string>): Map<string, ConceptTag[]> {
  const out = new Map<string, ConceptTag[]>();
  for (const kind of Object.keys(KIND_WORDS) as ConceptTag[]) {
    for (const word of tokenize(`${KIND_WORDS[kind]} ${MORE_KIND_WORDS[kind] ?? ''}`, new Set(), skip))
      out.set(word, [...(out.get(word) ?? []), kind]);
  }
  return out;
}

/** The kind words and status reason phrases of a code, as one text for the word index. */
export function kindText(tags: readonly ConceptTag[], statuses: readonly number[]): string {
  const kinds = codeKinds(tags, statuses);
  const words = [...kinds].flatMap((kind) => [KIND_WORDS[kind], MORE_KIND_WORDS[kind] ?? '']);
  // 2xx reasons (`OK`) say nothing about a failure that travels with them.
  for (const status of statuses) {
    const name = status >= 400 ? statusName(status) : null;
    if (name) words.push(name);
    for (const [former, phrase] of FORMER_STATUS_NAMES) if (former === status) words.push(phrase);
  }
  return words.filter(Boolean).join('\n');
}
