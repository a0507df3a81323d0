// MDX elements every page shares: anchored headings and code blocks highlighted at build time.
import { isValidElement } from 'react';
import { highlight, type HighlightLang } from '@/lib/highlight';
import { withBase } from '@/lib/site';
import { headingComponents, textOf } from './heading';

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

/** The header cells of a Markdown table, for the name of the box it scrolls in. */
function headerText(children: React.ReactNode): string[] {
  const cells: string[] = [];
  const visit = (node: React.ReactNode) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isValidElement<{ children?: React.ReactNode }>(node)) return;
    if (node.type === 'th') return void cells.push(textOf(node.props.children).trim());
    if (node.type !== 'td') visit(node.props.children);
  };
  visit(children);
  return cells.filter(Boolean);
}

/**
 * A Markdown table scrolls inside its own box on a narrow screen, never the page; the box can be focused and scrolled
 * from the keyboard and is named after the table's columns.
 */
const ScrollTable = ({ children, ...props }: React.ComponentProps<'table'>) => (
  <div
    className="overflow-x-auto"
    tabIndex={0}
    role="region"
    aria-label={`Table: ${headerText(children).join(', ') || 'untitled'}`}
  >
    <table {...props}>{children}</table>
  </div>
);

export const baseMdxComponents = {
  ...headingComponents,
  pre: CodeBlock,
  table: ScrollTable,
  a: SiteLink,
};
