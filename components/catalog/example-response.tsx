import type { ExampleView } from '@/lib/view/example-response';
import { highlight } from '@/lib/highlight';
import { CopyButton } from '@/components/copy-button';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

type Props = { view: ExampleView; playground?: string };

/** One example response (lib/view/example-response.ts), highlighted at build time; the copy button copies the raw text shown. */
export async function ExampleResponse({ view, playground }: Props) {
  const html = await highlight(view.body, 'json');
  return (
    <figure className="not-prose my-6">
      <figcaption className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold">{view.title}</span>
        <span>{view.status}</span>
        {view.shape ? <span className="text-slate-700 dark:text-slate-300">{view.shape}</span> : null}
        <span className="ml-auto flex items-center">
          <CopyButton text={view.body} label="Copy JSON" />
          {playground ? (
            <a
              href={withBase(playground)}
              className="ml-2 rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white hover:bg-blue-800"
            >
              Try in playground
            </a>
          ) : null}
        </span>
      </figcaption>
      {view.headers.length ? (
        <pre className="mb-1 overflow-x-auto rounded bg-slate-100 px-4 py-2 text-xs dark:bg-slate-900" tabIndex={0}>
          {view.headers.join('\n')}
        </pre>
      ) : null}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {view.note ? (
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          <InlineText text={view.note} />
        </p>
      ) : null}
    </figure>
  );
}
