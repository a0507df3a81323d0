// The plain answers for input that is not a decodable error response: empty, broken or deep JSON,
// proxy HTML pages, success bodies, bodies no documented shape fits.
import { display, isRecord } from './body-path';
import { cloudflarePageStatus, pageText, refusalTitleStatus, textStatus, whitelabelLine } from './body-status';
import { decodeEntities, tagText } from './http-failure';
import { closestShape } from './shapes';
import { statusMeaning, statusName } from './status-text';
import type { DecoderTable, FailureKind, NotAnError } from './types';

export function notAnError(
  kind: FailureKind,
  reason: string,
  status: number | null,
  extra: Partial<NotAnError> = {},
): NotAnError {
  return {
    ok: false,
    kind,
    reason,
    httpStatus: status,
    statusMeaning: status === null ? null : statusMeaning(status),
    ...extra,
  };
}

const statusPhrase = (status: number | null) =>
  status === null ? '' : ` (HTTP ${status}${statusName(status) ? ` ${statusName(status)}` : ''})`;

export const looksLikeHtml = (text: string) =>
  /^\s*<(?:!doctype|html|head|body|title|center|h1|\?xml)/i.test(text) || /<html[\s>]/i.test(text.slice(0, 4096));

// A status at the start of a page title ("502 Bad Gateway"), after a site name ("example.com | 522: Connection timed
// out", as Cloudflare titles its pages) or after "Error" ("Error 503 Backend fetch failed"). The title is at most
// 200 characters, and the runs sit between fixed tokens.
const TITLE_STATUS = /^(\d{3})\b|(?:\|[ \t]{0,4}|\berror:?[ \t]{1,4})([45]\d\d)(?!\d)/i;

/** The status a page title or heading states: "502 Bad Gateway", "Error 503 …", or a reason phrase alone. */
function statusOf(title: string | null): number | null {
  if (title === null) return null;
  const m = TITLE_STATUS.exec(title);
  return m ? Number(m[1] ?? m[2]) : (textStatus(title)?.status ?? null);
}

/** An HTML error page, as proxies and gateways send: the status comes from the status line or the page title. */
export function htmlPage(body: string, lineStatus: number | null): NotAnError {
  const head = body.slice(0, 64 * 1024);
  const raw = tagText(head, 'title', 200) ?? tagText(head, 'h1', 200);
  const title = raw === null ? null : decodeEntities(raw);
  // Without a status in the title, the first heading ("504 Gateway Timeout ERROR" under CloudFront's title), a
  // title that is a reason phrase ("Service Unavailable"), a Cloudflare page's error number ("Error 1015"), Spring's
  // whitelabel line, or else a refusal title ("Access Denied"), still says the status plainly.
  const h1 = () => {
    const text = tagText(head, 'h1', 200);
    return text === null ? null : decodeEntities(text);
  };
  const text = () => pageText(body);
  const whitelabel = () => whitelabelLine(text())?.status ?? null;
  const status =
    lineStatus ??
    statusOf(title) ??
    statusOf(h1()) ??
    cloudflarePageStatus(text())?.status ??
    whitelabel() ??
    (title ? refusalTitleStatus(title) : null);
  const validStatus = status !== null && status >= 100 && status <= 599 ? status : null;
  const meaning = validStatus !== null ? statusMeaning(validStatus) : title;
  const named = title ? ` titled "${title}"` : '';
  return {
    ok: false,
    kind: 'html',
    reason: `This is an HTML page${named}, not a JSON error body — likely from a proxy or gateway in front of the API${statusPhrase(validStatus)}.`,
    httpStatus: validStatus,
    statusMeaning: meaning,
  };
}

/** A success body: reported as such instead of "no shape matches". */
export function successBody(body: unknown, lineStatus: number | null): NotAnError | null {
  const flag = isRecord(body) ? (body.success === true ? 'success: true' : body.ok === true ? 'ok: true' : null) : null;
  if (lineStatus !== null && lineStatus >= 200 && lineStatus < 300) {
    return notAnError(
      'success',
      `This is a success response${statusPhrase(lineStatus)}, not an error: no error shape is in the body.`,
      lineStatus,
    );
  }
  if (flag)
    return notAnError('success', `The body reports success (\`${flag}\`), so there is no error to decode.`, lineStatus);
  return null;
}

export function noShape(table: DecoderTable, body: unknown, lineStatus: number | null): NotAnError {
  if (!isRecord(body)) {
    const what = Array.isArray(body) ? 'an array' : body === null ? 'null' : `a ${typeof body} (${display(body, 40)})`;
    return notAnError(
      'no-shape',
      `This is valid JSON, but ${what}, not an object; no documented error shape matches it${statusPhrase(lineStatus)}.`,
      lineStatus,
    );
  }
  const near = closestShape(table, body);
  const hint = near ? ` The closest is ${near.api.name}'s ${near.shape.title}, which needs ${near.needs}.` : '';
  return notAnError(
    'no-shape',
    `This is valid JSON, but no documented error shape matches it${statusPhrase(lineStatus)}.${hint}`,
    lineStatus,
  );
}
