// Search off the main thread, with a stand-in Worker: a newer question on a channel supersedes the older one, channels
// do not disturb each other, index failures reach the page, and a broken worker hands its questions to an in-page
// engine that gives the same answers. The worker itself coalesces a burst of questions into one query per channel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchPayload } from '@/lib/search/engine';
import type { SearchRecord } from '@/lib/search/types';
import type { SearchAsk, SearchIndexMessage, SearchReply } from './search-client';

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
  posted: (SearchAsk | SearchIndexMessage)[] = [];
  transferred: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: SearchReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: SearchAsk | SearchIndexMessage, transfer: unknown[] = []) {
    this.posted.push(message);
    this.transferred.push(...transfer);
  }
  terminate() {
    this.terminated = true;
  }
  asks = () => this.posted.filter((m): m is SearchAsk => m.type === 'ask');
  indexes = () => this.posted.filter((m): m is SearchIndexMessage => m.type !== 'ask');
  reply(data: SearchReply) {
    this.onmessage?.({ data });
  }
}

const answerFor = (query: string, total = 1) => ({ query, hits: [], total, suggestions: [] });
let fetches = 0;
let fetched: string[] = [];
let failFetch = false;
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;

beforeEach(() => {
  vi.resetModules();
  FakeWorker.all = [];
  fetches = 0;
  fetched = [];
  failFetch = false;
  vi.stubGlobal('window', { location: { href: 'https://docs.example/search/' } });
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', async (url: string) => {
    fetches++;
    fetched.push(url);
    return failFetch ? new Response('missing', { status: 404 }) : new Response(JSON.stringify(payload));
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('askSearch', () => {
  it('sends each question to one worker, and the index the page fetched to it once, transferred', async () => {
    const { askSearch } = await import('./search-client');
    void askSearch('page', '1007', { limit: 20 });
    void askSearch('header', 'rate', { limit: 8 });
    expect(FakeWorker.all).toHaveLength(1);
    const w = FakeWorker.all[0];
    expect(w.asks().map((a) => [a.channel, a.query, a.options.limit])).toEqual([
      ['page', '1007', 20],
      ['header', 'rate', 8],
    ]);
    await vi.waitFor(() => expect(w.indexes()).toHaveLength(1));
    const sent = w.indexes()[0];
    expect(sent.type).toBe('index');
    if (sent.type === 'index') {
      expect(JSON.parse(new TextDecoder().decode(sent.bytes))).toEqual(payload);
      expect(w.transferred).toEqual([sent.bytes]);
    }
    expect(fetched).toEqual(['/search-index.json']);
  });

  it('tells the worker when the index could not be fetched, and fetches it again on the next question', async () => {
    failFetch = true;
    const { askSearch } = await import('./search-client');
    void askSearch('page', 'rate', { limit: 20 });
    const w = FakeWorker.all[0];
    await vi.waitFor(() =>
      expect(w.indexes()).toEqual([{ type: 'index-error', error: 'the index answered HTTP 404' }]),
    );
    failFetch = false;
    void askSearch('page', 'rate limit', { limit: 20 });
    await vi.waitFor(() => expect(w.indexes()).toHaveLength(2));
    expect(w.indexes()[1].type).toBe('index');
    expect(fetches).toBe(2);
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

  it('rejects with a readable message when the worker has no usable index, and sends a fresh one next time', async () => {
    const { askSearch } = await import('./search-client');
    const asked = askSearch('page', 'rate', { limit: 20 });
    const w = FakeWorker.all[0];
    await vi.waitFor(() => expect(w.indexes()).toHaveLength(1));
    w.reply({ id: w.asks()[0].id, error: 'the index could not be read (Unexpected end of JSON input)' });
    await expect(asked).rejects.toThrow(
      'The search index could not be loaded: the index could not be read (Unexpected end of JSON input).',
    );
    // The worker has no usable index now, so the next question sends it a freshly fetched one.
    void askSearch('page', 'rate', { limit: 20 });
    await vi.waitFor(() => expect(w.indexes()).toHaveLength(2));
    expect(fetches).toBe(2);
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
    // One fetch for the worker (its bytes went with it), one for the page's own engine.
    expect(fetches).toBe(2);
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
    const index = (value: unknown = payload) => self.onmessage!({ data: { type: 'index', bytes: bytesOf(value) } });
    const ask = (id: number, channel: string, query: string): SearchAsk => ({
      type: 'ask',
      id,
      channel,
      query,
      options: { limit: 20 },
      suggest: true,
    });
    const settled = () => vi.waitFor(() => expect(replies.some((r) => r.answer || r.error)).toBe(true));
    return { self, replies, ask, index, settled };
  };

  it('answers only the newest question of a burst on each channel, and skips the rest', async () => {
    const { self, replies, ask, index } = await start();
    for (const [id, query] of [
      [1, '1'],
      [2, '10'],
      [3, '100'],
      [4, '1007'],
    ] as const)
      self.onmessage!({ data: ask(id, 'page', query) });
    self.onmessage!({ data: ask(5, 'header', '503') });
    // The questions wait for the index; none is answered before it arrives.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies.filter((r) => r.answer)).toEqual([]);
    index();
    await vi.waitFor(() => expect(replies).toHaveLength(5));
    expect(replies.filter((r) => r.skipped).map((r) => r.id)).toEqual([1, 2, 3]);
    const page = replies.find((r) => r.id === 4)!.answer!;
    expect(page.query).toBe('1007');
    expect(page.hits[0].url).toBe('/alpha/errors/1007/');
    expect(replies.find((r) => r.id === 5)!.answer!.hits[0].url).toBe('/alpha/errors/3003/');
    // The worker never fetches: the page sends it the index.
    expect(fetches).toBe(0);
  });

  it('suggests the nearest terms when nothing matches, and nothing when something does', async () => {
    const { self, replies, ask, index } = await start();
    index();
    self.onmessage!({ data: ask(1, 'page', '1008') });
    self.onmessage!({ data: ask(2, 'header', 'rate limited') });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies.find((r) => r.id === 1)!.answer).toMatchObject({ total: 0, hits: [], suggestions: ['1007'] });
    expect(replies.find((r) => r.id === 2)!.answer).toMatchObject({ total: 1, suggestions: [] });
  });

  it('answers every question with the reason while the index failed, and uses the next index sent', async () => {
    const { self, replies, ask, index, settled } = await start();
    self.onmessage!({ data: ask(1, 'page', 'rate') });
    self.onmessage!({ data: { type: 'index-error', error: 'the index answered HTTP 404' } });
    await settled();
    expect(replies).toEqual([{ id: 1, error: 'the index answered HTTP 404' }]);
    self.onmessage!({ data: ask(2, 'page', 'rate limited') });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    expect(replies[1]).toEqual({ id: 2, error: 'the index answered HTTP 404' });
    index();
    self.onmessage!({ data: ask(3, 'page', 'rate limited') });
    await vi.waitFor(() => expect(replies).toHaveLength(3));
    expect(replies[2].answer?.hits[0].url).toBe('/alpha/errors/1007/');
  });

  it('answers with a readable reason when the index is not valid JSON', async () => {
    const { self, replies, ask, settled } = await start();
    self.onmessage!({ data: { type: 'index', bytes: new TextEncoder().encode('{"version":').buffer } });
    self.onmessage!({ data: ask(1, 'page', 'rate') });
    await settled();
    expect(replies[0].id).toBe(1);
    expect(replies[0].error).toMatch(/^the index could not be read \(.*JSON/);
  });
});
