// Reads the responses of a HAR 1.2 document (Chromium, Firefox, Safari, proxies): status, response
// headers and content text, base64 bodies decoded. The request side (headers, cookies, post data) is never read.
import { isRecord } from '../body-path';
import { lineColumn } from '../json-scan';
import { fromBase64, headerList, isBinaryType, statusOf, timeOf, urlPath } from './fields';
import { looksLikeHar } from './sniff';
import type { Session, SessionError, SessionResponse } from './types';

function parseError(text: string, error: unknown): SessionError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const where = /line (\d+) column (\d+)/.exec(message);
  const located = where
    ? { line: Number(where[1]), column: Number(where[2]) }
    : at
      ? lineColumn(text, Number(at[1]))
      : null;
  const place = located ? ` at line ${located.line}, column ${located.column}` : '';
  return {
    kind: 'session-error',
    source: 'har',
    reason: `This looks like a HAR file, but its JSON is broken${place}. Export it again from the browser's network panel.`,
    ...(located ?? {}),
  };
}

function entryResponse(entry: unknown, index: number): SessionResponse | null {
  if (!isRecord(entry)) return null;
  const request = isRecord(entry.request) ? entry.request : {};
  const response = isRecord(entry.response) ? entry.response : null;
  const content = response && isRecord(response.content) ? response.content : {};
  let body = typeof content.text === 'string' ? content.text : '';
  if (body && typeof content.encoding === 'string' && content.encoding.toLowerCase() === 'base64')
    body = fromBase64(body) ?? '';
  return {
    index,
    method: typeof request.method === 'string' ? request.method.slice(0, 16) : null,
    path: urlPath(request.url),
    time: timeOf(entry.startedDateTime),
    // An entry without a response, or with status 0 (Chromium's aborted and blocked requests), got no answer.
    status: response ? (statusOf(response.status) ?? 0) : 0,
    reasonPhrase:
      response && typeof response.statusText === 'string' && response.statusText
        ? response.statusText.replace(/[\r\n]+/g, ' ').slice(0, 100)
        : null,
    headers: response ? headerList(response.headers) : [],
    body,
    binary: isBinaryType(content.mimeType),
  };
}

/** The session in a HAR text, an error located in its JSON, or null when the text is not a HAR document. */
export function readHar(text: string): Session | SessionError | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return looksLikeHar(text) ? parseError(text, error) : null;
  }
  if (!isRecord(doc) || !isRecord(doc.log)) return null;
  const entries = doc.log.entries;
  if (!Array.isArray(entries)) {
    return {
      kind: 'session-error',
      source: 'har',
      reason: 'This HAR file has no log.entries list, so there are no responses to read.',
    };
  }
  const responses: SessionResponse[] = [];
  entries.forEach((entry, i) => {
    const r = entryResponse(entry, i + 1);
    if (r) responses.push(r);
  });
  return { kind: 'har', responses, skippedLines: [], skippedCount: 0 };
}
