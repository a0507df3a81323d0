import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchPayload } from './engine';
import type { SearchRecord } from './types';

const record: SearchRecord = {
  api: 'alpha',
  apiName: 'Alpha API',
  code: 1007,
  title: 'Rate limited',
  meaning: 'Too many requests.',
  action: 'Wait.',
  messages: [],
  templates: [],
  causes: [],
  solutions: [],
  statuses: [429],
  retryable: true,
  providerCodes: [],
  group: 'Limits',
  tags: [],
  keywords: [],
  url: '/alpha/errors/1007/',
};

// A fresh module per test: the client caches one promise for the page's lifetime.
const freshClient = async () => {
  vi.resetModules();
  return import('./client');
};

afterEach(() => vi.unstubAllGlobals());

describe('loadSearchEngine', () => {
  it('fetches /search-index.json once, however many searches ask for the engine', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(buildSearchPayload([record]))));
    vi.stubGlobal('fetch', fetch);
    const { loadSearchEngine } = await freshClient();
    const [a, b] = await Promise.all([loadSearchEngine(), loadSearchEngine()]);
    expect(a).toBe(b);
    expect(await loadSearchEngine()).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/search-index.json');
    expect(a.search('1007')[0].url).toBe('/alpha/errors/1007/');
  });

  it('reports a failed download and tries again on the next search', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('missing', { status: 404 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(buildSearchPayload([record]))));
    vi.stubGlobal('fetch', fetch);
    const { loadSearchEngine } = await freshClient();
    await expect(loadSearchEngine()).rejects.toThrow('HTTP 404');
    expect((await loadSearchEngine()).size).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
