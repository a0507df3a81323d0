import { getMDXComponent } from 'mdx-bundler/client';
import type { Catalog } from '@/lib/catalog';
import type { Guide } from '@/lib/guides';
import { compileMdx } from '@/lib/mdx';
import { mdxComponents } from './mdx';
import { Breadcrumbs } from './layout/breadcrumbs';
import { shortName } from '@/lib/catalog/present';
import { twinPath } from '@/lib/markdown/format';
import { CopyMarkdown } from './copy-markdown';
import { AboutCatalog, ApiLinks } from './catalog/api-provenance';

/** Renders one guide page from its MDX, with catalog-backed components bound to its API. */
export async function GuidePage({ catalog, guide }: { catalog: Catalog; guide: Guide }) {
  // The whole file, front matter included, so a compile error names the file's own line.
  const code = await compileMdx(guide.source, guide.file);
  const Content = getMDXComponent(code);
  return (
    <article className="prose prose-slate max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300">
      <Breadcrumbs
        items={guide.slug ? [{ href: `/${catalog.id}/`, label: shortName(catalog) }] : []}
        current={guide.title}
      />
      <h1>{guide.title}</h1>
      <p className="lead">{guide.description}</p>
      <CopyMarkdown href={twinPath.guide(catalog.id, guide.slug)} />
      {guide.slug ? null : <ApiLinks catalog={catalog} />}
      <Content components={mdxComponents(catalog)} />
      {guide.slug ? null : <AboutCatalog catalog={catalog} />}
    </article>
  );
}
