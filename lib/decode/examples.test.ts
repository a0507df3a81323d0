// Every example response of every catalog decodes to its own API, shape, code, status, retry verdict and trace id,
// as a bare body and wrapped as raw HTTP (HTTP/1.1 with CRLF, HTTP/2 with lower-case headers). The expected facts are
// written by hand below, read off each example and its catalog's rules, so the test does not restate verdict.ts.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import type { Example } from '@/lib/catalog/schema';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';

const catalogs = getCatalogs();
const table = buildDecoderTable(catalogs);

/** What a reader must see for one example: its retry verdict and where it comes from, its trace id, and the status
 * the body alone gives (null when the shape carries none). */
type Expected = {
  retryable: boolean | null;
  source: 'response' | 'catalog' | 'status' | null;
  trace: string | null;
  bodyStatus: number | null;
};

const e = (
  retryable: boolean | null,
  source: Expected['source'],
  trace: string | null,
  bodyStatus: number | null,
): Expected => ({ retryable, source, trace, bodyStatus });

const EXPECTED: Record<string, Record<string, Expected>> = {
  // Chert: the body's error.retryable is the final word; trace_id in the body; error.status in the body.
  chert: {
    'missing-required-field': e(false, 'response', 'a1b2c3d4e5f6', 400),
    'auth-missing': e(false, 'response', '9f8e7d6c', 401),
    'delivery-service-error': e(true, 'response', 'b2c3d4e5', 502),
    'attachment-ref-invalid': e(false, 'response', 'c3d4e5f6', 409),
    'unknown-effect': e(false, 'response', 'd4e5f6a7', 400),
  },
  // Chirp: no flag in the body and no status; per-code defaults (null where undocumented), group defaults for
  // code-less errors; the trace id is Meta's fbtrace_id inside error.provider, when there is one.
  chirp: {
    'message-undeliverable': e(null, null, 'A9PT_GrZ5LIImkA8UdH--jZ', null),
    'validation-error': e(false, 'catalog', null, null),
    'invalid-phone-number': e(false, 'catalog', null, null),
    'authentication-error': e(false, 'catalog', null, null),
    'conversation-window-expired': e(null, null, 'BxYZ_abc123def456', null),
    'api-error': e(true, 'catalog', null, null),
    'account-restricted-enriched': e(null, null, 'BxYZ_abc123def456', null),
  },
  // HueChat: per-code defaults; the body's numeric `code` is the status; webhook_delivery_failed has no default, so
  // the rule for its status (500: retry) decides.
  huechat: {
    unauthorized: e(false, 'catalog', null, 401),
    forbidden: e(false, 'catalog', null, 403),
    'invalid-input': e(false, 'catalog', null, 400),
    'missing-field': e(false, 'catalog', null, 400),
    'invalid-json': e(false, 'catalog', null, 400),
    'not-found': e(false, 'catalog', null, 404),
    'duplicate-contact': e(false, 'catalog', null, 409),
    'channel-not-connected': e(false, 'catalog', null, 400),
    'window-expired': e(false, 'catalog', null, 400),
    'template-not-found': e(false, 'catalog', null, 400),
    'invalid-template-parameters': e(false, 'catalog', null, 400),
    'rate-limited': e(true, 'catalog', null, 429),
    'contact-rate-limited': e(true, 'catalog', null, 429),
    'webhook-delivery-failed': e(true, 'status', null, 500),
    'invalid-webhook-url': e(false, 'catalog', null, 400),
    'internal-error': e(true, 'catalog', 'req_abc123xyz', 500),
    'service-unavailable': e(true, 'catalog', null, 503),
  },
  relay: {
    'validation-error': e(false, 'catalog', 'b3f1c8d2-2b9e-4c5e-8a1f-2c7d6a9e4b1a', null),
  },
};

/** Raw HTTP around a body. The reason phrase is left out: decoding must not depend on it. */
function raw(example: Example, body: string, variant: 'h1' | 'h2'): string {
  const headers = Object.entries(example.headers);
  if (variant === 'h1') {
    const lines = [
      `HTTP/1.1 ${example.status}`,
      'Content-Type: application/json',
      ...headers.map(([k, v]) => `${k}: ${v}`),
    ];
    return `${lines.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
  }
  const lines = [
    `HTTP/2 ${example.status}`,
    'content-type: application/json',
    ...headers.map(([k, v]) => `${k.toLowerCase()}: ${v}`),
  ];
  return `${lines.join('\n')}\n\n${body}`;
}

const cases = catalogs.flatMap((catalog) => catalog.examples.map((example) => ({ catalog, example })));

describe('catalog examples decode to their own facts', () => {
  it('has a hand-written expectation for every example, and no stale ones', () => {
    const actual = cases.map(({ catalog, example }) => `${catalog.id}/${example.id}`).sort();
    const written = Object.entries(EXPECTED)
      .flatMap(([api, byId]) => Object.keys(byId).map((id) => `${api}/${id}`))
      .sort();
    expect(actual).toEqual(written);
  });

  for (const { catalog, example } of cases) {
    const expected = EXPECTED[catalog.id]?.[example.id];
    const body = JSON.stringify(example.body, null, 2);
    const variants: [string, string, number | undefined][] = [['body', body, undefined]];
    if (example.status !== undefined)
      variants.push(
        ['HTTP/1.1', raw(example, body, 'h1'), example.status],
        ['HTTP/2', raw(example, body, 'h2'), example.status],
      );

    for (const [label, input, lineStatus] of variants) {
      it(`${catalog.id} ${example.id} (${label})`, () => {
        expect(expected, 'no expectation written for this example').toBeDefined();
        const result = decodeResponse(input, table, { now: new Date('2026-01-25T10:30:00Z') });
        if (!result.ok) throw new Error(`not decoded: ${result.reason}`);
        expect(result.api).toBe(catalog.id);
        expect(result.shape.id).toBe(example.shape);
        expect(result.code).toEqual(example.code ?? null);
        expect(result.known).toBe(example.code !== undefined);
        if (example.group) expect(result.group).toBe(example.group);
        if (lineStatus !== undefined) {
          expect(result.httpStatus).toBe(lineStatus);
          expect(result.statusSource).toBe('status-line');
        } else {
          expect(result.httpStatus).toBe(expected.bodyStatus);
        }
        expect({ retryable: result.retryable, source: result.retrySource }).toEqual({
          retryable: expected.retryable,
          source: expected.source,
        });
        expect(result.traceId).toBe(expected.trace);
        if (example.code !== undefined)
          expect(result.page).toBe(`/${catalog.id}/errors/${encodeURIComponent(String(example.code))}/`);
        // A catalog's own example must not trip the decoder's alarms.
        expect(
          result.warnings.filter((w) =>
            /not in the|status line says|is missing|not a status the catalog documents/.test(w),
          ),
        ).toEqual([]);
      });
    }
  }
});
