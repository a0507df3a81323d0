// The postbuild writes Markdown twins at paths built from catalog codes; none may land outside the export folder.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outPath } from './out-path';

const OUT = path.resolve('/tmp/site-out');

describe('outPath', () => {
  it('places a twin under the export folder', () => {
    expect(outPath(OUT, '/chert/errors/1007.md')).toBe('/tmp/site-out/chert/errors/1007.md');
    expect(outPath(OUT, '/huechat/errors/rate%20limited.md')).toBe('/tmp/site-out/huechat/errors/rate limited.md');
  });

  it.each([
    '/chert/errors/../../../README.md',
    '/chert/errors/..%2F..%2F..%2FREADME.md',
    '/../outside.md',
    '/chert/errors/%2e%2e/%2e%2e/%2e%2e/x.md',
    '/chert/errors/a%5C..%5C..%5Cx.md',
    '/chert/errors/a%00.md',
    '/',
  ])('refuses %s', (urlPath) => {
    expect(() => outPath(OUT, urlPath)).toThrow(/^postbuild: refusing to write/);
  });
});
