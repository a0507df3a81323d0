// When a content file first and last changed, for the sitemap's lastmod and JSON-LD datePublished/dateModified: its
// first and last commits in git.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const cache = new Map<string, string | undefined>();
const firstCache = new Map<string, string | undefined>();

/**
 * The ISO date of the last commit touching `file` (relative to the project root or absolute). A file git does not
 * know (new and uncommitted, or no git at all, as in a content folder outside the repository) falls back to its
 * modification time; a file that does not exist has no date. In a shallow clone git reports the oldest commit it
 * holds for files untouched since, a date no earlier than the real one: still the right order for crawlers.
 */
export function lastModified(file: string): string | undefined {
  if (cache.has(file)) return cache.get(file);
  const date = fromGit(file, 'last') ?? fromFileSystem(file);
  cache.set(file, date);
  return date;
}

/**
 * The ISO date of the first commit that holds `file`, for an article's datePublished; like lastModified, a file git
 * does not know falls back to its modification time. In a shallow clone it is the oldest fetched commit's date.
 */
export function firstPublished(file: string): string | undefined {
  if (firstCache.has(file)) return firstCache.get(file);
  const date = fromGit(file, 'first') ?? fromFileSystem(file);
  firstCache.set(file, date);
  return date;
}

/** The latest of several files' dates, for pages built from many (home, compare, search). */
export function latestModified(files: string[]): string | undefined {
  const dates = files.map(lastModified).filter((d): d is string => !!d);
  return dates.length ? dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : undefined;
}

function fromGit(file: string, which: 'first' | 'last'): string | undefined {
  const absolute = path.resolve(file);
  // The last commit is the first line of `git log`; the first one is its last line (--reverse cannot go with -1).
  const args = which === 'last' ? ['log', '-1', '--format=%cI'] : ['log', '--format=%cI'];
  try {
    const lines = execFileSync('git', [...args, '--', path.basename(absolute)], {
      cwd: path.dirname(absolute),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    })
      .trim()
      .split('\n');
    const out = which === 'last' ? lines[0] : lines[lines.length - 1];
    return out && !Number.isNaN(Date.parse(out)) ? new Date(out).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

function fromFileSystem(file: string): string | undefined {
  try {
    return fs.statSync(file).mtime.toISOString();
  } catch {
    return undefined;
  }
}
