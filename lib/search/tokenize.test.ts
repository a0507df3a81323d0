import { describe, expect, it } from 'vitest';
import { compileTemplate, fitTemplate, preparePasted, templateKeyWord } from './template';
import { buildSearchPayload, createSearchEngine } from './engine';
import {
  STOPWORDS,
  editDistance,
  joinedForms,
  normalizeKey,
  normalizeMessage,
  spelling,
  stem,
  tokenize,
} from './tokenize';

describe('tokenize', () => {
  it('keeps identifiers whole and adds their parts', () => {
    expect(tokenize('RATE_LIMIT_EXCEEDED')).toEqual(['rate_limit_exceeded', 'rate', 'limit', 'exceeded']);
    expect(tokenize('window_expired')).toEqual(['window_expired', 'window', 'expired']);
    expect(tokenize('invalidPhone HTTPError')).toEqual([
      'invalidphone',
      'invalid',
      'phone',
      'httperror',
      'http',
      'error',
    ]);
    expect(tokenize('x-chert-tenant')).toEqual(['x-chert-tenant', 'chert', 'tenant']);
  });

  it('never splits or shortens numbers', () => {
    expect(tokenize('1007 10070 131047')).toEqual(['1007', '10070', '131047']);
    expect(tokenize('0-based index')).toEqual(['0-based', '0', 'based', 'index']);
  });

  it('lowercases, drops accents and one-letter words, and keeps each term once', () => {
    expect(tokenize('Café a Déjà-vu CAFE')).toEqual(['cafe', 'deja-vu', 'deja', 'vu']);
    const seen = new Set<string>();
    expect(tokenize('rate limited', seen)).toEqual(['rate', 'limited']);
    expect(tokenize('rate limit', seen)).toEqual(['limit']);
  });

  it('normalises keys so spaces, underscores and case meet', () => {
    expect(normalizeKey('  "Window expired" ')).toBe('window_expired');
    expect(normalizeKey('INVALID BUSINESS')).toBe('invalid_business');
    expect(normalizeKey('rate-limited')).toBe('rate_limited');
    expect(normalizeKey('1007')).toBe('1007');
  });

  it('normalises pasted messages without their quotes or full stop', () => {
    expect(normalizeMessage('"Missing required field: to".')).toBe('missing required field: to');
    expect(normalizeMessage("  Unknown   effect: 'x'  ")).toBe("unknown effect: 'x");
  });

  it('joins words written with punctuation or separators inside, and nothing else', () => {
    expect(joinedForms('Use E.164 format, rate-limit and messages:send.')).toEqual([
      'e164',
      'ratelimit',
      'messagessend',
    ]);
    expect(joinedForms('plain words, (quoted) "ones" and a trailing stop.')).toEqual([]);
  });

  it('gives inflections one stem, and leaves a word without vowels alone', () => {
    expect(stem('https')).toBe('https');
    expect(stem('limited')).toBe(stem('limits'));
    expect(stem('expired')).toBe(stem('expires'));
    expect(stem('1007')).toBe('1007');
    expect(stem('exponentially')).toBe(stem('exponential'));
    expect(stem('early')).toBe('early');
  });

  it('measures typos, swaps counting as one edit, and gives up above the limit', () => {
    expect(editDistance('rete', 'rate', 1)).toBe(1);
    expect(editDistance('atachment', 'attachment', 2)).toBe(1);
    expect(editDistance('saturatd', 'saturated', 2)).toBe(1);
    expect(editDistance('rtae', 'rate', 1)).toBe(1);
    expect(editDistance('invalid', 'inbox', 1)).toBe(2);
  });
});

describe('message templates', () => {
  const fit = (template: string, text: string) => fitTemplate(compileTemplate(template)!, preparePasted(text));

  it('fits a message whose variable parts differ from the example', () => {
    expect(fit('Missing required field: {field}', 'Missing required field: to')).toBe('whole');
    expect(fit("Unknown effect: '{effect}'", "Unknown effect: 'sparkles'")).toBe('whole');
    expect(fit("Template '{template}' not found or not approved", "template 'xyz' NOT found or not approved")).toBe(
      'whole',
    );
  });

  it('tolerates quotes and a full stop around a pasted message', () => {
    expect(
      fit('Rate limit exceeded. Retry after {seconds} seconds.', 'Rate limit exceeded. Retry after 30 seconds'),
    ).toBe('whole');
    expect(fit('Missing required field: {field}', '"Missing required field: to".')).toBe('whole');
  });

  it('finds a message inside a pasted JSON body', () => {
    expect(fit("Unknown effect: '{effect}'", `{"code":4098,"message":"Unknown effect: 'confetti'"}`)).toBe('inside');
  });

  it('keeps fixed text literal, brackets and plus signs included', () => {
    const template = 'The phone number "{number}" is not in E.164 format. Expected format: +[country code][number].';
    expect(
      fit(template, 'The phone number "+44abc" is not in E.164 format. Expected format: +[country code][number].'),
    ).toBe('whole');
    expect(
      fit(template, 'The phone number "+44abc" is not in E0164 format. Expected format: +[country code][number].'),
    ).toBeNull();
  });

  it('picks the longest whole word of fixed text as the word a fitting text must contain', () => {
    expect(templateKeyWord("Template '{template}' not found or not approved")).toBe('template');
    expect(templateKeyWord('Signature for {r} request does not match (skew {n}seconds)')).toBe('signature');
    expect(templateKeyWord('{R} exceeds {n} characters')).toBe('characters');
    expect(templateKeyWord('{message}')).toBeNull();
  });

  it('does not fit other messages, and refuses templates with too little fixed text', () => {
    expect(fit('Missing required field: {field}', 'Unknown effect: sparkles')).toBeNull();
    expect(compileTemplate('{message}')).toBeNull();
    expect(compileTemplate('{a}: {b}')).toBeNull();
  });
});

// Search keys, messages and query words come from untrusted text (a paste, a share link, a catalog from a PR). Every
// step must be linear: an end-anchored pattern retried from each position of a 200,000-character run of blanks or
// dashes would take minutes, so these tests time out (not a timed assertion) if a quadratic pattern comes back.
describe('long runs of blanks and dashes', () => {
  const N = 200_000;
  const runs = [' '.repeat(N), '\t'.repeat(N), '-'.repeat(N), ' \t-'.repeat(N / 3)];
  const around = (run: string) => `a${run}b`;

  it.each(runs.map((run, i) => [['spaces', 'tabs', 'dashes', 'mixed'][i], run] as const))(
    'normalises a run of %s between two letters',
    (_, run) => {
      expect(normalizeKey(around(run))).toMatch(/^a[_\s]*b$/);
      expect(normalizeKey(`"${run}"`)).toBe('');
      expect(normalizeMessage(around(run))).toMatch(/^a.*b$/s);
      expect(normalizeMessage(`"${run}",`).replace(/[-\s]/g, '')).toBe('');
      expect(tokenize(`ab${run}cd`)).toEqual(expect.arrayContaining(['ab', 'cd']));
      expect(joinedForms(`ab${run}cd`).length).toBeLessThanOrEqual(1);
    },
  );

  it('answers a query made of such runs', () => {
    const engine = createSearchEngine(
      buildSearchPayload([
        {
          api: 'alpha',
          apiName: 'Alpha API',
          code: 1007,
          title: 'Rate limited',
          meaning: 'Too many requests.',
          action: 'Wait.',
          messages: ['Rate limit exceeded'],
          templates: ['Retry after {n} seconds'],
          causes: [],
          solutions: [],
          statuses: [429],
          retryable: true,
          providerCodes: [],
          group: 'Limits',
          tags: [],
          keywords: [],
          url: '/alpha/errors/1007/',
        },
      ]),
    );
    for (const run of runs) {
      expect(engine.search(run)).toEqual([]);
      expect(engine.search(`rate${run}limited`)[0]?.url).toBe('/alpha/errors/1007/');
      expect(engine.suggest(`${run}1008${run}`)).toEqual(['1007']);
    }
  });
});

describe('stopwords', () => {
  it('drops the words of a question and of a comparison, keeping what is asked about', () => {
    expect(tokenize('What is idempotency?', new Set(), STOPWORDS)).toEqual(['idempotency']);
    expect(tokenize('why am I rate limited', new Set(), STOPWORDS)).toEqual(['rate', 'limited']);
    expect(tokenize('402 vs. 400', new Set(), STOPWORDS)).toEqual(['402', '400']);
  });
});

describe('British and American spelling', () => {
  it('gives both spellings of a word one form', () => {
    const pairs = [
      ['unauthorised', 'unauthorized'],
      ['authorisation', 'authorization'],
      ['recognised', 'recognized'],
      ['analyse', 'analyze'],
      ['behaviour', 'behavior'],
      ['colours', 'colors'],
      ['favourite', 'favorite'],
      ['cancelled', 'canceled'],
      ['labelling', 'labeling'],
      ['licence', 'license'],
      ['catalogue', 'catalog'],
    ];
    for (const [british, american] of pairs) expect(spelling(british)).toBe(spelling(american));
  });

  it('leaves alone words that are spelt one way, and short words', () => {
    for (const word of ['otherwise', 'advise', 'exercise', 'surprise', 'promise', 'four', 'hour', 'detail', 'filled'])
      expect(spelling(word)).toBe(word);
    // A different word must not take another's form.
    expect(spelling('filled')).not.toBe(spelling('filed'));
  });

  it('is applied to terms and keys alike', () => {
    expect(tokenize('Not authorised')).toEqual(tokenize('not authorized'));
    expect(normalizeKey('unauthorised access')).toBe(normalizeKey('UNAUTHORIZED_ACCESS'));
  });
});
