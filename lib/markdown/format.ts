// Small Markdown writing helpers and the URL scheme of the Markdown twins (/<api>/errors/<code>.md and friends).
import type { CodeValue } from '@/lib/catalog/schema';
import { SITE_ROOT } from '@/lib/site';

/** Text safe inside one table cell: no line breaks, pipes escaped. */
export const cell = (text: string) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';

/** A GFM table; every cell is escaped. */
export function mdTable(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Inline code that survives backticks inside the value. */
export const inlineCode = (text: string) => {
  const ticks = text.includes('`') ? '``' : '`';
  return ticks === '``' ? `\`\` ${text} \`\`` : `\`${text}\``;
};

/** A fenced block whose fence is longer than any backtick run inside it. */
export function fence(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text.replace(/\n+$/, '')}\n${ticks}`;
}

export const list = (items: string[]) => items.map((i) => `- ${i.replace(/\s*\n\s*/g, ' ')}`).join('\n');

/** Joins blocks with one blank line between them, dropping empty ones. */
export const blocks = (...parts: Array<string | false | null | undefined>) =>
  parts.filter((p): p is string => Boolean(p && p.trim())).join('\n\n');

/**
 * Twins are read away from the site (pasted into a chat, concatenated into llms-full.txt), so root-relative links
 * become absolute. Fenced code is left exactly as written.
 */
export function absoluteLinks(markdown: string, origin = SITE_ROOT): string {
  let inFence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker) {
        if (inFence === null) inFence = marker;
        else if (marker[0] === inFence[0] && marker.length >= inFence.length) inFence = null;
        return line;
      }
      if (inFence !== null) return line;
      return line.replace(/\]\(\/(?!\/)/g, `](${origin}/`);
    })
    .join('\n');
}

/** URL paths of the twins; files in out/ are the same paths, decoded. */
export const twinPath = {
  guide: (api: string, slug: string) => (slug ? `/${api}/${slug}.md` : `/${api}/index.md`),
  table: (api: string) => `/${api}/errors/index.md`,
  code: (api: string, code: CodeValue) => `/${api}/errors/${encodeURIComponent(String(code))}.md`,
};
