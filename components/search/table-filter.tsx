'use client';
import { useEffect, useId, useState } from 'react';
import { rowMatches } from '@/lib/search/match-row';

/**
 * Narrows the server-rendered error tables as you type. It only toggles `hidden` on existing rows, so with
 * JavaScript off the box is absent and the full table stays readable.
 */
export function TableFilter() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  useEffect(() => {
    if (!mounted) return;
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
    setShown(query.trim() ? count : null);
  }, [query, mounted]);

  if (!mounted) return null;
  return (
    <div className="mt-6">
      <label htmlFor={id} className="block text-sm font-medium">
        Filter this table
      </label>
      <input
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
