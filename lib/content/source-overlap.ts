// Finds wording our content shares with a source page: every run of N or more consecutive words that
// appears in both. CI uses it to keep catalog and guide prose written in Codebook's own words.

// Stands in for an identifier: quoted facts (`code spans`, snake_case and UPPER_SNAKE names) must match the
// source exactly, so they never count as shared wording and a run cannot pass through one.
const IDENTIFIER = '\u0000';

/** Lowercases and reduces text to plain words, so Markdown, MDX and JSON punctuation cannot hide a copy. */
function normaliseWords(text: string): string[] {
  const words: string[] = [];
  for (const [token] of text.matchAll(/`[^`\n]*`|[\p{L}\p{N}_'’‘]+/gu)) {
    if (token.startsWith('`') || token.includes('_')) {
      words.push(IDENTIFIER);
      continue;
    }
    // Apostrophes join rather than split, so "doesn't" and "doesn’t" are one word in both texts.
    const word = token.toLowerCase().replace(/['’‘]/g, '');
    if (word) words.push(word);
  }
  return words;
}

type SourceIndex = { source: string; minWords: number; words: string[]; starts: Map<string, number[]> };
// Callers check many snippets against one page in a row; indexing the page once keeps that fast.
let lastIndex: SourceIndex | undefined;

/** The source's words and where each `minWords`-long window starts; a shared run must begin with one. */
function indexSource(source: string, minWords: number): SourceIndex {
  if (lastIndex?.source === source && lastIndex.minWords === minWords) return lastIndex;
  const words = normaliseWords(source);
  const starts = new Map<string, number[]>();
  for (let i = 0; i + minWords <= words.length; i++) {
    const window = words.slice(i, i + minWords);
    if (window.includes(IDENTIFIER)) continue;
    const key = window.join(' ');
    const list = starts.get(key);
    if (list) list.push(i);
    else starts.set(key, [i]);
  }
  lastIndex = { source, minWords, words, starts };
  return lastIndex;
}

/**
 * Every maximal run of at least `minWords` consecutive words of `ours` that also occurs, in the same
 * order and contiguously, in `source`. Runs are returned as normalised text, in the order they occur.
 */
export function findSharedRuns(ours: string, source: string, minWords = 8): string[] {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`minWords must be a positive integer, got ${minWords}`);
  const mine = normaliseWords(ours);
  const { words: theirs, starts } = indexSource(source, minWords);
  if (mine.length < minWords) return [];

  const runs: string[] = [];
  let coveredUntil = 0;
  for (let i = 0; i + minWords <= mine.length; i++) {
    const candidates = starts.get(mine.slice(i, i + minWords).join(' '));
    if (!candidates) continue;
    let longest = 0;
    for (const j of candidates) {
      let k = minWords;
      while (i + k < mine.length && j + k < theirs.length && mine[i + k] === theirs[j + k] && mine[i + k] !== IDENTIFIER) k++;
      longest = Math.max(longest, k);
    }
    // A run starting later inside one already reported is only new if it reaches further.
    if (i + longest <= coveredUntil) continue;
    runs.push(mine.slice(i, i + longest).join(' '));
    coveredUntil = i + longest;
  }
  return runs;
}

/** One piece of our prose and where it came from, for messages that point at the offending text. */
export type ProseSnippet = { where: string; text: string };

// Keys whose string values are sentences we wrote. Facts (codes, names, paths, routes, messages and
// templates quoted from the source, example bodies and headers) are left out: they must match the source.
const PROSE_KEYS = new Set([
  'title', 'summary', 'meaning', 'action', 'causes', 'solutions', 'description', 'note', 'strategy', 'explain', 'label', 'where', 'jitter',
]);
const FACT_KEYS = new Set(['body', 'headers', 'messages', 'templates', 'match', 'fields']);
const LISTS_OF_DOCS = new Set(['fields', 'headers']);

/** The prose of a parsed catalog file (raw YAML data, not yet validated), each with its location. */
export function catalogProse(raw: unknown, where = ''): ProseSnippet[] {
  const out: ProseSnippet[] = [];
  const visit = (value: unknown, at: string, prose: boolean) => {
    if (typeof value === 'string') {
      if (prose && value.trim()) out.push({ where: at, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${at}[${i}]`, prose));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // Name list items by their code or id, which is how a reader finds them in the file.
      const label = record.code ?? record.id ?? record.name ?? record.path;
      const here = typeof label === 'string' || typeof label === 'number' ? `${at}(${label})` : at;
      for (const [key, child] of Object.entries(record)) {
        // At the catalog root `fields` and `headers` are lists of documented items with prose; inside a
        // shape or an example they are maps of paths and header values.
        if (FACT_KEYS.has(key) && !(LISTS_OF_DOCS.has(key) && Array.isArray(child))) continue;
        visit(child, here ? `${here}.${key}` : key, PROSE_KEYS.has(key));
      }
    }
  };
  visit(raw, where, false);
  return out;
}

// Blanks out a match but keeps its line breaks, so line numbers of the remaining text stay true.
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/**
 * The prose of an MDX guide: front matter title and description, then each paragraph (located by line)
 * with code blocks, JSX tags, expressions, imports and link targets removed.
 */
export function mdxProse(source: string, file = ''): ProseSnippet[] {
  const out: ProseSnippet[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (front) {
    front[1].split('\n').forEach((line, i) => {
      const m = /^(title|description):\s*(.+)$/.exec(line.trim());
      if (m) out.push({ where: `${file}:${i + 2}`, text: m[2].replace(/^["']|["']$/g, '') });
    });
  }
  const body = (front ? blank(front[0]) : '') + source.slice(front ? front[0].length : 0);
  const text = body
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^(import|export)\s.*$/gm, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`);
  let start = -1;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push({ where: `${file}:${start + 1}`, text: paragraph.join('\n') });
    paragraph = [];
  };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return flush();
    if (!paragraph.length) start = i;
    paragraph.push(line);
  });
  flush();
  return out;
}
