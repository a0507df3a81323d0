import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { neighbours, shortName } from '@/lib/catalog/present';
import { codeOutline } from '@/lib/view/code-outline';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { AnchoredHeading } from '@/components/heading';
import { SnippetTabs } from '@/components/snippets/snippet-tabs';
import { CodeFacts } from './code-facts';
import { InlineText } from '@/components/inline-text';
import { CodeContext } from './code-context';
import { CodeExamples } from './code-examples';
import { CodeReference } from './code-reference';
import { withBase } from '@/lib/site';

const List = ({ items }: { items: string[] }) => (
  <ul>
    {items.map((item) => (
      <li key={item}>
        <InlineText text={item} />
      </li>
    ))}
  </ul>
);

/** Everything about one code: meaning, statuses, retry verdict, context, examples, snippets, related codes. */
export function CodePage({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const { prev, next } = neighbours(catalog, entry);
  const outline = codeOutline(catalog, entry);
  return (
    <article className="prose prose-slate max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300">
      <Breadcrumbs
        items={[
          { href: `/${catalog.id}/`, label: shortName(catalog) },
          { href: `/${catalog.id}/errors/`, label: 'Error codes' },
        ]}
        current={outline.code}
      />
      <h1 className="mb-1">
        <code className="text-[0.9em]">{outline.code}</code> {outline.title}
      </h1>
      <p data-byline="" className="mt-0 text-sm text-slate-700 dark:text-slate-300">
        {outline.apiName} · <a href={withBase(outline.group.href)}>{outline.group.title}</a>
        {outline.name ? (
          <>
            {' '}
            · sent with the name <code>{outline.name}</code>
          </>
        ) : null}
      </p>
      <CodeFacts catalog={catalog} entry={entry} />
      <AnchoredHeading as="h2" id="meaning">
        What it means
      </AnchoredHeading>
      <p>
        <InlineText text={entry.meaning} />
      </p>
      <AnchoredHeading as="h2" id="what-to-do">
        What to do
      </AnchoredHeading>
      <p>
        <InlineText text={entry.action} />
      </p>
      {entry.causes.length ? (
        <>
          <AnchoredHeading as="h2" id="causes">
            Common causes
          </AnchoredHeading>
          <List items={entry.causes} />
        </>
      ) : null}
      {entry.solutions.length ? (
        <>
          <AnchoredHeading as="h2" id="solutions">
            Solutions
          </AnchoredHeading>
          <List items={entry.solutions} />
        </>
      ) : null}
      <CodeContext catalog={catalog} entry={entry} />
      <CodeExamples catalog={catalog} entry={entry} />
      <AnchoredHeading as="h2" id="handle-it">
        Handle it in code
      </AnchoredHeading>
      <p>{outline.snippetsIntro}</p>
      <SnippetTabs catalog={catalog} entry={entry} />
      {outline.related.length ? (
        <>
          <AnchoredHeading as="h2" id="related">
            Related codes
          </AnchoredHeading>
          <ul data-related="">
            {outline.related.map((r) => (
              <li key={r.code}>
                <a href={withBase(r.href)}>
                  <code>{r.code}</code> {r.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <CodeReference catalog={catalog} entry={entry} />
      <nav
        aria-label="Neighbouring codes"
        className="not-prose mt-10 flex justify-between gap-4 border-t border-slate-200 pt-4 text-sm dark:border-slate-800"
      >
        {prev ? (
          <a
            href={withBase(codePath(catalog.id, prev.code))}
            className="py-1 text-blue-800 underline dark:text-blue-300"
          >
            ← {String(prev.code)} {prev.title}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a
            href={withBase(codePath(catalog.id, next.code))}
            className="py-1 text-right text-blue-800 underline dark:text-blue-300"
          >
            {String(next.code)} {next.title} →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
