// Session triage against whole sessions (tests/fixtures/sessions) and the groups written by hand in expected.json,
// plus what must never happen: a single response taken for a session, request data in the output.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from '../index';
import { buildDecoderTable } from '../table';
import { batchMarkdown, batchSummary, batchTable } from './report';
import { looksLikeSession } from './sniff';
import { readSession, triageSession } from './triage';
import type { SessionTriage } from './types';

const dir = path.join(process.cwd(), 'tests', 'fixtures', 'sessions');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  {
    source: string;
    total: number;
    failed: number;
    aborted: number;
    skippedLines?: number[];
    groups: Record<string, unknown>[];
  }
>;
const table = buildDecoderTable(getCatalogs());
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const SECRET = /must[-_ ]not[-_ ]appear/;

function triage(text: string): SessionTriage {
  const result = triageSession(text, table);
  if (result === null || result.kind !== 'batch') throw new Error(`not a session: ${JSON.stringify(result)}`);
  return result;
}

describe('session fixtures', () => {
  for (const [file, want] of Object.entries(expected).filter(([k]) => !k.startsWith('$'))) {
    describe(file, () => {
      const result = triage(read(file));
      const summary = batchSummary(result);

      it('is read as the right kind of session, with the hand-counted totals', () => {
        expect(result.source).toBe(want.source);
        expect({ total: summary.total, failed: summary.failed, aborted: result.aborted }).toEqual({
          total: want.total,
          failed: want.failed,
          aborted: want.aborted,
        });
        if (want.skippedLines) expect(result.skippedLines).toEqual(want.skippedLines);
      });

      it('groups the failures, most frequent first', () => {
        expect(summary.groups).toHaveLength(want.groups.length);
        want.groups.forEach((g, i) => expect(summary.groups[i], `group ${i + 1}`).toMatchObject(g));
        expect(summary.groups.reduce((n, g) => n + g.count, 0)).toBe(summary.failed);
      });

      it('decodes each listed response exactly as the single-response decoder does on its own', () => {
        for (const group of result.groups) {
          for (const row of group.rows) {
            const alone = decodeResponse(row.text, table);
            expect(alone.ok ? alone.api : null).toBe(group.api);
            expect(alone.ok ? alone.code : null).toBe(group.code);
          }
        }
      });

      it('never carries request headers, request bodies, query strings or cookies', () => {
        expect(JSON.stringify(summary)).not.toMatch(SECRET);
        expect(JSON.stringify(result)).not.toMatch(SECRET);
        expect(batchTable(result)).not.toMatch(SECRET);
        expect(batchMarkdown(result)).not.toMatch(SECRET);
      });
    });
  }

  it('keeps the method, path and time of each response (the Firefox export)', () => {
    const rows = triage(read('firefox.har')).groups[0].rows;
    expect(rows.map((r) => [r.method, r.path, r.time, r.traceId])).toEqual([
      ['POST', '/v1/messages', '2026-01-26T10:14:02.731+01:00', 'req_ff_01'],
      ['POST', '/v1/messages', '2026-01-26T10:14:03.902+01:00', 'req_ff_02'],
      ['POST', '/v1/messages', '2026-01-26T10:14:05.377+01:00', 'req_ff_03'],
    ]);
  });
});

describe('terminal tools other than curl -i', () => {
  const rows = (file: string) =>
    triage(read(file)).groups.flatMap((g) => g.rows.map((r) => [r.method, r.path, r.status, r.traceId]));

  it('takes method and path from HTTPie -v request lines and drops their headers and bodies', () => {
    expect(rows('httpie-v.txt')).toEqual([
      ['POST', '/v1/send', 400, 'hp-1'],
      ['POST', '/v1/send', 400, 'hp-2'],
    ]);
    for (const g of triage(read('httpie-v.txt')).groups)
      for (const r of g.rows) expect(r.text).not.toMatch(/Authorization|HTTPie|"to"/);
  });

  it('reads wget -S heads (indented, no body) with the URL path of the wget line before them', () => {
    expect(rows('wget-S.txt')).toEqual([
      ['GET', '/v1/messages', 503, 'rq-wg-1'],
      ['GET', '/v1/messages', 429, 'rq-wg-2'],
    ]);
  });

  it('counts a response once when curl -i -v prints its head twice', () => {
    expect(rows('curl-include-verbose.txt')).toEqual([
      ['POST', '/v1/messages', 400, 'rq-iv-1'],
      ['POST', '/v1/messages', 400, 'rq-iv-2'],
    ]);
  });
});

describe('log formats beyond one JSON record a line', () => {
  const chert1007 = (id: string) =>
    `{"success":false,"error":{"status":429,"code":1007,"message":"Rate limited","retryable":true,"retry_after":30},"trace_id":"${id}"}`;

  it('joins Kubernetes CRI partial lines even when every record is split', () => {
    const lines: string[] = [];
    for (const id of ['k1', 'k2', 'k3']) {
      const rec = `{"level":"error","status":429,"body":${chert1007(id)}}`;
      lines.push(
        `2026-01-25T10:30:01.5Z stderr P ${rec.slice(0, 40)}`,
        `2026-01-25T10:30:01.5Z stderr F ${rec.slice(40)}`,
      );
    }
    const result = triage(lines.join('\n'));
    expect(result.source).toBe('ndjson');
    expect(batchSummary(result).groups).toMatchObject([
      { api: 'chert', code: 1007, count: 3, trace_ids: ['k1', 'k2', 'k3'] },
    ]);
    expect(result.groups[0].rows.map((r) => [r.index, r.time])).toEqual([
      [1, '2026-01-25T10:30:01.5Z'],
      [3, '2026-01-25T10:30:01.5Z'],
      [5, '2026-01-25T10:30:01.5Z'],
    ]);
  });

  it('reads one pretty-printed OpenTelemetry document, its attributes unwrapped and its request headers dropped', () => {
    const rec = (status: number, body: string) => ({
      timeUnixNano: '1769337001000000000',
      body: { stringValue: body },
      attributes: [
        { key: 'http.response.status_code', value: { intValue: String(status) } },
        { key: 'http.request.method', value: { stringValue: 'POST' } },
        { key: 'url.path', value: { stringValue: '/v1/send' } },
        { key: 'http.request.header.authorization', value: { stringValue: 'Bearer must-not-appear' } },
      ],
    });
    const doc = {
      resourceLogs: [{ scopeLogs: [{ logRecords: [rec(429, chert1007('o1')), rec(200, '{"success":true}')] }] }],
    };
    const result = triage(JSON.stringify(doc, null, 2));
    expect({ total: result.total, failed: result.failed }).toEqual({ total: 2, failed: 1 });
    expect(result.groups[0]).toMatchObject({ api: 'chert', code: 1007, traceIds: ['o1'] });
    expect(result.groups[0].rows[0]).toMatchObject({
      method: 'POST',
      path: '/v1/send',
      time: '2026-01-25T10:30:01.000Z',
    });
    expect(JSON.stringify(result)).not.toMatch(SECRET);
  });

  it('reads Serilog CLEF names (StatusCode, ResponseBody, RequestPath, @t) and a Go error string ending in a body', () => {
    const serilog = read('serilog-clef.ndjson');
    expect(triage(serilog).groups[0].rows[0]).toMatchObject({ method: 'POST', path: '/v1/send', status: 401 });
    expect(triage(serilog).groups[0].rows[0].time).toBe('2026-01-25T10:30:01.0000000Z');
    const logrus = triage(read('logrus.ndjson'));
    expect(logrus.groups[0].rows.map((r) => r.time)).toEqual(['2026-01-25T10:30:01Z', '2026-01-25T10:30:04Z']);
  });
});

describe('what is and is not a session', () => {
  it('leaves every single-response fixture to the single-response decoder (redirect chains, curl -v, 100 Continue)', () => {
    const single = path.join(process.cwd(), 'tests', 'fixtures', 'decode');
    for (const f of fs.readdirSync(single).filter((n) => n.endsWith('.txt')))
      expect(readSession(fs.readFileSync(path.join(single, f), 'utf8')), f).toBeNull();
  });

  it('reads a HAR that starts with a BOM and has entries without a response', () => {
    const har = `\ufeff${JSON.stringify({ log: { version: '1.2', creator: { name: 'x' }, entries: [{ request: { method: 'GET', url: 'https://a.test/x' } }, { request: {}, response: { status: 500, headers: [], content: {} } }] } })}`;
    const result = triage(har);
    expect({ total: result.total, failed: result.failed, aborted: result.aborted }).toEqual({
      total: 2,
      failed: 1,
      aborted: 1,
    });
    expect(result.groups[0]).toMatchObject({ api: null, httpStatus: 500, count: 1 });
  });

  it('says where a broken HAR breaks', () => {
    const result = triageSession(
      '{"log": {"version": "1.2",\n  "entries": [\n    {"response": {"status": 429,}}\n  ]}}',
      table,
    );
    expect(result).toMatchObject({ kind: 'session-error', source: 'har', line: 3 });
    expect(result && 'reason' in result ? result.reason : '').toMatch(/HAR file.*broken at line 3, column \d+/);
  });

  it('refuses a session over the size cap with its size', () => {
    const big = `{"log":{"entries":[${' '.repeat(64 * 1024 * 1024)}]}}`;
    expect(triageSession(big, table)).toMatchObject({
      kind: 'session-error',
      reason: expect.stringMatching(/64\.0 MB; the session reader takes at most 64 MB/),
    });
  });

  it('reads log records that keep the error body under a key of their own, or behind a log prefix', () => {
    const log = [
      '{"level":"error","status":429,"error":{"success":false,"error":{"status":429,"code":1007,"message":"Rate limited","retryable":true,"retry_after":30},"trace_id":"w1"}}',
      '2026-01-25T10:30:01Z ERROR {"code":"NOT_FOUND","message":"Conversation not found"}',
      JSON.stringify({
        response:
          'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n\r\n{"success":false,"error":{"status":429,"code":1007,"message":"Rate limited"},"trace_id":"s1"}',
      }),
    ].join('\n');
    const result = triage(log);
    expect(result.source).toBe('ndjson');
    expect(batchSummary(result).groups).toMatchObject([
      { api: 'chert', code: 1007, http_status: 429, count: 2, trace_ids: ['w1', 's1'] },
      { api: 'inbox', code: 'NOT_FOUND', count: 1 },
    ]);
    expect(result.groups[1].rows[0].time).toBe('2026-01-25T10:30:01Z');
  });

  it('keeps a 304, a redirect and a success out of the failures, and counts them', () => {
    const entry = (status: number, text?: string) => ({
      request: { method: 'GET', url: 'https://a.test/x?token=must-not-appear' },
      response: { status, headers: [], content: text === undefined ? {} : { mimeType: 'application/json', text } },
    });
    const har = JSON.stringify({
      log: {
        entries: [
          entry(304),
          entry(302, ''),
          entry(200, '{"data":[1,2,3]}'),
          entry(404, '{"code":"NOT_FOUND","message":"Conversation not found"}'),
        ],
      },
    });
    const result = triage(har);
    expect({ total: result.total, failed: result.failed, groups: result.groups.length }).toEqual({
      total: 4,
      failed: 1,
      groups: 1,
    });
    expect(result.groups[0].rows[0].path).toBe('/x');
  });

  it('calls a group mixed when its responses disagree on retrying, and prints no single verdict for it', () => {
    const line = (retryable: boolean, trace: string) =>
      JSON.stringify({
        status: 500,
        body: {
          success: false,
          error: { status: 500, code: 3001, message: 'Internal server error', retryable },
          trace_id: trace,
        },
      });
    const result = triage([line(true, 'm1'), line(false, 'm2')].join('\n'));
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({
      api: 'chert',
      code: 3001,
      count: 2,
      retryable: null,
      verdict: 'mixed',
      traceIds: ['m1', 'm2'],
    });
    expect(batchTable(result)).toContain('mixed: open each response');
  });

  it('escapes Markdown in values taken from the session', () => {
    const log = [
      '{"status":429,"headers":{"X-Trace-ID":"a|b](x)"},"body":{"success":false,"error":{"status":429,"code":1007,"message":"m"}}}',
      '{"status":200,"body":{"ok":true}}',
    ].join('\n');
    const md = batchMarkdown(triage(log), 'https://codebook.test');
    expect(md).toContain('a\\|b\\](x)');
    expect(md).toContain('[1007](https://codebook.test/chert/errors/1007/)');
  });

  it('takes the method and path of a log record from its request side, without the query', () => {
    const rows = (file: string) =>
      triage(read(file)).groups.flatMap((g) => g.rows.map((r) => [r.index, r.method, r.path, r.status]));
    // nginx keeps the whole request line in one string; Cloud Logging in httpRequest.
    expect(rows('nginx-access.ndjson')).toEqual([
      [1, 'POST', '/v1/messages', 429],
      [2, 'POST', '/v1/messages', 429],
      [4, 'GET', '/v1/x', 502],
    ]);
    expect(rows('cloud-logging.ndjson')).toEqual([
      [1, 'GET', '/v1/messages/77', 404],
      [2, 'GET', '/v1/messages/78', 404],
      [3, 'POST', '/v1/messages', 429],
    ]);
    // A pasted terminal: the prompt's curl command gives method and path; its headers and data are dropped.
    expect(rows('terminal.txt')).toEqual([
      [1, 'GET', '/v1/contacts/cnt_1', 404],
      [2, 'POST', '/v1/messages', 429],
    ]);
  });

  it('splits two curl -i outputs when the first body had no final newline', () => {
    const one = (status: string, id: string) =>
      `HTTP/2 ${status} \r\ncontent-type: application/json\r\nx-request-id: ${id}\r\n\r\n{"code":"NOT_FOUND","message":"Message not found"}`;
    const text = one('404', 'nn-1') + one('404', 'nn-2');
    expect(looksLikeSession(text)).toBe(true);
    expect(batchSummary(triage(text)).groups).toMatchObject([
      { api: 'inbox', code: 'NOT_FOUND', count: 2, trace_ids: ['nn-1', 'nn-2'] },
    ]);
  });

  it('takes a log with other lines between its records as a log, and a single response as a single response', () => {
    expect(looksLikeSession(read('lambda.log'))).toBe(true);
    expect(looksLikeSession(read('gcloud-array.json'))).toBe(true);
    // A pretty-printed body whose members hold one-line objects is one response.
    const pretty = '{\n  "error": {"type": "invalid_request_error", "message": "m"},\n  "meta": {"id": 1}\n}';
    expect(looksLikeSession(pretty)).toBe(false);
    expect(readSession(pretty)).toBeNull();
    // So is one curl -i response whose body is two JSON lines, and a JSON array of errors.
    const streamed =
      'HTTP/1.1 400 Bad Request\r\n\r\n{"code":"INVALID_INPUT","message":"a"}\n{"code":"INVALID_INPUT","message":"b"}';
    expect(readSession(streamed)).toBeNull();
    expect(readSession('[{"code":"INVALID_INPUT","message":"a"},{"code":"MISSING_QUERY","message":"b"}]')).toBeNull();
  });

  it('prints session text in the terminal table without control characters, and cuts long values', () => {
    const text = [
      `HTTP/1.1 409 Conflict\r\nX-Request-Id: \u001b[31mred\u001b[0m-${'a'.repeat(150)}\r\n\r\n{"message":"x"}`,
      'HTTP/1.1 409 Conflict\r\n\r\n{"error":{"code":"line\\nbreak\\ttab","message":"y"}}',
    ].join('\n');
    const out = batchTable(triage(text));
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    const lines = out.split('\n');
    expect(lines).toHaveLength(5);
    // Every row starts its STATUS column where the header does.
    const at = lines[2].indexOf('STATUS');
    for (const row of lines.slice(3)) expect(row.slice(at, at + 3)).toBe('409');
    expect(lines[3]).toContain(`-${'a'.repeat(10)}`);
    expect(lines[3]).toMatch(/a…$/);
  });

  it('says in the Markdown which filters picked its groups', () => {
    const result = triage(read('firefox.har'));
    const inbox = result.groups.filter((g) => g.api === 'inbox');
    const md = batchMarkdown({ ...result, groups: inbox }, '', 'API: Inbox API');
    expect(md.split('\n')[0]).toBe('**4 of 6 failed responses** (API: Inbox API), out of 13 responses, in 2 groups.');
    expect(batchMarkdown(result).split('\n')[0]).toBe('**6 of 13 responses failed**, in 4 groups.');
  });

  it('cuts URL queries out of a log row in one pass, however the string is built', () => {
    const log = [
      JSON.stringify({ status: 502, note: `?${'=/'.repeat(200_000)}`, url: 'https://a.test/x?key=must-not-appear' }),
      JSON.stringify({ status: 502, msg: `GET /v1/x?token=must-not-appear ${'a'.repeat(200_000)}?` }),
    ].join('\n');
    const result = triage(log);
    expect(result.failed).toBe(2);
    expect(JSON.stringify(result)).not.toMatch(SECRET);
  });

  it('prints the summary alone for a session without failures', () => {
    const ok = (i: number) => JSON.stringify({ level: 'info', status: 200, body: { id: `m${i}` } });
    expect(batchTable(triage([ok(1), ok(2)].join('\n')))).toBe('2 responses, 0 failed in 0 groups');
  });
});
