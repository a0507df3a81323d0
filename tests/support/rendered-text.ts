// Reads a page block rendered to HTML and the matching part of its Markdown twin as comparable plain text, for the
// page/twin parity tests of components/code-page. Links keep their target ("text (→ href)") so a wrong link differs too.
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { SITE_ROOT, withBase } from '@/lib/site';

export const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const sitePathOf = (href: string) => (href.startsWith(withBase('/')) ? href.slice(withBase('/').length - 1) : href);

/** Visible text of an HTML fragment, links as "text (→ site path)"; `keepSpace` keeps line breaks (code blocks). */
export function htmlText(html: string, keepSpace = false): string {
  const text = decodeEntities(
    html
      // A heading's "#" self-link is decoration, not content.
      .replace(/<a [^>]*class="heading-anchor"[^>]*>.*?<\/a>/g, '')
      .replace(
        /<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/g,
        (_, href: string, inner: string) => `${inner} (→ ${sitePathOf(decodeEntities(href))})`,
      )
      .replace(/<[^>]+>/g, ''),
  );
  return keepSpace ? text : squash(text);
}

/** Plain text of a Markdown fragment: code and bold marks dropped, links as "text (→ site path)". */
export function markdownText(markdown: string): string {
  return squash(
    markdown
      .replace(
        /\[([^\]]+)\]\(([^)\s]+)\)/g,
        (_, text: string, href: string) =>
          `${text} (→ ${href.startsWith(SITE_ROOT) ? href.slice(SITE_ROOT.length) : href})`,
      )
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(
        /``\s(.+?)\s``|`([^`]+)`/g,
        (_, wide: string | undefined, narrow: string | undefined) => wide ?? narrow ?? '',
      ),
  );
}

/** The blocks (paragraphs, lists, fences) of the twin's section under `## heading`, or null when it has none. */
export function twinSection(markdown: string, heading: string): string[] | null {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return null;
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const body = end < 0 ? rest : rest.slice(0, end);
  const out: string[] = [];
  // Fences may hold blank lines: keep each fence whole.
  for (const part of body.split(/(^`{3,}[^\n]*\n[\s\S]*?\n`{3,}$)/m)) {
    if (/^`{3,}/.test(part)) out.push(part);
    else out.push(...part.split(/\n{2,}/).filter((b) => b.trim()));
  }
  return out.map((b) => b.trim());
}

/** The text inside a fenced block. */
export const fenceBody = (block: string) => block.replace(/^`{3,}[^\n]*\n/, '').replace(/\n`{3,}$/, '');

/** List items of a Markdown list block. */
export const listItems = (block: string) => block.split(/\n(?=- )/).map((item) => item.replace(/^- /, ''));

/** Renders a server component tree (async components included) to HTML, as the static export does. */
export async function renderHtml(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}
