'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { rowMatches } from '@/lib/search/match-row';

/**
 * Narrows the server-rendered error tables as you type. It only toggles `hidden` on existing rows. The box is in the
 * page's HTML, so nothing below it moves when the scripts arrive (layout shift); with JavaScript off it is hidden by
 * the `data-needs-js` rule in app/globals.css and the full table stays readable.
 */
export function TableFilter() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Text typed before the scripts ran is in the box but not in state: take it up once, at hydration.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed) setQuery(typed);
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      // Nothing typed: every row shows, as the HTML has it; no need to walk the table.
      for (const hidden of document.querySelectorAll<HTMLElement>(
        '[data-error-table] tbody tr[hidden], [data-group-section][hidden]',
      ))
        hidden.hidden = false;
      setShown(null);
      return;
    }
    let count = 0;
    for (const row of document.querySelectorAll<HTMLTableRowElement>('[data-error-table] tbody tr')) {
      const hit = rowMatches(row.dataset.search ?? '', query);
      row.hidden = !hit;
      if (hit) count++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-group-section]')) {
      const rows = section.querySelectorAll('tbody tr');
      section.hidden = rows.length > 0 && [...rows].every((r) => (r as HTMLElement).hidden);
    }
    setShown(count);
  }, [query]);

  return (
    <div className="mt-6" data-needs-js>
      <label htmlFor={id} className="block text-sm font-medium">
        Filter this table
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Code, word or message, e.g. 429 or rate limit"
        aria-describedby={`${id}-count`}
        className="mt-1 w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <p
        id={`${id}-count`}
        role="status"
        aria-live="polite"
        className="mt-1 text-sm text-slate-700 dark:text-slate-300"
      >
        {shown === null ? '' : `${shown} matching code${shown === 1 ? '' : 's'}`}
      </p>
    </div>
  );
}
