// Compile the start-up scripts off the main thread: every chunk a page starts on load (the paint-first loader's list,
// scripts/paint-first.ts) gets V8's explicit compile hint, the magic comment `//# allFunctionsCalledOnLoad` on its first
// line. Chromium (136 and later) then compiles all of the file's functions eagerly on its streaming thread while the file
// downloads, instead of compiling each function lazily on the main thread the first time it is called, which on a phone
// is most of the framework's start-up task. Measured with Lighthouse's mobile profile on a table page: the framework
// chunks' main-thread time went from about 640 ms to 190 ms (4x CPU throttle), Total Blocking Time from 250-300 ms to
// 60-170 ms (README, Performance). Other browsers read a comment. Chunks loaded later (dynamic imports, workers) are
// left as they are: most of their functions are not called at once, and eager compilation would only cost memory.
// Runs in the postbuild after paint-first; the chunks have no source maps to shift (checked, and refused if found).
import fs from 'node:fs';
import { loaderSources } from './paint-first';
import { outPath } from './out-path';
import { walkFiles } from './walk-files';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The script with the hint on its first line (once: a second call changes nothing). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}

/** The export file a loader URL names (`/<base path>/_next/static/…`), or null for a URL outside `_next/static`. */
export function chunkFile(outDir: string, src: string): string | null {
  const at = src.indexOf('/_next/static/');
  if (at < 0 || /^[a-z][a-z0-9+.-]*:/i.test(src)) return null;
  return outPath(outDir, src.slice(at).split(/[?#]/)[0]);
}

/** Adds the hint to every chunk some exported page starts on load; returns how many files carry it. */
export function applyCompileHints(outDir: string): number {
  const chunks = new Set<string>();
  for (const page of walkFiles(outDir).filter((f) => f.endsWith('.html'))) {
    for (const src of loaderSources(fs.readFileSync(page, 'utf8'))) {
      const file = chunkFile(outDir, src);
      if (file) chunks.add(file);
    }
  }
  for (const file of chunks) {
    if (!fs.existsSync(file)) throw new Error(`compile hints: ${file} is started by a page but is not in the export`);
    const code = fs.readFileSync(file, 'utf8');
    if (/\/\/# sourceMappingURL=/.test(code)) {
      throw new Error(`compile hints: ${file} has a source map, which a prepended line would shift`);
    }
    const next = withCompileHint(code);
    if (next !== code) fs.writeFileSync(file, next);
  }
  return chunks.size;
}
