// The questions people type, on small hand-made records: statuses, kinds of failure, synonyms written joined or
// apart, guide sections, the relevance floor and the suggestions for a query that finds nothing.
import { describe, expect, it } from 'vitest';
import { searchRecord as record } from '@/tests/support/search-record';
import { buildSearchPayload, createSearchEngine } from './engine';
import { guideSections } from './guide-sections';
import type { GuideSection } from './types';

const section = (api: string, page: string, heading: string | undefined, text: string, url: string): GuideSection => ({
  api,
  apiName: `${api} API`,
  page,
  ...(heading ? { heading } : {}),
  text,
  url,
});

const records = [
  record('alpha', 1001, 'Missing field', { meaning: 'A field is missing; the gateway may answer 503 later.' }),
  record('alpha', 1007, 'Sending too fast', { statuses: [429], tags: ['rate-limit'], retryable: true }),
  record('alpha', 3002, 'Delivery unavailable', { statuses: [503], tags: ['unavailable'] }),
  record('alpha', 3004, 'Carrier trouble', { statuses: [502] }),
  record('beta', 'busy', 'Try later', { statuses: [503] }),
  record('beta', 'bad_key', 'Key not accepted', { statuses: [401] }),
  record('beta', 'bad_phone', 'Phone number rejected', { keywords: ['E.164'] }),
  record('beta', 'stale', 'Stale resource', { statuses: [400, 404, 409], statusesTypical: true }),
  record('beta', 'gone', 'Resource gone', { statuses: [404] }),
  record('gamma', 'shape_refused', 'Body shape refused', { statuses: [422] }),
  record('gamma', 'quota_exceeded', 'Monthly allowance used up', {
    statuses: [429],
    meaning: 'The ratelimit for the month is used up.',
  }),
];
const guides = [
  section('alpha', 'Retries', undefined, 'When to try again.', '/alpha/retries/'),
  section(
    'alpha',
    'Retries',
    'Making retries safe',
    'Send an idempotency key with every attempt, and back off between attempts.',
    '/alpha/retries/#making-retries-safe',
  ),
  section('beta', 'Codes', 'About 1007', 'Code 1007 of alpha looks like ours but is not.', '/beta/codes/#about-1007'),
  section('beta', 'Codes', 'Statuses', 'Every HTTP status beta sends, and why.', '/beta/codes/#statuses'),
  section(
    'alpha',
    'Waiting',
    'Pauses',
    'Retry once, after a pause that grows exponentially.',
    '/alpha/waiting/#pauses',
  ),
  section('alpha', 'Waiting', 'Headers', 'Wait as long as the Retry-After header says.', '/alpha/waiting/#headers'),
];
const engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(records, guides))));
const urls = (query: string, options = {}) => engine.search(query, { limit: 50, ...options }).map((h) => h.url);
const firstOf = (query: string, n: number) => urls(query).slice(0, n).sort();

describe('status queries', () => {
  const with503 = ['/alpha/errors/3002/', '/beta/errors/busy/'];
  it.each(['503', 'HTTP 503', 'status 503', 'http status 503', 'Service Unavailable'])(
    '"%s" lists the codes sent with 503 first',
    (query) => {
      expect(firstOf(query, 2)).toEqual(with503);
    },
  );

  it('lists a class across APIs, and an API name narrows it', () => {
    expect(firstOf('5xx', 3)).toEqual(['/alpha/errors/3002/', '/alpha/errors/3004/', '/beta/errors/busy/']);
    expect(firstOf('429 errors', 2)).toEqual(['/alpha/errors/1007/', '/gamma/errors/quota_exceeded/']);
    expect(urls('beta 503')[0]).toBe('/beta/errors/busy/');
    // The named API's codes, even where its statuses are only its groups' typical ones, before other APIs' codes.
    expect(urls('beta 404').slice(0, 2)).toEqual(['/beta/errors/gone/', '/beta/errors/stale/']);
    expect(urls('alpha 503')).toEqual(['/alpha/errors/3002/']);
  });

  it('puts a code whose status is only its group’s typical one after the documented ones', () => {
    expect(urls('404').slice(0, 2)).toEqual(['/beta/errors/gone/', '/beta/errors/stale/']);
  });

  it.each(['HTTP/1.1 503', 'HTTP/2 503 Service Unavailable', '503 Service Unavailable', 'error: service unavailable'])(
    'reads "%s", a status line or a reason wrapped in filler, as a status query',
    (query) => {
      expect(firstOf(query, 2)).toEqual(with503);
    },
  );

  it('reads a status or a class said in the plural', () => {
    expect(firstOf('429s', 2)).toEqual(['/alpha/errors/1007/', '/gamma/errors/quota_exceeded/']);
    expect(urls('getting 429s from gamma')[0]).toBe('/gamma/errors/quota_exceeded/');
  });

  it('finds a code glued to its label', () => {
    expect(urls('code=1007')[0]).toBe('/alpha/errors/1007/');
    expect(urls('code:1007')[0]).toBe('/alpha/errors/1007/');
  });

  it('reads a status with its reason, and the reasons earlier HTTP specifications gave', () => {
    expect(urls('HTTP/1.1 502 Bad Gateway')[0]).toBe('/alpha/errors/3004/');
    expect(urls('Unprocessable Entity')[0]).toBe('/gamma/errors/shape_refused/');
    expect(urls('422 Unprocessable Content')[0]).toBe('/gamma/errors/shape_refused/');
  });

  it('finds nothing for a status no code is sent with, rather than every page that says "HTTP", and offers the nearest documented statuses', () => {
    expect(engine.run('HTTP 413').total).toBe(0);
    expect(engine.suggest('HTTP 413')).toEqual(['409', '404', '422']);
    expect(engine.suggest('Request Timeout')).toEqual(['409', '404', '401']);
  });

  it('ranks a code that mentions the status in its text below the codes sent with it', () => {
    expect(urls('HTTP 503').slice(0, 2)).not.toContain('/alpha/errors/1001/');
  });
});

describe('kinds, reason phrases and keywords', () => {
  it('finds a code by its kind, from its tags or from its status', () => {
    expect(urls('throttling')).toContain('/alpha/errors/1007/');
    expect(urls('authentication')).toEqual(['/beta/errors/bad_key/']);
    expect(urls('unavailable')[0]).toBe('/alpha/errors/3002/');
  });

  it('finds a code by the words readers use for its kind besides the kind’s own name', () => {
    expect(urls('quota')).toContain('/alpha/errors/1007/');
    expect(urls('token')).toEqual(['/beta/errors/bad_key/']);
  });

  it('finds a code by the reason phrase of its status', () => {
    expect(firstOf('too many requests', 2)).toEqual(['/alpha/errors/1007/', '/gamma/errors/quota_exceeded/']);
    expect(firstOf('Too many request', 2)).toEqual(['/alpha/errors/1007/', '/gamma/errors/quota_exceeded/']);
  });

  it('finds a catalog keyword typed with or without its punctuation', () => {
    expect(urls('E.164')[0]).toBe('/beta/errors/bad_phone/');
    expect(urls('e164')[0]).toBe('/beta/errors/bad_phone/');
  });

  it('meets words written joined or apart', () => {
    expect(urls('rate limit')).toContain('/gamma/errors/quota_exceeded/');
    expect(urls('ratelimit')).toContain('/alpha/errors/1007/');
    expect(urls('backoff')).toContain('/alpha/retries/#making-retries-safe');
  });
});

describe('guides', () => {
  it('reaches the section of a guide that covers a concept', () => {
    expect(urls('idempotency')[0]).toBe('/alpha/retries/#making-retries-safe');
  });

  it('answers a question by what it asks about', () => {
    expect(urls('what is idempotency')[0]).toBe('/alpha/retries/#making-retries-safe');
  });

  it('puts the page that writes the query’s words together above one that holds them apart', () => {
    // The Retries page may come between: its heading holds `retry` as `retries`.
    const found = urls('retry after');
    expect(found[0]).toBe('/alpha/waiting/#headers');
    expect(found.indexOf('/alpha/waiting/#pauses')).toBeGreaterThan(0);
  });

  it('meets a word through its inflections, a `y` turned `i` included', () => {
    expect(urls('retry').slice(0, 2).sort()).toEqual(['/alpha/retries/', '/alpha/retries/#making-retries-safe']);
    expect(urls('retried')).toContain('/alpha/waiting/#pauses');
  });

  it('meets an adverb through its adjective', () => {
    expect(urls('exponential')).toEqual(['/alpha/waiting/#pauses']);
  });

  it('ranks a guide below the exact code it mentions', () => {
    expect(urls('1007')[0]).toBe('/alpha/errors/1007/');
  });

  it('keeps guides under the API filter and drops them under the status and retry filters', () => {
    expect(urls('idempotency', { api: 'alpha' })).toContain('/alpha/retries/#making-retries-safe');
    expect(urls('idempotency', { api: 'beta' })).toEqual([]);
    expect(urls('idempotency', { retryable: true })).toEqual([]);
  });

  it('cuts a guide into sections with the anchors the rendered headings get', () => {
    const body = [
      'Intro with <Code code={1007} /> and a [link](/x/).',
      '',
      '## Making `retries` safe',
      'Send <Code code="bad_key" /> never twice.',
      '```ts',
      '## not a heading',
      '```',
      '### The 402 versus 400 case',
      'Text.',
    ].join('\n');
    const sections = guideSections(
      { id: 'alpha', name: 'Alpha API' },
      { slug: 'retries', title: 'Retries', description: 'How to retry.', body },
    );
    expect(sections.map((s) => s.url)).toEqual([
      '/alpha/retries/',
      '/alpha/retries/#making-retries-safe',
      '/alpha/retries/#the-402-versus-400-case',
    ]);
    expect(sections[0].text).toBe('How to retry. Intro with 1007 and a link.');
    expect(sections[1]).toMatchObject({
      heading: 'Making retries safe',
      text: 'Send bad_key never twice. ## not a heading',
    });
  });
});

describe('an API named in the query', () => {
  it('lists that API’s hits before a better-scoring hit of another API', () => {
    expect(urls('alpha rate limit')[0]).toBe('/alpha/errors/1007/');
    expect(urls('alpha rate limit')).toContain('/gamma/errors/quota_exceeded/');
  });

  it('does not add every page of the API that holds a generic word of the query', () => {
    expect(urls('beta key errors')).toEqual(['/beta/errors/bad_key/']);
  });
});

describe('honest results', () => {
  it('leaves out matches of one common word next to pages that match the whole query', () => {
    expect(urls('delivery unavailable')).toEqual(['/alpha/errors/3002/']);
  });

  it('counts every result above the floor, however many are shown', () => {
    const all = engine.run('5xx', { limit: 50 });
    const two = engine.run('5xx', { limit: 2 });
    expect(two.hits).toHaveLength(2);
    expect(two.total).toBe(all.total);
    expect(all.total).toBe(all.hits.length);
  });

  it('suggests the nearest codes and words for a query that finds nothing', () => {
    expect(engine.run('1008').total).toBe(0);
    expect(engine.suggest('1008')).toEqual(['1007', '1001']);
    expect(engine.run('trubble').total).toBe(0);
    expect(engine.suggest('trubble')).toEqual(['trouble']);
  });
});
