// npm run test:budgets on small fake exports: up-front JS is counted as a browser downloads it (noModule skipped, a
// file shared by two tags once), and a page over its budget fails the check by name and bytes.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET_OVER_FLOOR, readFloor } from './bench/budgets';
import { createJsMeter, exportedPages, scriptSources } from './bench/upfront-js';
import { paintFirst } from './paint-first';

const root = process.cwd();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-budgets-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A fake export whose pages load `/_next/static/chunks/<name>.js` files of random (incompressible) bytes. */
function fakeExport(name: string, chunks: Record<string, number>, pages: Record<string, string[]>): string {
  const dir = path.join(temp, name);
  fs.mkdirSync(path.join(dir, '_next', 'static', 'chunks'), { recursive: true });
  for (const [chunk, bytes] of Object.entries(chunks))
    fs.writeFileSync(path.join(dir, '_next', 'static', 'chunks', `${chunk}.js`), randomBytes(bytes));
  for (const [page, scripts] of Object.entries(pages)) {
    const file = page === '/' ? path.join(dir, 'index.html') : path.join(dir, page, 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tags = scripts.map((s) =>
      s.startsWith('nomodule:')
        ? `<script src="/_next/static/chunks/${s.slice(9)}.js" noModule=""></script>`
        : `<script src="/_next/static/chunks/${s}.js" async=""></script>`,
    );
    fs.writeFileSync(
      file,
      `<!DOCTYPE html><html><head>${tags.join('')}</head><body><script>self.inline=1</script></body></html>`,
    );
  }
  return dir;
}

const check = (dir: string) =>
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/check-budgets.ts', dir], {
    cwd: root,
    encoding: 'utf8',
  });
const gz = (dir: string, chunk: string) =>
  gzipSync(fs.readFileSync(path.join(dir, '_next', 'static', 'chunks', `${chunk}.js`))).length;

describe('up-front JS of an export', () => {
  it('skips the noModule polyfill and inline scripts, and counts a file loaded twice once', () => {
    const html =
      '<script src="/a.js" async=""></script><script src="/b.js" noModule=""></script><script>x()</script><script src="/a.js"></script><script src=\'/c.js\'></script>';
    expect(scriptSources(html)).toEqual(['/a.js', '/c.js']);
  });

  it('counts the scripts a page preloads and those it starts after its first paint', () => {
    const html =
      '<link rel="preload" as="script" href="/a.js"/><link rel="preload" as="font" href="/f.woff2"/><script src="/a.js" async=""></script>';
    expect(scriptSources(html)).toEqual(['/a.js']);
    expect(
      scriptSources(paintFirst('<html><head></head><body><script src="/e.js" async=""></script></body></html>')),
    ).toEqual(['/e.js']);
    expect(scriptSources('<link rel="preload" as="script" fetchPriority="low" href="/d.js"/>')).toEqual(['/d.js']);
  });

  it('adds up the gzip size of each page’s scripts', () => {
    const dir = fakeExport(
      'meter',
      { shared: 4000, extra: 3000, polyfill: 9000 },
      { '/': ['shared', 'nomodule:polyfill'], '/chert/errors/1007/': ['shared', 'extra', 'shared'] },
    );
    const measure = createJsMeter(dir);
    expect(exportedPages(dir)).toEqual(['/', '/chert/errors/1007/']);
    expect(measure('/')).toMatchObject({ scripts: 1, gzipBytes: gz(dir, 'shared') });
    expect(measure('/chert/errors/1007/')).toMatchObject({
      scripts: 2,
      gzipBytes: gz(dir, 'shared') + gz(dir, 'extra'),
    });
  });
});

describe('npm run test:budgets', () => {
  const floor = readFloor()!;

  it('passes an export whose pages stay within their budgets over the recorded floor', () => {
    const dir = fakeExport(
      'within',
      { framework: floor.gzipBytes, ours: 2000 },
      { '/': ['framework', 'ours'], '/playground/': ['framework', 'ours'] },
    );
    const result = check(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('All pages within budget.');
  });

  it('fails naming the page and its bytes when a reading page goes over +10 KB, while the playground may carry more', () => {
    const heavy = BUDGET_OVER_FLOOR.reading + 2048;
    const dir = fakeExport(
      'over',
      { framework: floor.gzipBytes, heavy },
      { '/': ['framework'], '/chert/errors/1007/': ['framework', 'heavy'], '/playground/': ['framework', 'heavy'] },
    );
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /\/chert\/errors\/1007\/: [\d.]+ KB gzip up front \(\d+ bytes\) is [\d.]+ KB over the floor; the reading budget is \+10\.0 KB/,
    );
    expect(result.stderr).not.toContain('/playground/:');
    expect(result.stderr).toContain('1 page(s) over budget');
  });
});
