// Hostile input: 200,000-character runs of spaces, tabs and dashes in every part of a response the decoder reads
// (status line, header names and values, rate-limit fields, dates, bodies, HTML and XML pages). Parsing must stay
// linear; a quadratic regex takes minutes on these and fails the test on its timeout, while the answers below are
// what a reader would see.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';

const table = buildDecoderTable(getCatalogs());
const RUN = 200_000;
const now = new Date('2026-01-25T10:30:00Z');

describe.each([
  ['spaces', ' '],
  ['tabs', '\t'],
  ['dashes', '-'],
])('a %s run of 200,000 characters', (_name, ch) => {
  const r = ch.repeat(RUN);

  it('in the reason phrase keeps the status', () => {
    const result = decodeResponse(`HTTP/1.1 503 Service${r}x\nRetry-After: 7\n\n`, table, { now });
    expect(result).toMatchObject({ ok: true, api: null, httpStatus: 503, retryable: true, retryAfterSeconds: 7 });
  });

  it('after the status code keeps the status', () => {
    const result = decodeResponse(`HTTP/1.1 429${r}x\n\n{"error":"slow_down"}`, table, { now });
    expect(result).toMatchObject({ ok: true, httpStatus: ch === '-' ? null : 429, code: 'slow_down' });
  });

  it('inside a header value keeps the value and reads the next header', () => {
    const text = `HTTP/1.1 503 Service Unavailable\nX-Request-Id: a${r}b\nRetry-After: a${r}x\nRetry-After: 9\n\n`;
    const result = decodeResponse(text, table, { now });
    expect(result.ok && result.traceId?.startsWith('a')).toBe(true);
    expect(result).toMatchObject({ ok: true, retryAfterSeconds: 9 });
  });

  it('in a header name, a rate-limit field and a date gives no wait from them', () => {
    const text = `HTTP/1.1 429 x\nX${r}\nRateLimit: a${r};t=1${r}\nDate: Sun,${r}25 Jan 2026\nRetry-After: Sun,${r}25 Jan 2026 10:30:00 GMT\n\n`;
    const result = decodeResponse(text, table, { now });
    expect(result).toMatchObject({ ok: true, httpStatus: 429, retryable: true });
  });

  it('as the body, in a JSON value, before JSON and in HTML and XML pages', () => {
    expect(decodeResponse(`HTTP/1.1 503 Service Unavailable\n\n${r}`, table, { now })).toMatchObject({
      ok: true,
      httpStatus: 503,
    });
    expect(decodeResponse(`${r}x`, table, { now })).toMatchObject({ ok: false });
    expect(
      decodeResponse(`HTTP/1.1 400 x\n\n{"error":{"code":"c${r}","message":"m${r}"}}`, table, { now }),
    ).toMatchObject({ ok: true, httpStatus: 400, retryable: false });
    expect(decodeResponse(`log${r}: {"error":"bad_request"}`, table, { now })).toMatchObject({
      ok: true,
      code: 'bad_request',
    });
    expect(decodeResponse(`HTTP/1.1 502 Bad\n\n<html><title>${r}`, table, { now })).toMatchObject({
      ok: true,
      httpStatus: 502,
      shape: { id: 'html-page' },
    });
    expect(
      decodeResponse(`HTTP/1.1 502 Bad\n\n<html><title>${'<title'.repeat(RUN / 6)}`, table, { now }),
    ).toMatchObject({ ok: true, httpStatus: 502 });
    expect(
      decodeResponse(`HTTP/1.1 404 x\n\n<?xml version="1.0"?><Error><Code>${'<code'.repeat(RUN / 5)}`, table, { now }),
    ).toMatchObject({ ok: true, httpStatus: 404 });
  });

  it('in a body with no status line, around the words a status is read from', () => {
    expect(decodeResponse(`Too Many Requests${r}x`, table, { now })).toMatchObject({ ok: true, httpStatus: 429 });
    // Blanks before the text are skipped; a run of dashes is text of its own, so nothing is read.
    expect(decodeResponse(`${r}no healthy upstream`, table, { now })).toMatchObject(
      ch === '-' ? { ok: false } : { ok: true, httpStatus: 503 },
    );
    expect(decodeResponse(`429${r}Too Many Requests`, table, { now })).toMatchObject({ ok: false });
    expect(decodeResponse(`HTTPError: 429 Client Error:${r}Too Many Requests`, table, { now })).toMatchObject({
      ok: false,
    });
    // A raw tab inside a JSON string makes the JSON invalid, so that body is not read at all.
    expect(decodeResponse(`{"message":"Too Many Requests${r}"}`, table, { now })).toMatchObject(
      ch === '\t' ? { ok: false, kind: 'broken-json' } : { ok: true, httpStatus: 429 },
    );
    const page = `<html><head><title>Service Unavailable${r}</title></head><body>Reference #${r}18.ab.cd<p>Ray ID:${r}0123456789abcdef</p></body></html>`;
    // The page is read in its first 64 KB only, so the ids past the runs are not reached.
    expect(decodeResponse(page, table, { now })).toMatchObject({ ok: true, httpStatus: 503, traceId: null });
    // An error number past the first 64 KB of a page is not reached.
    expect(
      decodeResponse(`<html><title>Cloudflare</title><h1>Error${r}1015</h1>${'<script'.repeat(RUN / 7)}`, table, {
        now,
      }),
    ).toMatchObject({ ok: false });
  });
  it('in a gRPC message, a page heading, a <pre>, a whitelabel line and a page request id', () => {
    const grpc = `HTTP/2 200\ngrpc-status: 14\ngrpc-message: a${r}b\n\n`;
    expect(decodeResponse(grpc, table, { now })).toMatchObject({ ok: true, code: 'UNAVAILABLE', retryable: true });
    // The status is read from the first heading when the title has none (the run is inside the heading).
    const heading = `<html><title>ERROR: The request could not be satisfied</title><h1>504 Gateway${r}Timeout</h1></html>`;
    expect(decodeResponse(heading, table, { now })).toMatchObject({ ok: true, httpStatus: 504 });
    // Express's <pre>: the first line of it, cut short, after a bare "Error" title.
    const pre = `HTTP/1.1 404 Not Found\n\n<html><title>Error</title><pre>Cannot GET /x${r}</pre></html>`;
    const preResult = decodeResponse(pre, table, { now });
    expect(preResult).toMatchObject({ ok: true, httpStatus: 404, retryable: false });
    expect(preResult.ok && preResult.message?.startsWith('Cannot GET /x')).toBe(true);
    expect(preResult.ok && (preResult.message?.length ?? 0) <= 300).toBe(true);
    // Spring's whitelabel status needs its words together; a run between them reads nothing.
    const whitelabel = `<html><h1>Whitelabel Error Page</h1><div>(type=Not Found,${r} status=404)</div></html>`;
    expect(decodeResponse(whitelabel, table, { now })).toMatchObject({ ok: false });
    const reqId = `HTTP/1.1 403 Forbidden\n\n<html><title>ERROR</title><pre>Request ID:${r}</pre></html>`;
    expect(decodeResponse(reqId, table, { now })).toMatchObject({ ok: true, httpStatus: 403, traceId: null });
  });
});
