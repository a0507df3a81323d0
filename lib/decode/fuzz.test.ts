// Property tests: whatever is pasted — random JSON, mangled examples, random text, raw HTTP around anything —
// decodeResponse returns a well-formed result and never throws. Seeded, about 3,000 runs in all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';
import type { DecodeResult } from './types';

const table = buildDecoderTable(getCatalogs());
const apiIds = new Set(table.apis.map((a) => a.id));
const examples = getCatalogs().flatMap((c) => c.examples.map((e) => JSON.stringify(e.body, null, 2)));
const KINDS = ['empty', 'too-large', 'broken-json', 'too-deep', 'html', 'success', 'no-body', 'not-json', 'no-shape', 'internal'];
const now = new Date('2026-01-25T10:30:00Z');

function assertWellFormed(result: DecodeResult) {
  expect(typeof result.reason).toBe('string');
  expect(result.reason.length).toBeGreaterThan(0);
  expect(result.httpStatus === null || (Number.isInteger(result.httpStatus) && result.httpStatus >= 100 && result.httpStatus <= 599)).toBe(true);
  if (!result.ok) {
    // 'internal' would mean the decoder caught its own bug: it must never happen.
    expect(KINDS.filter((k) => k !== 'internal')).toContain(result.kind);
    if (result.line !== undefined) expect(result.line >= 1 && result.column! >= 1).toBe(true);
  } else {
    // Either a catalog claims the body, or the generic HTTP reading says why none does.
    expect(result.api === null ? result.generic !== null && result.apiName === null : apiIds.has(result.api) && result.generic === null).toBe(true);
    expect(typeof result.shape.id).toBe('string');
    expect(result.code === null || typeof result.code === 'string' || typeof result.code === 'number').toBe(true);
    expect([true, false, null]).toContain(result.retryable);
    expect(['response', 'catalog', 'status', null]).toContain(result.retrySource);
    expect(result.retryable === null).toBe(result.retrySource === null);
    expect(result.retryAfterSeconds === null || (Number.isInteger(result.retryAfterSeconds) && result.retryAfterSeconds >= 0 && result.retryAfterSeconds <= 7 * 86400)).toBe(true);
    expect(result.traceId === null || typeof result.traceId === 'string').toBe(true);
    expect(result.message === null || typeof result.message === 'string').toBe(true);
    expect(result.warnings.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
    expect(result.context.every((c) => typeof c.name === 'string' && typeof c.explain === 'string')).toBe(true);
  }
  expect(() => JSON.stringify(result)).not.toThrow();
}

const decode = (text: string) => {
  let result: DecodeResult | undefined;
  expect(() => (result = decodeResponse(text, table, { now }))).not.toThrow();
  assertWellFormed(result!);
  return result!;
};

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
);

type Mutation = { kind: 'truncate' | 'flip' | 'insert'; at: number; char?: string; text?: string };

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  if (m.kind === 'truncate') return text.slice(0, at);
  if (m.kind === 'flip') return text.slice(0, at) + m.char + text.slice(at + 1);
  return text.slice(0, at) + m.text + text.slice(at);
}

const headerName = fc.constantFrom('Retry-After', 'retry-after', 'X-RateLimit-Reset', 'Date', 'X-Trace-ID', 'X-Request-Id', 'Content-Type', 'X-Odd');
const headerValue = fc.oneof(fc.integer({ min: -5, max: 2_000_000_000 }).map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()), fc.string({ maxLength: 20 }));
const rawHttp = fc.record({
  version: fc.constantFrom('HTTP/1.1', 'HTTP/2', '< HTTP/1.1'),
  status: fc.integer({ min: 100, max: 599 }),
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n'),
  body: fc.oneof(fc.constantFrom(...examples), fc.json(), fc.string({ maxLength: 40 })),
});

describe('decodeResponse never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void decode(JSON.stringify(value))), { seed: 7, numRuns: 1000 });
  });

  it('on mutated example bodies (truncated, flipped, with garbage inserted)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 3 }), (body, mutations) => {
        decode(mutations.reduce((text, m) => mutate(text, m), body));
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void decode(text)), { seed: 13, numRuns: 500 });
  });

  it('on raw HTTP wrapped around anything', () => {
    fc.assert(
      fc.property(rawHttp, (r) => {
        const head = [`${r.version} ${r.status}`, ...r.headers.map(([k, v]) => `${k}: ${v}`)].join(r.eol);
        const result = decode(`${head}${r.eol}${r.eol}${r.body}`);
        if (result.ok && result.statusSource === 'status-line') expect(result.httpStatus).toBe(r.status);
      }),
      { seed: 17, numRuns: 500 },
    );
  });
});
