'use client';
// A triaged session in the playground: summary line, filters by API and verdict, the groups table, copy buttons,
// and one response opened in the single-response view.
import { withBase } from '@/lib/site';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { batchMarkdown, batchSummary } from '@/lib/decode/batch/report';
import type { TriageGroup, TriageRow, Verdict } from '@/lib/decode/batch/types';
import type { DecodeResult } from '@/lib/decode/types';
import { encodeBatchShare } from '@/lib/playground/share-batch';
import { decodeInBackground } from './decode-client';
import { ResultPanel } from './result-panel';
import type { SessionState } from './session-client';
import { SessionTable } from './session-table';

const SOURCE = { har: 'HAR file', ndjson: 'JSON-lines log', curl: 'run of curl outputs' } as const;
const VERDICTS: [Verdict | '', string][] = [
  ['', 'Any verdict'],
  ['retry', 'Retry'],
  ['do-not-retry', 'Do not retry'],
  ['unknown', 'Not documented'],
  ['mixed', 'Mixed'],
];
const apiKey = (g: TriageGroup) => g.api ?? '';
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** A whole session, triaged: a summary, filters, the groups table, copy buttons, and one response opened on its own. */
export function SessionView({ session, shared = false }: { session: SessionState; shared?: boolean }) {
  const [api, setApi] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [opened, setOpened] = useState<{ row: TriageRow; group: TriageGroup; result: DecodeResult | null } | null>(
    null,
  );
  const openedRef = useRef<HTMLElement>(null);
  // A new session starts unfiltered, with nothing opened.
  useEffect(() => {
    setApi('');
    setVerdict('');
    setOpened(null);
  }, [session]);
  const groups = useMemo(() => (session.kind === 'batch' ? session.groups : []), [session]);
  const apis = useMemo(
    () => [...new Map(groups.map((g) => [apiKey(g), g.apiName ?? g.api ?? 'Not catalogued'])).entries()],
    [groups],
  );
  const shown = groups.filter(
    (g) => (api === '' || apiKey(g) === (api === '-' ? '' : api)) && (verdict === '' || g.verdict === verdict),
  );

  if (session.kind === 'session-error') {
    return (
      <div
        role="status"
        className="mt-2 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
      >
        <p className="font-semibold">This session cannot be read</p>
        <p className="mt-1">{session.reason}</p>
      </div>
    );
  }

  const open = (row: TriageRow, group: TriageGroup) => {
    setOpened({ row, group, result: null });
    decodeInBackground(row.text).then((result) => {
      setOpened((now) => (now?.row === row ? { row, group, result } : now));
      openedRef.current?.focus();
    });
  };
  const filtered = { total: session.total, failed: session.failed, groups: shown };
  // The Markdown says which filters picked its groups, so its counts read right in a ticket.
  const filterNote = [
    api !== '' ? `API: ${apis.find(([key]) => (key || '-') === api)?.[1] ?? api}` : '',
    verdict !== '' ? `verdict: ${VERDICTS.find(([value]) => value === verdict)?.[1]}` : '',
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <div className="mt-2 space-y-3" data-testid="session">
      <p role="status">
        {shared ? 'Shared summary of a session: ' : `A ${SOURCE[session.source]}: `}
        <strong>
          {plural(session.failed, 'failed response')} of {session.total.toLocaleString('en-US')}
        </strong>
        , in {plural(groups.length, 'group')}.
        {session.aborted ? ` ${plural(session.aborted, 'request')} got no response.` : ''}
        {session.skippedCount
          ? ` ${plural(session.skippedCount, 'log line')} held no JSON record (line ${session.skippedLines.join(', ')}${session.skippedCount > session.skippedLines.length ? ', …' : ''}).`
          : ''}
      </p>
      {groups.length > 0 ? (
        <>
          <div className="flex flex-wrap gap-3 text-sm">
            <label className="flex items-center gap-1">
              API
              <select
                value={api}
                onChange={(e) => setApi(e.target.value)}
                className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
              >
                <option value="">All APIs</option>
                {apis.map(([key, name]) => (
                  <option key={key || '-'} value={key || '-'}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center gap-1">
              Verdict
              <select
                value={verdict}
                onChange={(e) => setVerdict(e.target.value as Verdict | '')}
                className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
              >
                {VERDICTS.map(([value, label]) => (
                  <option key={value || 'any'} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {shown.length ? (
            <SessionTable groups={shown} onOpen={open} />
          ) : (
            <p className="text-sm">No group matches these filters.</p>
          )}
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <span>
              <CopyButton
                text={() => batchMarkdown(filtered, window.location.origin + withBase(''), filterNote)}
                label="Copy as Markdown"
              />
            </span>
            <span>
              <CopyButton
                text={() =>
                  `${window.location.origin}${withBase('/playground/')}${encodeBatchShare(batchSummary(session))}`
                }
                label="Copy summary link"
              />
            </span>
          </div>
          <p className="text-xs text-slate-700 dark:text-slate-300">
            The Markdown holds the groups shown above. The summary link holds only the groups, counts and up to five
            trace ids each: no URLs, headers or bodies from the session.
          </p>
        </>
      ) : null}
      {opened ? (
        <section
          ref={openedRef}
          tabIndex={-1}
          aria-labelledby="opened-heading"
          className="rounded border border-slate-300 p-3 dark:border-slate-700"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id="opened-heading" className="font-semibold">
              Response #{opened.row.index}
              {opened.row.method || opened.row.path
                ? `: ${[opened.row.method, opened.row.path].filter(Boolean).join(' ')}`
                : ''}
            </h3>
            <button
              type="button"
              onClick={() => setOpened(null)}
              className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Close
            </button>
          </div>
          {opened.result ? <ResultPanel result={opened.result} /> : <p className="mt-2 text-sm">Decoding…</p>}
        </section>
      ) : null}
    </div>
  );
}
