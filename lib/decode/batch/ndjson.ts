// Reads JSON-lines logs (pino, bunyan, winston, zap, Lambda, Cloud Logging, Datadog, nginx JSON access logs…):
// each line an error body, or a log record holding one at any depth (`body`, `res`, `err.body`, `jsonPayload`,
// a JSON string under `@message`), with the status, response headers, method, URL and time when it has them.
// The request side of a record (`req`, `config`, request headers, cookies, query strings) never reaches a row.
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

// A log line may start with a timestamp, a level or a request id before its JSON
// (`2026-01-25T10:30:01Z ERROR {…}`, Lambda's tab-separated `time\tid\tERROR\t{…}`). A prefix holding a quote is
// a member of a pretty-printed JSON document (`"error": {…}`), not a log prefix.
const MAX_PREFIX = 200;
const PREFIX_TIME = /^\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)/;
const STATUS_LINE = /^(?:< ?)?HTTP\/\d(?:\.\d)?[ \t]+\d{3}/;

function parseRecord(line: string): Record<string, unknown> | null {
  const at = line.indexOf('{');
  if (at === -1 || at > MAX_PREFIX || line.lastIndexOf('"', at) !== -1) return null;
  try {
    const value = JSON.parse(line.slice(at)) as unknown;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

// How far into a text the log sniffing looks: enough lines to get past a Lambda START line or a banner.
const SNIFF_LINES = 40;

/**
 * True when the opening lines hold at least two JSON records (after an optional log prefix) and at least as many
 * records as other lines. Lines that are not JSON (a Lambda START/END line, a plain message) are allowed, but a
 * status line means curl output, whose bodies may be JSON lines too.
 */
export function looksLikeJsonLines(text: string): boolean {
  let records = 0;
  let others = 0;
  for (const { line } of eachLine(text.slice(0, 1 << 20))) {
    const t = line.trim();
    if (t === '') continue;
    if (STATUS_LINE.test(t)) return false;
    if (parseRecord(t) === null) others++;
    else records++;
    if (records >= 2 && records >= others) return true;
    if (records + others >= SNIFF_LINES) return false;
  }
  return false;
}

// Keys that hold the request side of a record, or a credential: never read into a response, never shown.
const REQUEST_SIDE =
  /^(?:req|request|config|(?:http_)?request_headers|req_headers|(?:request|req)_body|post_?data|(?:http_|proxy_)?authorization|(?:http_)?cookies?|set_cookie2?|query(?:_?string)?|params|x_api_key|api_?key|password|passwd|secret|client_secret|(?:access_|refresh_|id_)?token)$/i;
const isRequestSide = (key: string) => REQUEST_SIDE.test(key.replace(/-/g, '_'));

// Flat dotted names are OpenTelemetry's and Elastic ECS's attribute spellings.
const STATUS_KEYS = [
  'status',
  'status_code',
  'statusCode',
  'http_status',
  'httpStatus',
  'response_status',
  'http.status_code',
  'http.response.status_code',
];
const HEADER_KEYS = [
  'headers',
  'response_headers',
  'responseHeaders',
  'res_headers',
  'resHeaders',
  'http.response.headers',
];
const BODY_KEYS = [
  'body',
  'response_body',
  'responseBody',
  'res_body',
  'resBody',
  'response.body',
  'http.response.body.content',
];
// Containers whose `data` member is the response body (axios errors log `response.data`).
const RESPONSE_KEYS = new Set(['response', 'res']);
// JSON held in a string (CloudWatch's `@message`, a body logged as text) is read when it is at most this long.
const MAX_NESTED_JSON = 1024 * 1024;
const MAX_DEPTH = 4;
const MAX_NODES = 64;
const MAX_ALTERNATIVES = 8;

interface Node {
  key: string;
  parent: string;
  value: Record<string, unknown>;
}

function parseObject(text: string): Record<string, unknown> | null {
  const t = text.trimStart();
  if (!t.startsWith('{') || t.length > MAX_NESTED_JSON) return null;
  try {
    const value = JSON.parse(t) as unknown;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** The record's objects, shallowest first, with JSON strings parsed; the request side is not entered. */
function objectNodes(record: Record<string, unknown>): Node[] {
  const nodes: Node[] = [{ key: '', parent: '', value: record }];
  let level = [nodes[0]];
  for (let depth = 0; depth < MAX_DEPTH && level.length && nodes.length < MAX_NODES; depth++) {
    const next: Node[] = [];
    for (const node of level) {
      for (const key of Object.keys(node.value)) {
        if (isRequestSide(key) || HEADER_KEYS.includes(key) || nodes.length >= MAX_NODES) continue;
        const member = node.value[key];
        // A body held as a string is decoded as it is; parsing it here too would double the cost of a big log.
        const value = isRecord(member)
          ? member
          : typeof member === 'string' && !BODY_KEYS.includes(key)
            ? parseObject(member)
            : null;
        if (!value) continue;
        const child = { key, parent: node.key, value };
        nodes.push(child);
        next.push(child);
      }
    }
    level = next;
  }
  return nodes;
}

// URLs inside a kept value lose their query and fragment, which often carry tokens (`?api_key=…`): each word
// holding a `/` before its first `?` or `#` is cut there. One pass over each word, so linear on any string.
const cutQueries = (text: string) =>
  text.replace(/[^\s"'<>]+/g, (word) => {
    const cut = word.search(/[?#]/);
    return cut > 0 && word.lastIndexOf('/', cut) !== -1 ? word.slice(0, cut) : word;
  });

/** A copy of the record without its request side and credentials, URLs without their queries. */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('?') || value.includes('#') ? cutQueries(value) : value;
  if (depth > 32 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!isRequestSide(key)) out[key] = scrub((value as Record<string, unknown>)[key], depth + 1);
  }
  return out;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(scrub(value)));

/** The first value found under one of `keys` in the nodes, shallowest first. */
function findMember(nodes: Node[], keys: string[], accept: (value: unknown, node: Node) => boolean) {
  for (const node of nodes)
    for (const key of keys) {
      if (Object.hasOwn(node.value, key) && accept(node.value[key], node)) return { node, value: node.value[key] };
    }
  return null;
}

/** The method and URL path of the request, read (never shown) from the record's request side. */
function requestLine(record: Record<string, unknown>): { method: unknown; url: unknown } {
  const sources = [record];
  for (const key of ['req', 'request', 'config', 'httpRequest', 'http']) {
    const v = record[key];
    if (isRecord(v)) sources.push(v);
  }
  if (isRecord(record.attributes) && isRecord(record.attributes.http)) sources.push(record.attributes.http);
  let method: unknown;
  let url: unknown;
  for (const s of sources) {
    method ??= [s.method, s.requestMethod, s.http_method, s['http.request.method'], s['http.method']].find(
      (v) => typeof v === 'string',
    );
    url ??= [s.path, s.url, s.uri, s.requestUrl, s.http_url, s['url.path'], s['url.full'], s['http.url']].find(
      (v) => typeof v === 'string',
    );
  }
  // nginx's JSON access log keeps the whole request line: `POST /v1/messages?key=… HTTP/1.1`.
  const line = typeof record.request === 'string' ? /^([A-Z]{3,10}) (\S+)/.exec(record.request) : null;
  if (line) [method, url] = [method ?? line[1], url ?? line[2]];
  return { method, url };
}

/** The record's own idea of the response: status, headers, body, request line and time, where present. */
function recordResponse(record: Record<string, unknown>, raw: string, index: number): SessionResponse {
  const nodes = objectNodes(record);
  const status = findMember(nodes, STATUS_KEYS, (v) => {
    const s = statusOf(v);
    return s !== null && s !== 0;
  });
  const headers = findMember(nodes, HEADER_KEYS, (v) => isRecord(v) || Array.isArray(v));
  const body =
    findMember(nodes, BODY_KEYS, (v) => typeof v === 'string' || isRecord(v)) ??
    findMember(nodes, ['data'], (v, node) => RESPONSE_KEYS.has(node.key) && (typeof v === 'string' || isRecord(v))) ??
    findMember(nodes, ['response'], (v) => typeof v === 'string');
  // A record with no body member is itself the body (a logged error response, or a log line around one); the
  // objects inside it are tried next, for records that keep the error body under a key of their own (`err`…).
  const bodyNode = body && isRecord(body.value) ? body.value : null;
  const alternatives = () => {
    const texts = nodes
      .filter((n) => n.value !== record && n.value !== bodyNode)
      .slice(0, MAX_ALTERNATIVES)
      .map((n) => textOf(n.value));
    if (body) texts.push(textOf(record));
    return texts;
  };
  const prefixTime = PREFIX_TIME.exec(raw.slice(0, raw.indexOf('{')));
  const { method, url } = requestLine(record);
  return {
    index,
    method: typeof method === 'string' ? method.slice(0, 16).toUpperCase() : null,
    path: urlPath(url),
    time: timeOf(
      [record.time, record.timestamp, record.ts, record['@timestamp'], record.date, record.time_local].find(
        (v) => v !== undefined && v !== null,
      ) ?? prefixTime?.[1],
    ),
    status: status ? statusOf(status.value) : null,
    reasonPhrase: null,
    headers: headers ? headerList(headers.value) : [],
    body: body ? textOf(body.value) : textOf(record),
    alternatives,
    binary: false,
  };
}

/** Markers of a log record, for telling an exported array of log entries from an error body that is a list. */
const LOG_MARKERS = ['timestamp', '@timestamp', 'time', 'ts', 'insertId', 'severity', 'level', 'httpRequest'];

/**
 * A log exported as one JSON array (`gcloud logging read --format=json`, a Logs Explorer download): at least two
 * records, the first two carrying a log marker. Null for any other array.
 */
export function readJsonArrayLog(trimmed: string): Session | null {
  if (!trimmed.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length < 2) return null;
  const logLike = (v: unknown) => isRecord(v) && LOG_MARKERS.some((k) => Object.hasOwn(v, k));
  if (!logLike(value[0]) || !logLike(value[1])) return null;
  const responses: SessionResponse[] = [];
  value.forEach((entry, i) => {
    if (isRecord(entry)) responses.push(recordResponse(entry, '', i + 1));
  });
  return { kind: 'ndjson', responses, skippedLines: [], skippedCount: 0 };
}

const LOG_MARKER_MEMBER = new RegExp(`"(?:${LOG_MARKERS.join('|')})"\\s*:`);

/** Cheap look for the page bundle: an array of objects with a log marker member near its start. */
export const looksLikeJsonArrayLog = (trimmed: string) =>
  /^\[\s*\{/.test(trimmed) && LOG_MARKER_MEMBER.test(trimmed.slice(0, 4096));

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
