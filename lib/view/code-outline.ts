// The parts of a code page around its blocks, as data: the heading, the byline (API, group, symbolic name), the
// sentence before the snippets and the related codes. The page (components/code-page/code-page.tsx) and its twin (lib/markdown/code.ts) render this.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { groupAnchor, shortName } from '@/lib/catalog/present';
import { catalogQuery } from '@/lib/catalog/query';

export interface CodeLink {
  code: string;
  title: string;
  href: string;
}

export interface CodeOutline {
  code: string;
  title: string;
  apiName: string;
  group: { title: string; href: string };
  /** The symbolic name the source gives, when it gives one. */
  name?: string;
  /** What the handling snippets are and how far they are tested, said before them. */
  snippetsIntro: string;
  related: CodeLink[];
}

export function codeOutline(catalog: Catalog, entry: ErrorCode): CodeOutline {
  const query = catalogQuery(catalog);
  const group = query.groupOf(entry);
  return {
    code: String(entry.code),
    title: entry.title,
    apiName: catalog.name,
    group: { title: group.title, href: `/${catalog.id}/errors/#${groupAnchor(group.id)}` },
    ...(entry.name ? { name: entry.name } : {}),
    snippetsIntro: `Each handler is the decision for this code in at most 20 lines; the full program around it also sends the request and can be run as is. Both recognise this error by its code, never by its message, and do what ${shortName(catalog)} documents for it, and both are run against a local test server in our CI.`,
    related: query
      .relatedTo(entry)
      .map((r) => ({ code: String(r.code), title: r.title, href: codePath(catalog.id, r.code) })),
  };
}
