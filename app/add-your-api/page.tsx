import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { CopyMarkdown } from '@/components/copy-markdown';
import { mdxComponents } from '@/components/mdx';
import { getAuthoringGuide } from '@/lib/authoring/guide';
import { compileMdx } from '@/lib/mdx';
import { JsonLd } from '@/components/json-ld';
import { firstPublished, lastModified } from '@/lib/content-dates';
import { pageMetadata } from '@/lib/site';
import { articleJsonLd } from '@/lib/structured-data';

export async function generateMetadata(): Promise<Metadata> {
  const guide = getAuthoringGuide();
  return pageMetadata({ title: guide.title, description: guide.description, path: '/add-your-api/', type: 'article' });
}

// The walkthrough belongs to no API: only catalog-free components (SchemaKeys) can render here.
const components = mdxComponents(null);

/** The walkthrough for authors: content/add-your-api.mdx, compiled like every guide. */
export default async function AddYourApiPage() {
  const guide = getAuthoringGuide();
  const Content = getMDXComponent(await compileMdx(guide.source, guide.file));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <JsonLd
        data={articleJsonLd({
          headline: guide.title,
          description: guide.description,
          path: '/add-your-api/',
          dateModified: lastModified(guide.file),
          datePublished: firstPublished(guide.file),
          crumbs: [
            { name: 'Home', path: '/' },
            { name: guide.title, path: '/add-your-api/' },
          ],
        })}
      />
      <article className="prose prose-slate max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300">
        <h1>{guide.title}</h1>
        <p className="lead">{guide.description}</p>
        <CopyMarkdown href="/add-your-api.md" />
        <Content components={components} />
      </article>
    </main>
  );
}
