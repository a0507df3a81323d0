import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneExport } from './prune-export';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const put = (rel: string, text = 'x') => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

describe('pruneExport', () => {
  it('drops RSC payloads, worker sources and duplicate 404 pages, keeps pages, twins, llms.txt and robots.txt', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    const keep = [
      'index.html',
      '404.html',
      'llms.txt',
      'robots.txt',
      'chert/errors/1007/index.html',
      'chert/errors/1007.md',
      'notes/index.txt',
      '_next/static/chunks/a.js',
      '_next/static/chunks/turbopack-worker-1a.js',
      '_next/static/media/icon.3it5.svg',
      'chert/errors/1007.ts/index.html',
    ];
    const gone = [
      'index.txt',
      '__next._tree.txt',
      'chert/errors/1007/index.txt',
      'chert/errors/1007/__next._full.txt',
      'chert/errors/1007/__next.$d$api.errors.$d$code.__PAGE__.txt',
      '404/index.html',
      '_not-found/index.html',
      '_not-found/index.txt',
      '_next/static/media/search.worker.2hqk.ts',
    ];
    for (const f of [...keep, ...gone]) put(f, 'abcd');
    expect(pruneExport(dir)).toEqual({ files: 9, bytes: 36 });
    for (const f of keep) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    for (const f of gone) expect(fs.existsSync(path.join(dir, f)), f).toBe(false);
    expect(fs.existsSync(path.join(dir, '_not-found'))).toBe(false);
  });

  it('drops the unlinked pages it is given and the folders they leave empty, nothing beside them', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    put('chert/errors/index.html');
    put('chert/errors/group/1xxx/index.html');
    put('chert/errors/group/2xxx/index.html');
    put('chert/errors/group/2xxx/2/index.html');
    put('big/errors/group/a/index.html');
    expect(
      pruneExport(dir, ['/chert/errors/group/1xxx/', '/chert/errors/group/2xxx/', '/chert/errors/group/2xxx/2/']),
    ).toEqual({ files: 3, bytes: 3 });
    expect(fs.existsSync(path.join(dir, 'chert/errors/group'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'chert/errors/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'big/errors/group/a/index.html'))).toBe(true);
  });

  it('keeps 404/ when there is no 404.html to replace it', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    put('404/index.html');
    expect(pruneExport(dir).files).toBe(0);
    expect(fs.existsSync(path.join(dir, '404/index.html'))).toBe(true);
  });
});
