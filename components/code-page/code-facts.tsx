import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codeFacts } from '@/lib/view/code-facts';
import { RetryBadge } from '@/components/catalog/retry-badge';
import { InlineText } from '@/components/inline-text';

/** The at-a-glance facts, rendered from the same rows as the Markdown twin (lib/view/code-facts.ts). */
export function CodeFacts({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  return (
    <dl
      data-facts=""
      className="not-prose my-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-300 p-4 text-sm sm:grid-cols-[max-content_1fr] dark:border-slate-700"
    >
      {codeFacts(catalog, entry).map((row) => (
        <div key={row.id} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words [&_a]:text-blue-800 [&_a]:underline dark:[&_a]:text-blue-300">
            {row.retryable !== undefined ? (
              <>
                <RetryBadge retryable={row.retryable} />{' '}
              </>
            ) : null}
            <InlineText text={row.text} />
            {row.notes.map((note) => (
              <span key={note} className="block text-xs text-slate-700 dark:text-slate-300">
                {note}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
