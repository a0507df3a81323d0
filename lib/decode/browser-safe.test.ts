// The decoder ships to the browser: its modules import no Node API, no React, no network and log nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folders = ['lib/decode', 'lib/playground'];
const modules = folders.flatMap((dir) =>
  fs
    .readdirSync(path.join(process.cwd(), dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f)),
);

// Runtime imports allowed in browser code; `import type` is erased and always fine.
const ALLOWED = [/^\.\//, /^fflate$/, /^@\/lib\/catalog\/(present|paths)$/];

describe('browser-safe decoder modules', () => {
  it('finds the modules', () => {
    expect(modules).toContain(path.join('lib/decode', 'index.ts'));
    expect(modules).toContain(path.join('lib/playground', 'share.ts'));
  });

  for (const file of modules) {
    it(file, () => {
      const source = fs.readFileSync(path.join(process.cwd(), file), 'utf8');
      const runtimeImports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map(
        (m) => m[1],
      );
      for (const spec of runtimeImports)
        expect(
          ALLOWED.some((re) => re.test(spec)),
          `${file} imports ${spec}`,
        ).toBe(true);
      expect(source).not.toMatch(/\brequire\(|\bconsole\.|\bfetch\(|XMLHttpRequest|\bprocess\./);
      // Small modules: measured in characters, which wrapping by the formatter does not change.
      expect(source.length, `${file} stays under 12,000 characters`).toBeLessThanOrEqual(12_000);
    });
  }

  for (const shared of ['present', 'paths']) {
    it(`lib/catalog/${shared} stays free of runtime imports, since the decoder pulls it into the browser`, () => {
      const source = fs.readFileSync(path.join(process.cwd(), `lib/catalog/${shared}.ts`), 'utf8');
      expect([...source.matchAll(/^import\s+(?!type\b).*$/gm)]).toEqual([]);
    });
  }
});
