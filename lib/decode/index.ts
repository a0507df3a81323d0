// decodeResponse: turns a pasted error response (body, `curl -i` output, log line) into the API, shape,
// code, retry verdict, wait, trace id and explained context, using only the decoder table. Never throws.
import { groupAnchor } from '@/lib/catalog/present';
import { codePath } from '@/lib/catalog/paths';
import { display, pick } from './body-path';
import { textStatus } from './body-status';
import { grpcFailure } from './code-retry';
import { explainContext } from './context';
import { locateJson } from './json-locate';
import { lineColumn } from './json-scan';
import { htmlPage, looksLikeHtml, noShape, notAnError, successBody } from './not-an-error';
import { header, parseHead, type ResponseHead } from './parse-input';
import { describeGeneric, hasEvidence, type GenericInput } from './generic';
import { problemDetails, jsonFacts, xmlFacts } from './http-failure';
import { MAX_INPUT_CHARS } from './limits';
import { closestShape, rankCandidates, runnerUp, runnerUpReason, type Candidate } from './shapes';
import { statusName } from './status-text';
import { headerNames } from './table-index';
import type { DecodedError, DecodeOptions, DecodeResult, DecoderTable } from './types';
import { retryVerdict } from './verdict';
import { waitTime } from './wait';
import { collectWarnings, statusFacts } from './warnings';

export type * from './types';
export { buildDecoderTable } from './table';

export { MAX_INPUT_CHARS } from './limits';

const codePage = codePath;

function traceOf(c: Candidate, body: unknown, head: ResponseHead) {
  const hit = pick(body, c.shape.fields.trace_id);
  if (hit && (typeof hit.value === 'string' || typeof hit.value === 'number')) {
    return { traceId: String(hit.value), traceSource: 'body' as const, traceField: hit.path };
  }
  for (const name of headerNames(c.api, 'trace-id')) {
    const value = header(head, name);
    if (value) return { traceId: value, traceSource: 'header' as const, traceField: name };
  }
  return { traceId: null, traceSource: null, traceField: null };
}

function pageOf(c: Candidate): string | null {
  if (c.entry) return codePage(c.api.id, c.entry.code);
  if (!c.code && c.group) return `/${c.api.id}/errors/#${groupAnchor(c.group.id)}`;
  return null;
}

function describe(
  table: DecoderTable,
  candidates: Candidate[],
  body: unknown,
  head: ResponseHead,
  options: DecodeOptions,
  notes: string[],
): DecodedError {
  const best = candidates[0];
  const second = runnerUp(table, body, head, candidates);
  const status = statusFacts(best, body, head.status);
  const message = pick(body, best.shape.fields.message);
  const { waitWarnings, ...wait } = waitTime(best.api, best.shape, body, head, options.now);
  return {
    ok: true,
    api: best.api.id,
    apiName: best.api.name,
    shape: { id: best.shape.id, title: best.shape.title },
    runnerUp: second
      ? {
          api: second.api.id,
          apiName: second.api.name,
          shape: second.shape.id,
          shapeTitle: second.shape.title,
          reason: runnerUpReason(best, second),
        }
      : null,
    code: best.code?.value ?? null,
    known: best.entry !== undefined,
    title: best.entry?.title ?? null,
    meaning: best.entry?.meaning ?? null,
    group: best.group?.id ?? null,
    groupTitle: best.group?.title ?? null,
    httpStatus: status.effective,
    statusSource: status.source,
    statusText: status.effective === null ? null : statusName(status.effective),
    message: message ? display(message.value, 10_000) : null,
    ...retryVerdict(best, body, status.effective),
    ...wait,
    ...traceOf(best, body, head),
    traceLabel: best.api.trace_label,
    context: explainContext(best, body),
    page: pageOf(best),
    warnings: [...notes, ...collectWarnings(best, body, status), ...waitWarnings],
    generic: null,
  };
}

/**
 * A 2xx response whose body only resembles an error is a success body: no known code or group, and no
 * explicit failure flag among the shape's rules (`ok: false` and `success: false` are never success).
 */
function isSuccessLookalike(c: Candidate, status: number | null): boolean {
  if (status === null || status < 200 || status >= 300 || c.shape.transport_status === status) return false;
  return !c.entry && !(c.code === null && c.group) && !c.shape.match.some((m) => m.equals !== undefined);
}

const isFailureStatus = (status: number | null) => status !== null && status >= 400;

function decode(input: unknown, table: DecoderTable, options: DecodeOptions): DecodeResult {
  if (typeof input === 'string' && input.length > MAX_INPUT_CHARS) {
    const mb = (input.length / (1024 * 1024)).toFixed(1);
    return notAnError(
      'too-large',
      `The paste is ${mb} MB; the decoder reads at most ${MAX_INPUT_CHARS / (1024 * 1024)} MB. Paste the error body alone.`,
      null,
    );
  }
  if (typeof input !== 'string' || input.trim() === '') {
    return notAnError(
      'empty',
      'Nothing to decode: paste an error response body, or the whole output of curl -i.',
      null,
    );
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const head = parseHead(text);
  const notes =
    head.invalidStatus !== undefined
      ? [
          `The status line says ${head.invalidStatus}, which is not an HTTP status (they run from 100 to 599); it was ignored.`,
        ]
      : [];
  const failed = isFailureStatus(head.status);
  const generic = (input: GenericInput) =>
    describeGeneric(head, { ...input, notes: [...notes, ...(input.notes ?? [])] }, options);
  const bodyText = text.slice(head.bodyStart);
  if (bodyText.trim() === '') {
    if (failed || grpcFailure(head)) return generic({ kind: 'empty', body: null });
    if (head.status === null)
      return notAnError('empty', 'Only headers were pasted; the decoder needs the response body too.', null);
    return notAnError(
      'no-body',
      `The response has a status line${head.headers.length ? ' and headers' : ''} but no body, and HTTP ${head.status} is not a failure.`,
      head.status,
    );
  }
  if (/^\s*</.test(bodyText.slice(0, 4096))) {
    const xml = xmlFacts(bodyText);
    if (xml?.problem) return generic({ kind: 'problem', body: null, problem: xml.problem, xml });
    if (xml && (failed || xml.code !== null)) return generic({ kind: 'xml', body: null, xml });
    if (looksLikeHtml(bodyText)) return htmlOrGeneric(bodyText, head, generic);
  }

  const located = locateJson(text, head.bodyStart);
  const broken = (pos: number, message: string, tooDeep: boolean) => {
    const { line, column } = lineColumn(text, pos);
    if (failed)
      return generic({
        kind: 'text',
        body: null,
        notes: [
          `The body is not valid JSON (line ${line}, column ${column}: ${message}); the verdict rests on the status line and headers.`,
        ],
      });
    if (tooDeep)
      return notAnError(
        'too-deep',
        `The JSON nests too deeply to be an error body (at line ${line}, column ${column}: ${message}).`,
        head.status,
        { line, column },
      );
    return notAnError('broken-json', `The JSON is broken at line ${line}, column ${column}: ${message}.`, head.status, {
      line,
      column,
    });
  };
  if (located.kind === 'broken') return broken(located.pos, located.message, located.tooDeep);
  if (located.kind === 'none') {
    if (looksLikeHtml(bodyText)) return htmlOrGeneric(bodyText, head, generic);
    if (failed) return generic({ kind: 'text', body: null, text: bodyText });
    // No status line, but the text plainly reports a failure ("Too Many Requests", "no healthy upstream").
    const read = head.status === null ? textStatus(bodyText) : null;
    if (read) return generic({ kind: 'text', body: null, text: bodyText, titleStatus: read.status, textStatus: read });
    // A success status with a plain-text body (`OK`) is a success, not a paste missing its JSON.
    const success = head.status !== null && head.status < 300 ? successBody(null, head.status) : null;
    if (success) return success;
    return notAnError(
      'not-json',
      'No JSON object found: paste the response body, or the whole output of curl -i.',
      head.status,
    );
  }
  if (located.kind === 'not-object') {
    if (failed) return generic({ kind: 'json', body: located.value });
    return noShape(table, located.value, head.status);
  }

  let resembles: Candidate | null = null;
  let resembled: unknown = undefined;
  for (const candidate of located.candidates) {
    const ranked = rankCandidates(table, candidate.value, head);
    if (ranked.length === 0) continue;
    const claimed = ranked.filter((c) => hasEvidence(c, candidate.value, head));
    if (claimed.length === 0) {
      if (!resembles) [resembles, resembled] = [ranked[0], candidate.value];
      continue;
    }
    if (isSuccessLookalike(claimed[0], head.status)) return successBody(candidate.value, head.status)!;
    return describe(
      table,
      [...claimed, ...ranked.filter((c) => !claimed.includes(c))],
      candidate.value,
      head,
      options,
      notes,
    );
  }
  // Objects found inside a broken outer one (`log: {"error": {…` cut short) are its members, not the body.
  if (located.brokenBefore && !resembles) return broken(located.brokenBefore.pos, located.brokenBefore.message, false);
  const body = resembles ? resembled : located.candidates[0].value;
  const problem = problemDetails(body, header(head, 'Content-Type'));
  const facts = jsonFacts(body, problem);
  // No status line and no failure marker, but the message plainly names a failure (API Gateway's
  // `{"message":"Too Many Requests"}`): the status is read from that text.
  const messageStatus =
    head.status === null && facts.failure === null && facts.bodyStatus === null && facts.message !== null
      ? textStatus(facts.message)
      : null;
  if (messageStatus) {
    const near = resembles ? null : closestShape(table, body);
    const hint = near
      ? [`The closest documented shape is ${near.api.name}'s ${near.shape.title}, which needs ${near.needs}.`]
      : [];
    return generic({
      kind: 'json',
      body,
      problem,
      facts,
      resembles,
      titleStatus: messageStatus.status,
      textStatus: messageStatus,
      notes: hint,
    });
  }
  if (failed || facts.failure !== null || (resembles && !(head.status !== null && head.status < 400))) {
    const near = resembles ? null : closestShape(table, body);
    const hint = near
      ? [`The closest documented shape is ${near.api.name}'s ${near.shape.title}, which needs ${near.needs}.`]
      : [];
    return generic({ kind: problem ? 'problem' : 'json', body, problem, facts, resembles, notes: hint });
  }
  return successBody(body, head.status) ?? noShape(table, body, head.status);
}

function htmlOrGeneric(
  bodyText: string,
  head: ResponseHead,
  generic: (input: GenericInput) => DecodedError,
): DecodeResult {
  const page = htmlPage(bodyText, head.status);
  if (isFailureStatus(page.httpStatus))
    return generic({
      kind: 'html',
      body: null,
      text: bodyText,
      titleStatus: head.status === null ? page.httpStatus : null,
    });
  return page;
}

/** Decodes a pasted error response against the catalogs' table. Never throws. */
export function decodeResponse(input: string, table: DecoderTable, options: DecodeOptions = {}): DecodeResult {
  try {
    return decode(input, table, options ?? {});
  } catch {
    return notAnError('internal', 'The decoder could not make sense of this input; nothing was decoded.', null);
  }
}
