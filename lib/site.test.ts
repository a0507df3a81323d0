import { describe, expect, it } from 'vitest';
import { normalizeBasePath, withBase } from './site';

describe('normalizeBasePath', () => {
  it('accepts a subpath written with or without slashes', () => {
    expect(normalizeBasePath('/docs')).toBe('/docs');
    expect(normalizeBasePath('docs/')).toBe('/docs');
    expect(normalizeBasePath('/org/codebook/')).toBe('/org/codebook');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('')).toBe('');
  });

  it('refuses anything that is not plain path segments, naming the variable', () => {
    for (const bad of ['/docs/../x', 'https://x.example/docs', '/docs?x=1', '/a b', '/docs#top']) {
      expect(() => normalizeBasePath(bad), bad).toThrow(/CODEBOOK_BASE_PATH/);
    }
  });
});

describe('withBase', () => {
  it('prefixes site paths and leaves fragments, external and protocol-relative URLs alone', () => {
    expect(withBase('/chert/errors/1007/', '/docs')).toBe('/docs/chert/errors/1007/');
    expect(withBase('/', '/docs')).toBe('/docs/');
    for (const url of ['#top', 'https://docs.trychert.com/', '//cdn.example/x.js', 'mailto:a@b.example'])
      expect(withBase(url, '/docs')).toBe(url);
    expect(withBase('/search/')).toBe('/search/');
  });
});
