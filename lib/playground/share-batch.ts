// Share links for a session's summary: only the groups (API, code, status, count, verdict, wait, page, a few
// trace ids), compressed into the fragment as `#b=…`. No request, response body or URL of the session goes in.
import { decodeShare, encodeShare } from './share';
import type { BatchSummary, BatchSummaryGroup } from '@/lib/decode/batch/report';
import type { CodeValue } from '@/lib/decode/types';

/** Trace ids per group in a link: enough to quote to support, short enough for a URL. */
export const SHARED_TRACE_IDS = 5;
const MAX_GROUPS = 100;
const MAX_TEXT = 200;

/** `#b=<data>` for a summary. */
export function encodeBatchShare(summary: BatchSummary): string {
  const slim: BatchSummary = {
    ...summary,
    groups: summary.groups
      .slice(0, MAX_GROUPS)
      .map((g) => ({ ...g, trace_ids: g.trace_ids.slice(0, SHARED_TRACE_IDS) })),
  };
  // The same compression as a paste link, under its own key so the two can never be mistaken for each other.
  return `#b=${encodeShare(JSON.stringify(slim)).slice('#i='.length)}`;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;
const orNull = <T>(v: unknown, ok: (x: unknown) => x is T): v is T | null => v === null || ok(v);
const codeValue = (v: unknown): v is CodeValue => text(v) || (typeof v === 'number' && Number.isFinite(v));
// Pages are links on our own site: a path, never another origin or a javascript: URL.
const page = (v: unknown): v is string =>
  text(v) && /^\/[a-z0-9-]+\/errors\/(?:[A-Za-z0-9_.%-]+\/)?(?:#[a-z0-9-]+)?$/.test(v);

function group(v: unknown): BatchSummaryGroup | null {
  if (typeof v !== 'object' || v === null) return null;
  const g = v as Record<string, unknown>;
  if (!orNull(g.api, text) || !orNull(g.code, codeValue) || !orNull(g.http_status, count) || !count(g.count))
    return null;
  if (
    !(g.retryable === null || typeof g.retryable === 'boolean') ||
    !orNull(g.retry_after_seconds, count) ||
    !orNull(g.page, page)
  )
    return null;
  if (!Array.isArray(g.trace_ids) || g.trace_ids.length > SHARED_TRACE_IDS || !g.trace_ids.every(text)) return null;
  return {
    api: g.api,
    code: g.code,
    http_status: g.http_status,
    count: g.count,
    retryable: g.retryable,
    retry_after_seconds: g.retry_after_seconds,
    page: g.page,
    trace_ids: g.trace_ids as string[],
  };
}

/** The summary in a `#b=…` fragment, checked field by field; null for anything else. */
export function decodeBatchShare(fragment: string): BatchSummary | null {
  if (typeof fragment !== 'string') return null;
  const hash = fragment.includes('#') ? fragment.slice(fragment.indexOf('#') + 1) : fragment;
  const param = hash.split('&').find((p) => p.startsWith('b='));
  if (!param) return null;
  const raw = decodeShare(`i=${param.slice(2)}`, { maxBytes: 1024 * 1024 });
  if (raw === null) return null;
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    if (
      data.kind !== 'batch' ||
      !count(data.total) ||
      !count(data.failed) ||
      !Array.isArray(data.groups) ||
      data.groups.length > MAX_GROUPS
    )
      return null;
    const groups = data.groups.map(group);
    if (groups.some((g) => g === null)) return null;
    return { kind: 'batch', total: data.total, failed: data.failed, groups: groups as BatchSummaryGroup[] };
  } catch {
    return null;
  }
}
