// Every example response of every catalog decodes to its own API, shape, code, status, retry verdict and trace id,
// as a bare body and wrapped as raw HTTP (HTTP/1.1 with CRLF, HTTP/2 with lower-case headers).
import { describe, expect, it } from 'vitest';
import { getCatalogs, type Catalog } from '@/lib/catalog';
import type { Example } from '@/lib/catalog/schema';
import { getPath } from './body-path';
import { decodeResponse } from './index';
import { statusName } from './status-text';
import { buildDecoderTable } from './table';

const catalogs = getCatalogs();
const table = buildDecoderTable(catalogs);

function raw(example: Example, body: string, variant: 'h1' | 'h2'): string {
  const headers = Object.entries(example.headers);
  if (variant === 'h1') {
    const lines = [`HTTP/1.1 ${example.status} ${statusName(example.status!) ?? ''}`.trim(), 'Content-Type: application/json', ...headers.map(([k, v]) => `${k}: ${v}`)];
    return `${lines.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
  }
  const lines = [`HTTP/2 ${example.status}`, 'content-type: application/json', ...headers.map(([k, v]) => `${k.toLowerCase()}: ${v}`)];
  return `${lines.join('\n')}\n\n${body}`;
}

const first = (body: unknown, paths: string[] | undefined) => {
  for (const p of paths ?? []) {
    const hit = getPath(body, p);
    if (hit.found && hit.value !== null) return hit.value;
  }
  return undefined;
};

/** The verdict the catalog itself implies for an example, worked out independently of the decoder's code. */
function expectedRetry(catalog: Catalog, example: Example, status: number | undefined): boolean | null {
  const shape = catalog.shapes.find((s) => s.id === example.shape)!;
  const flag = first(example.body, shape.fields.retryable);
  if (typeof flag === 'boolean') return flag;
  const entry = catalog.codes.find((c) => c.code === example.code);
  if (entry && entry.retryable !== null) return entry.retryable;
  if (!entry && example.group) {
    const group = catalog.groups.find((g) => g.id === example.group);
    if (group?.retryable !== null && group?.retryable !== undefined) return group.retryable;
  }
  if (status === undefined) return null;
  return catalog.retry.status_rules.find((r) => r.http.includes(status))?.retryable ?? null;
}

function expectedTrace(catalog: Catalog, example: Example): string | null {
  const shape = catalog.shapes.find((s) => s.id === example.shape)!;
  const inBody = first(example.body, shape.fields.trace_id);
  if (typeof inBody === 'string' || typeof inBody === 'number') return String(inBody);
  const names = catalog.headers.filter((h) => h.role === 'trace-id').map((h) => h.name.toLowerCase());
  return Object.entries(example.headers).find(([k]) => names.includes(k.toLowerCase()))?.[1] ?? null;
}

const cases = catalogs.flatMap((catalog) => catalog.examples.map((example) => ({ catalog, example })));

describe('catalog examples decode to their own facts', () => {
  it('covers every catalog that has examples', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const { catalog, example } of cases) {
    const body = JSON.stringify(example.body, null, 2);
    const variants: [string, string, number | undefined][] = [['body', body, undefined]];
    if (example.status !== undefined) variants.push(['HTTP/1.1', raw(example, body, 'h1'), example.status], ['HTTP/2', raw(example, body, 'h2'), example.status]);

    for (const [label, input, lineStatus] of variants) {
      it(`${catalog.id} ${example.id} (${label})`, () => {
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
        }
        const shape = catalog.shapes.find((s) => s.id === example.shape)!;
        const bodyStatus = first(example.body, shape.fields.status);
        const status = lineStatus ?? (typeof bodyStatus === 'number' ? bodyStatus : shape.transport_status);
        expect(result.retryable).toBe(expectedRetry(catalog, example, status));
        expect(result.traceId).toBe(label === 'body' ? (first(example.body, shape.fields.trace_id) as string | undefined) ?? null : expectedTrace(catalog, example));
        if (example.code !== undefined) expect(result.page).toBe(`/${catalog.id}/errors/${encodeURIComponent(String(example.code))}/`);
        // A catalog's own example must not trip the decoder's alarms.
        expect(result.warnings.filter((w) => /not in the|status line says|is missing|not a status the catalog documents/.test(w))).toEqual([]);
      });
    }
  }
});
