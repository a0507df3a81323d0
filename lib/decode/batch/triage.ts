// Session triage: recognises a HAR file, a JSON-lines log or a run of curl outputs, decodes every failed
// response exactly as the single-response decoder would on its own, and groups them by API and code.
import { decodeResponse } from '../index';
import { statusName } from '../status-text';
import type { DecodeOptions, DecoderTable } from '../types';
import { MAX_BATCH_CHARS } from '../limits';
import { splitCurl } from './curl';
import { readHar } from './har';
import { looksLikeJsonLines, readJsonArrayLog, readJsonLines } from './ndjson';
import { readJsonStream } from './json-stream';
import { harLike, hasTwoStatusLines, looksLikeJsonStream } from './sniff';
import type { Session, SessionError, SessionResponse, SessionTriage, TriageGroup, TriageRow, Verdict } from './types';

export type * from './types';

/** A group lists at most this many responses; its count and trace ids stay complete. */
export const MAX_ROWS_PER_GROUP = 200;
/** Success bodies larger than this are not read: no error body is that big. */
const MAX_SUCCESS_BODY = 1024 * 1024;
// Response headers left out of the text of a single response: cookies are credentials, not clues.
const DROPPED_HEADERS = new Set(['set-cookie', 'set-cookie2', 'cookie', 'authorization', 'proxy-authorization']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The session held in a text, a located error for a session that cannot be read, or null for a single response. */
export function readSession(text: string): Session | SessionError | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (harLike(trimmed)) {
    const har = readHar(trimmed);
    if (har) return har;
  }
  if (looksLikeJsonLines(trimmed)) return readJsonLines(body);
  const arrayLog = readJsonArrayLog(trimmed);
  if (arrayLog) return arrayLog;
  if (looksLikeJsonStream(trimmed)) {
    const stream = readJsonStream(body);
    if (stream) return stream;
  }
  if (hasTwoStatusLines(body)) {
    const responses = splitCurl(body);
    if (responses.length >= 2) return { kind: 'curl', responses, skippedLines: [], skippedCount: 0 };
  }
  return null;
}

/** The response on its own, as `curl -i` would print it: status line, response headers, body. */
export function responseText(r: SessionResponse): string {
  const lines: string[] = [];
  if (r.status !== null && r.status > 0) {
    const phrase = r.reasonPhrase ?? statusName(r.status);
    lines.push(`HTTP/1.1 ${r.status}${phrase ? ` ${phrase}` : ''}`);
    for (const [name, value] of r.headers) {
      if (!HEADER_NAME.test(name) || DROPPED_HEADERS.has(name.toLowerCase())) continue;
      lines.push(`${name}: ${value.replace(/[\r\n]+/g, ' ')}`);
    }
    lines.push('');
  }
  return lines.length ? `${lines.join('\r\n')}\r\n${r.body}` : r.body;
}

/** Whether a response's body is worth decoding when its status alone does not say it failed. */
function mayReportFailure(r: SessionResponse): boolean {
  if (r.binary || r.body.length > MAX_SUCCESS_BODY) return false;
  const t = r.body.trimStart();
  return t.startsWith('{') || t.startsWith('[') || (r.status === null && t.includes('{'));
}

const verdictOf = (retryable: boolean | null): Verdict =>
  retryable === true ? 'retry' : retryable === false ? 'do-not-retry' : 'unknown';

interface Building extends TriageGroup {
  statusCounts: Map<number, number>;
  retrySeen: Set<string>;
  traceSeen: Set<string>;
}

/** Triage of the session in `text`; null when the text is a single response (decode it alone). */
export function triageSession(
  text: string,
  table: DecoderTable,
  options: DecodeOptions = {},
): SessionTriage | SessionError | null {
  if (text.length > MAX_BATCH_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return {
      kind: 'session-error',
      source: 'har',
      reason: `The file is ${mb} MB; the session reader takes at most ${MAX_BATCH_CHARS / (1024 * 1024)} MB. Export a shorter recording.`,
    };
  }
  const session = readSession(text);
  if (session === null || session.kind === 'session-error') return session;

  const groups = new Map<string, Building>();
  let failed = 0;
  let aborted = 0;
  for (const r of session.responses) {
    if (r.status === 0) {
      aborted++;
      continue;
    }
    const statusFailed = r.status !== null && r.status >= 400;
    if (!statusFailed && !mayReportFailure(r)) continue;
    let single = responseText(r);
    let result = decodeResponse(single, table, options);
    // A record's other objects are tried only when it failed or does not say: a success record's nested objects
    // (its request context, its user) are no error body, and decoding each would multiply the cost of a big log.
    const alternatives = (r.status === null || statusFailed) && r.alternatives ? r.alternatives() : [];
    for (const alternative of alternatives) {
      if (result.ok && result.api !== null) break;
      const text = responseText({ ...r, body: alternative });
      const next = decodeResponse(text, table, options);
      if (next.ok && next.api !== null) [single, result] = [text, next];
    }
    if (!result.ok && !statusFailed) continue;
    failed++;
    const decoded = result.ok ? result : null;
    const api = decoded?.api ?? null;
    const code = decoded?.code ?? null;
    const httpStatus = decoded?.httpStatus ?? r.status;
    const key = `${api ?? 'unknown'}|${code !== null ? `c:${code}` : decoded?.group ? `g:${decoded.group}` : `s:${httpStatus ?? '?'}`}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        api,
        apiName: decoded?.apiName ?? null,
        code,
        group: decoded?.group ?? null,
        title: decoded?.title ?? decoded?.groupTitle ?? (httpStatus !== null ? statusName(httpStatus) : null) ?? null,
        httpStatus,
        count: 0,
        retryable: decoded?.retryable ?? null,
        verdict: 'unknown',
        retryAfterSeconds: null,
        page: decoded?.page ?? null,
        traceIds: [],
        rows: [],
        statusCounts: new Map(),
        retrySeen: new Set(),
        traceSeen: new Set(),
      };
      groups.set(key, g);
    }
    g.count++;
    if (httpStatus !== null) g.statusCounts.set(httpStatus, (g.statusCounts.get(httpStatus) ?? 0) + 1);
    g.retrySeen.add(String(decoded?.retryable ?? null));
    const wait = decoded?.retryAfterSeconds ?? null;
    if (wait !== null && (g.retryAfterSeconds === null || wait > g.retryAfterSeconds)) g.retryAfterSeconds = wait;
    g.page ??= decoded?.page ?? null;
    const traceId = decoded?.traceId ?? null;
    if (traceId !== null && !g.traceSeen.has(traceId)) {
      g.traceSeen.add(traceId);
      g.traceIds.push(traceId);
    }
    if (g.rows.length < MAX_ROWS_PER_GROUP) {
      const row: TriageRow = {
        index: r.index,
        method: r.method,
        path: r.path,
        time: r.time,
        status: httpStatus,
        traceId,
        text: single,
      };
      g.rows.push(row);
    }
  }

  const ordered = [...groups.values()].sort((a, b) => b.count - a.count);
  return {
    kind: 'batch',
    source: session.kind,
    total: session.responses.length,
    failed,
    aborted,
    skippedLines: session.skippedLines,
    skippedCount: session.skippedCount,
    groups: ordered.map(({ statusCounts, retrySeen, traceSeen: _traceSeen, ...g }) => {
      const retryable = retrySeen.size === 1 ? g.retryable : null;
      let httpStatus = g.httpStatus;
      let most = 0;
      for (const [status, n] of statusCounts) if (n > most) [httpStatus, most] = [status, n];
      return { ...g, httpStatus, retryable, verdict: retrySeen.size > 1 ? ('mixed' as const) : verdictOf(retryable) };
    }),
  };
}
