// Splits a paste into status line, headers and body: `curl -i` output (HTTP/1.1 or HTTP/2, LF or CRLF,
// redirect chains), `curl -v` transcripts with `< `/`> `/`* ` prefixes, bare header blocks, or a bare body.

export interface ResponseHead {
  status: number | null;
  /** A status line whose code lies outside 100–599 is kept here and not used as a status. */
  invalidStatus?: number;
  /** The reason phrase of the status line, as sent. */
  reasonPhrase: string | null;
  /** The protocol of the status line read (`HTTP/1.1`, `HTTP/2`), when there is one. */
  version?: string;
  /** Header names as sent, with values; lookups go through `header()`. */
  headers: [string, string][];
  /** Offset in the text where the body starts. */
  bodyStart: number;
}

// Only the fixed-size start of a line is matched by a regex; the rest (reason phrase, header value) is
// sliced and trimmed in code, so a line holding a long run of blanks costs linear time.
// Case-insensitive: HTTP names the protocol in capitals, but some logs and tools print `http/1.1`.
const STATUS_START = /^(?:< ?)?(HTTP\/\d(?:\.\d)?)[ \t]+(\d{3})(?![^ \t\r])/i;
// HTTP/2 and HTTP/3 carry the status as a pseudo-header; browser tools and some clients print it as `:status: 429`.
const PSEUDO_STATUS = /^(?:< ?)?:status:[ \t]*(\d{3})(?![^ \t\r])/;
const HEADER_START = /^(?:< ?)?([!#$%&'*+.^_`|~0-9A-Za-z-]+):/;
// curl -v chatter: connection info, request lines, data markers.
const CURL_NOISE = /^(?:\* |> |>\r?$|[{}] \[[^\]\r\n]*\]\s*$)/;
const BLANK = /^(?:< ?)?[ \t]*\r?$/;
const HEAD_SCAN_LIMIT = 256 * 1024;

/** Trims spaces, tabs and a trailing CR in linear time (String.prototype.trim also strips other blanks, which is fine). */
const trimBlanks = (s: string) => s.replace(/^[ \t]+/, '').trimEnd();

function statusLine(line: string): { version: string; status: number; phrase: string | null } | null {
  const pseudo = PSEUDO_STATUS.exec(line);
  if (pseudo) return { version: 'HTTP/2', status: Number(pseudo[1]), phrase: null };
  const m = STATUS_START.exec(line);
  if (!m) return null;
  const phrase = trimBlanks(line.slice(m[0].length));
  return { version: m[1], status: Number(m[2]), phrase: phrase === '' ? null : phrase };
}

function headerLine(line: string): [string, string] | null {
  const m = HEADER_START.exec(line);
  return m ? [m[1], trimBlanks(line.slice(m[0].length))] : null;
}

/** Iterates lines with their offsets without splitting the whole (possibly huge) text. */
function* lines(text: string, from: number, limit: number): Generator<{ start: number; next: number; line: string }> {
  let start = from;
  while (start < text.length && start < limit) {
    const nl = text.indexOf('\n', start);
    const next = nl === -1 ? text.length : nl + 1;
    yield { start, next, line: text.slice(start, nl === -1 ? text.length : nl) };
    start = next;
  }
}

/** Looks a header up by name, case-insensitively; the last occurrence wins, as in a redirect chain's final response. */
export function header(head: Pick<ResponseHead, 'headers'>, name: string): string | null {
  const wanted = name.toLowerCase();
  for (let i = head.headers.length - 1; i >= 0; i--)
    if (head.headers[i][0].toLowerCase() === wanted) return head.headers[i][1];
  return null;
}

const startsBody = (line: string) => {
  const t = line.trimStart();
  return (t.startsWith('{') || t.startsWith('[') || /^<(?:!|html|head|body|\?xml)/i.test(t)) && !CURL_NOISE.test(line);
};

/** Reads header lines after a status line up to the blank line, or up to the first line that is not a header. */
function readHeaders(text: string, from: number, headers: [string, string][]): number {
  for (const { start, next, line } of lines(text, from, text.length)) {
    if (BLANK.test(line)) return next;
    // curl chatter and HTTP/2 pseudo-headers (`:status: 429`, as some tools print them) are not headers.
    if (CURL_NOISE.test(line) || /^(?:< ?)?:/.test(line)) continue;
    // A line starting with a blank continues the previous header (obs-fold, RFC 9112 §5.2): one space joins them.
    const folded = line.startsWith('< ') ? line.slice(2) : line;
    if ((folded[0] === ' ' || folded[0] === '\t') && headers.length > 0 && !startsBody(folded)) {
      const last = headers[headers.length - 1];
      const more = trimBlanks(folded);
      last[1] = last[1] === '' ? more : `${last[1]} ${more}`;
      continue;
    }
    const h = headerLine(line);
    if (!h) return start;
    headers.push(h);
  }
  return text.length;
}

/** Skips curl chatter and blank lines between the headers and the body. */
function skipNoise(text: string, from: number): number {
  for (const { start, next, line } of lines(text, from, text.length)) {
    if (!BLANK.test(line) && !CURL_NOISE.test(line)) return start;
    if (next >= text.length) return text.length;
  }
  return from;
}

function bareHeaderBlock(text: string): ResponseHead | null {
  const headers: [string, string][] = [];
  for (const { next, line } of lines(text, 0, HEAD_SCAN_LIMIT)) {
    if (BLANK.test(line))
      return headers.length > 0
        ? { status: null, reasonPhrase: null, headers, bodyStart: skipNoise(text, next) }
        : null;
    const h = headerLine(line);
    if (!h || line.startsWith(' ')) return null;
    headers.push(h);
  }
  return null;
}

/** Finds the last response in a paste and splits it into status, headers and body offset. */
export function parseHead(text: string): ResponseHead {
  let found: ResponseHead | null = null;
  let cursor = 0;
  for (;;) {
    let statusAt: { version: string; status: number; phrase: string | null; next: number } | null = null;
    for (const { next, line } of lines(text, cursor, cursor + HEAD_SCAN_LIMIT)) {
      const m = statusLine(line);
      if (m) {
        statusAt = { ...m, next };
        break;
      }
      // Once a body has begun, a later "HTTP/…" line would be body text, not a new response.
      if (found || startsBody(line)) break;
    }
    if (!statusAt) break;
    const headers: [string, string][] = [];
    const afterHeaders = readHeaders(text, statusAt.next, headers);
    // HTTP status codes are three digits from 100 to 599 (RFC 9110 §15); anything else is not a status.
    const valid = statusAt.status >= 100 && statusAt.status <= 599;
    found = {
      status: valid ? statusAt.status : null,
      ...(valid ? {} : { invalidStatus: statusAt.status }),
      reasonPhrase: statusAt.phrase,
      version: statusAt.version,
      headers,
      bodyStart: skipNoise(text, afterHeaders),
    };
    cursor = found.bodyStart;
    // curl -L and `100 Continue` put several responses in a row; the body belongs to the last one.
  }
  return found ?? bareHeaderBlock(text) ?? { status: null, reasonPhrase: null, headers: [], bodyStart: 0 };
}
