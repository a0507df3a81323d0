// Splits a run of `curl -i` / `curl -v` outputs into responses. Redirect chains (`curl -L`) and `100 Continue`
// stay with the response they lead to; `curl -v` request lines give method and path, and are dropped with the
// rest of the request (its headers may carry credentials).
import { parseHead, header } from '../parse-input';
import { urlPath } from './fields';
import type { SessionResponse } from './types';

// Non-overlapping patterns: the rest of a line is never matched, so long lines cost one pass. `wget -S` indents
// its status lines and headers by two spaces.
const STATUS = /^(?:< ?| {1,4})?HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?![0-9])/;
const REQUEST = /^> ?([A-Z]{3,10}) (\S+) HTTP\/\d/;
// A request line printed without curl's `> ` (`http -v`, HTTPie): its headers and body follow, up to the next
// status line, and are never part of a response.
const BARE_REQUEST = /^([A-Z]{3,10}) (\/\S*|https?:\/\/\S+) HTTP\/\d(?:\.\d)?\r?$/;
const INDENTED = /^ {1,4}\S/;
// wget's line before each request: `--2026-01-25 10:30:01--  https://…` (a retry adds `(try: 2)`).
const WGET_START = /^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s+(?:\(try:\s*\d+\)\s+)?(https?:\/\/\S+)/;
const BLANK = /^(?:< ?)?[ \t]*\r?$/;
// curl -v chatter and request lines, never part of a response.
const NOISE = /^(?:\* |>|\{ \[|\} \[)/;
// A shell prompt line in a pasted terminal session (`$ curl -H "Authorization: …" …`): the command may carry
// credentials, and it is not part of the response before it.
const PROMPT = /^(?:PS )?[^\s"'{}[\]<]{0,80}(?:[$%#>] +(?:curl|curl\.exe|http|https|xh|wget)\b|[$%#][ \t]*\r?$)/;
// curl -i prints a body as it came: without a final newline, the next response's status line follows it on the
// same line (`…}HTTP/2 429`). Such a status line must end its line and be followed by a header or a blank line.
const MID_STATUS = /HTTP\/\d(?:\.\d)?[ \t]+\d{3}(?![0-9])/g;
const WHOLE_STATUS = /^HTTP\/\d(?:\.\d)?[ \t]+\d{3}(?:[ \t][^\r\n]{0,100})?\r?$/;
const HEADER_OR_BLANK = /^(?:< ?)?(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+:|[ \t]*\r?$)/;
// A proxy's answer to curl's CONNECT, printed before the real response when curl goes through a proxy.
const TUNNEL = /^(?:< ?)?HTTP\/\d(?:\.\d)?[ \t]+200[ \t]+connection established/i;

/** The method and URL path of a prompt's curl command; the rest of the command (headers, data) is never kept. */
function commandRequest(line: string): { method: string; path: string } | null {
  const url = /(?:^|\s)['"]?(https?:\/\/[^\s'"]+)/.exec(line);
  if (!url || !/[$%#>] +curl/.test(line)) return null;
  const method = /\s(?:-X|--request)[ =]?['"]?([A-Za-z]{3,10})\b/.exec(line)?.[1].toUpperCase();
  const sends = /\s(?:-d|--data[a-z-]*|-F|--form|--json|-T|--upload-file)(?=[\s=]|['"])/.test(line);
  const head = /\s(?:-I|--head)(?=\s|$)/.test(line);
  const path = urlPath(url[1]) ?? '/';
  return { method: method ?? (head ? 'HEAD' : sends ? 'POST' : 'GET'), path };
}

/** Where a status line starts inside a body line, when the next line confirms it; -1 otherwise. */
function statusInside(line: string, next: string): number {
  if (!HEADER_OR_BLANK.test(next)) return -1;
  // The status line ends the line, so only its last 130 characters are searched: linear on any line.
  const from = Math.max(1, line.length - 130);
  MID_STATUS.lastIndex = from;
  for (let m = MID_STATUS.exec(line); m; m = MID_STATUS.exec(line)) {
    if (WHOLE_STATUS.test(line.slice(m.index))) return m.index;
  }
  return -1;
}

interface Chunk {
  lines: string[];
  method: string | null;
  path: string | null;
  lastStatus: number;
  inHead: boolean;
  hasLocation: boolean;
  hasBody: boolean;
  tunnel: boolean;
  /** Started by an indented status line (`wget -S`): only indented lines are its head, and it has no body. */
  indented: boolean;
  /** A `wget -S` head has ended: the lines up to the next status line are wget's own messages. */
  closed: boolean;
}

/**
 * `curl -i -v` in a terminal prints each response head twice, line by line: curl -v's copy (`< HTTP/2 429`) and
 * -i's copy (`HTTP/2 429`). True when a `< ` status line is followed directly by the same line without `< `;
 * curl -v's copies are then dropped, so each response is counted once.
 */
function mirrorsHeads(text: string): boolean {
  const re = /^< ?(HTTP\/\d(?:\.\d)?[ \t]+\d{3}[^\r\n]*)\r?\n([^\r\n]*)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[2].trimEnd() === m[1].trimEnd()) return true;
  return false;
}

/** The responses in the text, in order; fewer than two means it is not a run of responses. */
export function splitCurl(text: string): SessionResponse[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  let request: { method: string; path: string } | null = null;
  let start = 0;
  let pending: string | null = null;
  const mirrored = text.includes('\n<') && mirrorsHeads(text);
  while (pending !== null || start < text.length) {
    let line: string;
    if (pending !== null) [line, pending] = [pending, null];
    else {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      line = text.slice(start, end);
      start = end + 1;
    }
    if (current !== null && !current.inHead && line.includes('HTTP/') && !STATUS.test(line)) {
      const nl = text.indexOf('\n', start);
      const at = statusInside(line, text.slice(start, Math.min(nl === -1 ? text.length : nl, start + 300)));
      if (at > 0) {
        current.lines.push(line.slice(0, at));
        current.hasBody = true;
        pending = line.slice(at);
        continue;
      }
    }
    if (mirrored && line.startsWith('<')) continue;
    const status = STATUS.exec(line);
    if (status) {
      const code = Number(status[1]);
      // A status line right after a 1xx, or after a redirect that had no body, continues the same exchange.
      const continues =
        current !== null &&
        !current.hasBody &&
        (current.lastStatus < 200 ||
          current.tunnel ||
          (current.lastStatus < 400 && current.lastStatus >= 300 && current.hasLocation));
      if (!continues) {
        current = {
          lines: [],
          method: request?.method ?? null,
          path: request?.path ?? null,
          lastStatus: code,
          inHead: true,
          hasLocation: false,
          hasBody: false,
          tunnel: false,
          indented: false,
          closed: false,
        };
        chunks.push(current);
      }
      request = null;
      current!.lastStatus = code;
      current!.inHead = true;
      current!.hasLocation = false;
      current!.tunnel = TUNNEL.test(line);
      current!.indented = line.startsWith(' ');
      current!.closed = false;
      current!.lines.push(line.trimStart());
      continue;
    }
    const wget = WGET_START.exec(line);
    if (wget) {
      request = { method: 'GET', path: urlPath(wget[1]) ?? '/' };
      continue;
    }
    const bare: RegExpExecArray | null = current === null || !current.inHead ? BARE_REQUEST.exec(line) : null;
    if (bare) {
      request = { method: bare[1], path: bare[2].replace(/[?#].*$/, '') };
      current = null;
      continue;
    }
    const req = REQUEST.exec(line);
    if (req) {
      request = { method: req[1], path: req[2].replace(/[?#].*$/, '') };
      continue;
    }
    if (PROMPT.test(line)) {
      request = commandRequest(line) ?? request;
      continue;
    }
    if (NOISE.test(line) || current === null || current.closed) continue;
    if (current.indented) {
      // wget prints no body: the head is the indented lines, and its next message line ends the response.
      if (current.inHead && INDENTED.test(line)) {
        if (/^\s*location:/i.test(line)) current.hasLocation = true;
        current.lines.push(line.trimStart());
      } else [current.inHead, current.closed] = [false, true];
      continue;
    }
    if (current.inHead) {
      if (BLANK.test(line)) current.inHead = false;
      else if (/^(?:< ?)?location:/i.test(line)) current.hasLocation = true;
    } else if (!BLANK.test(line)) current.hasBody = true;
    current.lines.push(line);
  }
  return chunks.map((chunk, i) => {
    const text = chunk.lines.join('\n');
    const head = parseHead(text);
    return {
      index: i + 1,
      method: chunk.method,
      path: chunk.path && chunk.path.length > 2048 ? `${chunk.path.slice(0, 2048)}…` : chunk.path,
      time: header(head, 'date'),
      status: head.status,
      reasonPhrase: head.reasonPhrase,
      headers: head.headers,
      body: text.slice(head.bodyStart),
      binary: false,
    };
  });
}
