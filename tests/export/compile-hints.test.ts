// The export's start-up scripts compile off the main thread (scripts/compile-hints.ts): every chunk a page starts on
// load begins with V8's compile hint, and no other chunk does.
// Run after the build: npx vitest run --config vitest.out.config.mts   (NEXT_DIST_DIR=<dir> for another export)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkFile, COMPILE_HINT } from '../../scripts/compile-hints';
import { loaderSources } from '../../scripts/paint-first';
import { walkFiles } from '../../scripts/walk-files';

const OUT = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
const files = walkFiles(OUT);
const started = new Set(
  files
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => loaderSources(fs.readFileSync(f, 'utf8')).map((src) => chunkFile(OUT, src)))
    .filter((f): f is string => f !== null),
);
const hinted = (file: string) => fs.readFileSync(file, 'utf8').startsWith(COMPILE_HINT);

describe('compile hints in the export', () => {
  it('marks every chunk a page starts on load', () => {
    expect(started.size).toBeGreaterThan(3);
    expect([...started].filter((f) => !hinted(f)).map((f) => path.relative(OUT, f))).toEqual([]);
  });

  it('leaves chunks loaded later (dynamic imports, workers) unmarked', () => {
    const later = files.filter(
      (f) => f.endsWith('.js') && f.includes(`${path.sep}_next${path.sep}`) && !started.has(f),
    );
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter(hinted).map((f) => path.relative(OUT, f))).toEqual([]);
  });
});
