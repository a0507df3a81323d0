import { describe, expect, it } from 'vitest';
import { normalizeBasePath } from './site';

describe('normalizeBasePath', () => {
  it('accepts a subpath written with or without slashes', () => {
    expect(normalizeBasePath('/docs')).toBe('/docs');
    expect(normalizeBasePath('docs/')).toBe('/docs');
    expect(normalizeBasePath('/org/codebook/')).toBe('/org/codebook');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('')).toBe('');
  });

  it('refuses anything that is not plain path segments, naming the variable', () => {
    for (const bad of ['/docs/../x', 'https://x.example/docs', '/docs?x=1', '/a b', '/docs#top', '//']) {
      if (bad === '//') expect(normalizeBasePath(bad)).toBe('');
      else expect(() => normalizeBasePath(bad), bad).toThrow(/CODEBOOK_BASE_PATH/);
    }
  });
});
