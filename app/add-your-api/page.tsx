import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import type { MDXComponents } from 'mdx/types';
import { CopyMarkdown } from '@/components/copy-markdown';
import { baseMdxComponents } from '@/components/mdx-base';
import { SchemaKeys } from '@/components/schema-keys';
import { getAuthoringGuide } from '@/lib/authoring/guide';
import { compileMdx } from '@/lib/mdx';

export async function generateMetadata(): Promise<Metadata> {
  const guide = getAuthoringGuide();
  return { title: guide.title, description: guide.description };
}

const components = {
  ...baseMdxComponents,
  SchemaKeys,
} satisfies MDXComponents;

/** The walkthrough for authors: content/add-your-api.mdx, compiled like every guide. */
export default async function AddYourApiPage() {
  const guide = getAuthoringGuide();
  const Content = getMDXComponent(await compileMdx(guide.source, guide.file));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <article className="prose prose-slate max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300">
        <h1>{guide.title}</h1>
        <p className="lead">{guide.description}</p>
        <CopyMarkdown href="/add-your-api.md" />
        <Content components={components} />
      </article>
    </main>
  );
}
