// Concept queries on small hand-made records: a word naming a failure kind reaches every code of that kind, British
// and American spellings meet, and a heading that holds the query beats prose.
import { describe, expect, it } from 'vitest';
import { searchRecord as record } from '@/tests/support/search-record';
import { buildSearchPayload, createSearchEngine } from './engine';
import type { GuideSection } from './types';

const records = [
  record('alpha', 'too_fast', 'Sending too fast', { statuses: [429], tags: ['rate-limit'], retryable: true }),
  record('beta', 'allowance_exceeded', 'Daily allowance exceeded', { statuses: [429], tags: ['rate-limit'] }),
  record('beta', 'upload_exceeded', 'Upload size exceeded', { tags: ['validation'] }),
  record('alpha', 'key_refused', 'Key refused', { statuses: [401], meaning: 'The token has expired or was revoked.' }),
  record('beta', 'bad_key', 'Key not accepted', { statuses: [401] }),
  record('beta', 'not_permitted', 'Call not permitted', { statuses: [403] }),
  record('gamma', 'payment_expired', 'Card expired', { meaning: 'The stored card has expired.' }),
  record('gamma', 'caller_refused', 'Caller refused', { meaning: 'The caller is not authorised for this number.' }),
  record('gamma', 'send_cancelled', 'Send stopped', { meaning: 'The send was cancelled before delivery.' }),
  record('alpha', 'server_fault', 'Server fault', {
    statuses: [500],
    action: 'Retry with exponential backoff, as the backoff rules say.',
  }),
  record('beta', 'busy', 'Busy', { statuses: [503], action: 'Use exponential backoff; the backoff is capped.' }),
];
const guides: GuideSection[] = [
  {
    api: 'alpha',
    apiName: 'alpha API',
    page: 'Retries',
    heading: 'The backoff',
    text: 'Wait one second, then two, then four.',
    url: '/alpha/retries/#the-backoff',
  },
  {
    api: 'alpha',
    apiName: 'alpha API',
    page: 'Handling errors',
    heading: 'Handling an error',
    text: 'Read the code first.',
    url: '/alpha/handling/#handling-an-error',
  },
];
const engine = createSearchEngine(
  JSON.parse(JSON.stringify(buildSearchPayload(records, guides))) as ReturnType<typeof buildSearchPayload>,
);
const urls = (query: string) => engine.search(query, { limit: 20 }).map((h) => h.url);

describe('a query naming a failure kind', () => {
  it('lists every code of the kind, also one that holds only the word naming it', () => {
    const found = urls('quota exceeded');
    expect(found).toContain('/beta/errors/allowance_exceeded/');
    expect(found).toContain('/alpha/errors/too_fast/');
    // It shares one word of the question and is of another kind.
    expect(found).not.toContain('/beta/errors/upload_exceeded/');
  });

  it('lists every credential code for a kind word next to a word one of them holds', () => {
    const found = urls('expired token');
    expect(found[0]).toBe('/alpha/errors/key_refused/');
    expect(found).toContain('/beta/errors/bad_key/');
    expect(found).not.toContain('/gamma/errors/payment_expired/');
  });

  it('lists the codes of both kinds two kind words name', () => {
    const found = urls('unauthorised access');
    expect(found).toEqual(expect.arrayContaining(['/alpha/errors/key_refused/', '/beta/errors/bad_key/']));
    expect(found).toContain('/beta/errors/not_permitted/');
  });
});

describe('British and American spellings', () => {
  it('meet in either direction, as well as the spelling the page uses', () => {
    const score = (query: string) => engine.search(query)[0]?.score;
    expect(urls('caller not authorized')[0]).toBe('/gamma/errors/caller_refused/');
    expect(score('caller not authorized')).toBe(score('caller not authorised'));
    expect(urls('send canceled')[0]).toBe('/gamma/errors/send_cancelled/');
    expect(score('send canceled')).toBe(score('send cancelled'));
  });

  it('meet in code names typed whole', () => {
    const names = createSearchEngine(
      buildSearchPayload([record('delta', 'UNAUTHORIZED', 'Key missing', { name: 'UNAUTHORIZED' })]),
    );
    const [hit] = names.search('unauthorised');
    expect(hit?.url).toBe('/delta/errors/UNAUTHORIZED/');
    expect(hit?.score).toBe(names.search('unauthorized')[0]?.score);
  });
});

describe('headings', () => {
  it('rank a section whose heading holds a query word above codes that only mention the words in prose', () => {
    expect(urls('exponential backoff')[0]).toBe('/alpha/retries/#the-backoff');
    expect(urls('exponential backoff')).toContain('/beta/errors/busy/');
  });
});
