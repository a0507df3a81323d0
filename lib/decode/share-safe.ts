// What a share link carries by default: the paste rebuilt from an allow-list. The status line and header names stay;
// header values and JSON values stay only where decoding reads them; every other value becomes a typed placeholder
// (JSON stays valid), prose becomes `…`, HTML keeps its <title>/<h1>. Kept values then go through the secret scanner.
// Linear in the paste: one pass over the body, which mirrors how the decoder finds JSON (so both read the same objects).
import { pageReference, pageText, textStatus, whitelabelLine } from './body-status';
import { GRPC_HEADERS } from './code-retry';
import { GENERIC_BODY_PATHS, isErrorName, tagText, xmlFacts } from './http-failure';
import { CODE_HEADERS, GENERIC_ID_HEADERS, GENERIC_ID_PATHS, isIdHeaderName, SENDER_HEADERS } from './origin';
import { looksLikeHtml } from './not-an-error';
import { parseHead } from './parse-input';
import { REMOVED, scanValue, type ShareCtx, type ShareRules } from './share-json';
import { emptyCounts, maskSecrets, type SecretCounts } from './secret-scan';
import type { DecodeResult, DecoderTable, ShapeRole } from './types';
import { isRateLimitHeader, WAIT_HEADERS } from './wait';

export { type ShareRules } from './share-json';

const PROSE = '…';

/** Generic error fields: exactly the body paths and headers the decoder's generic reading takes facts from. */
const GENERIC_PATHS = [...GENERIC_BODY_PATHS, ...GENERIC_ID_PATHS];
const GENERIC_HEADERS = [
  ...WAIT_HEADERS,
  ...GENERIC_ID_HEADERS,
  ...SENDER_HEADERS,
  ...CODE_HEADERS,
  ...GRPC_HEADERS,
  'Content-Type',
].map((h) => h.toLowerCase());

const SHAPE_ROLES: ShapeRole[] = [
  'code',
  'group',
  'message',
  'status',
  'retryable',
  'retry_after',
  'trace_id',
  'param',
];
const HEADER_ROLES = [
  'trace-id',
  'retry-after',
  'rate-limit-limit',
  'rate-limit-remaining',
  'rate-limit-reset',
] as const;
// Long blank runs carry nothing and would make header parsing slow; they shrink to one space before anything else.
const LONG_BLANKS = /[ \t]{65,}/g;

const strip = (path: string) => (path === '$' ? '' : path.startsWith('$.') ? path.slice(2) : path);

/** The allow-list for a paste: generic fields, plus the fields of the shape the decoder detected in it. */
export function shareRules(table: DecoderTable, decoded: DecodeResult | null): ShareRules {
  const paths = new Set(GENERIC_PATHS);
  const headers = new Set(GENERIC_HEADERS);
  const constants = new Map<string, Set<unknown>>();
  const hosts = new Set<string>();
  // A top-level `name` is kept only when the decoder read it as the error's code: elsewhere it may name a person.
  if (!(decoded?.ok && isErrorName(decoded.code))) paths.delete('name');
  for (const api of table.apis) {
    for (const host of api.body_hosts) hosts.add(host.toLowerCase());
    for (const role of HEADER_ROLES) for (const name of api.headers[role] ?? []) headers.add(name.toLowerCase());
    for (const shape of api.shapes) {
      for (const m of shape.match) {
        if (m.equals === undefined) continue;
        const path = strip(m.path);
        if (!constants.has(path)) constants.set(path, new Set());
        constants.get(path)!.add(m.equals);
      }
    }
  }
  if (decoded?.ok) {
    const api = table.apis.find((a) => a.id === decoded.api);
    const shape = api?.shapes.find((s) => s.id === decoded.shape?.id);
    for (const role of SHAPE_ROLES) for (const path of shape?.fields[role] ?? []) paths.add(strip(path));
    // A provider's own code and name map to a catalog code; its message and other members do not matter.
    for (const path of shape?.fields.provider ?? [])
      for (const member of ['source', 'code']) paths.add(strip(`${path}.${member}`));
  }
  return { paths, headers, constants, hosts };
}

export interface SafeShare {
  text: string;
  /** Values replaced by a placeholder (header values, JSON values, lines of prose). */
  removed: number;
  /** Secrets masked inside kept values, by kind. */
  masked: SecretCounts;
}
// The pieces of a rate-limit value: numbers, HTTP and ISO dates, and the short words of a policy (`100;w=60`,
// `limit=10, remaining=0, reset=5`, `Wed, 21 Oct 2026 07:28:00 GMT`, `2026-01-25T10:30:00Z`).
const RATE_LIMIT_PIECE = /^(?:[0-9][0-9TZ.+-]*|[A-Za-z_-]{1,16})$/;

/**
 * Any header named like a rate-limit header is kept for its wait, but only when its value reads as one: a custom
 * `X-RateLimit-Token` or `X-RateLimit-Key` carrying a credential is replaced like any other header.
 */
function rateLimitValue(value: string): boolean {
  if (value.length > 256) return false;
  return value.split(/[\s,;=:"()]+/).every((piece) => piece === '' || RATE_LIMIT_PIECE.test(piece));
}

function headText(head: ReturnType<typeof parseHead>, ctx: ShareCtx): string {
  const lines: string[] = [];
  if (head.status !== null) {
    const phrase = head.reasonPhrase ? ` ${maskSecrets(head.reasonPhrase, undefined, ctx.masked)}` : '';
    lines.push(`${head.version ?? 'HTTP/1.1'} ${head.status}${phrase}`);
  }
  for (const [sent, value] of head.headers) {
    // A name is kept as sent unless it holds a secret itself; its stand-in stays a valid header name.
    const name = maskSecrets(sent, undefined, ctx.masked) === sent ? sent : 'X-Removed';
    const lower = name.toLowerCase();
    if (ctx.rules.headers.has(lower) || isIdHeaderName(lower) || (isRateLimitHeader(lower) && rateLimitValue(value)))
      lines.push(`${name}: ${maskSecrets(value, lower, ctx.masked)}`);
    else {
      ctx.removed++;
      lines.push(`${name}: ${REMOVED}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : '';
}

/** An XML error document keeps the elements the decoder reads (Code, Message, RequestId), masked like any kept value. */
function xmlText(xml: NonNullable<ReturnType<typeof xmlFacts>>, ctx: ShareCtx): string {
  ctx.removed++;
  const el = (tag: string, value: string | null) =>
    value === null ? '' : `<${tag}>${maskSecrets(value, undefined, ctx.masked).replace(/[<&]/g, '')}</${tag}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${el('Code', xml.code)}${el('Message', xml.message)}${el('RequestId', xml.requestId)}</Error>\n`;
}

function htmlText(body: string, ctx: ShareCtx): string {
  const head = body.slice(0, 64 * 1024);
  const title = tagText(head, 'title', 200);
  const h1 = tagText(head, 'h1', 200);
  ctx.removed++;
  const t = title === null ? '' : `<head><title>${maskSecrets(title, undefined, ctx.masked)}</title></head>`;
  const h = h1 === null ? '' : `<h1>${maskSecrets(h1, undefined, ctx.masked)}</h1>`;
  // The reference a CDN page asks you to quote is the request id the decoder reads from it.
  const text = pageText(body);
  const ref = pageReference(text);
  // Named by its field ("Request ID"), the reference reads as an id, not as an unnamed secret-like run.
  const r =
    ref === null
      ? ''
      : `<p>${ref.field}${ref.field.endsWith('#') ? '' : ': '}${maskSecrets(ref.value, ref.field, ctx.masked)}</p>`;
  // Spring's whitelabel page states its status only in this line.
  const w = whitelabelLine(text);
  return `<html>${t}<body>${h}${r}${w ? `<p>${w.evidence}</p>` : ''}</body></html>\n`;
}

/** Text outside JSON (log prefixes, trailing chatter): each line with content becomes `…`. */
function prose(text: string, from: number, to: number, ctx: ShareCtx): void {
  let at = from;
  while (at < to) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 || nl >= to ? to : nl;
    const line = text.slice(at, end);
    const content = line.trim();
    if (content !== '') {
      ctx.removed++;
      // The blanks around it stay: `error: {…}` reads as `… {…}`.
      ctx.out.push(
        line.slice(0, line.indexOf(content[0])) + PROSE + line.slice(line.lastIndexOf(content[content.length - 1]) + 1),
      );
    } else ctx.out.push(line);
    if (end < to) ctx.out.push('\n');
    at = end + 1;
  }
}

/** Every `{` outside a value starts an object, as the decoder's search does; the rest is prose. */
function searchObjects(text: string, from: number, ctx: ShareCtx): void {
  let at = from;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open === -1) break;
    prose(text, at, open, ctx);
    const scanned = scanValue(text, open, ctx);
    at = scanned.ok ? scanned.end : Math.max(scanned.pos, open + 1);
  }
  prose(text, at, text.length, ctx);
}

function isScalar(body: string): unknown {
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value !== 'object' || value === null ? { value } : null;
  } catch {
    return null;
  }
}

function bodyText(body: string, ctx: ShareCtx): string {
  let i = 0;
  while (i < body.length && /\s/.test(body[i])) i++;
  if (i >= body.length) return body;
  if (body[i] === '<') {
    const xml = xmlFacts(body);
    if (xml) return xmlText(xml, ctx);
    if (looksLikeHtml(body)) return htmlText(body, ctx);
  }
  const lead = body.slice(0, i);
  const first = body[i];
  if (first === '{' || first === '[') {
    const scanned = scanValue(body, i, ctx);
    searchObjects(body, scanned.ok ? scanned.end : scanned.pos, ctx);
    return lead + ctx.out.join('');
  }
  const scalar = isScalar(body) as { value: unknown } | null;
  if (scalar) {
    const v = scalar.value;
    ctx.removed += typeof v === 'string' || typeof v === 'number' ? 1 : 0;
    return lead + (typeof v === 'string' ? `"${REMOVED}"` : typeof v === 'number' ? '0' : JSON.stringify(v));
  }
  if (!body.includes('{') && looksLikeHtml(body)) return htmlText(body, ctx);
  // Plain text that reports a failure keeps only the fixed words the status was read from ("Too Many Requests").
  const read = body.includes('{') ? null : textStatus(body);
  if (read) {
    ctx.removed++;
    return `${lead}${read.evidence}\n`;
  }
  searchObjects(body, i, ctx);
  return lead + ctx.out.join('');
}

/** The paste as a share link carries it by default. Never throws. */
export function safeShareText(input: string, rules: ShareRules): SafeShare {
  const ctx: ShareCtx = { rules, out: [], removed: 0, masked: emptyCounts() };
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.replace(LONG_BLANKS, ' ');
  try {
    const head = parseHead(text);
    const headPart = headText(head, ctx);
    const body = bodyText(text.slice(head.bodyStart), ctx);
    return { text: headPart + body, removed: ctx.removed, masked: ctx.masked };
  } catch {
    // Nothing the allow-list cannot vouch for leaves: an unreadable paste is shared as nothing.
    return { text: '', removed: 1, masked: ctx.masked };
  }
}
