// Facts of XML error documents and the short texts of HTML pages: bounded, indexOf-based reads (no regex runs over
// unbounded text), with character references decoded.
import type { ProblemDetails } from './types';

/** Text between the first `<tag …>` and `</tag>`, found with indexOf (linear), squashed to one line. */
export function tagText(text: string, tag: string, max = 300): string | null {
  const lower = text.toLowerCase();
  let at = lower.indexOf(`<${tag}`);
  while (at !== -1) {
    const after = lower[at + tag.length + 1];
    if (after === '>' || after === ' ' || after === '\t' || after === '\n' || after === '\r') break;
    at = lower.indexOf(`<${tag}`, at + 1);
  }
  if (at === -1) return null;
  const open = lower.indexOf('>', at);
  if (open === -1) return null;
  const close = lower.indexOf(`</${tag}`, open + 1);
  const inner = text.slice(
    open + 1,
    close === -1 ? Math.min(text.length, open + 1 + max) : Math.min(close, open + 1 + max * 4),
  );
  const squashed = inner
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (squashed === '') return null;
  return squashed.length > max ? `${squashed.slice(0, max - 1)}…` : squashed;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references of a short text taken from HTML or XML (`&#39;`, `&amp;`, `&#x2F;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
  });
}

const entityText = (text: string | null) => (text === null ? null : decodeEntities(text));
const firstTag = (head: string, tags: string[], max: number) => {
  for (const tag of tags) {
    const found = tagText(head, tag, max);
    if (found !== null) return entityText(found);
  }
  return null;
};

/**
 * Facts of an XML error document: S3 and Azure Storage `<Error>`, AWS query and EC2 `<Response><Errors>`, a SOAP
 * `<Fault>` (faultcode, faultstring), and RFC 9457 `<problem>` (application/problem+xml). An HTML page is not one.
 */
export function xmlFacts(text: string): {
  code: string | null;
  message: string | null;
  requestId: string | null;
  problem?: ProblemDetails;
} | null {
  const head = text.slice(0, 64 * 1024);
  const start = head.slice(0, 512);
  if (!/^\s*<(?:\?xml|[A-Za-z_][\w.-]{0,40}(?::[A-Za-z_][\w.-]{0,40})?[\s/>])/.test(start)) return null;
  const top = head.slice(0, 4096);
  if (/<(?:html|head|body)[\s>]|<!doctype html/i.test(top)) return null;
  if (/<problem[\s>]/.test(top)) {
    const field = (tag: string, max: number) => firstTag(head, [tag], max);
    const status = field('status', 10);
    const problem: ProblemDetails = {
      type: field('type', 500),
      title: field('title', 500),
      status: status !== null && /^[1-5]\d\d$/.test(status) ? Number(status) : null,
      detail: field('detail', 2000),
      instance: field('instance', 500),
    };
    if (problem.title === null && problem.detail === null && problem.type === null) return null;
    return { code: null, message: problem.detail ?? problem.title, requestId: null, problem };
  }
  // A bare `<title>` or `<h1>` page is HTML too, with no `<html>` around it.
  if (/<(?:title|h1)[\s>]/i.test(top)) return null;
  const code = firstTag(head, ['code', 'faultcode'], 200);
  const message = firstTag(head, ['message', 'faultstring'], 2000);
  if (code === null && message === null) return null;
  return { code, message, requestId: firstTag(head, ['requestid'], 200) };
}
