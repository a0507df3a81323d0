import { describe, expect, it } from 'vitest';
import { searchRecord as record } from '@/tests/support/search-record';
import { loadAllCatalogs } from '@/lib/catalog/load';
import { getGuides } from '@/lib/guides';
import { generateCatalogs } from '@/scripts/gen-catalog';
import { CASE_SETS, caseFailure, caseUrls, readCases } from '@/tests/support/search-cases';
import { buildSearchPayload, createSearchEngine } from './engine';
import { guideSections } from './guide-sections';
import { writeSearchPayload } from './payload';
import { buildSearchRecords } from './records';
import type { SearchPayload } from './types';

const catalogs = loadAllCatalogs();
// The same path the browser takes: the static JSON file, parsed, then the engine built from it.
const engine = createSearchEngine(JSON.parse(writeSearchPayload(catalogs, getGuides)) as SearchPayload);

describe.each(CASE_SETS)('search cases against the real catalogs: %s set', (set) => {
  const cases = readCases(set);

  it('has cases of every kind, each naming a page that exists', () => {
    const pages = new Set([
      ...buildSearchRecords(catalogs).map((r) => r.url),
      ...catalogs.flatMap((c) => getGuides(c.id).flatMap((g) => guideSections(c, g).map((s) => s.url))),
    ]);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of ['code', 'name', 'message', 'typo', 'concept', 'synonym', 'status', 'guide'])
      expect(kinds, set).toContain(kind);
    for (const c of cases) for (const url of caseUrls(c)) expect(pages, `${c.query} → ${url}`).toContain(url);
  });

  it.each(cases)('$kind: "$query"', (c) => {
    const urls = engine.run(c.query, { limit: 50 }).hits.map((h) => h.url);
    expect(caseFailure(c, urls)).toBeNull();
  });
});

describe('the two case sets', () => {
  it('share no query, so the held-out set says something about queries the weights never saw', () => {
    // Casing is part of some queries (`NOT_FOUND` and `not_found` name codes of two APIs), so it is compared as typed.
    const tuning = new Set(readCases('tuning').map((c) => c.query));
    for (const c of readCases('held-out')) expect(tuning.has(c.query), c.query).toBe(false);
  });
});

describe('search records', () => {
  it('has one record per code, with the page path the site uses', () => {
    const records = buildSearchRecords(catalogs);
    expect(records).toHaveLength(catalogs.reduce((n, c) => n + c.codes.length, 0));
    const chert = records.find((r) => r.api === 'chert' && r.code === 1007)!;
    expect(chert).toMatchObject({
      url: '/chert/errors/1007/',
      statuses: [429],
      retryable: true,
      apiName: catalogs.find((c) => c.id === 'chert')!.name,
    });
    const chirp = records.find((r) => r.code === 'conversation_window_expired')!;
    expect(chirp.providerCodes.map((p) => p.code)).toContain(131047);
  });
});

describe('search engine', () => {
  const synthetic = createSearchEngine(
    buildSearchPayload([
      record('alpha', 1001, 'Missing field'),
      record('alpha', 10070, 'Quota of the month used'),
      record('alpha', 1007, 'Rate limited', {
        statuses: [429],
        retryable: true,
        meaning: 'Too many requests, unlike 1001.',
      }),
      record('alpha', 2000, 'Upstream mentions', {
        meaning: 'Sometimes follows 1007 when the carrier is busy.',
        statuses: [503],
        retryable: null,
      }),
      record('beta', 'rate_limited', 'Rate limit exceeded', { statuses: [429], retryable: true }),
      record('beta', 'quota_exceeded', 'Monthly quota exceeded', { statuses: [429], retryable: true }),
      record('gamma', 'B_TWIN', 'Twin failure'),
      record('gamma', 'A_TWIN', 'Twin failure'),
    ]),
  );
  const urls = (query: string, options = {}) => synthetic.search(query, options).map((h) => h.url);

  it('puts the exact code first and never matches a longer or nearby number', () => {
    expect(urls('1007')[0]).toBe('/alpha/errors/1007/');
    expect(urls('1007')).not.toContain('/alpha/errors/10070/');
    expect(urls('1007')).not.toContain('/alpha/errors/1001/');
    expect(urls('10070')[0]).toBe('/alpha/errors/10070/');
    expect(urls('10070')).not.toContain('/alpha/errors/1007/');
  });

  it('leaves out a code that only mentions the number when the code itself exists', () => {
    expect(urls('1007')).toEqual(['/alpha/errors/1007/']);
    expect(urls('follows 1007 when the carrier is busy')).toContain('/alpha/errors/2000/');
  });

  it('filters by API, status class and retryability', () => {
    expect(urls('rate limited', { api: 'beta' })).toEqual(['/beta/errors/rate_limited/']);
    expect(urls('1007', { statusClass: '5xx' })).toEqual(['/alpha/errors/2000/']);
    expect(urls('exceeded', { retryable: true }).sort()).toEqual([
      '/beta/errors/quota_exceeded/',
      '/beta/errors/rate_limited/',
    ]);
    expect(urls('1007', { retryable: null })).toEqual(['/alpha/errors/2000/']);
    expect(urls('exceeded', { retryable: false })).toEqual([]);
  });

  it('honours the limit and breaks ties by catalog order', () => {
    expect(urls('exceeded', { limit: 1 })).toHaveLength(1);
    const [b, a] = synthetic.search('twin failure');
    expect(b.score).toBe(a.score);
    expect([b.record?.code, a.record?.code]).toEqual(['B_TWIN', 'A_TWIN']);
    expect(urls('twin failure')).toEqual(urls('twin failure'));
  });

  it('reports the words that matched, corrected for typos, for highlighting', () => {
    const [hit] = synthetic.search('rete limitd');
    expect(hit.record?.code).toBe('rate_limited');
    expect(hit.matched).toContain('rate');
    expect(hit.matched.some((w) => w.startsWith('limit'))).toBe(true);
    expect(synthetic.search('1007')[0].matched).toContain('1007');
  });

  it('ships each record once and gives it back whole, empty lists and API name included', () => {
    const records = buildSearchRecords(catalogs);
    const payload = JSON.parse(JSON.stringify(buildSearchPayload(records))) as SearchPayload;
    expect(payload.records[0]).not.toHaveProperty('apiName');
    const restored = createSearchEngine(payload).search('1007')[0].record;
    expect(restored).toEqual(records.find((r) => r.url === '/chert/errors/1007/'));
  });

  it('returns nothing for an empty query and refuses a payload of another version', () => {
    expect(synthetic.search('   ')).toEqual([]);
    expect(() => createSearchEngine({ version: 1, apis: {}, records: [] } as unknown as SearchPayload)).toThrow(
      /version/,
    );
  });

  it('lists an API’s codes when the query only names the API', () => {
    expect(urls('beta')).toEqual(['/beta/errors/rate_limited/', '/beta/errors/quota_exceeded/']);
  });
});

describe('search engine at scale (2,000 generated codes)', () => {
  const records = buildSearchRecords(
    generateCatalogs({ codes: 2000 }).map((c) => ({ ...c, file: `generated/${c.id}` })),
  );
  const scaled = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(records))) as SearchPayload);
  const sample = records.filter((_, i) => i % 37 === 0);

  it('finds every sampled code first, sharing first place only with the same code in another API', () => {
    for (const record of sample) {
      const hits = scaled.search(String(record.code));
      const best = hits.filter((h) => h.score === hits[0].score).map((h) => h.record!);
      expect(
        best.map((r) => r.url),
        String(record.code),
      ).toContain(record.url);
      expect(best.every((r) => String(r.code) === String(record.code))).toBe(true);
    }
  });

  it('finds the code of a pasted message whose variable parts were changed', () => {
    for (const record of sample.filter((r) => r.templates.length > 0)) {
      const pasted = record.templates[0].replace(/\{[^}]*\}/g, 'zz9');
      expect(scaled.search(pasted)[0].record?.templates, pasted).toContain(record.templates[0]);
    }
  });
});
