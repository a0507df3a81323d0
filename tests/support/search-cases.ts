// The written search cases, in two sets of the same kinds: `tuning` (weights may be adjusted against it) and
// `held-out` (never tuned against; it must pass as it is). Shared by the unit test, the browser test and the bench.
import fs from 'node:fs';
import path from 'node:path';

export type SearchCase = { kind: string; query: string } & (
  { expect: string; top: number; first?: undefined } | { first: string[]; expect?: undefined }
);
export const CASE_SETS = ['tuning', 'held-out'] as const;
export type CaseSet = (typeof CASE_SETS)[number];

export function readCases(set: CaseSet, root = process.cwd()): SearchCase[] {
  return JSON.parse(fs.readFileSync(path.join(root, 'tests', 'search-cases', `${set}.json`), 'utf8')) as SearchCase[];
}

/** Why the result list `urls` (best first) fails a case, or null when it passes. */
export function caseFailure(c: SearchCase, urls: string[]): string | null {
  const got = urls.slice(0, 5).join(', ') || 'nothing';
  if (c.first) {
    const head = urls.slice(0, c.first.length);
    const missing = c.first.filter((url) => !head.includes(url));
    return missing.length
      ? `${JSON.stringify(c.query)}: the first ${c.first.length} miss ${missing.join(', ')}; got ${head.join(', ') || 'nothing'}`
      : null;
  }
  const rank = urls.indexOf(c.expect) + 1;
  return rank > 0 && rank <= c.top
    ? null
    : `${JSON.stringify(c.query)} → ${c.expect} at rank ${rank || 'none'} (needs ≤ ${c.top}); got ${got}`;
}

/** Every URL a case names, to check they are pages that exist. */
export const caseUrls = (c: SearchCase) => (c.first ? c.first : [c.expect]);
