import { memo } from 'react';
import type { SearchHit } from '@/lib/search/types';
import { highlightRanges } from '@/lib/search/highlight';
import { RetryBadge } from '@/components/catalog/retry-badge';
import { plainText } from '@/lib/inline-text';
import { withBase } from '@/lib/site';

const Highlighted = ({ text, matched }: { text: string; matched: string[] }) => (
  <>
    {highlightRanges(text, matched).map((part, i) =>
      part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
    )}
  </>
);

/** The first words of a guide section, enough to show why it matched without printing the whole section. */
const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 220).replace(/\s+\S*$/, '')}…` : text);

/**
 * One result: a link to the code page with API, code, status, retry badge and the matched words marked; or a link to
 * a guide section with its page, heading and first words.
 */
function HitItem({ hit }: { hit: SearchHit }) {
  if (hit.guide) {
    const g = hit.guide;
    return (
      <li className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
        <a href={withBase(g.url)} className="text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
          <Highlighted text={g.heading ? `${g.page}: ${g.heading}` : g.page} matched={hit.matched} />
        </a>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-xs">
          <span>{g.apiName}</span>
          <span>Guide</span>
        </p>
        {g.text ? (
          <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">
            <Highlighted text={excerpt(g.text)} matched={hit.matched} />
          </p>
        ) : null}
      </li>
    );
  }
  const r = hit.record;
  return (
    <li className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <a href={withBase(r.url)} className="text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
        {/* The margin keeps code and title apart where both are marked and the space between reads as none. */}
        <span className="mr-1 font-mono font-semibold">
          <Highlighted text={String(r.code)} matched={hit.matched} />
        </span>{' '}
        <Highlighted text={r.title} matched={hit.matched} />
      </a>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs">
        <span>{r.apiName}</span>
        <span>HTTP {r.statuses.length ? r.statuses.join(' / ') : 'none (event)'}</span>
        <RetryBadge retryable={r.retryable} />
      </p>
      <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">
        <Highlighted text={plainText(r.meaning)} matched={hit.matched} />
      </p>
    </li>
  );
}

/** A hit that shows the same page with the same marked words renders nothing new while the user types on. */
export const SearchHitItem = memo(
  HitItem,
  (a, b) => a.hit.url === b.hit.url && a.hit.matched.join('\n') === b.hit.matched.join('\n'),
);
