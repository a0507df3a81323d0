// The decode CLI, spawned as a user would run it: one JSON object with fixed keys on success,
// a non-zero exit and one plain line on stderr (no stack trace) for anything that is not an error response.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const fixture = (name: string) => path.join(root, 'tests', 'fixtures', 'decode', name);
const KEYS = [
  'api',
  'shape',
  'code',
  'known',
  'http_status',
  'message',
  'retryable',
  'retryable_source',
  'retry_after_seconds',
  'trace_id',
  'page',
  'warnings',
];

function run(
  command: string,
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const decode = (args: string[], stdin?: string) => run(tsx, ['scripts/decode.ts', ...args], stdin);

describe('npm run decode', () => {
  it('prints one JSON object with exactly the documented keys, in order', async () => {
    const { code, stdout, stderr } = await run('npm', [
      'run',
      '--silent',
      'decode',
      '--',
      fixture('chert-3001-route-override.txt'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out).toEqual({
      api: 'chert',
      shape: 'envelope',
      code: 3001,
      known: true,
      http_status: 500,
      message: 'Internal server error',
      retryable: false,
      retryable_source: 'response',
      retry_after_seconds: null,
      trace_id: '11aa22bb',
      page: '/chert/errors/3001/',
      warnings: [],
    });
  });

  it('reads stdin when there is no FILE', async () => {
    const body = '{"error":{"type":"authentication_error","message":"Missing Authorization header."}}';
    const { code, stdout } = await decode([], body);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      api: 'chirp',
      code: null,
      retryable: false,
      retryable_source: 'catalog',
      page: '/chirp/errors/#group-authentication-error',
    });
  });

  // Each case spawns a process (about a second each), so only the two exit paths are covered here;
  // which inputs are "not an error response" is tested on decodeResponse itself.
  it.each([
    [
      '-',
      1,
      '{\n  "success": false,\n  "error": {"status": 400 "code": 1001}\n}\n',
      /line 3, column 27: expected ',' or '}' after a property value/,
    ],
    ['no-such-file.txt', 2, undefined, /no such file/],
  ])('FILE %s exits %i with one plain line on stderr', async (arg, exit, stdin, message) => {
    const { code, stdout, stderr } = await decode([arg === '-' ? arg : fixture(arg)], stdin);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('gives any HTTP failure a verdict: api null, the status decides, exit 0', async () => {
    const { code, stdout, stderr } = await decode(
      ['-'],
      'HTTP/1.1 503 Service Unavailable\nServer: nginx\nRetry-After: 120\n\n',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out).toMatchObject({
      api: null,
      shape: 'empty-body',
      code: null,
      known: false,
      http_status: 503,
      retryable: true,
      retryable_source: 'status',
      retry_after_seconds: 120,
      page: null,
    });
  });

  it('stops reading an endless stdin at the size cap and says so in one line', async () => {
    const child = spawn(tsx, ['scripts/decode.ts'], { cwd: root });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    child.stdin.on('error', () => {});
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let writing = true;
    const pump = () => {
      while (writing && child.stdin.write(chunk));
      if (writing) child.stdin.once('drain', pump);
    };
    pump();
    const exit = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    writing = false;
    expect(exit).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      'decode: stdin: the input is larger than 64 MB, the most the decoder reads; it stopped reading there',
    );
  }, 60_000);
});

describe('npm run decode on a whole session', () => {
  const session = (name: string) => path.join(root, 'tests', 'fixtures', 'sessions', name);

  it('prints one batch object for a HAR file: groups most frequent first, successes only counted, no request data', async () => {
    const { code, stdout, stderr } = await decode([session('firefox.har')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['kind', 'total', 'failed', 'groups']);
    expect(out).toMatchObject({ kind: 'batch', total: 13, failed: 6 });
    expect(Object.keys(out.groups[0])).toEqual([
      'api',
      'code',
      'http_status',
      'count',
      'retryable',
      'retry_after_seconds',
      'page',
      'trace_ids',
    ]);
    expect(out.groups[0]).toEqual({
      api: 'inbox',
      code: 'RATE_LIMIT_EXCEEDED',
      http_status: 429,
      count: 3,
      retryable: true,
      retry_after_seconds: 20,
      page: '/inbox/errors/RATE_LIMIT_EXCEEDED/',
      trace_ids: ['req_ff_01', 'req_ff_02', 'req_ff_03'],
    });
    expect(stdout).not.toMatch(/must[-_ ]not[-_ ]appear|Bearer|Cookie/i);
  });

  it('prints an aligned table with --format table (stdin)', async () => {
    const fs = await import('node:fs');
    const { code, stdout } = await decode(['--format', 'table'], fs.readFileSync(session('curl-run.txt'), 'utf8'));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('4 responses, 3 failed in 2 groups');
    expect(lines[2]).toMatch(/^COUNT {2}API +CODE +STATUS +VERDICT +PAGE +TRACE IDS$/);
    expect(lines[3]).toMatch(
      /^ {4}2 {2}Chert Messaging API +1007 +429 +retry after 1 min +\/chert\/errors\/1007\/ +cu-0001, cu-0003$/,
    );
    // Aligned: every column starts at the same offset on every line.
    const at = lines[2].indexOf('CODE');
    expect(lines.slice(3).every((l) => l.slice(at - 2, at) === '  ' && l[at] !== ' ')).toBe(true);
  });
});
