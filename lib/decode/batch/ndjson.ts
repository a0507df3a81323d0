// Reads JSON-lines logs: each line an error body, or a log record holding one (`body`, `response.body`…)
// with the status, response headers, method, URL and time when the record has them.
import { isRecord } from '../body-path';
import { headerList, statusOf, timeOf, urlPath } from './fields';
import type { Session, SessionResponse } from './types';

const KEEP_SKIPPED = 5;

/** Each line of the text with its 1-based number, without splitting the whole text up front. */
function* eachLine(text: string): Generator<{ number: number; line: string }> {
  let start = 0;
  for (let number = 1; start < text.length; number++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    yield { number, line: text.slice(start, end) };
    start = end + 1;
  }
}

// A log line may start with a timestamp and a level before its JSON (`2026-01-25T10:30:01Z ERROR {…}`).
const MAX_PREFIX = 200;
const PREFIX_TIME = /^\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)/;

function parseRecord(line: string): Record<string, unknown> | null {
  const at = line.indexOf('{');
  if (at === -1 || at > MAX_PREFIX) return null;
  try {
    const value = JSON.parse(line.slice(at)) as unknown;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** True when the text opens with two lines that each hold a JSON object on their own (after an optional log prefix). */
export function looksLikeJsonLines(text: string): boolean {
  let seen = 0;
  for (const { line } of eachLine(text.slice(0, 1 << 20))) {
    const t = line.trim();
    if (t === '') continue;
    if (parseRecord(t) === null) return false;
    if (++seen === 2) return true;
  }
  return false;
}

const first = (...values: unknown[]) => values.find((v) => v !== undefined && v !== null);

/** The record's own idea of the response: status, headers, body, request line and time, where present. */
function recordResponse(record: Record<string, unknown>, raw: string, index: number): SessionResponse {
  const response = isRecord(record.response) ? record.response : {};
  const request = isRecord(record.request) ? record.request : {};
  const status = statusOf(
    first(
      record.status,
      record.status_code,
      record.statusCode,
      record.http_status,
      record.httpStatus,
      response.status,
      response.status_code,
      response.statusCode,
    ),
  );
  const bodyValue = first(
    record.body,
    record.response_body,
    record.responseBody,
    response.body,
    typeof record.response === 'string' ? record.response : undefined,
  );
  // A record with no body field is itself the body (a logged error response, or a log line around one); its
  // object members are tried next, for records that keep the error body under a key of their own (`error`, `err`…).
  const body = bodyValue === undefined ? raw : typeof bodyValue === 'string' ? bodyValue : JSON.stringify(bodyValue);
  const alternatives =
    bodyValue === undefined
      ? Object.keys(record)
          .filter((k) => isRecord(record[k]) && k !== 'request' && k !== 'headers')
          .map((k) => JSON.stringify(record[k]))
      : [];
  const prefixTime = PREFIX_TIME.exec(raw.slice(0, raw.indexOf('{')));
  const headers = headerList(first(record.headers, record.response_headers, record.responseHeaders, response.headers));
  const method = first(record.method, request.method);
  return {
    index,
    method: typeof method === 'string' ? method.slice(0, 16) : null,
    path: urlPath(first(record.path, record.url, record.uri, request.path, request.url)),
    time: timeOf(first(record.time, record.timestamp, record.ts, record['@timestamp'], record.date, prefixTime?.[1])),
    status,
    reasonPhrase: null,
    headers,
    body,
    alternatives,
    binary: false,
  };
}

export function readJsonLines(text: string): Session {
  const responses: SessionResponse[] = [];
  const skippedLines: number[] = [];
  let skippedCount = 0;
  for (const { number, line } of eachLine(text)) {
    const raw = line.trim();
    if (raw === '') continue;
    const record = parseRecord(raw);
    if (!record) {
      skippedCount++;
      if (skippedLines.length < KEEP_SKIPPED) skippedLines.push(number);
      continue;
    }
    responses.push(recordResponse(record, raw, number));
  }
  return { kind: 'ndjson', responses, skippedLines, skippedCount };
}
