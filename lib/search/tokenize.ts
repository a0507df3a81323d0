// Splits error text into search terms the way developers type them: identifiers whole and in parts,
// digits untouched (so `1007` stays `1007`), plus the normalised forms the exact-key layer compares.

export const isNumeric = (term: string) => /^\d+$/.test(term);
/** An identifier such as `window_expired` or `x-chert-tenant`, as opposed to a plain word. */
export const isCompound = (term: string) => term.includes('_') || term.includes('-');

/**
 * Words too common to say anything about an error; neither indexed nor searched for. The question words are here
 * because readers type questions (`what is idempotency`, `why am I rate limited`) and a page holding "what" is no
 * better an answer for it; so are `vs` and `versus`, which only join the two things compared.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'am',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'did',
  'do',
  'does',
  'for',
  'from',
  'has',
  'have',
  'how',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'me',
  'my',
  'of',
  'on',
  'or',
  'should',
  'that',
  'the',
  'their',
  'then',
  'this',
  'to',
  'versus',
  'vs',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'will',
  'with',
  'you',
  'your',
]);

const NON_ASCII = /[^\x00-\x7f]/;
const stripMarks = (text: string) => (NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text);

// Identifier characters stay together so `window_expired` and `x-chert-tenant` survive as one chunk.
// The ASCII pattern is the same rule, several times faster on the (usual) all-ASCII text.
const CHUNK_ASCII = /[A-Za-z0-9]+(?:[_-]+[A-Za-z0-9]+)*/g;
const CHUNK = /[\p{L}\p{N}]+(?:[_-]+[\p{L}\p{N}]+)*/gu;
// camelCase and PascalCase boundaries: `invalidPhone` → invalid|Phone, `HTTPError` → HTTP|Error.
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
const HAS_CAMEL = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const HAS_CAMEL_ASCII = /[a-z][A-Z]|[A-Z][A-Z][a-z]/;
const SEPARATOR = /[_-]/;
const SEPARATORS = /[_-]+/;
const SPLIT_ASCII = /[^a-z0-9_-]+/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;
const isWordChar = (char: string) =>
  char < '\x80'
    ? (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || (char >= 'A' && char <= 'Z')
    : WORD_CHAR.test(char);

/**
 * `text` without the characters `drop` accepts at either end. A loop, not a `^x+|x+$` regex: an anchored-at-end
 * pattern retries from every position of an inner run, which is quadratic on a long run of blanks or dashes.
 */
function trimWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && drop(text[start])) start++;
  while (end > start && drop(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
const isSeparator = (char: string) => char === '_' || char === '-';

/** British endings and the American ones they meet: `-ise`/`-yse` verbs and their forms, `-our` nouns and forms. */
const ISE = /^(.{3,}?[^aeiou]i|.{2,}?y)s(e|es|ed|ing|er|ers|ation|ations|able)$/;
// Words spelt -ise in American English too (otherwise, advise, exercise, surprise, promise, expertise, franchise).
const ISE_BOTH = /(?:w|v|pr|nr|prom|rem|dem|ec|nc|rc|xc|ad|nd|ert|st|ch)i$/;
const OUR = /^(.{3,}o)ur(s|ed|ing|ite|ites|able|ful|less)?$/;
// A doubled `l` before an ending (`cancelled`, `labelling`, `modeller`) is single in American spelling.
const ELLED = /^(.{3,}e)ll(ed|ing|er|ers)$/;
const OGUE = /^(.{3,}og)ue(s)?$/;
/** Nouns written with `c` in British and `s` in American spelling. */
const CENCE: Readonly<Record<string, string>> = {
  licence: 'license',
  licences: 'licenses',
  defence: 'defense',
  offence: 'offense',
  offences: 'offenses',
};

/**
 * One spelling for British and American forms of a word, so a page and a query written in either meet:
 * `unauthorised` → unauthorized, `normalisation` → normalization, `behaviour` → behavior, `cancelled` → canceled,
 * `licence` → license, `catalogue` → catalog. Both the index and the query go through it, so the form chosen only has
 * to be the same on both sides; short words (`four`, `hour`, `rise`) are left alone.
 */
export function spelling(word: string): string {
  if (word.length < 5) return word;
  const last = word.charCodeAt(word.length - 1);
  if (last < 97 || last > 122) return word;
  return (
    CENCE[word] ??
    word
      .replace(ISE, (whole, base: string, end: string) => (ISE_BOTH.test(base) ? whole : `${base}z${end}`))
      .replace(OUR, '$1r$2')
      .replace(ELLED, '$1l$2')
      .replace(OGUE, '$1$2')
  );
}

/**
 * Terms of a text, lowercased, in order of first appearance, without duplicates.
 * An identifier yields itself and its parts: `RATE_LIMIT_EXCEEDED` → rate_limit_exceeded, rate, limit, exceeded;
 * `invalidPhone` → invalidphone, invalid, phone. Numbers are never split or shortened.
 * Terms already in `seen` are skipped, so several fields can share one set and keep each term once; so are terms in
 * `skip` (the index leaves out stopwords). Terms are appended to `out`, which is returned.
 */
export function tokenize(
  text: string,
  seen = new Set<string>(),
  skip?: ReadonlySet<string>,
  out: string[] = [],
): string[] {
  const push = (raw: string) => {
    const term = spelling(raw);
    if ((term.length > 1 || (term >= '0' && term <= '9')) && !seen.has(term) && !skip?.has(term)) {
      seen.add(term);
      out.push(term);
    }
  };
  const source = stripMarks(text);
  const ascii = !NON_ASCII.test(source);
  if (ascii && !HAS_CAMEL_ASCII.test(source)) {
    // Fast path for plain ASCII prose and snake_case (nearly all catalog text): lowercase once, split once.
    for (let chunk of source.toLowerCase().split(SPLIT_ASCII)) {
      if (!chunk) continue;
      const compound = chunk.includes('_') || chunk.includes('-');
      if (compound) chunk = trimWhere(chunk, isSeparator);
      push(chunk);
      if (compound) for (const part of chunk.split(SEPARATORS)) push(part);
    }
    return out;
  }
  for (const match of source.matchAll(ascii ? CHUNK_ASCII : CHUNK)) {
    const chunk = match[0];
    const lower = chunk.toLowerCase();
    push(lower);
    const camel = lower !== chunk && HAS_CAMEL.test(chunk);
    if (!camel && !SEPARATOR.test(chunk)) continue;
    for (const part of chunk.split(SEPARATORS)) {
      if (camel) for (const piece of part.split(CAMEL)) push(piece.toLowerCase());
      else push(part.toLowerCase());
    }
  }
  return out;
}

/**
 * The form codes, names and whole queries are compared in: lowercase, any run of spaces, underscores or hyphens
 * as one `_`, surrounding quotes and punctuation dropped, each part in one spelling (see `spelling`).
 * `"Window expired"` and `window_expired` meet here.
 */
export function normalizeKey(text: string): string {
  const key = trimWhere(stripMarks(text).toLowerCase(), (char) => !isWordChar(char)).replace(/[\s_-]+/g, '_');
  // Each part in one spelling, as the word index holds it: `unauthorised` meets UNAUTHORIZED.
  return key.length < 5 ? key : key.split('_').map(spelling).join('_');
}

/**
 * Words written with punctuation or separators inside, joined (`E.164` → e164, `rate-limit` → ratelimit,
 * `messages:send` → messagessend), so a reader who types them without the punctuation still meets them.
 * Linear: one split on blanks, one replace per chunk.
 */
export function joinedForms(text: string, out: string[] = [], seen = new Set<string>()): string[] {
  for (const chunk of stripMarks(text).toLowerCase().split(/\s+/)) {
    if (chunk.length < 3) continue;
    const trimmed = trimWhere(chunk, (char) => !isWordChar(char));
    const joined = trimmed.replace(NON_WORD_RUN, '');
    // Only where punctuation sat between letters or digits; a plain word is already a term.
    if (joined === trimmed || joined.length < 3 || joined.length > 40 || seen.has(joined)) continue;
    seen.add(joined);
    out.push(joined);
  }
  return out;
}

/** The form pasted messages are compared in: lowercase, single spaces, no wrapping quotes or trailing full stop. */
export function normalizeMessage(text: string): string {
  // A message copied out of JSON or a log line often keeps its quotes or a trailing comma.
  const out = stripMarks(text).toLowerCase().replace(/\s+/g, ' ');
  return trimWhere(
    trimWhere(out, (char) => ' "\'`'.includes(char)),
    (char) => ' "\'`,;.'.includes(char),
  );
}

/** A crude English stem so `limits`, `limited` and `limit` meet, and `exponentially` meets `exponential`; only used to find sibling words in the vocabulary. */
export function stem(term: string): string {
  if (term.length < 5 || /\d/.test(term)) return term;
  // A `y` that became `i` before an ending meets its word again: `retries`, `retried` → retry; `policies` → policy.
  if (/[^aeiou]i(?:es|ed)$/.test(term) && term.length >= 6) return `${term.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ly', 'ed', 'es', 's', 'e']) {
    const base = term.slice(0, -suffix.length);
    // A base without a vowel is no English word (`https` is not the plural of `http`).
    if (term.endsWith(suffix) && base.length >= 4 && /[aeiouy]/.test(base)) return base;
  }
  return term;
}

// Reused rows: the typo fallback calls this for many vocabulary words per query.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (edits plus swaps of neighbours), giving up above `max`:
 * `rete`→`rate` is 1, `atachment`→`attachment` is 1, `saturatd`→`saturated` is 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [prev2, prev, current] = rows;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, prev2[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, current] = [prev, current, prev2];
  }
  return prev[cols - 1];
}
