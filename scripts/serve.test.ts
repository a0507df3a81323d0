// The local static server: nothing outside the served folder is reachable, and a busy port is one line and an exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = path.join(process.cwd(), 'scripts', 'serve.mjs');
let dir: string;
let port: number;
let server: ChildProcess;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });

/** A raw GET: the path goes out exactly as written (fetch would normalise `..` away before sending). */
const get = (rawPath: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-serve-'));
  fs.mkdirSync(path.join(dir, 'out', 'guide'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'out', 'index.html'), '<p>home</p>');
  fs.writeFileSync(path.join(dir, 'out', 'guide', 'index.html'), '<p>guide</p>');
  fs.writeFileSync(path.join(dir, 'out', '404.html'), '<p>not here</p>');
  fs.mkdirSync(path.join(dir, 'out-secret'));
  fs.writeFileSync(path.join(dir, 'out-secret', 'key.txt'), 'TOP-SECRET');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'TOP-SECRET');
  fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(dir, 'out', 'link.txt'));
  port = await freePort();
  server = spawn(process.execPath, [script, path.join(dir, 'out'), String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
});

afterAll(() => {
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('serves files and folders inside the root', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(await get('/guide/')).toMatchObject({ status: 200, body: '<p>guide</p>' });
  });

  it.each([
    '/../out-secret/key.txt',
    '/%2e%2e/out-secret/key.txt',
    '/%2E%2E/out-secret/key.txt',
    '/..%2fout-secret%2fkey.txt',
    '/guide/../../out-secret/key.txt',
    '/%2e%2e%2f%2e%2e%2foutside.txt',
    '/../outside.txt',
    '/link.txt',
    '/%00/../index.html',
  ])('answers %s with 404 and nothing from outside', async (rawPath) => {
    const { status, body } = await get(rawPath);
    expect(status).toBe(404);
    expect(body).not.toContain('TOP-SECRET');
  });

  it('prints one line and exits non-zero when the port is busy', async () => {
    const { code, stderr } = await run([path.join(dir, 'out'), String(port)]);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual([
      `serve: port ${port} is already in use; stop the other server or pass another port`,
    ]);
  });
});
