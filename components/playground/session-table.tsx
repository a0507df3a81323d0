'use client';
// The groups table of a triaged session: one row per API and code, each expanding to its responses.
import { withBase } from '@/lib/site';
import { useState } from 'react';
import type { TriageGroup, TriageRow } from '@/lib/decode/batch/types';
import { formatWait, verdictLabel } from '@/lib/decode/batch/report';

const TONE = {
  retry: 'text-emerald-900 dark:text-emerald-200',
  'do-not-retry': 'text-rose-900 dark:text-rose-200',
  unknown: 'text-slate-800 dark:text-slate-200',
  mixed: 'text-slate-800 dark:text-slate-200',
} as const;

const codeText = (g: TriageGroup) =>
  g.code !== null ? String(g.code) : (g.group ?? (g.httpStatus !== null ? `HTTP ${g.httpStatus}` : 'Unknown'));

/** One row per group of failures; each expands to its responses. Everything from the session renders as text. */
export function SessionTable({
  groups,
  onOpen,
}: {
  groups: TriageGroup[];
  onOpen: (row: TriageRow, group: TriageGroup) => void;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    // `relative`: the screen-reader-only labels inside are positioned absolutely, and without a positioned
    // ancestor here they escape this scroller and widen the page. Below the sm breakpoint each group is a stacked
    // card (six columns do not fit 390 px), each cell with a visible label; screen readers keep the table headers.
    <div className="relative mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm max-sm:block" data-testid="session-groups">
        <caption className="sr-only">Failed responses grouped by API and code, most frequent first</caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b border-slate-400 dark:border-slate-600">
            <th scope="col" className="py-1 pr-3">
              Code
            </th>
            <th scope="col" className="py-1 pr-3">
              API
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Count
            </th>
            <th scope="col" className="py-1 pr-3">
              Verdict
            </th>
            <th scope="col" className="py-1 pr-3">
              Wait
            </th>
            <th scope="col" className="py-1">
              Responses
            </th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {groups.map((g, i) => {
            const expanded = open.has(g.key);
            const listId = `session-group-${i}`;
            return [
              <tr
                key={g.key}
                className="border-b border-slate-200 align-top max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-4 max-sm:py-2 dark:border-slate-800"
              >
                <th scope="row" className="py-1.5 pr-3 font-mono font-semibold max-sm:w-full max-sm:py-0">
                  {g.page ? (
                    <a
                      href={withBase(g.page)}
                      className="text-blue-800 underline [overflow-wrap:anywhere] dark:text-blue-300"
                    >
                      {codeText(g)}
                    </a>
                  ) : (
                    codeText(g)
                  )}
                  {g.title ? (
                    <span className="block font-sans text-xs font-normal text-slate-700 dark:text-slate-300">
                      {g.title}
                    </span>
                  ) : null}
                </th>
                <td className="py-1.5 pr-3 max-sm:py-0.5 max-sm:pr-0">
                  <CardLabel text="API" />
                  {g.apiName ?? g.api ?? 'Not catalogued'}
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums max-sm:py-0.5 max-sm:pr-0">
                  <CardLabel text="Count" />
                  {g.count}
                </td>
                <td className={`py-1.5 pr-3 max-sm:py-0.5 max-sm:pr-0 ${TONE[g.verdict]}`}>
                  <CardLabel text="Verdict" />
                  {verdictLabel(g)}
                </td>
                <td className="py-1.5 pr-3 tabular-nums max-sm:py-0.5 max-sm:pr-0">
                  <CardLabel text="Wait" />
                  {formatWait(g.retryAfterSeconds) || '–'}
                </td>
                <td className="py-1.5 max-sm:py-0.5">
                  {g.rows.length > 0 ? (
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={listId}
                      onClick={() => toggle(g.key)}
                      className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                    >
                      {expanded ? 'Hide' : 'Show'} {g.count === 1 ? 'it' : `${g.count}`}
                      <span className="sr-only"> {codeText(g)} responses</span>
                    </button>
                  ) : (
                    <span className="text-xs text-slate-700 dark:text-slate-300">not included</span>
                  )}
                </td>
              </tr>,
              expanded ? (
                <tr key={`${g.key}-rows`} id={listId} className="max-sm:block">
                  <td colSpan={6} className="pb-3 pl-3 max-sm:block max-sm:pl-0">
                    <ResponseList group={g} onOpen={onOpen} />
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A cell's column name, shown only in the stacked phone layout; screen readers get the table header instead. */
function CardLabel({ text }: { text: string }) {
  return (
    <span aria-hidden="true" className="mr-1 text-xs text-slate-700 sm:hidden dark:text-slate-300">
      {text}
    </span>
  );
}

function ResponseList({ group, onOpen }: { group: TriageGroup; onOpen: (row: TriageRow, group: TriageGroup) => void }) {
  return (
    <>
      <ul className="mt-1 space-y-1">
        {group.rows.map((row) => (
          <li key={row.index} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 font-mono text-xs">
            <span>#{row.index}</span>
            <span>{row.method ?? '–'}</span>
            <span className="break-all">{row.path ?? '(no URL)'}</span>
            {row.time ? (
              <span className="text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">{row.time}</span>
            ) : null}
            {row.traceId ? <span className="[overflow-wrap:anywhere]">trace {row.traceId}</span> : null}
            <button
              type="button"
              onClick={() => onOpen(row, group)}
              className="rounded border border-slate-400 px-1.5 font-sans hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Open<span className="sr-only"> response #{row.index}</span>
            </button>
          </li>
        ))}
      </ul>
      {group.count > group.rows.length ? (
        <p className="mt-1 text-xs">
          The first {group.rows.length} of {group.count} are listed.
        </p>
      ) : null}
    </>
  );
}
