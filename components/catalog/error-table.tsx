import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codeAnchor, codePath } from '@/lib/catalog';
import { statusLabel } from '@/lib/catalog/present';
import { RetryBadge } from './retry-badge';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

type Props = { catalog: Catalog; codes: ErrorCode[]; caption: string; captionHidden?: boolean };

/** A server-rendered table of codes. Rows carry data-* text so the client filter can narrow them without props. */
export function ErrorTable({ catalog, codes, caption, captionHidden }: Props) {
  return (
    // Scrolls inside its own focusable, named box if a cell cannot wrap (the Code column breaks long names anywhere).
    <div className="not-prose overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-left text-sm" data-error-table="">
        <caption className={captionHidden ? 'sr-only' : 'mb-2 text-left font-semibold'}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-3">
              Code
            </th>
            <th scope="col" className="py-2 pr-3">
              HTTP
            </th>
            <th scope="col" className="py-2 pr-3">
              Retry
            </th>
            <th scope="col" className="py-2">
              Meaning
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((entry) => (
            <tr
              key={String(entry.code)}
              id={codeAnchor(entry.code)}
              className="border-b border-slate-200 align-top dark:border-slate-800"
              data-search={[entry.code, entry.name, entry.title, entry.meaning, ...entry.messages, ...entry.http]
                .filter(Boolean)
                .join(' ')}
            >
              <th scope="row" className="py-2 pr-3 font-mono font-semibold">
                <a
                  href={withBase(codePath(catalog.id, entry.code))}
                  className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
                >
                  {String(entry.code)}
                </a>
                {entry.name ? (
                  <div className="text-xs font-normal text-slate-700 dark:text-slate-300">{entry.name}</div>
                ) : null}
              </th>
              <td className="py-2 pr-3 whitespace-nowrap">{statusLabel(entry.http)}</td>
              <td className="py-2 pr-3">
                <RetryBadge retryable={entry.retryable} />
              </td>
              <td className="py-2">
                <span className="font-medium">{entry.title}</span>
                <span className="text-slate-700 dark:text-slate-300">
                  {' '}
                  — <InlineText text={entry.meaning} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
