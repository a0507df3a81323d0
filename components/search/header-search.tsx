'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '@/lib/search/types';
import { withBase } from '@/lib/site';
import { askSearch, warmSearch } from './search-client';

const isTextField = (el: Element | null) =>
  !!el &&
  (el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)) ||
    (el as HTMLElement).isContentEditable ||
    el instanceof HTMLSelectElement);

/**
 * The header search: a combobox with results as you type. ⌘K / Ctrl+K and `/` focus it, except while another text
 * field has focus (those keys then belong to the browser and the field). The engine loads on first use only.
 * Without JavaScript it is a plain GET form to /search/.
 */
export function HeaderSearch() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  /** How many results the query found in all, once answered; the list shows the first eight. */
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(document.activeElement)) return;
      if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        input.current?.focus();
      } else if (e.key === '/' && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    // Words typed before the page's scripts ran (they start after the first paint) are searched for now.
    const typed = input.current?.value;
    if (typed) {
      setQuery(typed);
      setOpen(document.activeElement === input.current);
    }
  }, []);

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setHits([]);
      setTotal(null);
      return;
    }
    askSearch('header', query, { limit: 8 })
      .then((answer) => {
        if (live && answer) {
          setHits(answer.hits);
          setTotal(answer.total);
          setActive(-1);
        }
      })
      .catch(() => {
        if (!live) return;
        setHits([]);
        setTotal(null);
      });
    return () => {
      live = false;
    };
  }, [query]);

  const go = (url: string) => {
    window.location.assign(withBase(url));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && active >= 0 && hits[active]) {
      e.preventDefault();
      go(hits[active].url);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        input.current?.blur();
      }
    }
  };

  const expanded = open && query.trim() !== '' && hits.length > 0;
  // Under the list, what it leaves out: the count beyond the eight shown, or that nothing matched, and where the
  // search page (its suggestions, the API tables, the playground) takes over.
  const more = total !== null && total > hits.length ? total - hits.length : 0;
  const note =
    !open || !query.trim() || total === null
      ? null
      : total === 0
        ? 'No results. Press Enter for the nearest terms and other ways to find a code.'
        : more
          ? `${total} results; press Enter to see all ${total}.`
          : null;
  return (
    <form
      action={withBase('/search/')}
      method="get"
      role="search"
      aria-label="Search error codes"
      className="relative flex items-center gap-2"
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        Search error codes
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        name="q"
        type="text"
        enterKeyHint="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Search codes (press /)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          warmSearch();
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="min-w-0 flex-1 rounded-md border border-slate-400 sm:w-56 sm:flex-none bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
      >
        Search
      </button>
      <div
        hidden={!expanded && !note}
        className="absolute right-0 top-full z-40 mt-1 w-[22rem] max-w-[90vw] overflow-hidden rounded-md border border-slate-300 bg-white text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching error codes"
          hidden={!expanded}
          className="max-h-96 overflow-auto py-1"
        >
          {hits.map((hit, i) => (
            <li
              key={hit.url}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(hit.url);
              }}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-blue-100 dark:bg-blue-950' : ''}`}
            >
              {hit.record ? (
                <>
                  <span className="font-mono font-semibold">{String(hit.record.code)}</span>{' '}
                  <span>{hit.record.title}</span>
                  <span className="block text-xs text-slate-700 dark:text-slate-300">{hit.record.apiName}</span>
                </>
              ) : (
                <>
                  <span>{hit.guide.heading ? `${hit.guide.page}: ${hit.guide.heading}` : hit.guide.page}</span>
                  <span className="block text-xs text-slate-700 dark:text-slate-300">{hit.guide.apiName} guide</span>
                </>
              )}
            </li>
          ))}
        </ul>
        {/* A live region without the status role: the page's own result count is the page's status. */}
        <p
          aria-live="polite"
          aria-atomic="true"
          className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-700 empty:hidden dark:border-slate-700 dark:text-slate-300"
        >
          {note}
        </p>
      </div>
    </form>
  );
}
