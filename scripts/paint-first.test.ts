// The paint-first rewrite: Next's async scripts are started by one loader, which adds each of them once, in the
// first animation frame or after the fallback delay, whichever comes first; everything else in the page is untouched.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loaderScript, loaderSources, paintFirst } from './paint-first';

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '</head><body><main><h1>Title</h1></main>',
  '<script>self.__next_f.push([1,"x"])</script>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '</body></html>',
].join('');

/** Runs a loader in a stand-in page: returns the scripts it appended, and the frame and timer it asked for. */
function runLoader(code: string) {
  const appended: string[] = [];
  const frames: (() => void)[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const document = {
    createElement: () => ({ src: '', async: false }),
    body: {
      appendChild: (el: { src: string; async: boolean }) => appended.push(`${el.src}${el.async ? '' : ' sync'}`),
    },
  };
  vm.runInNewContext(code, {
    document,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  });
  return { appended, frames, timers };
}

describe('paintFirst', () => {
  const out = paintFirst(page);
  const loader = /<script>(\(function\(\)[\s\S]*?)<\/script>/.exec(out)![1];

  it('leaves no async script tag, and adds nothing to the head', () => {
    expect(out).not.toMatch(/async=""/);
    expect(out.slice(0, out.indexOf('</head>'))).toBe(
      page.slice(0, page.indexOf('</head>')).replace(/<script src="[^"]+" async=""><\/script>/g, ''),
    );
    expect(out).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
  });

  it('puts the loader after the inline payload, at the end of the body, and keeps the content', () => {
    expect(out.indexOf('self.__next_f.push')).toBeLessThan(out.indexOf(loader));
    expect(out.indexOf(loader)).toBeLessThan(out.indexOf('</body>'));
    expect(out).toContain('<main><h1>Title</h1></main>');
  });

  it('starts every script once, on the first animation frame, even if the fallback timer fires too', () => {
    const { appended, frames, timers } = runLoader(loader);
    expect(appended).toEqual([]);
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    frames[0]();
    timers[0].fn();
    expect(appended).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js', '/_next/static/chunks/c.js']);
  });

  it('lists the scripts its loader starts, for the up-front JS budget', () => {
    expect(loaderSources(out)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/b.js',
      '/_next/static/chunks/c.js',
    ]);
    expect(loaderSources(page)).toEqual([]);
  });

  it('starts them from the fallback timer where no frame comes (a background tab)', () => {
    const { appended, timers } = runLoader(loaderScript(['/x.js']));
    timers[0].fn();
    expect(appended).toEqual(['/x.js']);
  });

  it('keeps a script URL from closing the loader early', () => {
    expect(loaderScript(['/a</script>.js'])).not.toContain('</script');
  });

  it('leaves a page without async scripts as it was', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(paintFirst(plain)).toBe(plain);
  });
});
