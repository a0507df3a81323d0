// Compile hints: every chunk a page starts on load carries V8's `allFunctionsCalledOnLoad` comment on its first line,
// once; chunks no page starts (lazy imports, workers) are untouched; URLs outside the export are refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCompileHints, chunkFile, COMPILE_HINT, withCompileHint } from './compile-hints';
import { paintFirst } from './paint-first';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An export with the given chunks and pages; each page lists the script URLs Next gave it. */
function makeExport(chunks: Record<string, string>, pages: Record<string, string[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
  dirs.push(dir);
  for (const [name, code] of Object.entries(chunks)) {
    fs.mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
    fs.writeFileSync(path.join(dir, '_next/static/chunks', name), code);
  }
  for (const [file, scripts] of Object.entries(pages)) {
    const html = `<html><head></head><body><h1>x</h1>${scripts.map((s) => `<script src="${s}" async=""></script>`).join('')}</body></html>`;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), paintFirst(html));
  }
  return dir;
}
const chunk = (dir: string, name: string) => fs.readFileSync(path.join(dir, '_next/static/chunks', name), 'utf8');

describe('applyCompileHints', () => {
  it('marks the chunks pages start, once each, and leaves the others alone', () => {
    const dir = makeExport(
      { 'a.js': 'self.a=1;', 'b.js': '"use strict";self.b=2;', 'lazy.js': 'self.c=3;' },
      {
        'index.html': ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js'],
        'chert/index.html': ['/_next/static/chunks/a.js'],
      },
    );
    expect(applyCompileHints(dir)).toBe(2);
    expect(chunk(dir, 'a.js')).toBe(`${COMPILE_HINT}self.a=1;`);
    expect(chunk(dir, 'b.js')).toBe(`${COMPILE_HINT}"use strict";self.b=2;`);
    expect(chunk(dir, 'lazy.js')).toBe('self.c=3;');
    // The postbuild may run again over the same export: still one hint.
    applyCompileHints(dir);
    expect(chunk(dir, 'a.js')).toBe(`${COMPILE_HINT}self.a=1;`);
  });

  it('finds chunks of a site built for a subpath', () => {
    const dir = makeExport({ 'a.js': 'self.a=1;' }, { 'index.html': ['/docs/_next/static/chunks/a.js?v=1'] });
    applyCompileHints(dir);
    expect(chunk(dir, 'a.js').startsWith(COMPILE_HINT)).toBe(true);
  });

  it('fails naming a chunk a page starts that the export lacks', () => {
    const dir = makeExport({}, { 'index.html': ['/_next/static/chunks/gone.js'] });
    expect(() => applyCompileHints(dir)).toThrow(/gone\.js is started by a page but is not in the export/);
  });

  it('refuses a chunk with a source map rather than shift its lines', () => {
    const dir = makeExport(
      { 'a.js': 'self.a=1;\n//# sourceMappingURL=a.js.map' },
      { 'index.html': ['/_next/static/chunks/a.js'] },
    );
    expect(() => applyCompileHints(dir)).toThrow(/a\.js has a source map/);
  });
});

describe('chunkFile', () => {
  it('ignores other origins and non-chunk URLs, and refuses a path out of the export', () => {
    expect(chunkFile('/tmp/out', 'https://cdn.example/_next/static/chunks/a.js')).toBeNull();
    expect(chunkFile('/tmp/out', '/scripts/a.js')).toBeNull();
    expect(() => chunkFile('/tmp/out', '/_next/static/../../../etc/passwd')).toThrow(/outside/);
  });
});

describe('withCompileHint', () => {
  it('keeps the script meaning the same: the hint is a comment', () => {
    const code = '"use strict"; globalThis.result = (function () { return typeof this; })();';
    const context: { result?: string } = {};
    vm.runInNewContext(withCompileHint(code), context);
    expect(context.result).toBe('undefined');
  });
});
