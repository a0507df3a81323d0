// Splits a run of `curl -i` / `curl -v` outputs into responses. Redirect chains (`curl -L`) and `100 Continue`
// stay with the response they lead to; `curl -v` request lines give method and path, and are dropped with the
// rest of the request (its headers may carry credentials).
import { parseHead, header } from '../parse-input';
import type { SessionResponse } from './types';

// Non-overlapping patterns: the rest of a line is never matched, so long lines cost one pass.
const STATUS = /^(?:< ?)?HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?![0-9])/;
const REQUEST = /^> ?([A-Z]{3,10}) (\S+) HTTP\/\d/;
const BLANK = /^(?:< ?)?[ \t]*\r?$/;
// curl -v chatter and request lines, never part of a response.
const NOISE = /^(?:\* |>|\{ \[|\} \[)/;

interface Chunk {
  lines: string[];
  method: string | null;
  path: string | null;
  lastStatus: number;
  inHead: boolean;
  hasLocation: boolean;
  hasBody: boolean;
}

/** The responses in the text, in order; fewer than two means it is not a run of responses. */
export function splitCurl(text: string): SessionResponse[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  let request: { method: string; path: string } | null = null;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    start = end + 1;
    const status = STATUS.exec(line);
    if (status) {
      const code = Number(status[1]);
      // A status line right after a 1xx, or after a redirect that had no body, continues the same exchange.
      const continues =
        current !== null &&
        !current.hasBody &&
        (current.lastStatus < 200 || (current.lastStatus < 400 && current.lastStatus >= 300 && current.hasLocation));
      if (!continues) {
        current = {
          lines: [],
          method: request?.method ?? null,
          path: request?.path ?? null,
          lastStatus: code,
          inHead: true,
          hasLocation: false,
          hasBody: false,
        };
        chunks.push(current);
      }
      request = null;
      current!.lastStatus = code;
      current!.inHead = true;
      current!.hasLocation = false;
      current!.lines.push(line);
      continue;
    }
    const req = REQUEST.exec(line);
    if (req) {
      request = { method: req[1], path: req[2].replace(/[?#].*$/, '') };
      continue;
    }
    if (NOISE.test(line) || current === null) continue;
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
