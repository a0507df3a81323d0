// The search engine shared by the browser and the tests: exact keys, pasted messages and a flexsearch word index,
// combined into one score so an exact code outranks a code that merely mentions it.
//
// Payload format, chosen by measurement (`npm run bench:search`, Node 20, 2 shared cores, 10,000 generated codes):
// ship the records and build the word index in the browser, not flexsearch's exported index. The export is an
// inverted index on top of the records the result list must show anyway: 943 KB gzip against 519 KB. It loads
// faster (parse + import ≈ 70–90 ms, then ≈ 100 ms of key, message and vocabulary setup, against ≈ 520–540 ms to
// parse and build everything), but under Lighthouse's throttling the halved download wins or ties: desktop
// (10 Mbps, 1× CPU) ≈ 0.95 s to first result either way; mobile (1.6 Mbps, 4× CPU) ≈ 4.7 s against ≈ 5.4 s.
// The export pulls ahead only on faster links (up to ≈ 0.35 s sooner). 2,000 codes: 106 KB gzip, ≈ 100–150 ms.
import { createKeyIndex } from './keys';
import { append, sortedHas } from './lists';
import { createMessageIndex } from './messages';
import { SCORE, TIER_WEIGHTS } from './scores';
import { STOPWORDS, isCompound, tokenize } from './tokenize';
import type { PayloadRecord, SearchEngine, SearchHit, SearchOptions, SearchPayload, SearchRecord } from './types';
import { createVocabulary, type Candidate } from './vocabulary';
import { TIER_COUNT, createWordIndex, recordWords } from './word-index';

export const PAYLOAD_VERSION = 1;

const LISTS = ['messages', 'templates', 'causes', 'solutions', 'statuses', 'providerCodes'] as const;
const MAX_QUERY_TERMS = 12;

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

export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const records = readPayload(payload);
  const total = records.length;
  const words = createWordIndex();
  const documentFrequency = new Map<string, number>();
  /** Words of each code's title, code and name, for the share of them a query covers. */
  const titleWords: string[][] = [];
  const byStatus = new Map<number, number[]>();
  const byApi = new Map<string, number[]>();
  records.forEach((record, i) => {
    const found = recordWords(record);
    words.add(i, found);
    for (const word of found.words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    const code = String(record.code).toLowerCase();
    titleWords.push(found.words.slice(0, found.ends[0]).filter((w) => !isCompound(w) && w !== code));
    for (const status of record.statuses) append(byStatus, status, i);
    append(byApi, record.api, i);
  });
  const vocabulary = createVocabulary(documentFrequency, total);
  const keys = createKeyIndex(records);
  const messages = createMessageIndex(records, {
    codesWith: (word) => words.lookup(word).flatMap((ids) => ids ?? []),
    frequency: vocabulary.frequency,
  });

  // Per-query scratch space, reused: typed arrays keep a 10,000-code query free of per-code allocations.
  const bonus = new Float64Array(total);
  const text = new Float64Array(total);
  const termCount = new Uint16Array(total);
  const termBest = new Float64Array(total);
  const touchedFlag = new Uint8Array(total);

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const touched: number[] = [];
    const add = (record: number, score: number) => {
      bonus[record] += score;
      if (!touchedFlag[record]) {
        touchedFlag[record] = 1;
        touched.push(record);
      }
    };

    // Layers 1 and 2: exact keys, then pasted messages.
    const keyMatch = keys.match(trimmed);
    for (const [record, score] of keyMatch.scores) add(record, score);
    for (const [record, score] of messages.match(trimmed)) add(record, score);

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
        possible += SCORE.api;
        continue;
      }
      const candidates = vocabulary.expand(term, term === lastTyped);
      expansions.push(candidates);
      // Inflections and near-misses weigh by the rarity of the word typed when it exists, so a rarer sibling
      // (`chats` for `chat`) never outweighs the word itself.
      const typedIdf = vocabulary.frequency(term) > 0 ? vocabulary.idf(term) : undefined;
      const termTouched: number[] = [];
      let ceiling = 0;
      for (const { word, quality } of candidates) {
        const weight = (typedIdf ?? vocabulary.idf(word)) * quality;
        ceiling = Math.max(ceiling, weight * TIER_WEIGHTS[0]);
        const lists = words.lookup(word);
        lookups.set(word, lists);
        for (let tier = 0; tier < TIER_COUNT; tier++) {
          const value = weight * TIER_WEIGHTS[tier];
          for (const id of lists[tier] ?? []) {
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
          if (termBest[record] === 0) termCount[record] += 1;
          add(record, SCORE.status);
        }
      }
      for (const id of termTouched) {
        text[id] += termBest[id];
        termCount[id] += 1;
        termBest[id] = 0;
        add(id, 0);
      }
    }
    for (const api of apiTerms) {
      // A query that only names an API lists that API's codes; otherwise the name favours its codes.
      for (const record of touched.length ? touched.filter((r) => records[r].api === api) : byApi.get(api)!) {
        termCount[record] += 1;
        add(record, SCORE.api);
      }
    }

    const allowed = filterOf(options);
    const candidateWords = new Set(expansions.flat().map((c) => c.word));
    const covers = (parts: string[]) => parts.length > 0 && parts.every((w) => candidateWords.has(w));
    const limit = Math.max(0, options.limit ?? 20);
    const top: Array<{ record: number; score: number }> = [];
    // Ties go to catalog order, so the same query always lists the same pages in the same order.
    const better = (a: { record: number; score: number }, b: { record: number; score: number }) =>
      a.score > b.score || (a.score === b.score && a.record < b.record);
    for (const record of touched) {
      let score = bonus[record];
      if (text[record] > 0 && possible > 0) {
        const coverage = termCount[record] / terms.length;
        score += SCORE.text * Math.min(1, text[record] / possible) * (0.5 + 0.5 * coverage);
        const title = titleWords[record];
        let covered = 0;
        for (const word of title) if (candidateWords.has(word)) covered++;
        if (title.length) score += (SCORE.titleCover * covered) / title.length;
        // Every query word found, and together they spell the code, name or title: a near-exact key, typos allowed
        // (`templte not found` → template_not_found, `atachment not found` → "Attachment not found").
        if (termCount[record] >= terms.length) {
          const near = keys.nearParts(record);
          const value = near.keys.some(covers) ? SCORE.nearKey : covers(near.title) ? SCORE.nearTitle : 0;
          score += Math.max(0, value - (keyMatch.scores.get(record) ?? 0));
        }
      }
      bonus[record] = 0;
      text[record] = 0;
      termCount[record] = 0;
      touchedFlag[record] = 0;
      if (score <= 0 || !allowed(records[record])) continue;
      // Keep only the best `limit` hits, in order.
      const hit = { record, score: Math.round(score * 100) / 100 };
      if (limit === 0 || (top.length === limit && !better(hit, top[limit - 1]))) continue;
      let at = top.length;
      while (at > 0 && better(hit, top[at - 1])) at--;
      top.splice(at, 0, hit);
      if (top.length > limit) top.pop();
    }

    // What to highlight: matched codes and names, and for each query term the best of its words the code holds.
    const holds = (word: string, record: number) => (lookups.get(word) ?? []).some((ids) => ids !== undefined && sortedHas(ids, record));
    return top.map(({ record, score }) => {
      const matched = new Set(keyMatch.matched.get(record));
      for (const candidates of expansions) {
        let best: Candidate | undefined;
        for (const c of candidates) if ((!best || c.quality > best.quality) && holds(c.word, record)) best = c;
        if (best) matched.add(best.word);
      }
      for (const status of statusTerms) if (records[record].statuses.includes(Number(status))) matched.add(status);
      return { record: records[record], score, matched: [...matched] };
    });
  }

  return { search, size: total };
}

function filterOf(options: SearchOptions): (record: SearchRecord) => boolean {
  const { api, statusClass, retryable } = options;
  const digit = statusClass ? Number(statusClass[0]) : undefined;
  return (record) =>
    (api === undefined || record.api === api) &&
    (digit === undefined || record.statuses.some((s) => Math.floor(s / 100) === digit)) &&
    (retryable === undefined || record.retryable === retryable);
}
