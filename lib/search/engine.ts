// The search engine shared by the browser and the tests: exact keys, message templates and a flexsearch word index,
// combined into one score so an exact code outranks a code that merely mentions it.
//
// Payload choice, measured with `npm run bench:search` (Node 20, 2 cores, 10,000 generated codes): the payload
// ships the records and the browser builds the word index from them, rather than shipping flexsearch's export.
// The export is an inverted index *on top of* the records the result list must show anyway, so it can only add
// bytes (PAYLOAD_NOTE_SIZES), and importing it saves less time than those bytes take to download on a typical
// connection (PAYLOAD_NOTE_TIMES). One file, one format, and no index that can drift from the records.
import { compileTemplate, fitTemplate, preparePasted, type TemplateMatcher } from './template';
import { STOPWORDS, editDistance, normalizeKey, normalizeMessage, stem, tokenize } from './tokenize';
import type { PayloadRecord, SearchEngine, SearchHit, SearchOptions, SearchPayload, SearchRecord } from './types';
import { TIER_COUNT, createWordIndex, recordWords } from './word-index';

export const PAYLOAD_VERSION = 1;

const LISTS = ['messages', 'templates', 'causes', 'solutions', 'statuses', 'providerCodes'] as const;

/** The JSON the browser downloads: the records, nothing derived; API names once, empty lists left out. */
export function buildSearchPayload(records: SearchRecord[]): SearchPayload {
  const apis: Record<string, string> = {};
  const shipped = records.map(({ apiName, ...record }) => {
    apis[record.api] = apiName;
    const out: PayloadRecord = { ...record };
    for (const list of LISTS) if (record[list].length === 0) delete out[list];
    return out;
  });
  return { version: PAYLOAD_VERSION, apis, records: shipped };
}

function readPayload(payload: SearchPayload): SearchRecord[] {
  if (payload.version !== PAYLOAD_VERSION) throw new Error(`search payload version ${payload.version} is not ${PAYLOAD_VERSION}`);
  return payload.records.map((record) => ({
    ...record,
    apiName: payload.apis[record.api] ?? record.api,
    messages: record.messages ?? [],
    templates: record.templates ?? [],
    causes: record.causes ?? [],
    solutions: record.solutions ?? [],
    statuses: record.statuses ?? [],
    providerCodes: record.providerCodes ?? [],
  }));
}

// Scores of the layers. An exact key must beat anything the other layers add up to, a fitted message must beat
// a code that merely shares its words, and word scores stay below `text` + `titleCover`.
const SCORE = {
  code: 1000,
  name: 950,
  provider: 700,
  /** The whole query is a code or name once spaces count as separators (`window expired`). */
  spacedKey: 700,
  /** The query is a code's title (`Tenant not found`); titles repeat across APIs, so below a code. */
  title: 450,
  /** The query's words, allowing inflections and typos, are exactly a code's or name's parts, or its title's words. */
  nearKey: 560,
  nearTitle: 400,
  /** The query is a message a code documents. */
  message: 620,
  /** The query fits a template whole; plus up to `templateFixed` for templates with more fixed text. */
  templateWhole: 300,
  templateFixed: 250,
  /** The query holds a fitted template inside longer pasted text (a JSON line, a log entry). */
  templateInside: 250,
  /** The query holds a documented message inside longer pasted text. */
  messageInside: 450,
  /** The query is part of a documented message; scaled by how much of it. */
  messagePart: 260,
  /** One word of a longer query is a code or name (`chert 1007`). */
  codeWord: 300,
  nameWord: 280,
  providerWord: 200,
  /** The query starts a code or name (`INVALID BUSINESS` → INVALID_BUSINESS_ID); scaled by how much it covers. */
  keyPrefix: 250,
  text: 220,
  titleCover: 30,
  status: 40,
  api: 30,
  /** The code or name typed with its exact casing (`NOT_FOUND` vs `not_found` in two APIs). */
  exactCase: 20,
} as const;

/** Title, code and name weigh most; messages and meaning next; causes, solutions and group titles least. */
const TIER_WEIGHTS = [3, 2, 1] as const;
const MAX_QUERY_TERMS = 12;
const MAX_PREFIX_WORDS = 6;
const MAX_TYPO_WORDS = 4;
const MAX_PASTED = 2000;

type KeyKind = 'code' | 'name' | 'provider';
type KeyEntry = { record: number; kind: KeyKind; text: string };
type Candidate = { word: string; quality: number };
type TemplateEntry = { record: number; source: string; matcher?: TemplateMatcher | null };

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const isNumeric = (term: string) => /^\d+$/.test(term);
const isCompound = (term: string) => term.includes('_') || term.includes('-');

function lowerBound(sorted: string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const records = readPayload(payload);
  const total = records.length;
  const words = createWordIndex();
  const documentFrequency = new Map<string, number>();
  const titleWords: string[][] = [];
  /** Words of the title alone, and the parts of the code and the name: what a near-exact query must cover. */
  const nearKeys: Array<{ title: string[]; keys: string[][] } | undefined> = new Array(total);
  // Needed only for codes that matched every query word, so worked out on first use rather than at load.
  const nearKeysOf = (i: number) =>
    (nearKeys[i] ??= {
      title: tokenize(records[i].title).filter((w) => !STOPWORDS.has(w) && !isCompound(w)),
      keys: [String(records[i].code), records[i].name ?? '']
        .map((key) => normalizeKey(key).split('_').filter(Boolean))
        .filter((parts) => parts.length > 0 && !(parts.length === 1 && isNumeric(parts[0]))),
    });
  const keys = new Map<string, KeyEntry[]>();
  const titles = new Map<string, number[]>();
  const messages = new Map<string, number[]>();
  const messageList: Array<{ record: number; text: string }> = [];
  const templates: TemplateEntry[] = [];
  const byStatus = new Map<number, number[]>();
  const byApi = new Map<string, number[]>();

  records.forEach((record, i) => {
    const found = recordWords(record);
    words.add(i, found);
    for (const word of found.words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    const code = String(record.code).toLowerCase();
    titleWords.push(found.words.slice(0, found.ends[0]).filter((w) => !isCompound(w) && w !== code));
    append(titles, normalizeKey(record.title), i);
    append(keys, normalizeKey(String(record.code)), { record: i, kind: 'code', text: String(record.code) });
    if (record.name) append(keys, normalizeKey(record.name), { record: i, kind: 'name', text: record.name });
    for (const provider of record.providerCodes) {
      append(keys, normalizeKey(String(provider.code)), { record: i, kind: 'provider', text: String(provider.code) });
    }
    for (const message of record.messages) {
      const text = normalizeMessage(message);
      append(messages, text, i);
      messageList.push({ record: i, text });
    }
    for (const source of record.templates) templates.push({ record: i, source });
    for (const status of record.statuses) append(byStatus, status, i);
    append(byApi, record.api, i);
  });

  const vocabulary = [...documentFrequency.keys()].sort();
  const prefixKeys = [...keys.keys()].filter((k) => !isNumeric(k)).sort();
  const siblings = new Map<string, string[]>();
  // Near-miss candidates by first letter and length: a typo rarely hits the first letter, and when it swaps the
  // first two letters the second letter's bucket catches it.
  const nearBuckets = new Map<string, string[]>();
  // Only plain words are offered as inflections, prefixes and near-misses; identifiers match through their parts.
  const plainVocabulary = vocabulary.filter((word) => !isCompound(word));
  for (const word of plainVocabulary) {
    if (isNumeric(word)) continue;
    append(siblings, stem(word), word);
    append(nearBuckets, `${word[0]}${word.length}`, word);
  }
  const idf = (word: string) => Math.log(1 + total / (documentFrequency.get(word) ?? total));

  // Per-query scratch space, reused: typed arrays keep a 10,000-code query free of per-record allocations.
  const bonus = new Float64Array(total);
  const text = new Float64Array(total);
  const termCount = new Uint16Array(total);
  const termBest = new Float64Array(total);
  const touchedFlag = new Uint8Array(total);

  /** Vocabulary words a query term stands for: itself, its inflections, words it starts (type-ahead), near-misses. */
  function expand(term: string, typingLast: boolean): Candidate[] {
    const found = new Map<string, number>();
    const offer = (word: string, quality: number) => {
      if ((found.get(word) ?? 0) < quality) found.set(word, quality);
    };
    const known = documentFrequency.has(term);
    if (known) offer(term, 1);
    // Digits only ever match themselves: `1007` must not find `10070` or `1001`.
    if (!isNumeric(term)) {
      for (const word of siblings.get(stem(term)) ?? []) offer(word, 0.85);
      if (term.length >= 3 && (typingLast || !known)) {
        const prefixed: string[] = [];
        for (let i = lowerBound(plainVocabulary, term); i < plainVocabulary.length && plainVocabulary[i].startsWith(term) && prefixed.length < 200; i++) {
          if (plainVocabulary[i] !== term) prefixed.push(plainVocabulary[i]);
        }
        prefixed.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
        for (const word of prefixed.slice(0, MAX_PREFIX_WORDS)) offer(word, 0.5 + (0.35 * term.length) / word.length);
      }
      if (found.size === 0 && term.length >= 4) {
        const max = term.length >= 8 ? 2 : 1;
        const near: Array<[string, number]> = [];
        const initials = term[1] === term[0] ? [term[0]] : [term[0], term[1]];
        for (const initial of initials) {
          for (let length = term.length - max; length <= term.length + max; length++) {
            for (const word of nearBuckets.get(`${initial}${length}`) ?? []) {
              const distance = editDistance(term, word, max);
              if (distance <= max) near.push([word, distance]);
            }
          }
        }
        near.sort((a, b) => a[1] - b[1] || (documentFrequency.get(b[0]) ?? 0) - (documentFrequency.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1));
        for (const [word, distance] of near.slice(0, MAX_TYPO_WORDS)) offer(word, distance === 1 ? 0.7 : 0.5);
      }
    }
    return [...found].map(([word, quality]) => ({ word, quality }));
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const touched: number[] = [];
    const touch = (record: number) => {
      if (!touchedFlag[record]) {
        touchedFlag[record] = 1;
        touched.push(record);
      }
    };
    /** Codes, names and provider codes that matched, per record, for highlighting. */
    const keyMatched = new Map<number, string[]>();
    const raise = (scores: Map<number, number>, record: number, score: number) => {
      if ((scores.get(record) ?? 0) < score) scores.set(record, score);
    };

    // Layer 1: codes, names, provider codes and titles as exact keys, for the whole query and for each of its words.
    const whole = normalizeKey(trimmed);
    const keyHits = new Map<number, number>();
    const credit = (entry: KeyEntry, score: number) => {
      raise(keyHits, entry.record, score);
      append(keyMatched, entry.record, entry.text);
    };
    const spaced = /\s/.test(trimmed);
    for (const entry of keys.get(whole) ?? []) {
      credit(entry, spaced ? SCORE.spacedKey : SCORE[entry.kind] + (entry.text === trimmed ? SCORE.exactCase : 0));
    }
    const chunks = trimmed.split(/\s+/);
    if (chunks.length > 1) {
      for (const chunk of chunks) {
        for (const entry of keys.get(normalizeKey(chunk)) ?? []) {
          credit(entry, entry.kind === 'code' ? SCORE.codeWord : entry.kind === 'name' ? SCORE.nameWord : SCORE.providerWord);
        }
      }
    }
    if (whole.length >= 4 && !isNumeric(whole)) {
      for (let i = lowerBound(prefixKeys, whole), n = 0; i < prefixKeys.length && prefixKeys[i].startsWith(whole) && n < 50; i++, n++) {
        const key = prefixKeys[i];
        if (key === whole) continue;
        for (const entry of keys.get(key) ?? []) {
          if (entry.kind !== 'provider') credit(entry, (SCORE.keyPrefix * whole.length) / key.length);
        }
      }
    }
    for (const record of titles.get(whole) ?? []) raise(keyHits, record, SCORE.title);
    for (const [record, score] of keyHits) {
      bonus[record] += score;
      touch(record);
    }

    // Layer 2: a pasted message, as documented or with its variable parts changed.
    if (trimmed.length >= 8 && /[\s:'"]/.test(trimmed)) {
      // Wildcards make a template regex cost grow with the text; a pasted message is never this long.
      const pasted = preparePasted(trimmed.slice(0, MAX_PASTED));
      const messageHits = new Map<number, number>();
      for (const record of messages.get(pasted.loose) ?? []) raise(messageHits, record, SCORE.message);
      for (const entry of templates) {
        if (entry.matcher === undefined) entry.matcher = compileTemplate(entry.source);
        if (!entry.matcher) continue;
        const how = fitTemplate(entry.matcher, pasted);
        if (!how) continue;
        // `{resource} not found` fits far more text than `Missing required field: {field}` does.
        const fixed = SCORE.templateFixed * Math.min(1, entry.matcher.literalLength / 40);
        raise(messageHits, entry.record, how === 'whole' ? SCORE.templateWhole + fixed : SCORE.templateInside + 0.6 * fixed);
      }
      for (const { record, text: message } of messageList) {
        if (message.length >= 12 && pasted.folded.includes(message)) raise(messageHits, record, SCORE.messageInside);
        else if (pasted.loose.length >= 12 && message.includes(pasted.loose)) {
          raise(messageHits, record, SCORE.messagePart * (0.5 + (0.5 * pasted.loose.length) / message.length));
        }
      }
      for (const [record, score] of messageHits) {
        bonus[record] += score;
        touch(record);
      }
    }

    // Layer 3: words, looked up in flexsearch, weighted by tier and rarity, tolerant of inflections and typos.
    // Stopwords are not indexed. An identifier is searched through its parts; the identifier itself was a key above.
    const tokens = tokenize(trimmed, new Set(), STOPWORDS);
    const terms = tokens.filter((t) => !isCompound(t) || !tokens.some((p) => p !== t && t.split(/[_-]+/).includes(p))).slice(0, MAX_QUERY_TERMS);
    const lastTyped = /[\p{L}\p{N}]$/u.test(trimmed) ? terms[terms.length - 1] : undefined;
    const expansions: Candidate[][] = [];
    const lookups = new Map<string, ReadonlyArray<readonly number[] | undefined>>();
    const apiTerms: string[] = [];
    const statusTerms: string[] = [];
    let possible = 0;
    for (const term of terms) {
      if (byApi.has(term)) {
        apiTerms.push(term);
        expansions.push([]);
        possible += SCORE.api;
        continue;
      }
      const candidates = expand(term, term === lastTyped);
      expansions.push(candidates);
      // Inflections and near-misses weigh by the rarity of the word typed when it exists, so a rarer sibling
      // (`chats` for `chat`) never outweighs the word itself.
      const typedIdf = documentFrequency.has(term) ? idf(term) : undefined;
      const termTouched: number[] = [];
      let ceiling = 0;
      for (const { word, quality } of candidates) {
        const weight = (typedIdf ?? idf(word)) * quality;
        ceiling = Math.max(ceiling, weight * TIER_WEIGHTS[0]);
        const lists = words.lookup(word);
        lookups.set(word, lists);
        for (let tier = 0; tier < TIER_COUNT; tier++) {
          const ids = lists[tier];
          if (!ids) continue;
          const value = weight * TIER_WEIGHTS[tier];
          for (const id of ids) {
            if (termBest[id] === 0) termTouched.push(id);
            if (termBest[id] < value) termBest[id] = value;
          }
        }
      }
      possible += ceiling || Math.log(1 + total) * TIER_WEIGHTS[0];
      const status = /^[1-5]\d\d$/.test(term) ? byStatus.get(Number(term)) : undefined;
      if (status) {
        statusTerms.push(term);
        for (const record of status) {
          bonus[record] += SCORE.status;
          if (termBest[record] === 0) termCount[record] += 1;
          touch(record);
        }
      }
      for (const id of termTouched) {
        text[id] += termBest[id];
        termCount[id] += 1;
        termBest[id] = 0;
        touch(id);
      }
    }
    for (const api of apiTerms) {
      // A query that only names an API lists that API's codes; otherwise the name favours its codes.
      for (const record of touched.length ? touched.filter((r) => records[r].api === api) : byApi.get(api)!) {
        bonus[record] += SCORE.api;
        termCount[record] += 1;
        touch(record);
      }
    }

    const allowed = filterOf(options);
    const candidateWords = new Set(expansions.flat().map((c) => c.word));
    const limit = Math.max(0, options.limit ?? 20);
    const top: Array<{ record: number; score: number }> = [];
    const better = (a: { record: number; score: number }, b: { record: number; score: number }) =>
      a.score > b.score || (a.score === b.score && a.record < b.record);
    for (const record of touched) {
      let score = bonus[record];
      if (text[record] > 0 && possible > 0) {
        const coverage = termCount[record] / terms.length;
        score += SCORE.text * Math.min(1, text[record] / possible) * (0.5 + 0.5 * coverage);
        const title = titleWords[record];
        if (title.length) score += (SCORE.titleCover * title.filter((w) => candidateWords.has(w)).length) / title.length;
        // Every query word found, and together they spell the code, name or title: a near-exact key, typos allowed
        // (`templte not found` → template_not_found, `atachment not found` → "Attachment not found").
        if (termCount[record] >= terms.length) {
          const covers = (parts: string[]) => parts.length > 0 && parts.every((w) => candidateWords.has(w));
          const { title: words, keys: parts } = nearKeysOf(record);
          const near = parts.some(covers) ? SCORE.nearKey : covers(words) ? SCORE.nearTitle : 0;
          score += Math.max(0, near - (keyHits.get(record) ?? 0));
        }
      }
      bonus[record] = 0;
      text[record] = 0;
      termCount[record] = 0;
      touchedFlag[record] = 0;
      if (score <= 0 || !allowed(records[record])) continue;
      // Keep only the best `limit` hits, sorted; ties go to catalog order so results never shuffle.
      const hit = { record, score: Math.round(score * 100) / 100 };
      if (top.length === limit && (limit === 0 || !better(hit, top[limit - 1]))) continue;
      let at = top.length;
      while (at > 0 && better(hit, top[at - 1])) at--;
      top.splice(at, 0, hit);
      if (top.length > limit) top.pop();
    }
    const contains = (word: string, record: number) => (lookups.get(word) ?? []).some((ids) => ids !== undefined && sortedHas(ids, record));
    return top.map(({ record, score }) => ({
      record: records[record],
      score,
      matched: matchedWords(record, records[record], expansions, statusTerms, keyMatched.get(record) ?? [], contains),
    }));
  }

  return { search, size: total };
}

function sortedHas(ids: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** What to highlight in a hit: matched codes and names, and for each query term the best word the record holds. */
function matchedWords(
  id: number,
  record: SearchRecord,
  expansions: Candidate[][],
  statusTerms: string[],
  keys: string[],
  contains: (word: string, record: number) => boolean,
): string[] {
  const out = new Set(keys);
  for (const candidates of expansions) {
    let best: Candidate | undefined;
    for (const c of candidates) if ((!best || c.quality > best.quality) && contains(c.word, id)) best = c;
    if (best) out.add(best.word);
  }
  for (const status of statusTerms) if (record.statuses.includes(Number(status))) out.add(status);
  return [...out];
}

function filterOf(options: SearchOptions): (record: SearchRecord) => boolean {
  const { api, statusClass, retryable } = options;
  const digit = statusClass ? Number(statusClass[0]) : undefined;
  return (record) =>
    (api === undefined || record.api === api) &&
    (digit === undefined || record.statuses.some((s) => Math.floor(s / 100) === digit)) &&
    (retryable === undefined || record.retryable === retryable);
}
