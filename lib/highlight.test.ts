import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight, highlightCss, themePalette } from './highlight';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const SAMPLES: Array<[string, Parameters<typeof highlight>[1]]> = [
  ['{\n  "error": {\n    "code": 1007,\n    "message": "Rate <limit> & more"\n  }\n}', 'json'],
  [
    'if (res.status === 429 && body.code !== "x") {\n  await sleep(Number(res.headers.get("Retry-After")) * 1000);\n}\n// done <ok>',
    'typescript',
  ],
  ['import json\nif err["code"] == 1007:  # retry\n    time.sleep(60)', 'python'],
  [
    'curl -sS -X POST "https://api.example.test/v1/messages?a=1&b=2" \\\n  -H \'Content-Type: application/json\'',
    'shellscript',
  ],
  ['HTTP/1.1 429 Too Many Requests\nRetry-After: 60\n\n{}', 'http'],
];

describe('highlight', () => {
  it('app/highlight.css is what `npm run highlight-css` writes from the themes', () => {
    const committed = fs.readFileSync(path.join(process.cwd(), 'app', 'highlight.css'), 'utf8');
    expect(committed, 'app/highlight.css is stale: run npm run highlight-css').toBe(highlightCss());
  });

  it.each(SAMPLES)('keeps the text exactly: %s', async (code, lang) => {
    const html = await highlight(code, lang);
    expect(html.startsWith('<pre class="shiki" tabindex="0"><code>')).toBe(true);
    expect(textOf(html)).toBe(code);
  });

  it('colours tokens with classes the stylesheet defines, and no inline styles', async () => {
    const css = highlightCss();
    for (const [code, lang] of SAMPLES) {
      const html = await highlight(code, lang);
      expect(html).not.toContain('style=');
      const classes = [...html.matchAll(/class="([^"]+)"/g)]
        .flatMap((m) => m[1].split(' '))
        .filter((c) => c !== 'shiki' && c !== 'line');
      expect(classes.length).toBeGreaterThan(0);
      for (const c of classes) expect(css, `.${c} missing from the stylesheet`).toContain(`.shiki .${c}{`);
    }
  });

  it('puts a comment in a different colour from code, in both schemes', async () => {
    const html = await highlight('const a = 1; // note', 'typescript');
    const comment = /<span class="([^"]+)">\/\/ note<\/span>/.exec(html)?.[1];
    const keyword = /<span class="([^"]+)">const<\/span>/.exec(html)?.[1];
    expect(comment).toMatch(/^l\d+ d\d+/);
    expect(keyword).toMatch(/^l\d+ d\d+/);
    expect(comment).not.toBe(keyword);
  });

  it('derives each palette from its theme, without the default colour', () => {
    for (const variant of ['light', 'dark'] as const) {
      const p = themePalette(variant);
      expect(p.colors.length).toBeGreaterThan(5);
      expect(p.colors).not.toContain(p.fg);
      expect(new Set(p.colors).size).toBe(p.colors.length);
    }
  });
});
