// The build-time policy: hashes match the inline scripts byte for byte, the tag lands before any script, and the
// headers for static hosts agree with the ones the export writes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCsp, inlineScripts, pagePolicy, SITE_HEADERS, withPolicy } from './csp';

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/_next/static/a.js" async=""></script>',
  '<script>self.__next_f.push([1,"a"])</script></head><body><p>hi</p>',
  '<script id="_R_">(globalThis.x=1)</script><script type="text/javascript">\nvar y = "</scr" + "ipt>";\n</script></body></html>',
].join('');
const hash = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`;

describe('Content-Security-Policy after the build', () => {
  it('finds each inline script, and no script with a src', () => {
    expect(inlineScripts(page)).toEqual([
      'self.__next_f.push([1,"a"])',
      '(globalThis.x=1)',
      '\nvar y = "</scr" + "ipt>";\n',
    ]);
  });

  it("lists the page's own hashes in script-src, and neither unsafe-inline nor unsafe-eval", () => {
    const policy = pagePolicy(page);
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${hash('self.__next_f.push([1,"a"])')} ${hash('(globalThis.x=1)')} ${hash('\nvar y = "</scr" + "ipt>";\n')}; ` +
        "style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it('puts the tag right after the charset, before any script, and replaces it on a second run', () => {
    const once = withPolicy(page);
    expect(once.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
      once.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length,
    );
    expect(once.indexOf('http-equiv')).toBeLessThan(once.indexOf('<script'));
    expect(withPolicy(once)).toBe(once);
  });

  it('writes every page and a _headers file with a rule for all paths and one per page', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-csp-'));
    try {
      fs.mkdirSync(path.join(dir, 'chert', 'errors'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), page);
      fs.writeFileSync(path.join(dir, 'chert', 'errors', 'index.html'), page.replace('"a"', '"b"'));
      expect(applyCsp(dir)).toBe(2);
      const headers = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
      expect(headers).toContain(
        "/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'none'\n  X-Frame-Options: DENY",
      );
      expect(headers).toContain(`/chert/errors/\n  Content-Security-Policy: ${pagePolicy(page.replace('"a"', '"b"'))}`);
      expect(headers).toContain(`\n/\n  Content-Security-Policy: ${pagePolicy(page)}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('vercel.json sends the same site-wide headers as _headers', () => {
    const vercel = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'vercel.json'), 'utf8')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    expect(vercel.headers[0].source).toBe('/(.*)');
    expect(Object.fromEntries(vercel.headers[0].headers.map((h) => [h.key, h.value]))).toEqual(SITE_HEADERS);
  });
});
