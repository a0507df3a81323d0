// The parts of a code page around its blocks, as data: the heading, the byline (API, group, symbolic name) and the
// related codes. The page (components/code-page/code-page.tsx) and its twin (lib/markdown/code.ts) render this.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { groupAnchor } from '@/lib/catalog/present';
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
    related: query
      .relatedTo(entry)
      .map((r) => ({ code: String(r.code), title: r.title, href: codePath(catalog.id, r.code) })),
  };
}
