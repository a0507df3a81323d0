// When a catalog may claim a body (evidence specific to its API), and the decoded result for a failed response
// none claims: status, code, message, request id, wait and retry verdict read by HTTP semantics.
import { bodyUrlHosts, display, getPath, pick } from './body-path';
import {
  decodeEntities,
  genericFacts,
  jsonFacts,
  problemContext,
  statusRetry,
  tagText,
  xmlFacts,
} from './http-failure';
import { pageReference, pageText, preFirstLine, type TextStatus } from './body-status';
import { codeRetry, grpcFailure, oauthRetry, rpcStatus } from './code-retry';
import { GENERIC_ID_HEADERS, headerCode, requestId, sender } from './origin';
import type { Candidate } from './shapes';
import { header, type ResponseHead } from './parse-input';
import { statusMeaning, statusName } from './status-text';
import { findProviderCode } from './table-index';
import type { ContextItem, DecodedError, DecodeOptions, GenericFacts, ProblemDetails, StatusSource } from './types';
import { genericWait } from './generic-wait';
import { isRateLimitHeader, quotaSpent } from './wait';

// Request and trace ids, waits and rate limits: every service sends these, so they say nothing about which API it is.
const GENERIC_HEADERS = new Set([...GENERIC_ID_HEADERS, 'Retry-After'].map((h) => h.toLowerCase()));
const isGenericHeader = (name: string) => GENERIC_HEADERS.has(name.toLowerCase()) || isRateLimitHeader(name);

/** A header only this API sends (not a request id or rate-limit header every other service sends too). */
function specificHeader(c: Candidate, head: ResponseHead): boolean {
  for (const names of Object.values(c.api.headers) as string[][]) {
    for (const name of names) if (!isGenericHeader(name) && header(head, name) !== null) return true;
  }
  return false;
}

/**
 * A body belongs to an API only when its shape and something specific to that API agree: a code (or an upstream
 * provider's code) in its catalog, a documented group value with no code to contradict it, a header of its own,
 * or its envelope markers: a shape with a fixed marker value or four or more facts, every one of them present.
 */
export function hasEvidence(c: Candidate, body: unknown, head: ResponseHead): boolean {
  if (c.entry) return true;
  // Links in the body to the API's own documentation host speak for it; links to another host speak against.
  const hosts = bodyUrlHosts(body);
  const own = (host: string) => (c.api.body_hosts ?? []).includes(host);
  if (hosts.some(own)) return true;
  const foreign = hosts.some((h) => !own(h));
  // A group value alone (Chirp's `type`) is shared vocabulary; it counts only when no code field is sent at all.
  const codeSent = (c.shape.fields.code ?? []).some((path) => getPath(body, path).found);
  if (c.group && !codeSent && !foreign) return true;
  const provider = pick(body, c.shape.fields.provider);
  if (provider && typeof provider.value === 'object' && provider.value !== null) {
    const p = provider.value as Record<string, unknown>;
    if (findProviderCode(c.api, p.source, p.code)) return true;
  }
  if (specificHeader(c, head)) return true;
  const complete = !c.clues.some((clue) => clue.key.startsWith('missing:'));
  const marked = c.shape.match.some((m) => m.equals !== undefined) || c.shape.required.length >= 4;
  return complete && marked && c.shape.required.length > 0;
}

export interface GenericInput {
  kind: GenericFacts['kind'];
  body: unknown;
  problem?: ProblemDetails | null;
  facts?: ReturnType<typeof jsonFacts>;
  resembles?: Candidate | null;
  /** The body text, for HTML and plain-text bodies. */
  text?: string;
  xml?: NonNullable<ReturnType<typeof xmlFacts>>;
  /** A status read from an HTML page's title when there was no status line. */
  titleStatus?: number | null;
  /** What a plain-text body without a status line plainly reported (its status, words and sender). */
  textStatus?: TextStatus | null;
  notes?: string[];
}

function firstLine(text: string): string | null {
  const trimmed = text.slice(0, 8192).trim();
  if (trimmed === '') return null;
  const nl = trimmed.indexOf('\n');
  return display((nl === -1 ? trimmed : trimmed.slice(0, nl)).trim(), 300);
}

// A bare "Error" title (Express's default page) names nothing; the message is in the page's <pre>.
const BARE_TITLE = /^error[.!]?$/i;

function htmlTitle(text: string): string | null {
  const head = text.slice(0, 64 * 1024);
  const title = tagText(head, 'title', 200) ?? tagText(head, 'h1', 200);
  if (title === null || BARE_TITLE.test(title)) return preFirstLine(head) ?? (title && decodeEntities(title));
  return decodeEntities(title);
}

/** Compressed or binary bytes (curl without --compressed shows gzip as this): control characters other than blanks. */
function isBinary(text: string): boolean {
  const sample = text.slice(0, 512);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd > 2 && odd * 20 > sample.length;
}

/** The decoded result for a failed response no catalog claims. */
export function describeGeneric(head: ResponseHead, input: GenericInput, options: DecodeOptions): DecodedError {
  const warnings = [...(input.notes ?? [])];
  const problem = input.problem ?? null;
  const facts =
    input.facts ?? (input.kind === 'json' || input.kind === 'problem' ? jsonFacts(input.body, problem) : null);

  let status = head.status;
  let statusSource: StatusSource | null = status === null ? null : 'status-line';
  const bodyStatus = problem?.status ?? facts?.bodyStatus?.value ?? input.titleStatus ?? null;
  if (status === null && bodyStatus !== null && bodyStatus >= 100 && bodyStatus <= 599)
    [status, statusSource] = [bodyStatus, 'body'];
  else if (status !== null && bodyStatus !== null && bodyStatus !== status && bodyStatus >= 100 && bodyStatus <= 599) {
    warnings.push(
      `The status line says ${status} but the body says ${bodyStatus}; the decoder goes by the status line.`,
    );
  }

  let code = facts?.code?.value ?? null;
  let message = facts?.message ?? null;
  let pageTitle: string | null = null;
  let extraId: { field: string; value: string } | null = null;
  if (input.kind === 'xml' && input.xml) {
    code = input.xml.code;
    message = input.xml.message;
    if (input.xml.requestId) extraId = { field: 'RequestId', value: input.xml.requestId };
  } else if (input.kind === 'html' && input.text !== undefined) {
    pageTitle = htmlTitle(input.text);
    message = pageTitle;
    // CDN pages print the id their support asks for: Akamai's "Reference #…", Cloudflare's "Ray ID: …".
    extraId = pageReference(pageText(input.text));
  } else if (input.kind === 'text' && input.text !== undefined) {
    if (isBinary(input.text)) {
      const encoding = header(head, 'Content-Encoding');
      warnings.push(
        encoding
          ? `The body is still compressed (Content-Encoding: ${display(encoding, 40)}); fetch it again with curl --compressed to read it. The verdict rests on the status line and headers.`
          : 'The body is binary, not text; the verdict rests on the status line and headers.',
      );
    } else message = firstLine(input.text);
  }

  const grpc = grpcFailure(head);
  code ??= headerCode(head) ?? grpc?.code ?? null;
  message ??= grpc?.message ?? null;
  // A gRPC / Connect code stands for a status (`invalid_argument` is 400) when no status line was pasted.
  const rpc = rpcStatus(code);
  if (status === null && rpc !== null) {
    [status, statusSource] = [rpc, 'body'];
    warnings.push(`No status line was pasted; HTTP ${rpc} was read from the gRPC / Connect code ${code}.`);
  }
  const flag = facts?.retryFlag ?? null;
  const { waitWarnings, ...wait } = genericWait(head, status, options.now, input.body);
  warnings.push(...waitWarnings);
  const statusRule = statusRetry(status, quotaSpent(head), wait.waitSource === 'retry-after');
  const fromText =
    head.status === null &&
    statusSource === 'body' &&
    (input.kind === 'text' || input.kind === 'html' || (input.textStatus ?? null) !== null);
  const byStatus = fromText
    ? {
        ...statusRule,
        reason: `${statusRule.reason} The status was read from the body text, as no status line was pasted.`,
      }
    : statusRule;
  if (fromText && status !== null) {
    const words = input.textStatus?.evidence;
    warnings.push(
      `No status line was pasted; HTTP ${status} was read from the ${input.kind === 'html' ? 'page' : 'body'} text${words ? ` ("${display(words, 80)}")` : ''}.`,
    );
  }
  const retry = flag
    ? {
        retryable: flag.value,
        retrySource: 'response' as const,
        reason: `The response itself says ${flag.path}: ${flag.value}.`,
      }
    : (oauthRetry(facts?.code) ?? (byStatus.retryable === null ? codeRetry(code, rpc) : null) ?? byStatus);

  const resembles = input.resembles
    ? {
        api: input.resembles.api.id,
        apiName: input.resembles.api.name,
        shape: input.resembles.shape.id,
        shapeTitle: input.resembles.shape.title,
      }
    : null;
  if (resembles) {
    warnings.push(
      `The body has the layout of ${resembles.apiName}'s ${resembles.shapeTitle}, but nothing in it is specific to ${resembles.apiName} (a code from its catalog, its envelope markers or its headers), so it is read as coming from another service.`,
    );
  }
  const textSender = input.textStatus?.sender
    ? { name: input.textStatus.sender, evidence: 'the text of the body' }
    : null;
  const who =
    input.kind === 'html' || input.kind === 'empty' || input.kind === 'text'
      ? (sender(head, input.text ?? null) ?? textSender)
      : null;
  if (input.kind === 'empty')
    warnings.push('The response has no body: the verdict rests on the status line and headers.');

  // RFC 9457 §4.2.1: a problem of type about:blank (the default) is titled by the status's own phrase.
  if (problem && message === null && (problem.type === null || problem.type === 'about:blank') && status !== null)
    message = statusName(status);
  const context: ContextItem[] = problem ? problemContext(problem) : [];
  const trace = requestId(input.body, head, extraId);
  return {
    ok: true,
    api: null,
    apiName: null,
    shape: { id: SHAPE_IDS[input.kind], title: SHAPE_TITLES[input.kind] },
    runnerUp: null,
    code,
    known: false,
    title: problem?.title ?? null,
    meaning: status !== null ? statusMeaning(status).replace(/^\d{3}\s+[^:]*:\s*/, '') : null,
    group: null,
    groupTitle: null,
    httpStatus: status,
    statusSource,
    statusText: status === null ? null : statusName(status),
    message,
    retryable: retry.retryable,
    retrySource: retry.retrySource,
    override: false,
    overrideNote: null,
    reason: retry.reason,
    ...wait,
    ...trace,
    traceLabel: 'request id',
    context,
    page: null,
    warnings,
    generic: genericFacts(input.kind, { problem, sender: who, resembles, pageTitle }),
  };
}

const SHAPE_IDS: Record<GenericFacts['kind'], string> = {
  problem: 'problem-details',
  json: 'json-error',
  html: 'html-page',
  xml: 'xml-error',
  text: 'text',
  empty: 'empty-body',
};

const SHAPE_TITLES: Record<GenericFacts['kind'], string> = {
  problem: 'Problem details (RFC 9457)',
  json: 'JSON error body',
  html: 'HTML error page',
  xml: 'XML error document',
  text: 'Plain-text body',
  empty: 'No body',
};
