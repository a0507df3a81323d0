// Types of session triage: the responses read out of a HAR file, a JSON-lines log or a run of curl outputs,
// and the grouped summary made of them. Plain data, so a summary can cross the worker boundary as is.
import type { CodeValue } from '../types';

export type SessionKind = 'har' | 'ndjson' | 'curl';

/** One response read out of a session, before decoding. Request headers and bodies are never kept. */
export interface SessionResponse {
  /** 1-based position in the session: HAR entry, log line, or n-th response. */
  index: number;
  method: string | null;
  /** The URL path only: query strings and fragments often carry tokens. */
  path: string | null;
  time: string | null;
  /** null when the session does not say; 0 for a request that got no response (aborted, blocked). */
  status: number | null;
  reasonPhrase: string | null;
  headers: [string, string][];
  body: string;
  /**
   * Other bodies the record may hold (a log record's nested objects), tried in order when `body` is no catalogued
   * error. A function, so a big log's success records never pay for writing them out.
   */
  alternatives?: () => string[];
  /** Content that cannot be an error body (an image, a font); read only when the status says it failed. */
  binary: boolean;
}

export interface Session {
  kind: SessionKind;
  responses: SessionResponse[];
  /** Lines of a log that held no JSON record, by line number (the first few only). */
  skippedLines: number[];
  skippedCount: number;
}

/** A session that was recognised but could not be read, with where it broke. */
export interface SessionError {
  kind: 'session-error';
  source: SessionKind;
  reason: string;
  line?: number;
  column?: number;
}

/** One failed response in a group: enough to find it again, and its text to open it on its own. */
export interface TriageRow {
  index: number;
  method: string | null;
  path: string | null;
  time: string | null;
  status: number | null;
  traceId: string | null;
  /** The response alone (status line, response headers, body), as the single-response decoder reads it. */
  text: string;
}

/** `mixed`: the group's responses disagree (a response's own flag overriding the catalog's default). */
export type Verdict = 'retry' | 'do-not-retry' | 'unknown' | 'mixed';

export interface TriageGroup {
  key: string;
  /** null: not one of the catalogued APIs (a proxy page, another vendor's body). */
  api: string | null;
  apiName: string | null;
  code: CodeValue | null;
  /** The catalog group, when the body names one (Chirp's `authentication_error`). */
  group: string | null;
  /** The code's title, or its group's when only the group is known. */
  title: string | null;
  httpStatus: number | null;
  count: number;
  /** null when the catalog does not say, or when the group's responses disagree. */
  retryable: boolean | null;
  verdict: Verdict;
  /** The longest wait any response in the group asked for. */
  retryAfterSeconds: number | null;
  page: string | null;
  traceIds: string[];
  /** The first responses of the group (count may be larger). */
  rows: TriageRow[];
}

export interface SessionTriage {
  kind: 'batch';
  source: SessionKind;
  total: number;
  failed: number;
  /** Requests that got no response at all (status 0 in a HAR). */
  aborted: number;
  skippedLines: number[];
  skippedCount: number;
  groups: TriageGroup[];
}
