// Catalog prose may mark identifiers with `backticks`, **bold** and [links](/path/). This splits such text into
// typed segments so components render them as elements; no HTML string is ever built from catalog text.
export type InlineSegment =
  { kind: 'text' | 'code' | 'strong'; text: string } | { kind: 'link'; text: string; href: string };

const PATTERN = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function inlineSegments(text: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] });
    else out.push({ kind: 'link', text: m[3], href: m[4] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The same text without the marks, for plain-text contexts (search records, meta descriptions). */
export const plainText = (text: string) =>
  inlineSegments(text)
    .map((s) => s.text)
    .join('');
