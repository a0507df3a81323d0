// Search off the main thread, with a stand-in Worker: a newer question on a channel supersedes the older one, channels
// do not disturb each other, index failures reach the page, and a broken worker hands its questions to an in-page
// engine that gives the same answers. The worker itself coalesces a burst of questions into one query per channel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchPayload } from '@/lib/search/engine';
import type { SearchRecord } from '@/lib/search/types';
import type { SearchAsk, SearchReply } from './search-client';

const record = (code: number, title: string, statuses: number[]): SearchRecord => ({
  api: 'alpha',
  apiName: 'Alpha API',
  code,
  title,
  meaning: `${title}.`,
  action: 'Handle it.',
  messages: [],
  templates: [],
  causes: [],
  solutions: [],
  statuses,
  retryable: statuses[0] >= 500 || statuses[0] === 429,
  providerCodes: [],
  group: 'General',
  tags: [],
  keywords: [],
  url: `/alpha/errors/${code}/`,
});
const payload = buildSearchPayload([
  record(1007, 'Rate limited', [429]),
  record(2001, 'Recipient not found', [404]),
  record(3003, 'Upstream unavailable', [503]),
]);

class FakeWorker {
  static all: FakeWorker[] = [];
  posted: (SearchAsk | { type: 'load'; url: string })[] = [];
  terminated = false;
  onmessage: ((event: { data: SearchReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: SearchAsk) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  asks = () => this.posted.filter((m): m is SearchAsk => m.type === 'ask');
  reply(data: SearchReply) {
    this.onmessage?.({ data });
  }
}

const answerFor = (query: string, total = 1) => ({ query, hits: [], total, suggestions: [] });
let fetches = 0;

beforeEach(() => {
  vi.resetModules();
  FakeWorker.all = [];
  fetches = 0;
  vi.stubGlobal('window', { location: { href: 'https://docs.example/search/' } });
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', async () => {
    fetches++;
    return new Response(JSON.stringify(payload));
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('askSearch', () => {
  it('sends each question to one worker, with the absolute index URL', async () => {
    const { askSearch } = await import('./search-client');
    void askSearch('page', '1007', { limit: 20 });
    void askSearch('header', 'rate', { limit: 8 });
    expect(FakeWorker.all).toHaveLength(1);
    const asks = FakeWorker.all[0].asks();
    expect(asks.map((a) => [a.channel, a.query, a.options.limit])).toEqual([
      ['page', '1007', 20],
      ['header', 'rate', 8],
    ]);
    expect(asks[0].url).toBe('https://docs.example/search-index.json');
  });

  it('resolves a superseded question to null, even when its answer arrives last', async () => {
    const { askSearch } = await import('./search-client');
    const first = askSearch('page', '10', { limit: 20 });
    const second = askSearch('page', '1007', { limit: 20 });
    const [a, b] = FakeWorker.all[0].asks();
    FakeWorker.all[0].reply({ id: b.id, answer: answerFor('1007') });
    FakeWorker.all[0].reply({ id: a.id, answer: answerFor('10') });
    expect(await second).toEqual(answerFor('1007'));
    expect(await first).toBeNull();
  });

  it('keeps channels apart: the header box does not supersede the page', async () => {
    const { askSearch } = await import('./search-client');
    const page = askSearch('page', 'timeout', { limit: 20 });
    const header = askSearch('header', 'quota', { limit: 8 });
    const [a, b] = FakeWorker.all[0].asks();
    FakeWorker.all[0].reply({ id: a.id, answer: answerFor('timeout') });
    FakeWorker.all[0].reply({ id: b.id, skipped: true });
    expect(await page).toEqual(answerFor('timeout'));
    expect(await header).toBeNull();
  });

  it('rejects with a readable message when the worker could not load the index', async () => {
    const { askSearch } = await import('./search-client');
    const asked = askSearch('page', 'rate', { limit: 20 });
    FakeWorker.all[0].reply({ id: FakeWorker.all[0].asks()[0].id, error: 'the index answered HTTP 404' });
    await expect(asked).rejects.toThrow('The search index could not be loaded: the index answered HTTP 404.');
  });

  it('answers in the page, with the real engine, when the worker breaks', async () => {
    const { askSearch } = await import('./search-client');
    const asked = askSearch('page', '503', { limit: 20 });
    FakeWorker.all[0].onerror?.({ message: 'boom', preventDefault() {} });
    const answer = await asked;
    expect(FakeWorker.all[0].terminated).toBe(true);
    expect(answer?.hits.map((h) => h.url)).toEqual(['/alpha/errors/3003/']);
    // Later questions go straight to the page's engine; no second worker is started.
    const later = await askSearch('page', 'recipient', { limit: 20 });
    expect(later?.hits[0].url).toBe('/alpha/errors/2001/');
    expect(FakeWorker.all).toHaveLength(1);
    expect(fetches).toBe(1);
  });

  it('answers in the page where workers do not exist', async () => {
    vi.stubGlobal('Worker', undefined);
    const { askSearch } = await import('./search-client');
    const answer = await askSearch('page', 'zzzzqqq', { limit: 20 }, true);
    expect(answer).toMatchObject({ query: 'zzzzqqq', total: 0, hits: [] });
  });
});

describe('the search worker', () => {
  type Self = { postMessage: (m: SearchReply) => void; onmessage: ((e: { data: unknown }) => void) | null };
  const start = async () => {
    const replies: SearchReply[] = [];
    const self: Self = { postMessage: (m) => replies.push(m), onmessage: null };
    vi.stubGlobal('self', self);
    await import('./search.worker');
    const ask = (id: number, channel: string, query: string): SearchAsk => ({
      type: 'ask',
      id,
      channel,
      query,
      options: { limit: 20 },
      suggest: true,
      url: 'https://docs.example/search-index.json',
    });
    const settled = () => vi.waitFor(() => expect(replies.some((r) => r.answer || r.error)).toBe(true));
    return { self, replies, ask, settled };
  };

  it('answers only the newest question of a burst on each channel, and skips the rest', async () => {
    const { self, replies, ask } = await start();
    for (const [id, query] of [
      [1, '1'],
      [2, '10'],
      [3, '100'],
      [4, '1007'],
    ] as const)
      self.onmessage!({ data: ask(id, 'page', query) });
    self.onmessage!({ data: ask(5, 'header', '503') });
    await vi.waitFor(() => expect(replies).toHaveLength(5));
    expect(replies.filter((r) => r.skipped).map((r) => r.id)).toEqual([1, 2, 3]);
    const page = replies.find((r) => r.id === 4)!.answer!;
    expect(page.query).toBe('1007');
    expect(page.hits[0].url).toBe('/alpha/errors/1007/');
    expect(replies.find((r) => r.id === 5)!.answer!.hits[0].url).toBe('/alpha/errors/3003/');
    expect(fetches).toBe(1);
  });

  it('suggests the nearest terms when nothing matches, and nothing when something does', async () => {
    const { self, replies, ask } = await start();
    self.onmessage!({ data: ask(1, 'page', '1008') });
    self.onmessage!({ data: ask(2, 'header', 'rate limited') });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies.find((r) => r.id === 1)!.answer).toMatchObject({ total: 0, hits: [], suggestions: ['1007'] });
    expect(replies.find((r) => r.id === 2)!.answer).toMatchObject({ total: 1, suggestions: [] });
  });

  it('reports an index that failed to load, and fetches again on the next question', async () => {
    vi.stubGlobal('fetch', async () => {
      fetches++;
      return new Response('missing', { status: 404 });
    });
    const { self, replies, ask, settled } = await start();
    self.onmessage!({ data: ask(1, 'page', 'rate') });
    await settled();
    expect(replies[0]).toEqual({ id: 1, error: 'the index answered HTTP 404' });
    self.onmessage!({ data: ask(2, 'page', 'rate') });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(fetches).toBe(2);
  });
});
