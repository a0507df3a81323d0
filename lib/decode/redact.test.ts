// Redaction masks personal data and secrets but keeps what the decoder reads: codes, statuses, trace ids.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from './index';
import { redact } from './redact';
import { buildDecoderTable } from './table';

const table = buildDecoderTable(getCatalogs());

describe('redact', () => {
  it('masks phones, e-mails, bearer tokens, API keys and signatures, and counts them', () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig',
      'X-API-Key: sk_live_51abcdef',
      'x-chert-signature: t=1706215260,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
      '',
      '{"message":"to +1 (555) 555-0100, +15555550100 and 555.555.0100 failed for jane.doe+test@example.co.uk","callback":"https://x.test/cb?signature=abc123&id=1","note":"Bearer abcdefgh12345678"}',
    ].join('\n');
    const { text, counts } = redact(input);
    expect(counts).toEqual({ phone: 3, email: 1, token: 2, apiKey: 1, signature: 2 });
    for (const secret of ['eyJhbGci', 'sk_live', '5257a869', '555', 'jane.doe', 'abc123', 'abcdefgh12345678']) expect(text).not.toContain(secret);
    expect(text).toContain('Authorization: Bearer [token]');
    expect(text).toContain('x-chert-signature: [signature]');
    expect(JSON.parse(text.slice(text.indexOf('{')))).toBeTypeOf('object');
  });

  it('leaves codes, statuses, ids, timestamps and placeholders alone', () => {
    const input = '{"code":1007,"status":429,"trace_id":"852850827913949","request_id":"b3f1c8d2-2b9e-4c5e-8a1f-2c7d6a9e4b1a","fbtrace_id":"A9PT_GrZ5LIImkA8UdH--jZ","meta":131047,"at":"2026-01-25T10:30:00Z","reset":1706215260,"message":"Missing Authorization header. Expected: Bearer <api_key>"}';
    expect(redact(input)).toEqual({ text: input, counts: { phone: 0, email: 0, token: 0, apiKey: 0, signature: 0 } });
  });

  it('is idempotent: redacting twice changes nothing more', () => {
    const once = redact('Authorization: Bearer abcdefghijkl\nX-API-Key: k1\n\n{"to":"+15555550100"}').text;
    expect(redact(once)).toEqual({ text: once, counts: { phone: 0, email: 0, token: 0, apiKey: 0, signature: 0 } });
  });

  it('keeps every fixture decoding the same way (api, code, status, retry verdict, trace id)', () => {
    const dir = path.join(process.cwd(), 'tests', 'fixtures', 'decode');
    const now = new Date('2026-01-25T10:30:00Z');
    const pick = (r: ReturnType<typeof decodeResponse>) => (r.ok ? [r.api, r.code, r.httpStatus, r.retryable, r.retryAfterSeconds, r.traceId] : [r.kind, r.line, r.column]);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(pick(decodeResponse(redact(text).text, table, { now })), file).toEqual(pick(decodeResponse(text, table, { now })));
    }
  });
});

describe('redact speed', () => {
  it.each([
    ['letters', 'a'.repeat(1 << 20)],
    ['digits', '1'.repeat(1 << 20)],
    ['dotted', 'a.'.repeat(1 << 19)],
    ['pluses', '+1 '.repeat(350_000)],
    ['header lines', 'Authorization: x\n'.repeat(60_000)],
  ])('handles 1 MB of %s in linear time', (_label, text) => {
    const started = performance.now();
    redact(text);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
