// decodeResponse beyond the fixtures: a catalog the decoder has never seen, the table as served JSON,
// size and depth limits, hostile input, and speed on 1 MB and 10 MB pastes.
import { describe, expect, it } from 'vitest';
import { getCatalogs, type Catalog } from '@/lib/catalog';
import { CatalogSchema } from '@/lib/catalog/schema';
import { decodeResponse, MAX_INPUT_CHARS } from './index';
import { buildDecoderTable } from './table';
import type { DecoderTable } from './types';

const table = buildDecoderTable(getCatalogs());

const pebble: Catalog = {
  ...CatalogSchema.parse({
    id: 'pebble',
    name: 'Pebble API',
    summary: 'A made-up API used only to show that a new catalog teaches the decoder its shape.',
    source: { title: 'Test fixture' },
    code_format: 'string',
    trace_label: 'reference',
    retry: {
      basis: 'catalog',
      summary: 'Per-code defaults.',
      status_rules: [{ http: [503], retryable: true, note: 'Busy.' }],
    },
    headers: [{ name: 'X-Pebble-Ref', role: 'trace-id', description: 'The reference of the call.' }],
    groups: [{ id: 'input', title: 'Input', summary: 'Bad input.', http: [400] }],
    shapes: [
      {
        id: 'fault',
        title: 'Fault object',
        description: 'A `fault` object with a reason code.',
        match: [{ path: 'fault.reason_code', type: 'string' }],
        fields: { code: 'fault.reason_code', message: 'fault.text', retry_after: 'fault.wait' },
        required: ['code'],
      },
    ],
    codes: [
      {
        code: 'P_BAD_COLOUR',
        title: 'Bad colour',
        group: 'input',
        http: [400],
        retryable: false,
        meaning: 'The colour is not known.',
        action: 'Pick a known colour.',
      },
    ],
  }),
  file: 'test/pebble.yaml',
};

describe('decoder table', () => {
  it('learns a new catalog from data alone', () => {
    const withPebble = buildDecoderTable([...getCatalogs(), pebble]);
    const input =
      'HTTP/1.1 400 Bad Request\nX-Pebble-Ref: ref-9\n\n{"fault": {"reason_code": "P_BAD_COLOUR", "text": "No such colour", "wait": 3}}';
    const result = decodeResponse(input, withPebble);
    expect(result).toMatchObject({
      ok: true,
      api: 'pebble',
      shape: { id: 'fault' },
      code: 'P_BAD_COLOUR',
      known: true,
      retryable: false,
      retrySource: 'catalog',
      retryAfterSeconds: 3,
      traceId: 'ref-9',
      traceSource: 'header',
      page: '/pebble/errors/P_BAD_COLOUR/',
    });
    // Without the catalog the same body belongs to no documented API: only HTTP semantics speak for it.
    expect(decodeResponse(input, table)).toMatchObject({
      ok: true,
      api: null,
      known: false,
      page: null,
      httpStatus: 400,
      retryable: false,
      retrySource: 'status',
      traceId: null,
    });
  });

  it('decodes the same after a JSON round trip, as the browser receives it', () => {
    const served = JSON.parse(JSON.stringify(table)) as DecoderTable;
    const input =
      '{"success":false,"error":{"status":429,"code":1007,"message":"Rate limited","retryable":true,"retry_after":4},"trace_id":"t1"}';
    expect(decodeResponse(input, served)).toEqual(decodeResponse(input, table));
  });

  it('keeps only what decoding needs (no prose beyond titles, meanings and notes)', () => {
    const json = JSON.stringify(table);
    expect(json).not.toContain('"action"');
    expect(json).not.toContain('"solutions"');
    expect(json).not.toContain('"examples"');
  });
});

describe('decodeResponse limits and safety', () => {
  it('never throws, even on input that is not a string', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')] as unknown[]) {
      expect(decodeResponse(input as string, table)).toMatchObject({ ok: false, kind: 'empty' });
    }
    expect(decodeResponse('{}', { version: 1, apis: [{}] } as unknown as DecoderTable)).toMatchObject({ ok: false });
  });

  it('refuses pastes over the cap with a plain reason, without scanning them', () => {
    const big = ' '.repeat(MAX_INPUT_CHARS + 1);
    const result = decodeResponse(big, table);
    expect(result).toMatchObject({ ok: false, kind: 'too-large' });
    expect(result.reason).toMatch(/at most 12 MB/);
  });

  it('refuses 100,000 nested brackets without overflowing the stack', () => {
    for (const input of ['['.repeat(100_000), '{"a":'.repeat(100_000), `log: ${'{"a":'.repeat(100_000)}`]) {
      const result = decodeResponse(input, table);
      expect(result).toMatchObject({ ok: false, kind: 'too-deep' });
    }
  });

  it('returns HTML and scripts in messages as plain strings', () => {
    const result = decodeResponse('{"error":{"type":"api_error","message":"<script>alert(1)</script>"}}', table);
    expect(result.ok && result.message).toBe('<script>alert(1)</script>');
  });

  it("reads a Retry-After date against the caller's clock when the response has no Date header", () => {
    const input =
      'HTTP/2 429\nretry-after: Sun, 25 Jan 2026 10:30:45 GMT\n\n{"error":"rate_limited","message":"slow down","code":429}';
    expect(decodeResponse(input, table, { now: new Date('2026-01-25T10:30:00Z') })).toMatchObject({
      retryAfterSeconds: 45,
      waitSource: 'retry-after',
    });
    expect(decodeResponse(input, table, { now: new Date('2026-01-25T11:00:00Z') })).toMatchObject({
      retryAfterSeconds: 0,
    });
  });
});

describe('generic verdicts beyond the fixtures', () => {
  const decode = (text: string) => decodeResponse(text, table, { now: new Date('2026-01-25T10:30:00Z') });

  it('takes the request id from any header named like one when no common one is sent', () => {
    expect(
      decode('HTTP/1.1 500 x\nX-Acme-Request-ID: acme-77\nX-Powered-By: Express\n\n{"message":"boom"}'),
    ).toMatchObject({ traceId: 'acme-77', traceSource: 'header', traceField: 'X-Acme-Request-ID' });
    // A common header still wins over a vendor one.
    expect(decode('HTTP/1.1 502 x\nX-Edge-Req-Id: edge-1\nX-Request-Id: app-1\n\n')).toMatchObject({
      traceId: 'app-1',
    });
  });

  it('treats a Retry-After on any client error as a temporary refusal, and a spent quota on a 200 as a rate limit', () => {
    expect(decode('HTTP/1.1 403 Forbidden\nRetry-After: 60\n\n{"message":"slow down"}')).toMatchObject({
      retryable: true,
      retryAfterSeconds: 60,
    });
    expect(decode('HTTP/1.1 403 Forbidden\n\n{"message":"no"}')).toMatchObject({ retryable: false });
    expect(
      decode('HTTP/1.1 200 OK\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 20\n\n{"errors":[{"message":"limited"}]}'),
    ).toMatchObject({ retryable: true, retryAfterSeconds: 20 });
  });

  it('reads a lower-case status line, and calls a 200 with a plain-text body a success', () => {
    expect(decode('http/1.1 503 service unavailable\nretry-after: 9\n\n')).toMatchObject({
      httpStatus: 503,
      retryable: true,
      retryAfterSeconds: 9,
    });
    expect(decode('HTTP/1.1 200 OK\n\nOK')).toMatchObject({ ok: false, kind: 'success', httpStatus: 200 });
  });

  it('titles an about:blank problem with no title by its status phrase', () => {
    expect(
      decode('HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\n\n{"type":"about:blank","status":404}'),
    ).toMatchObject({ shape: { id: 'problem-details' }, message: 'Not Found', httpStatus: 404, retryable: false });
  });

  it('keeps OAuth device-flow polling answers retryable and other OAuth errors not', () => {
    expect(decode('HTTP/1.1 400 x\n\n{"error":"authorization_pending"}')).toMatchObject({
      code: 'authorization_pending',
      retryable: true,
      retrySource: 'response',
    });
    expect(decode('HTTP/1.1 400 x\n\n{"error":"invalid_grant"}')).toMatchObject({ retryable: false });
  });

  it('reads an HTML page as HTML even when it holds a <code> element, and decodes its character references', () => {
    const page = decode(
      'HTTP/1.1 500 x\n\n<body><h1>Error &amp; more</h1><pre><code>NullPointerException</code></pre></body>',
    );
    expect(page).toMatchObject({ shape: { id: 'html-page' }, code: null, message: 'Error & more' });
  });
});

describe('decodeResponse speed', () => {
  const padded = (size: number) => {
    const filler = 'x'.repeat(1000);
    const items: string[] = [];
    for (let n = 0; n * 1010 < size; n++) items.push(`"${filler}"`);
    return `HTTP/1.1 400 Bad Request\r\nX-Request-ID: big\r\n\r\n{"code":"VALIDATION_ERROR","message":"big","details":{"issues":[${items.join(',')}]}}`;
  };

  it.each([
    ['1 MB', 1024 * 1024, 500],
    ['10 MB', 10 * 1024 * 1024, 2000],
  ])('decodes a %s paste quickly', (_label, size, budgetMs) => {
    const input = padded(size);
    const started = performance.now();
    const result = decodeResponse(input, table);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ ok: true, api: 'inbox', code: 'VALIDATION_ERROR' });
    expect(elapsed).toBeLessThan(budgetMs);
  });
});
