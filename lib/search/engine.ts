// The search engine shared by the browser and the tests: exact keys, pasted messages, status queries and a
// flexsearch word index over codes and guide sections, combined into one score so an exact code outranks a code or
// a guide that merely mentions it, and cut at a relevance floor so loose matches do not pad the list.
//
// Payload format, chosen by measurement (`npm run bench:search`, Node 20, 2 shared cores, 10,000 generated codes):
// ship the records and build the word index in the browser, not flexsearch's exported index. The export is an
// inverted index on top of the records the result list must show anyway, about twice the download, and under
// Lighthouse's throttling the halved download wins or ties; the export pulls ahead only on fast links.
import { codePath } from '@/lib/catalog/paths';
import { createKeyIndex } from './keys';
import { REASON_STATUS, codeKinds, kindVocabulary, reasonKey } from './kinds';
import type { ConceptTag } from '@/lib/catalog/schema';
import { append, sortedHas } from './lists';
import { createMessageIndex } from './messages';
import { FLOOR, SCORE, TIER_WEIGHTS } from './scores';
import { STOPWORDS, isCompound, isNumeric, joinedForms, tokenize } from './tokenize';
import type {
  GuideSection,
  PayloadRecord,
  SearchEngine,
  SearchHit,
  SearchOptions,
  SearchPayload,
  SearchRecord,
  SearchResult,
} from './types';
import { createVocabulary } from './vocabulary';
import { TIER_COUNT, createWordIndex, recordWords, sectionWords } from './word-index';

export const PAYLOAD_VERSION = 2;

const LISTS = [
  'messages',
  'templates',
  'causes',
  'solutions',
  'statuses',
  'providerCodes',
  'tags',
  'keywords',
] as const;
const MAX_QUERY_TERMS = 12;
/** Words looked at in a query; a paste of a whole log is matched by the message layer, not word by word. */
const MAX_QUERY_TOKENS = 64;
/** Words that only say "this is about a status": `HTTP 503`, `status 429`, `5xx errors`. */
const STATUS_FILLER = new Set([
  'http',
  'https',
  'status',
  'statuses',
  'code',
  'codes',
  'error',
  'errors',
  'response',
  'responses',
]);
/** Words every page here is about; in a longer query they add to a score but a page need not hold them. */
const GENERIC = new Set([
  'error',
  'errors',
  'fail',
  'fails',
  'failed',
  'failing',
  'failure',
  'failures',
  'problem',
  'problems',
  'issue',
  'issues',
]);

/** The JSON the browser downloads: the records, nothing derived; API names and group titles once, empty lists left out. */
export function buildSearchPayload(records: SearchRecord[], guides: GuideSection[] = []): SearchPayload {
  const apis: Record<string, string> = {};
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const shipped = records.map(({ apiName, group, url: _url, ...record }) => {
    apis[record.api] = apiName;
    if (!groupIndex.has(group)) groupIndex.set(group, groups.push(group) - 1);
    const out: PayloadRecord = { ...record, group: groupIndex.get(group)! };
    for (const list of LISTS) if (record[list].length === 0) delete out[list];
    return out;
  });
  const sections = guides.map(({ apiName, ...section }) => {
    apis[section.api] ??= apiName;
    return section;
  });
  return { version: PAYLOAD_VERSION, apis, groups, records: shipped, guides: sections };
}

function readPayload(payload: SearchPayload): { records: SearchRecord[]; guides: GuideSection[] } {
  if (payload.version !== PAYLOAD_VERSION)
    throw new Error(`search payload version ${payload.version} is not ${PAYLOAD_VERSION}`);
  const records = payload.records.map((record) => ({
    ...record,
    apiName: payload.apis[record.api] ?? record.api,
    messages: record.messages ?? [],
    templates: record.templates ?? [],
    causes: record.causes ?? [],
    solutions: record.solutions ?? [],
    statuses: record.statuses ?? [],
    providerCodes: record.providerCodes ?? [],
    tags: record.tags ?? [],
    keywords: record.keywords ?? [],
    group: payload.groups[record.group] ?? '',
    url: codePath(record.api, record.code),
  }));
  const guides = (payload.guides ?? []).map((section) => ({
    ...section,
    apiName: payload.apis[section.api] ?? section.api,
  }));
  return { records, guides };
}

/** An HTTP version as it opens a pasted status line (`HTTP/1.1 429`, `HTTP/2 503`): says only "HTTP". */
const HTTP_VERSION = /\bhttps?\/[0-9.]+/gi;
const STATUS_WORD = /^[1-5]\d\d$/;
const CLASS_WORD = /^[1-5]xx$/;

/** A status or class said in the plural (`getting 429s`, `5xxs`): the status itself. */
const STATUS_PLURAL = /\b([1-5](?:\d\d|xx))'?s\b/gi;
const statusPlurals = (query: string) => query.replace(STATUS_PLURAL, '$1');

/** The status or class a query asks for, and the APIs it names (empty for all). */
type StatusIntent = { status?: number; digit?: number; apis: string[] };

/** `words` without filler words at either end, as they wrap a reason phrase (`error: too many requests`). */
function trimFiller(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && STATUS_FILLER.has(words[start])) start++;
  while (end > start && STATUS_FILLER.has(words[end - 1])) end--;
  return words.slice(start, end);
}

/**
 * What a query asks for when it is only a status, a class or a status's reason phrase, or a status line with its
 * reason, with filler words and API names around it (`HTTP 503`, `5xx`, `status 429 chert`, `Too Many Requests`,
 * `HTTP/1.1 502 Bad Gateway`). A number and a reason that disagree are no status query.
 */
function statusIntent(query: string, apis: ReadonlyMap<string, unknown>): StatusIntent | null {
  const all = query
    .replace(HTTP_VERSION, ' http ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const named = [...new Set(all.filter((w) => apis.has(w)))];
  const words = all.filter((w) => !apis.has(w));
  if (words.length === 0 || words.length > 10) return null;
  const reasonOf = (phrase: string[]) => REASON_STATUS.get(reasonKey(phrase));
  const reason = reasonOf(words) ?? reasonOf(trimFiller(words));
  if (reason !== undefined) return { status: reason, apis: named };
  const at = words.findIndex((w) => STATUS_WORD.test(w) || CLASS_WORD.test(w));
  if (at < 0) return null;
  const word = words[at];
  const rest = trimFiller(words.filter((_, i) => i !== at));
  if (CLASS_WORD.test(word)) return rest.length === 0 ? { digit: Number(word[0]), apis: named } : null;
  const status = Number(word);
  return rest.length === 0 || reasonOf(rest) === status ? { status, apis: named } : null;
}

/** One way a query term may be met: an indexed word, or two that the term joins (`ratelimit` → rate + limit). */
type Expansion = {
  words: string[];
  quality: number;
  weight: number;
  lists: ReadonlyArray<readonly number[] | undefined>;
};

export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const { records, guides } = readPayload(payload);
  const codeCount = records.length;
  const total = codeCount + guides.length;
  const apiOf = (id: number) => (id < codeCount ? records[id].api : guides[id - codeCount].api);
  const words = createWordIndex();
  const documentFrequency = new Map<string, number>();
  /** Words of each code's title, code and name, or a section's heading, for the share of them a query covers. */
  const titleWords: string[][] = [];
  const byStatus = new Map<number, number[]>();
  const byApi = new Map<string, number[]>();
  const index = (found: ReturnType<typeof recordWords>, title: string, skip?: string) => {
    words.add(titleWords.length, found);
    for (const word of found.words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    titleWords.push(tokenize(title, new Set(), STOPWORDS).filter((w) => !isCompound(w) && w !== skip));
  };
  records.forEach((record, i) => {
    const code = String(record.code).toLowerCase();
    index(recordWords(record), `${record.code} ${record.name ?? ''} ${record.title}`, code);
    for (const status of record.statuses) append(byStatus, status, i);
    append(byApi, record.api, i);
  });
  for (const section of guides) index(sectionWords(section), section.heading ?? section.page);
  const vocabulary = createVocabulary(documentFrequency, total);
  const keys = createKeyIndex(records);
  const messages = createMessageIndex(records, {
    codesWith: (word) => words.lookup(word).flatMap((ids) => (ids ?? []).filter((id) => id < codeCount)),
    frequency: vocabulary.frequency,
  });
  // Kinds as bits, so a query's kinds and a code's kinds compare in one step however many codes a word reaches.
  const kindBit = new Map<ConceptTag, number>();
  const bitOf = (kind: ConceptTag) => kindBit.get(kind) ?? kindBit.set(kind, 1 << kindBit.size).get(kind)!;
  const kindsOf = Uint32Array.from(records, (record) => {
    let mask = 0;
    for (const kind of codeKinds(record.tags, record.statuses)) mask |= bitOf(kind);
    return mask;
  });
  // `not` only negates the word after it (`not found`, `not allowed`); alone it names no kind.
  const kindWords = new Map<string, number>();
  for (const [word, kinds] of kindVocabulary(new Set([...STOPWORDS, ...GENERIC, 'not'])))
    kindWords.set(
      word,
      kinds.reduce((mask, kind) => mask | bitOf(kind), 0),
    );
  const known = (word: string) => word.length > 1 && !STOPWORDS.has(word) && vocabulary.frequency(word) > 0;

  /** Ids holding a form of both words (`backoff` → back…, off), in the worse of the two tiers each holds its word in. */
  function bothLists(a: string, b: string): Array<number[] | undefined> {
    const tiersOf = (word: string) => {
      const tierOf = new Map<number, number>();
      for (const form of vocabulary.forms(word))
        words
          .lookup(form)
          .forEach((ids, tier) => ids?.forEach((id) => tierOf.set(id, Math.min(tier, tierOf.get(id) ?? tier))));
      return tierOf;
    };
    const left = tiersOf(a);
    const out: Array<number[] | undefined> = [];
    for (const [id, tier] of tiersOf(b)) {
      const other = left.get(id);
      if (other !== undefined) (out[Math.max(tier, other)] ??= []).push(id);
    }
    for (const ids of out) ids?.sort((x, y) => x - y);
    return out;
  }

  /** Ways a term may be met: itself and its inflections, prefixes and near-misses; its two halves; a joined pair. */
  function expand(term: string, typingLast: boolean, joinedWith: string[]): Expansion[] {
    const typedIdf = vocabulary.frequency(term) > 0 ? vocabulary.idf(term) : undefined;
    const out: Expansion[] = vocabulary.expand(term, typingLast).map(({ word, quality }) => ({
      words: [word],
      quality,
      // Inflections and near-misses weigh by the rarity of the word typed when it exists, so a rarer sibling
      // (`chats` for `chat`) never outweighs the word itself.
      weight: typedIdf ?? vocabulary.idf(word),
      lists: words.lookup(word),
    }));
    // Words written together or apart: the query's neighbours joined, or the term split into two indexed words.
    for (const joined of joinedWith)
      out.push({
        words: [joined],
        quality: 1,
        weight: typedIdf ?? vocabulary.idf(joined),
        lists: words.lookup(joined),
      });
    if (!isNumeric(term) && term.length >= 5) {
      const isKnown = typedIdf !== undefined;
      for (let cut = isKnown ? 3 : 2; cut <= term.length - (isKnown ? 3 : 2); cut++) {
        const left = term.slice(0, cut);
        const right = term.slice(cut);
        if (!known(left) || !known(right)) continue;
        out.push({
          words: [left, right],
          quality: isKnown ? 0.9 : 0.95,
          weight: typedIdf ?? Math.max(vocabulary.idf(left), vocabulary.idf(right)),
          lists: bothLists(left, right),
        });
      }
    }
    return out;
  }

  // Per-query scratch space, reused: typed arrays keep a 10,000-code query free of per-code allocations.
  const bonus = new Float64Array(total);
  const text = new Float64Array(total);
  const termCount = new Uint16Array(total);
  const termBest = new Float64Array(total);
  const termInHeading = new Uint8Array(total);
  const headingCount = new Uint16Array(total);
  const touchedFlag = new Uint8Array(total);
  const final = new Float64Array(total);

  function run(query: string, options: SearchOptions = {}): SearchResult {
    const trimmed = statusPlurals(query.trim());
    if (!trimmed) return { hits: [], total: 0 };
    const touched: number[] = [];
    const add = (id: number, score: number) => {
      bonus[id] += score;
      if (!touchedFlag[id]) {
        touchedFlag[id] = 1;
        touched.push(id);
      }
    };

    // Layers 1 and 2: exact keys, then pasted messages.
    const keyMatch = keys.match(trimmed);
    for (const [record, score] of keyMatch.scores) add(record, score);
    for (const [record, score] of messages.match(trimmed)) add(record, score);

    // Layer 3: a status or class asked for as such lists the codes documented with it, above any text match.
    const intent = statusIntent(trimmed, byApi);
    let statusIds = intent?.status !== undefined ? (byStatus.get(intent.status) ?? []) : [];
    if (intent?.digit !== undefined) {
      for (const [status, ids] of byStatus) if (Math.floor(status / 100) === intent.digit) statusIds.push(...ids);
    }
    // `chirp 402` asks for Chirp's codes sent with 402, not for every API's.
    if (intent?.apis.length) statusIds = statusIds.filter((id) => intent.apis.includes(records[id].api));
    // A status the source gives only as its group's typical one counts for less than one documented for the code.
    for (const id of new Set(statusIds))
      add(id, records[id].statusesTypical ? SCORE.statusQuery / 2 : SCORE.statusQuery);

    // Layer 4: words, looked up in flexsearch, weighted by tier and rarity, tolerant of inflections and typos.
    // Stopwords are not indexed. An identifier is searched through its parts; the identifier itself was a key above.
    // In a status query the filler words and the HTTP version say nothing a page need hold (`HTTP 413` is not a
    // question about every page that says "HTTP"); the number and the reason's words are still looked for.
    const tokens = intent
      ? tokenize(trimmed.replace(HTTP_VERSION, ' '), new Set(), STOPWORDS).filter((t) => !STATUS_FILLER.has(t))
      : tokenize(trimmed, new Set(), STOPWORDS).slice(0, MAX_QUERY_TOKENS);
    // A status named by its reason that no code is documented with: pages that give its number answer it best.
    if (intent?.status !== undefined && statusIds.length === 0 && !tokens.includes(String(intent.status)))
      tokens.push(String(intent.status));
    const terms = tokens
      .filter((t) => !isCompound(t) || !tokens.some((p) => p !== t && t.split(/[_-]+/).includes(p)))
      .slice(0, MAX_QUERY_TERMS);
    const lastTyped = /[\p{L}\p{N}]$/u.test(trimmed) ? terms[terms.length - 1] : undefined;
    // Punctuated words typed whole (`E.164`) and neighbours written apart (`back off`) meet their joined form.
    const joinedWith = new Map<string, string[]>();
    for (const chunk of trimmed.split(/\s+/, MAX_QUERY_TOKENS)) {
      for (const joined of joinedForms(chunk)) {
        if (!known(joined)) continue;
        for (const part of tokenize(chunk, new Set(), STOPWORDS)) if (part !== joined) append(joinedWith, part, joined);
      }
    }
    for (let i = 0; i + 1 < terms.length; i++) {
      const joined = terms[i] + terms[i + 1];
      if (known(joined) && !isNumeric(joined)) {
        append(joinedWith, terms[i], joined);
        append(joinedWith, terms[i + 1], joined);
      }
    }
    const expansions: Expansion[][] = [];
    const apiTerms: string[] = [];
    let possible = 0;
    const specific = terms.filter((t) => !GENERIC.has(t) && !byApi.has(t)).length;
    // Kinds the query is about: its words name kinds (`quota`, `token`, `unauthorised`, `access`), and each of its
    // other words occurs in some code of a named kind. Every code of such a kind is an answer, even one that holds
    // only the kind's word: it is the kind asked about, not a page that shares one word of the question.
    let named = 0;
    /** For each word that names no kind, the kinds of the codes holding it. */
    const heldByTerm: number[] = [];
    for (const term of terms) {
      const counts = specific === 0 || !GENERIC.has(term) ? 1 : 0;
      if (byApi.has(term)) {
        apiTerms.push(term);
        possible += SCORE.api;
        continue;
      }
      const candidates = expand(term, term === lastTyped, joinedWith.get(term) ?? []);
      expansions.push(candidates);
      const termTouched: number[] = [];
      let ceiling = 0;
      for (const { quality, weight: idf, lists } of candidates) {
        const weight = idf * quality;
        if (counts && quality >= 0.85) for (const id of lists[0] ?? []) termInHeading[id] = 1;
        ceiling = Math.max(ceiling, weight * TIER_WEIGHTS[0]);
        for (let tier = 0; tier < TIER_COUNT; tier++) {
          const value = weight * TIER_WEIGHTS[tier];
          for (const id of lists[tier] ?? []) {
            if (termBest[id] === 0) termTouched.push(id);
            if (termBest[id] < value) termBest[id] = value;
          }
        }
      }
      possible += ceiling || Math.log(1 + total) * TIER_WEIGHTS[0];
      // A status named among other words (`429 huechat`, `503 timeout`) favours the codes sent with it.
      const status = !intent && /^[1-5]\d\d$/.test(term) ? byStatus.get(Number(term)) : undefined;
      for (const record of status ?? []) {
        if (termBest[record] === 0) termCount[record] += 1;
        add(record, SCORE.status);
      }
      if (counts && specific > 0) {
        let names = 0;
        for (const { words: found, quality } of candidates)
          if (quality >= 0.7) for (const word of found) names |= kindWords.get(word) ?? 0;
        named |= names;
        if (!names) {
          let held = 0;
          for (const id of termTouched) if (id < codeCount) held |= kindsOf[id];
          heldByTerm.push(held);
        }
      }
      for (const id of termTouched) {
        text[id] += termBest[id];
        termCount[id] += counts;
        headingCount[id] += termInHeading[id];
        termInHeading[id] = 0;
        termBest[id] = 0;
        add(id, 0);
      }
    }
    // The query's words written together in a page (`Retry-After` for `retry after`, `trace_id`, an identifier typed
    // whole) say the page is about them, not that it merely holds each somewhere.
    const phrases = new Set<string>();
    for (const token of tokens) if (isCompound(token) && !terms.includes(token) && known(token)) phrases.add(token);
    for (const joined of joinedWith.values()) for (const word of joined) phrases.add(word);
    for (const phrase of phrases)
      for (const ids of words.lookup(phrase)) for (const id of ids ?? []) add(id, SCORE.phrase);
    for (const api of apiTerms) {
      // A query that only names an API lists that API's codes; otherwise the name favours its codes and guides.
      for (const id of touched.length ? touched.filter((r) => apiOf(r) === api) : byApi.get(api)!) {
        termCount[id] += 1;
        add(id, SCORE.api);
      }
    }

    const kindQuery = named !== 0 && heldByTerm.every((held) => (held & named) !== 0);
    const kindAsked = (id: number) => kindQuery && id < codeCount && (kindsOf[id] & named) !== 0;
    const allowed = filterOf(options, records, codeCount, apiOf);
    const candidateWords = new Set(expansions.flat().flatMap((c) => c.words));
    // The query spells these words when it covers each of them and holds no more words than they are: a message
    // that holds a title's words and others (`Required field 'x' is missing`) is a message, not the title typed.
    const covers = (words: string[]) =>
      words.length > 0 && specific <= words.length && words.every((w) => candidateWords.has(w));
    const wordTerms = terms.length - apiTerms.length;
    const countedTerms = terms.length - (specific ? terms.length - apiTerms.length - specific : 0);
    let best = 0;
    const scored: number[] = [];
    // Most of the words must be found, as many as the best hits found: next to pages that match the whole question,
    // a page matching one word of it is no answer.
    let mostTerms = 0;
    for (const id of touched) if (text[id] > 0 && termCount[id] > mostTerms) mostTerms = termCount[id];
    const enoughTerms = Math.ceil(mostTerms * FLOOR.shareOfTerms);
    for (const id of touched) {
      let score = bonus[id];
      if (text[id] > 0 && possible > 0) {
        const coverage = Math.min(1, termCount[id] / countedTerms);
        const loose =
          wordTerms >= 2 &&
          termCount[id] < enoughTerms &&
          bonus[id] <= SCORE.api * apiTerms.length &&
          !kindAsked(id) &&
          !(id >= codeCount && headingCount[id] > 0);
        // A loose match is no hit for its API's name alone: `chert auth errors` is not every Chert page saying "errors".
        if (loose) score -= Math.min(score, SCORE.api * apiTerms.length);
        else {
          score += SCORE.text * Math.min(1, text[id] / possible) * (0.5 + 0.5 * coverage);
          const title = titleWords[id];
          let covered = 0;
          for (const word of title) if (candidateWords.has(word)) covered++;
          if (title.length) score += (SCORE.titleCover * covered) / title.length;
          // A page is about what its heading or title says: one whose heading holds the query's words answers it
          // better than pages that only mention them in their prose.
          score += (SCORE.heading * Math.min(headingCount[id], countedTerms)) / countedTerms;
          // Every query word found, and together they spell the code, name or title: a near-exact key, typos allowed
          // (a misspelt word of a code's name or title).
          if (id < codeCount && termCount[id] >= countedTerms) {
            const near = keys.nearParts(id);
            const value = near.keys.some(covers) ? SCORE.nearKey : covers(near.title) ? SCORE.nearTitle : 0;
            score += Math.max(0, value - (keyMatch.scores.get(id) ?? 0));
          }
        }
      }
      bonus[id] = 0;
      text[id] = 0;
      termCount[id] = 0;
      headingCount[id] = 0;
      touchedFlag[id] = 0;
      if (score <= 0 || !allowed(id)) continue;
      final[id] = Math.round(score * 100) / 100;
      scored.push(id);
      if (final[id] > best) best = final[id];
    }

    // The relevance floor: a hit far below the best one is noise next to it.
    const floor = Math.max(FLOOR.minimum, best * FLOOR.shareOfBest);
    // A query that names an API (`inbox rate limit`) asks about that API: its hits come first, the others after.
    const ofNamedApi = (id: number) => (apiTerms.includes(apiOf(id)) ? 1 : 0);
    const kept = scored
      .filter((id) => final[id] >= floor)
      .sort((a, b) => ofNamedApi(b) - ofNamedApi(a) || final[b] - final[a] || a - b);
    // Equal scores take turns by API (each API's first, then each API's second, …, in catalog order), so a tie
    // across APIs never lists one whole API before another.
    const order = new Float64Array(kept.length);
    for (let start = 0; start < kept.length;) {
      let end = start;
      while (
        end < kept.length &&
        final[kept[end]] === final[kept[start]] &&
        ofNamedApi(kept[end]) === ofNamedApi(kept[start])
      )
        end++;
      const seen = new Map<string, number>();
      for (let i = start; i < end; i++) {
        const turn = seen.get(apiOf(kept[i])) ?? 0;
        seen.set(apiOf(kept[i]), turn + 1);
        order[i] = turn * total + kept[i];
      }
      const run = kept
        .slice(start, end)
        .map((id, i) => [id, order[start + i]] as const)
        .sort((a, b) => a[1] - b[1]);
      run.forEach(([id], i) => (kept[start + i] = id));
      start = end;
    }
    const top = kept.slice(0, Math.max(0, options.limit ?? 20));
    const count = kept.length;

    // What to highlight: matched codes and names, and for each query term the best of its words the hit holds.
    const hits = top.map((id): SearchHit => {
      const matched = new Set(id < codeCount ? keyMatch.matched.get(id) : undefined);
      for (const candidates of expansions) {
        let found: Expansion | undefined;
        for (const c of candidates)
          if ((!found || c.quality > found.quality) && c.lists.some((ids) => ids !== undefined && sortedHas(ids, id)))
            found = c;
        for (const word of found?.words ?? []) matched.add(word);
      }
      const score = final[id];
      if (id >= codeCount) {
        const guide = guides[id - codeCount];
        return { guide, url: guide.url, score, matched: [...matched] };
      }
      const record = records[id];
      if (intent?.status !== undefined && record.statuses.includes(intent.status)) matched.add(String(intent.status));
      for (const term of terms)
        if (/^[1-5]\d\d$/.test(term) && record.statuses.includes(Number(term))) matched.add(term);
      return { record, url: record.url, score, matched: [...matched] };
    });
    return { hits, total: count };
  }

  /** Nearest indexed words to each word of the query, and the codes numerically nearest a number. */
  function suggest(query: string): string[] {
    const out = new Set<string>();
    // Numeric codes, and the statuses codes are documented with, so `413` meets the nearest documented status.
    const numbers = [
      ...new Set([...records.map((r) => r.code).filter((c): c is number => typeof c === 'number'), ...byStatus.keys()]),
    ];
    // A status query (`HTTP 413`, `Gateway Timeout`) that found nothing: the documented statuses nearest it.
    const intent = statusIntent(statusPlurals(query), byApi);
    const terms =
      intent?.status !== undefined
        ? [String(intent.status)]
        : tokenize(query, new Set(), STOPWORDS).slice(0, MAX_QUERY_TERMS);
    for (const term of terms) {
      if (isNumeric(term)) {
        const value = Number(term);
        numbers
          // Same length and leading digit: codes are grouped by their first digit, as Chert's ranges are.
          .filter((n) => String(n).length === term.length && String(n)[0] === term[0])
          .sort((a, b) => Math.abs(a - value) - Math.abs(b - value) || a - b)
          .slice(0, 3)
          .forEach((n) => out.add(String(n)));
      } else {
        // One edit further than the search itself forgives: what it would have found is no suggestion.
        for (const word of vocabulary.nearest(term, term.length >= 8 ? 3 : term.length >= 4 ? 2 : 1, 3)) out.add(word);
      }
    }
    return [...out].slice(0, 6);
  }

  return { search: (query, options) => run(query, options).hits, run, suggest, size: codeCount };
}

/** The options as a test on ids; a guide has no status or retryability, so those filters leave guides out. */
function filterOf(
  options: SearchOptions,
  records: readonly SearchRecord[],
  codeCount: number,
  apiOf: (id: number) => string,
): (id: number) => boolean {
  const { api, statusClass, retryable } = options;
  const digit = statusClass ? Number(statusClass[0]) : undefined;
  return (id) => {
    if (api !== undefined && apiOf(id) !== api) return false;
    if (id >= codeCount) return digit === undefined && retryable === undefined;
    const record = records[id];
    return (
      (digit === undefined || record.statuses.some((s) => Math.floor(s / 100) === digit)) &&
      (retryable === undefined || record.retryable === retryable)
    );
  };
}
