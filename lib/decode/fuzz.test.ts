// Property tests: whatever is pasted — random JSON, mangled examples, random text, raw HTTP around anything —
// decodeResponse returns a result of the documented shape whose facts agree. Seeded, about 3,000 runs in all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';
import type { DecodeResult } from './types';

const table = buildDecoderTable(getCatalogs());
const apiIds = new Set(table.apis.map((a) => a.id));
const examples = getCatalogs().flatMap((c) => c.examples.map((e) => JSON.stringify(e.body, null, 2)));
const now = new Date('2026-01-25T10:30:00Z');

// The result's shape, written out here from the documented result type (types.ts), key by key: strict objects, so a
// missing, extra or mistyped member fails. decodeResponse catches its own exceptions and reports them as
// kind 'internal', so a throw inside the decoder shows up here as a result of the wrong kind, never as a throw.
const Status = z.number().int().min(100).max(599).nullable();
const Text = z.string().min(1);
const Json: z.ZodType = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(Json), z.record(z.string(), Json)]),
);
const NotAnError = z.strictObject({
  ok: z.literal(false),
  kind: z.enum(['empty', 'too-large', 'broken-json', 'too-deep', 'html', 'success', 'no-body', 'not-json', 'no-shape']),
  reason: Text,
  line: z.number().int().min(1).optional(),
  column: z.number().int().min(1).optional(),
  httpStatus: Status,
  statusMeaning: Text.nullable(),
});
const DecodedError = z.strictObject({
  ok: z.literal(true),
  api: z
    .string()
    .refine((id) => apiIds.has(id), 'not an API of the table')
    .nullable(),
  apiName: Text.nullable(),
  shape: z.strictObject({ id: Text, title: Text }),
  runnerUp: z.strictObject({ api: Text, apiName: Text, shape: Text, shapeTitle: Text, reason: Text }).nullable(),
  code: z.union([z.string(), z.number()]).nullable(),
  known: z.boolean(),
  title: Text.nullable(),
  meaning: Text.nullable(),
  group: Text.nullable(),
  groupTitle: Text.nullable(),
  httpStatus: Status,
  statusSource: z.enum(['status-line', 'body', 'shape']).nullable(),
  statusText: Text.nullable(),
  message: z.string().nullable(),
  retryable: z.boolean().nullable(),
  retrySource: z.enum(['response', 'catalog', 'status']).nullable(),
  override: z.boolean(),
  overrideNote: Text.nullable(),
  reason: Text,
  // A wait is whole seconds, at most 7 days.
  retryAfterSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60 * 60)
    .nullable(),
  waitSource: z.enum(['body', 'retry-after', 'rate-limit', 'rate-limit-reset']).nullable(),
  waitField: Text.nullable(),
  traceId: z.string().nullable(),
  traceSource: z.enum(['body', 'header']).nullable(),
  traceField: Text.nullable(),
  traceLabel: Text,
  context: z.array(
    z.strictObject({ name: Text, path: z.string(), value: Json, explain: Text, items: z.array(z.string()).optional() }),
  ),
  page: z.string().nullable(),
  warnings: z.array(Text),
  generic: z
    .strictObject({
      kind: z.enum(['problem', 'json', 'html', 'xml', 'text', 'empty']),
      problem: z
        .strictObject({
          type: Text.nullable(),
          title: Text.nullable(),
          status: z.number().int().nullable(),
          detail: Text.nullable(),
          instance: Text.nullable(),
        })
        .nullable(),
      sender: z.strictObject({ name: Text, evidence: Text }).nullable(),
      resembles: z.strictObject({ api: Text, apiName: Text, shape: Text, shapeTitle: Text }).nullable(),
      pageTitle: Text.nullable(),
    })
    .nullable(),
});
const Result = z.discriminatedUnion('ok', [NotAnError, DecodedError]);

/** The result has exactly the documented shape, and its facts agree with each other and with the catalogs. */
function assertWellFormed(result: DecodeResult) {
  const parsed = Result.safeParse(result);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  if (!result.ok) {
    expect(result.column === undefined).toBe(result.line === undefined);
    return;
  }
  // Either a catalog claims the body, or the generic HTTP reading (with no page and no known code) stands for it.
  expect(result.api === null).toBe(result.generic !== null);
  expect(result.apiName === null).toBe(result.api === null);
  if (result.api === null) {
    expect(result.known).toBe(false);
    expect(result.page).toBeNull();
    expect(result.runnerUp).toBeNull();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    return;
  }
  const api = table.apis.find((a) => a.id === result.api)!;
  expect(api.shapes.map((s) => s.id)).toContain(result.shape.id);
  expect(result.retryable === null).toBe(result.retrySource === null);
  expect(result.retryAfterSeconds === null).toBe(result.waitSource === null);
  expect(result.traceId === null).toBe(result.traceSource === null);
  expect(result.httpStatus === null).toBe(result.statusSource === null);
  if (result.known) {
    // A known code is one of the catalog's, with its title and its page.
    const entry = api.codes.find((c) => String(c.code) === String(result.code));
    expect(entry, `code ${String(result.code)} of ${api.id}`).toBeDefined();
    expect(result.title).toBe(entry!.title);
    expect(result.page).toMatch(new RegExp(`^/${api.id}/errors/[^/]+/$`));
  }
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const decode = (text: string) => {
  const result = decodeResponse(text, table, { now });
  assertWellFormed(result);
  return result;
};

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
);

type Mutation = { kind: 'truncate' | 'flip' | 'insert'; at: number; char?: string; text?: string };

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  if (m.kind === 'truncate') return text.slice(0, at);
  if (m.kind === 'flip') return text.slice(0, at) + m.char + text.slice(at + 1);
  return text.slice(0, at) + m.text + text.slice(at);
}

const headerName = fc.constantFrom(
  'Retry-After',
  'retry-after',
  'X-RateLimit-Reset',
  'Date',
  'X-Trace-ID',
  'X-Request-Id',
  'Content-Type',
  'X-Odd',
);
const headerValue = fc.oneof(
  fc.integer({ min: -5, max: 2_000_000_000 }).map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.string({ maxLength: 20 }),
);
const rawHttp = fc.record({
  version: fc.constantFrom('HTTP/1.1', 'HTTP/2', '< HTTP/1.1'),
  status: fc.integer({ min: 100, max: 599 }),
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n'),
  body: fc.oneof(fc.constantFrom(...examples), fc.json(), fc.string({ maxLength: 40 })),
});

describe('decodeResponse returns a well-formed result', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void decode(JSON.stringify(value))),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('on mutated example bodies (truncated, flipped, with garbage inserted)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (body, mutations) => {
          decode(mutations.reduce((text, m) => mutate(text, m), body));
        },
      ),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void decode(text)),
      { seed: 13, numRuns: 500 },
    );
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
