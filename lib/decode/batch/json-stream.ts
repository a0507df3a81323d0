// Reads logs whose records are JSON objects one after another but not one per line: pretty-printed records
// (`jq .` output, a logger's pretty mode), or an OpenTelemetry OTLP/JSON document. One pass over the text that
// tracks strings and nesting finds where each top-level object ends; each is then parsed as a log record.
import { isRecord } from '../body-path';
import { pushRecord } from './ndjson';
import type { Session, SessionResponse } from './types';

const KEEP_SKIPPED = 5;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The records of a stream of JSON objects; null when it holds fewer than two responses and no OTLP document. */
export function readJsonStream(text: string): Session | null {
  const responses: SessionResponse[] = [];
  const skippedLines: number[] = [];
  let skippedCount = 0;
  let otlp = false;
  const skip = (line: number) => {
    if (skippedLines[skippedLines.length - 1] === line) return;
    skippedCount++;
    if (skippedLines.length < KEEP_SKIPPED) skippedLines.push(line);
  };
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = 0;
  let startLine = 1;
  let line = 1;
  let lastSkipped = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (depth === 0) {
      if (c === OPEN_BRACE) [depth, start, startLine] = [1, i, line];
      else if (!isSpace(c) && lastSkipped !== line) {
        // Text between records (a plain log line) is skipped, once per line.
        lastSkipped = line;
        skip(line);
      }
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth > 0) continue;
      let record: unknown;
      try {
        record = JSON.parse(text.slice(start, i + 1));
      } catch {
        record = null;
      }
      if (isRecord(record)) {
        otlp ||= Array.isArray(record.resourceLogs);
        pushRecord(responses, record, '', startLine);
      } else skip(startLine);
    }
  }
  if (depth > 0) skip(startLine);
  return responses.length >= 2 || otlp ? { kind: 'ndjson', responses, skippedLines, skippedCount } : null;
}
