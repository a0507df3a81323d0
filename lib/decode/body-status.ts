// A status read from the body text when no status line was pasted: a reason phrase, a leading status with its
// phrase, a proxy's fixed sentence or a Cloudflare error number; and the reference ids CDN error pages print.
// Every read works on a bounded prefix with indexOf or regexes whose runs sit between fixed tokens.
import { decodeEntities } from './xml-facts';
import { errorStatusNames } from './status-text';

export interface TextStatus {
  status: number;
  /** The words the status was read from, as shown in the warning. */
  evidence: string;
  /** Who sends that sentence, when it is a proxy's own. */
  sender: string | null;
}

// Older or alternative reason phrases servers still send (RFC 2616 and RFC 7231 names, nginx's spellings).
const OLDER_NAMES: [number, string][] = [
  [408, 'Request Time-out'],
  [413, 'Request Entity Too Large'],
  [413, 'Payload Too Large'],
  [414, 'Request-URI Too Long'],
  [414, 'Request-URI Too Large'],
  [416, 'Requested Range Not Satisfiable'],
  [422, 'Unprocessable Entity'],
  [503, 'Service Temporarily Unavailable'],
  [504, 'Gateway Time-out'],
];

// Fixed sentences proxies answer with in place of the service (Envoy's are its defaults for 503, 504 and 429).
const SENTENCES: [start: string, status: number, sender: string | null][] = [
  ['upstream connect error or disconnect/reset before headers', 503, 'Envoy proxy'],
  ['no healthy upstream', 503, 'Envoy proxy'],
  ['upstream request timeout', 504, 'Envoy proxy'],
  ['local_rate_limited', 429, 'Envoy proxy'],
  ['rate limit exceeded', 429, null],
  ['api rate limit exceeded', 429, null],
  ['rate limit reached', 429, null],
  ['you are being rate limited', 429, null],
];

let phrases: [number, string][] | null = null;
/** Every failure phrase, longest first so "Request Header Fields Too Large" wins over a shorter prefix. */
function failurePhrases(): [number, string][] {
  phrases ??= [...errorStatusNames(), ...OLDER_NAMES]
    .map(([s, name]) => [s, name.toLowerCase()] as [number, string])
    .sort((a, b) => b[1].length - a[1].length);
  return phrases;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9_]/i.test(c);
// After a phrase at the start of the text: nothing, or punctuation that ends it ("Unauthorized: token expired").
const endsPhrase = (rest: string) => rest.trim() === '' || /^[ \t]?[.:!,;(\-–—]/.test(rest);

/** The first non-blank line of a text, squashed and cut to 300 characters. */
function leadLine(text: string): string | null {
  const head = text.trimStart().slice(0, 4096).trim();
  if (head === '') return null;
  const nl = head.indexOf('\n');
  const line = (nl === -1 ? head : head.slice(0, nl)).replace(/\s+/g, ' ').trim();
  return line.slice(0, 300);
}

/** The failure status a short text plainly reports, or null when the text does not say one. */
export function textStatus(text: string): TextStatus | null {
  const line = leadLine(text);
  if (line === null) return null;
  const lower = line.toLowerCase();
  for (const [start, status, sender] of SENTENCES) {
    if (lower.startsWith(start) && !isWordChar(lower[start.length]))
      return { status, evidence: line.slice(0, start.length), sender };
  }
  // Python requests' HTTPError: "429 Client Error: Too Many Requests for url: …", after any exception prefix.
  const raised = /\b([45]\d\d) (?:client|server) error: /.exec(lower);
  if (raised) {
    const status = Number(raised[1]);
    const rest = lower.slice(raised.index + raised[0].length);
    const named = failurePhrases().find(([s, name]) => s === status && rest.startsWith(name));
    if (named)
      return {
        status,
        evidence: line.slice(raised.index, raised.index + raised[0].length + named[1].length),
        sender: null,
      };
  }
  // "404 page not found" (Go's net/http), "503 Service Unavailable", "429 - Too Many Requests", also after
  // "HTTP", "Error:" or "Status code" ("HTTP 429 Too Many Requests", "Error: 502 Bad Gateway").
  const prefix = /^(?:https?(?:\/\d(?:\.\d)?)?|error|status(?: code)?)[ :]{1,3}/.exec(lower);
  const from = prefix ? prefix[0].length : 0;
  const lead = /^([45]\d\d)[ \t:.-]{1,3}/.exec(lower.slice(from));
  if (lead) {
    const status = Number(lead[1]);
    const rest = lower.slice(from + lead[0].length);
    const named = failurePhrases().find(([s, name]) => s === status && rest.includes(name));
    if (named)
      return {
        status,
        evidence: line.slice(0, from + lead[0].length + rest.indexOf(named[1]) + named[1].length),
        sender: null,
      };
    return null;
  }
  for (const [status, name] of failurePhrases()) {
    if (lower.startsWith(name) && endsPhrase(lower.slice(name.length)))
      return { status, evidence: line.slice(0, name.length), sender: null };
  }
  return null;
}

// Titles that refusal pages carry without a status or reason phrase in them: Akamai's and Amazon S3's "Access Denied",
// IIS's "Access is denied". Read only from an HTML page's title or first heading, where nothing else is meant.
const REFUSAL_TITLE = /^access (?:is )?denied\b/i;

/** 403 for an HTML page titled as a refusal ("Access Denied"), else null. */
export const refusalTitleStatus = (title: string): number | null => (REFUSAL_TITLE.test(title.trim()) ? 403 : null);

/** The visible text of the start of an HTML page: tags dropped with indexOf, references decoded, blanks squashed. */
export function pageText(html: string, max = 64 * 1024): string {
  const src = html.slice(0, max);
  const lower = src.toLowerCase();
  let out = '';
  let at = 0;
  while (at < src.length) {
    const open = src.indexOf('<', at);
    if (open === -1) {
      out += src.slice(at);
      break;
    }
    out += `${src.slice(at, open)} `;
    const close = src.indexOf('>', open + 1);
    if (close === -1) break;
    // Script and style bodies are not visible text.
    const tag = lower.slice(open + 1, open + 7);
    const skipTo = tag.startsWith('script') ? '</script' : tag.startsWith('style') ? '</style' : null;
    if (skipTo) {
      const end = lower.indexOf(skipTo, close + 1);
      if (end === -1) break;
      at = src.indexOf('>', end);
      if (at === -1) break;
      at++;
      continue;
    }
    at = close + 1;
  }
  return decodeEntities(out).replace(/\s+/g, ' ');
}

// Cloudflare's own error numbers (its 1xxx pages) and the HTTP status Cloudflare sends with each.
const CLOUDFLARE_ERRORS: Record<number, number> = {
  1006: 403,
  1007: 403,
  1008: 403,
  1010: 403,
  1012: 403,
  1015: 429,
  1020: 403,
};

/** The status of a Cloudflare 1xxx error page ("Error 1015 … You are being rate limited"), read from its text. */
export function cloudflarePageStatus(text: string): TextStatus | null {
  if (!/cloudflare/i.test(text)) return null;
  const m = /\berror(?: code)?:? ?(1\d{3})\b/i.exec(text);
  if (!m || !Object.hasOwn(CLOUDFLARE_ERRORS, Number(m[1]))) return null;
  return { status: CLOUDFLARE_ERRORS[Number(m[1])], evidence: m[0].trim(), sender: 'Cloudflare (CDN and proxy)' };
}

/**
 * The reference a CDN error page asks you to quote: Akamai's "Reference #18.…", Cloudflare's "Ray ID: …",
 * CloudFront's (and other pages') "Request ID: …".
 */
export function pageReference(text: string): { field: string; value: string } | null {
  const akamai = /\breference ?#([0-9a-f]{1,8}(?:\.[0-9a-f]{1,16}){2,5})/i.exec(text);
  if (akamai) return { field: 'Reference #', value: akamai[1] };
  const ray = /\bray id:? ?([0-9a-f]{16})\b/i.exec(text);
  if (ray) return { field: 'Ray ID', value: ray[1] };
  const request = /\brequest id:? ?([a-z0-9][\w.=:-]{7,99})/i.exec(text);
  if (request) return { field: 'Request ID', value: request[1] };
  return null;
}

/** The first line of a page's first `<pre>` (Express prints "Cannot POST /x" or an error and its stack there). */
export function preFirstLine(html: string): string | null {
  const lower = html.toLowerCase();
  const at = lower.indexOf('<pre');
  const open = at === -1 ? -1 : lower.indexOf('>', at);
  if (open === -1) return null;
  const window = lower.slice(open + 1, open + 1 + 1000);
  const ends = ['<br', '\n', '</pre', '<'].map((t) => window.indexOf(t)).filter((i) => i !== -1);
  const end = ends.length ? Math.min(...ends) : window.length;
  const line = decodeEntities(html.slice(open + 1, open + 1 + Math.min(end, 300)))
    .replace(/\s+/g, ' ')
    .trim();
  return line === '' ? null : line;
}

// Spring Boot's Whitelabel Error Page: "There was an unexpected error (type=Not Found, status=404)."
const WHITELABEL_STATUS = /\(type=[^,()]{1,80}, status=([45]\d\d)\)/;

/** The status line of a Spring whitelabel page's text, and the words it was read from. */
export function whitelabelLine(text: string): { status: number; evidence: string } | null {
  const m = WHITELABEL_STATUS.exec(text.slice(0, 8192));
  return m ? { status: Number(m[1]), evidence: m[0] } : null;
}
