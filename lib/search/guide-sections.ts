// Build side: every guide page as search sections, the text before the first heading and one per `##`/`###`
// heading, each linking to the heading's anchor. Only the author's prose is kept: catalog components (tables,
// example responses) would make a guide match every code it lists.
import type { Catalog } from '@/lib/catalog';
import type { Guide } from '@/lib/guides';
import { slugify } from '@/lib/slug';
import type { GuideSection } from './types';

const HEADING = /^#{2,3}[ \t]+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
// `<Code code="x" />` reads as its code in the rendered page; any other tag is markup.
const CODE_ATTRIBUTE = /\bcode=(?:\{\s*"?([^"}\s]+)"?\s*\}|"([^"]+)"|'([^']+)')/;

/** Inline Markdown and MDX reduced to the words a reader sees. */
function plain(line: string): string {
  return line
    .replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => {
      const code = CODE_ATTRIBUTE.exec(tag);
      return code ? ` ${code[1] ?? code[2] ?? code[3]} ` : ' ';
    })
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '');
}

/** The heading's text as the rendered page shows it, which is what its id is made from. */
const headingText = (raw: string) =>
  raw
    .trim()
    .replace(/[ \t]#+$/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim();

export function guideSections(
  catalog: Pick<Catalog, 'id' | 'name'>,
  guide: Pick<Guide, 'slug' | 'title' | 'description' | 'body'>,
): GuideSection[] {
  const page = guide.slug ? `/${catalog.id}/${guide.slug}/` : `/${catalog.id}/`;
  const sections: GuideSection[] = [];
  let current: { heading?: string; anchor?: string; lines: string[] } = { lines: [guide.description] };
  const flush = () => {
    const text = current.lines.join(' ').replace(/\s+/g, ' ').trim();
    if (current.heading || text) {
      sections.push({
        api: catalog.id,
        apiName: catalog.name,
        page: guide.title,
        ...(current.heading ? { heading: current.heading } : {}),
        text,
        url: current.anchor ? `${page}#${current.anchor}` : page,
      });
    }
  };
  let fenced = false;
  for (const line of guide.body.split('\n')) {
    if (FENCE.test(line)) {
      fenced = !fenced;
      continue;
    }
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) {
      flush();
      const text = headingText(heading[1]);
      current = { heading: text, anchor: slugify(text), lines: [] };
    } else if (!fenced && !/^(import|export)\s/.test(line)) {
      current.lines.push(plain(line));
    } else if (fenced) {
      current.lines.push(line);
    }
  }
  flush();
  return sections;
}
