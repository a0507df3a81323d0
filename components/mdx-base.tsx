// MDX elements every page shares: anchored headings and code blocks highlighted at build time.
import { isValidElement } from 'react';
import { highlight, type HighlightLang } from '@/lib/highlight';
import { withBase } from '@/lib/site';
import { headingComponents } from './heading';

const LANG: Record<string, HighlightLang> = {
  json: 'json',
  http: 'http',
  ts: 'typescript',
  typescript: 'typescript',
  js: 'typescript',
  javascript: 'typescript',
  py: 'python',
  python: 'python',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  yaml: 'yaml',
  yml: 'yaml',
};

/** A fenced block arrives as <pre><code className="language-x">; shiki's output keeps the pre keyboard-scrollable. */
async function CodeBlock({ children, ...props }: React.ComponentProps<'pre'>) {
  if (
    isValidElement<{ className?: string; children?: unknown }>(children) &&
    typeof children.props.children === 'string'
  ) {
    const lang = /language-(\w+)/.exec(children.props.className ?? '')?.[1] ?? '';
    const source = children.props.children.replace(/\n$/, '');
    if (LANG[lang])
      return (
        <div className="not-prose my-4" dangerouslySetInnerHTML={{ __html: await highlight(source, LANG[lang]) }} />
      );
  }
  return (
    <pre tabIndex={0} {...props}>
      {children}
    </pre>
  );
}

/** Guides link site pages by their root path (`/chert/retries/`); a build for a subpath prefixes them. */
const SiteLink = ({ href, ...props }: React.ComponentProps<'a'>) => (
  <a href={href === undefined ? href : withBase(href)} {...props} />
);

export const baseMdxComponents = {
  ...headingComponents,
  pre: CodeBlock,
  a: SiteLink,
};
