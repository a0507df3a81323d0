'use client';
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { FullProgram, type FullRef } from './full-program';

/** One language: the short handler (highlighted at build time) and the full program (plain text, behind a disclosure). */
type Panel = { id: string; label: string; html: string; full: FullRef };

const STORAGE_KEY = 'codebook:snippet-language';

/**
 * The full program is a click away (components/snippets/full-program.tsx), fetched when opened: React ships everything
 * it renders twice (in the HTML and in the page's hydration payload), which kept a code page over its 120 KB budget.
 *
 * Language tabs following the WAI-ARIA tabs pattern. Before hydration the first panel shows, under its label, and
 * the others wait hidden (less for a phone to lay out); with JavaScript off, globals.css shows every panel one after
 * another (`@media (scripting: none)`). After hydration one panel shows and the choice is remembered across pages.
 */
export function LanguageTabs({ panels, idPrefix }: { panels: Panel[]; idPrefix: string }) {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    setActive(panels.some((p) => p.id === saved) ? saved : (panels[0]?.id ?? null));
  }, [panels]);

  const choose = (id: string, focus = false) => {
    setActive(id);
    window.localStorage.setItem(STORAGE_KEY, id);
    if (focus) document.getElementById(`${idPrefix}-tab-${id}`)?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const last = panels.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (target < 0) return;
    event.preventDefault();
    choose(panels[target].id, true);
  };

  return (
    <div className="not-prose my-6" data-snippets="">
      {active ? (
        <div
          role="tablist"
          aria-label="Snippet language"
          className="flex gap-1 border-b border-slate-300 dark:border-slate-700"
        >
          {panels.map((p, i) => (
            <button
              key={p.id}
              id={`${idPrefix}-tab-${p.id}`}
              role="tab"
              type="button"
              aria-selected={active === p.id}
              aria-controls={`${idPrefix}-panel-${p.id}`}
              tabIndex={active === p.id ? 0 : -1}
              onClick={() => choose(p.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={`-mb-px rounded-t border px-3 py-1.5 text-sm ${active === p.id ? 'border-slate-300 border-b-white bg-white font-semibold dark:border-slate-700 dark:border-b-slate-950 dark:bg-slate-950' : 'border-transparent text-slate-700 dark:text-slate-300'}`}
            >
              {p.label}
            </button>
          ))}
        </div>
      ) : null}
      {panels.map((p, i) => (
        <div
          key={p.id}
          id={`${idPrefix}-panel-${p.id}`}
          role={active ? 'tabpanel' : undefined}
          aria-labelledby={active ? `${idPrefix}-tab-${p.id}` : undefined}
          hidden={active === null ? i > 0 : active !== p.id}
          data-snippet-panel=""
          className="mt-2"
        >
          <div className="mb-1 flex items-center gap-2 text-xs">
            {active ? null : <span className="font-semibold">{p.label}</span>}
            <span className="text-slate-700 dark:text-slate-300">Handler for this code</span>
            <span className="ml-auto flex items-center">
              <CopyButton
                text={() => document.getElementById(`${idPrefix}-code-${p.id}`)?.textContent ?? ''}
                label={`Copy ${p.label}`}
              />
            </span>
          </div>
          {/* Copy reads the shown text back: the source is not shipped a second time in the hydration payload. */}
          <div id={`${idPrefix}-code-${p.id}`} data-short-handler="" dangerouslySetInnerHTML={{ __html: p.html }} />
          <FullProgram full={p.full} label={p.label} />
        </div>
      ))}
    </div>
  );
}
