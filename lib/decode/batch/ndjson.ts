// Reads JSON-lines logs (pino, bunyan, winston, zap, Lambda, Cloud Logging, Datadog, nginx JSON access logs…):
// each line an error body, or a log record holding one at any depth (`body`, `res`, `err.body`, `jsonPayload`,
// a JSON string under `@message`), with the status, response headers, method, URL and time when it has them.
// The request side of a record (`req`, `config`, request headers, cookies, query strings) never reaches a row.
import { isRecord } from '../body-path';
import { headerList, statusOf, timeOf, urlPath } from './fields';
import { otlpRecords } from './otlp';
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

// Fluentd's and Fluent Bit's file and stdout outputs write `tag: [time, {record}]`: the record inside an array.
const FLUENT_PREFIX = /\[\s*(\d{9,10}(?:\.\d{1,9})?)\s*,\s*$/;

function parseRecord(line: string): Record<string, unknown> | null {
  const at = line.indexOf('{');
  if (at === -1 || at > MAX_PREFIX || line.lastIndexOf('"', at) !== -1) return null;
  const end = line.endsWith(']') && FLUENT_PREFIX.test(line.slice(0, at)) ? line.lastIndexOf(']') : line.length;
  try {
    const value = JSON.parse(line.slice(at, end)) as unknown;
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
  for (const { line } of logLines(text.slice(0, 1 << 20))) {
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
// Flat dotted attribute names of the request (OpenTelemetry's `http.request.header.authorization`, ECS's
// `http.request.body.content`) are the request side too.
const REQUEST_ATTRIBUTE = /^(?:http\.)?request\.(?:header|body|cookie)|^url\.query$/i;
const isRequestSide = (key: string) => REQUEST_SIDE.test(key.replace(/-/g, '_')) || REQUEST_ATTRIBUTE.test(key);

/**
 * A member name without case and separators, so each spelling of a field is one name: `status_code`,
 * `statusCode`, Serilog's `StatusCode` and OpenTelemetry's `http.status_code` read alike.
 */
const normalKey = (key: string) => key.replace(/[-_.@]/g, '').toLowerCase();

// Flat dotted names are OpenTelemetry's and Elastic ECS's attribute spellings.
// Names as normalKey writes them, most telling first.
const STATUS_KEYS = [
  'status',
  'statuscode',
  'httpstatus',
  'responsestatus',
  'httpstatuscode',
  'httpresponsestatuscode',
];
const HEADER_KEYS = ['headers', 'responseheaders', 'resheaders', 'httpresponseheaders'];
const BODY_KEYS = ['body', 'responsebody', 'resbody', 'httpresponsebodycontent'];
const isHeaderKey = (key: string) => HEADER_KEYS.includes(normalKey(key));
const isBodyKey = (key: string) => BODY_KEYS.includes(normalKey(key));
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
  /** The node's member names by normalKey, made on first use. */
  names?: Map<string, string>;
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

// A Go error chain logs the body after its own words: `chert: POST "https://…": 429 Too Many Requests: {…}`.
const MAX_TEXT_BEFORE_JSON = 512;

/** A JSON object that ends a string after a short text (a wrapped error's message); null otherwise. */
function parseTrailingObject(text: string): Record<string, unknown> | null {
  const at = text.indexOf('{');
  if (at <= 0 || at > MAX_TEXT_BEFORE_JSON || !text.trimEnd().endsWith('}')) return null;
  return parseObject(text.slice(at));
}

/** The record's objects, shallowest first, with JSON strings parsed; the request side is not entered. */
function objectNodes(record: Record<string, unknown>): Node[] {
  const nodes: Node[] = [{ key: '', parent: '', value: record }];
  let level = [nodes[0]];
  for (let depth = 0; depth < MAX_DEPTH && level.length && nodes.length < MAX_NODES; depth++) {
    const next: Node[] = [];
    for (const node of level) {
      for (const key of Object.keys(node.value)) {
        if (isRequestSide(key) || isHeaderKey(key) || nodes.length >= MAX_NODES) continue;
        const member = node.value[key];
        // A body held as a string is decoded as it is; parsing it here too would double the cost of a big log.
        const value = isRecord(member)
          ? member
          : typeof member === 'string' && !isBodyKey(key)
            ? (parseObject(member) ?? parseTrailingObject(member))
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
  for (const node of nodes) {
    let names = node.names;
    if (!names) {
      names = node.names = new Map();
      for (const key of Object.keys(node.value)) if (!names.has(normalKey(key))) names.set(normalKey(key), key);
    }
    for (const key of keys) {
      const name = names.get(key);
      if (name !== undefined && accept(node.value[name], node)) return { node, value: node.value[name] };
    }
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
    method ??= [
      s.method,
      s.requestMethod,
      s.RequestMethod,
      s.http_method,
      s['http.request.method'],
      s['http.method'],
    ].find((v) => typeof v === 'string');
    url ??= [
      s.path,
      s.url,
      s.uri,
      s.requestUrl,
      s.RequestPath,
      s.http_url,
      s['url.path'],
      s['url.full'],
      s['http.url'],
    ].find((v) => typeof v === 'string');
  }
  // nginx's JSON access log keeps the whole request line: `POST /v1/messages?key=… HTTP/1.1`.
  const line = typeof record.request === 'string' ? /^([A-Z]{3,10}) (\S+)/.exec(record.request) : null;
  if (line) [method, url] = [method ?? line[1], url ?? line[2]];
  return { method, url };
}

/** The record's own idea of the response: status, headers, body, request line and time, where present. */
export function recordResponse(record: Record<string, unknown>, raw: string, index: number): SessionResponse {
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
      [
        record.time,
        record.timestamp,
        record.ts,
        record['@timestamp'],
        record['@t'],
        record.date,
        record.time_local,
        record.asctime,
      ].find((v) => v !== undefined && v !== null) ?? prefixTime?.[1],
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

/**
 * Adds the responses of one record: the record itself, or each log record of an OpenTelemetry document (numbered
 * in order, as they share a line).
 */
export function pushRecord(responses: SessionResponse[], record: Record<string, unknown>, raw: string, line: number) {
  const inner = otlpRecords(record);
  if (inner === null) responses.push(recordResponse(record, raw, line));
  else for (const r of inner) responses.push(recordResponse(r, '', responses.length + 1));
}

// Kubernetes' CRI log format: `time stream P|F text`, a long line written as `P` (partial) pieces up to its `F`.
const CRI = /^(\S+ (?:stdout|stderr) )([PF]) /;
// A line pieced together from CRI partials stops growing here (the size cap bounds the text anyway).
const MAX_JOINED = 16 * 1024 * 1024;

/** The log's lines, with the partial pieces of a CRI line joined into the line they were cut from. */
function* logLines(text: string): Generator<{ number: number; line: string }> {
  let pieces: string[] = [];
  let size = 0;
  let first = 0;
  for (const entry of eachLine(text)) {
    const cri = CRI.exec(entry.line);
    if (cri === null) {
      yield entry;
      continue;
    }
    const piece = entry.line.slice(cri[0].length).replace(/\r$/, '');
    if (cri[2] === 'P') {
      if (pieces.length === 0) [first, pieces, size] = [entry.number, [cri[1]], 0];
      if (size + piece.length <= MAX_JOINED) {
        pieces.push(piece);
        size += piece.length;
      }
      continue;
    }
    if (pieces.length === 0) yield entry;
    else {
      pieces.push(piece);
      yield { number: first, line: pieces.join('') };
      pieces = [];
    }
  }
  if (pieces.length) yield { number: first, line: pieces.join('') };
}

export function readJsonLines(text: string): Session {
  const responses: SessionResponse[] = [];
  const skippedLines: number[] = [];
  let skippedCount = 0;
  for (const { number, line } of logLines(text)) {
    const raw = line.trim();
    if (raw === '') continue;
    const record = parseRecord(raw);
    if (!record) {
      skippedCount++;
      if (skippedLines.length < KEEP_SKIPPED) skippedLines.push(number);
      continue;
    }
    pushRecord(responses, record, raw, number);
  }
  return { kind: 'ndjson', responses, skippedLines, skippedCount };
}
