// A cheap, decoder-free look at pasted text: does it hold a whole session (HAR, JSON-lines log, several
// curl outputs)? Small enough for the page bundle; the real reading happens in the worker.
import { looksLikeJsonArrayLog, looksLikeJsonLines } from './ndjson';

/**
 * Cheap look at the opening of a text: a JSON object whose first member is a `log` object, as every HAR exporter
 * writes it. Docker's json-file log lines also open with `"log"`, but hold a string there.
 */
export const looksLikeHar = (text: string) => /^\s*\{\s*"log"\s*:\s*\{/.test(text.slice(0, 256));

const MID_STATUS_THEN_HEADER =
  /^HTTP\/\d(?:\.\d)?[ \t]+\d{3}(?:[ \t][^\r\n]{0,100})?\r?\n(?:< ?)?[!#$%&'*+.^_`|~0-9A-Za-z-]+:/;

/** Two or more status lines at the start of a line (optionally after curl -v's `< `). */
export function hasTwoStatusLines(text: string): boolean {
  let seen = 0;
  const lineStartsAt = (i: number) => i === 0 || text[i - 1] === '\n';
  // `wget -S` indents its status lines by two spaces.
  const indentedAt = (i: number) => {
    for (let k = 1; k <= 4 && text[i - k] === ' '; k++) if (lineStartsAt(i - k)) return true;
    return false;
  };
  for (let at = text.indexOf('HTTP/'); at !== -1; at = text.indexOf('HTTP/', at + 5)) {
    // Constant work per hit (no scan back to the line start), so a line full of "HTTP/" stays linear.
    const atLineStart =
      lineStartsAt(at) ||
      (text[at - 1] === '<' && lineStartsAt(at - 1)) ||
      (text.slice(at - 2, at) === '< ' && lineStartsAt(at - 2)) ||
      indentedAt(at);
    // A status line may also follow a body that had no final newline (`…}HTTP/2 429`), confirmed by a header after it.
    const isStatus = atLineStart
      ? /^HTTP\/\d(?:\.\d)?[ \t]+\d{3}/.test(text.slice(at, at + 20))
      : at > 0 && MID_STATUS_THEN_HEADER.test(text.slice(at, at + 300));
    if (isStatus && ++seen === 2) return true;
  }
  return false;
}

/** A JSON object that opens like a HAR document or has an `entries` list near its start. */
export const harLike = (trimmed: string) =>
  trimmed.startsWith('{') && (looksLikeHar(trimmed) || /"entries"\s*:/.test(trimmed.slice(0, 64 * 1024)));

/**
 * JSON records that are not one a line: pretty-printed records (a line holding only `}` followed by one opening
 * the next record), or an OpenTelemetry OTLP/JSON document.
 */
export const looksLikeJsonStream = (trimmed: string) =>
  trimmed.startsWith('{') &&
  (/^\{\s*"resourceLogs"\s*:/.test(trimmed) || /\n\}[ \t]*\r?\n[ \t]*\{/.test(trimmed.slice(0, 1 << 20)));

/** True when the text should go to session triage rather than to the single-response decoder. */
export function looksLikeSession(text: string): boolean {
  const trimmed = text
    .slice(0, 1 << 20)
    .replace(/^\ufeff/, '')
    .trimStart();
  return (
    harLike(trimmed) ||
    looksLikeJsonLines(trimmed) ||
    looksLikeJsonArrayLog(trimmed) ||
    looksLikeJsonStream(trimmed) ||
    hasTwoStatusLines(text)
  );
}
