// The ways a session triage is written out: the CLI's JSON object, an aligned terminal table, and Markdown
// for an incident ticket. Only the summary goes out: no request data, no response bodies.
import { retryLabel } from '@/lib/catalog/present';
import { VERDICT } from '../kinds';
import { stopHeadline } from '../headline';
import type { CodeValue } from '../types';
import type { SessionTriage, TriageGroup } from './types';

export interface BatchSummaryGroup {
  api: string | null;
  code: CodeValue | null;
  http_status: number | null;
  count: number;
  retryable: boolean | null;
  retry_after_seconds: number | null;
  page: string | null;
  trace_ids: string[];
}

export interface BatchSummary {
  kind: 'batch';
  total: number;
  failed: number;
  groups: BatchSummaryGroup[];
}

/** The CLI's object, keys in the documented order. */
export function batchSummary(triage: Pick<SessionTriage, 'total' | 'failed' | 'groups'>): BatchSummary {
  return {
    kind: 'batch',
    total: triage.total,
    failed: triage.failed,
    groups: triage.groups.map((g) => ({
      api: g.api,
      code: g.code,
      http_status: g.httpStatus,
      count: g.count,
      retryable: g.retryable,
      retry_after_seconds: g.retryAfterSeconds,
      page: g.page,
      trace_ids: g.traceIds,
    })),
  };
}

/** "45 s", "2 min 5 s", "3 h": how long to wait, for people. */
export function formatWait(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`;
  return `${Math.round((seconds / 3600) * 10) / 10} h`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A short verdict for a group, in the decoder's words (lib/decode/kinds.ts): the table, the Markdown and the page. */
export function verdictLabel(
  g: Pick<TriageGroup, 'retryable' | 'retryAfterSeconds' | 'verdict' | 'code' | 'title' | 'group' | 'httpStatus'>,
): string {
  if (g.verdict === 'mixed') return 'mixed: open each response';
  if (g.retryable === true) {
    if (g.retryAfterSeconds === 0) return lowerFirst(VERDICT.retryNow);
    return lowerFirst(
      g.retryAfterSeconds !== null ? VERDICT.retryAfter(formatWait(g.retryAfterSeconds)) : VERDICT.backoff,
    );
  }
  // Worded by kind like a single response's headline: a rate limit or a server failure is not "fix the request".
  return lowerFirst(g.retryable === false ? stopHeadline(g) : retryLabel(null));
}

const codeText = (g: Pick<TriageGroup, 'code' | 'group' | 'httpStatus'>) =>
  g.code !== null ? String(g.code) : (g.group ?? (g.httpStatus !== null ? `HTTP ${g.httpStatus}` : '–'));
const apiText = (g: Pick<TriageGroup, 'api' | 'apiName'>) => g.apiName ?? g.api ?? 'not catalogued';
const ids = (list: string[], max: number) =>
  list.length > max ? `${list.slice(0, max).join(', ')} (+${list.length - max})` : list.join(', ');

const skipped = (t: SessionTriage) =>
  t.skippedCount
    ? `; ${t.skippedCount} log line${t.skippedCount === 1 ? '' : 's'} held no JSON record (line ${t.skippedLines.join(', ')}${t.skippedCount > t.skippedLines.length ? ', …' : ''})`
    : '';

// A terminal cell: text from the session (a body's code, a header's id) may hold control characters, which would
// break the alignment or reach the terminal as escape sequences, and may be long enough to wrap every row.
const MAX_CELL = 40;
const terminalCell = (text: string) => {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
  return clean.length > MAX_CELL ? `${clean.slice(0, MAX_CELL - 1)}…` : clean;
};

/** An aligned plain-text table for terminals. */
export function batchTable(triage: SessionTriage): string {
  const head = ['COUNT', 'API', 'CODE', 'STATUS', 'VERDICT', 'PAGE', 'TRACE IDS'];
  const rows = triage.groups.map((g) => [
    String(g.count),
    terminalCell(apiText(g)),
    terminalCell(codeText(g)),
    g.httpStatus === null ? '' : String(g.httpStatus),
    verdictLabel(g),
    g.page ?? '',
    ids(g.traceIds.map(terminalCell), 3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const summary = `${triage.total} response${triage.total === 1 ? '' : 's'}, ${triage.failed} failed in ${triage.groups.length} group${triage.groups.length === 1 ? '' : 's'}${triage.aborted ? `, ${triage.aborted} without a response` : ''}${skipped(triage)}`;
  // A session without failures gets its summary alone, not an empty table under it.
  return rows.length ? [summary, '', line(head), ...rows.map(line)].join('\n') : summary;
}

// Table cells may hold text from the session (trace ids): Markdown syntax in them stays literal text.
const cell = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|]/g, '\\$&');

/** Markdown for an incident ticket: one table row per group, links absolute when `origin` is given. */
export function batchMarkdown(
  triage: Pick<SessionTriage, 'total' | 'failed' | 'groups'>,
  origin = '',
  /** The filters the groups were picked by (`API: Inbox API`), when they are not all of them. */
  filter = '',
): string {
  const groupCount = `${triage.groups.length} group${triage.groups.length === 1 ? '' : 's'}`;
  const shown = triage.groups.reduce((n, g) => n + g.count, 0);
  const lines = [
    filter
      ? `**${shown} of ${triage.failed} failed responses** (${cell(filter)}), out of ${triage.total} responses, in ${groupCount}.`
      : `**${triage.failed} of ${triage.total} responses failed**, in ${groupCount}.`,
    '',
    '| Count | API | Code | HTTP | Verdict | Trace ids |',
    '| ---: | --- | --- | --- | --- | --- |',
  ];
  for (const g of triage.groups) {
    const code = g.page ? `[${cell(codeText(g))}](${origin}${g.page})` : cell(codeText(g));
    lines.push(
      `| ${g.count} | ${cell(apiText(g))} | ${code} | ${g.httpStatus ?? ''} | ${cell(verdictLabel(g))} | ${cell(ids(g.traceIds, 5))} |`,
    );
  }
  return lines.join('\n');
}
