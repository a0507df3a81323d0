// Types of the envelope decoder: the compact table it reads (picked from the catalog schema's types, served as JSON)
// and the result it returns. Everything here is plain data so both can cross a JSON boundary.
import type {
  CatalogFile,
  CodeValue,
  ErrorCode,
  Group,
  HeaderRole,
  Matcher,
  Shape,
  ShapeRole,
  StatusRule,
} from '@/lib/catalog/schema';

export type { CodeValue, HeaderRole, ShapeRole };
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type TableMatcher = Matcher;

/** A shape with where each fact sits in a body of it; every role may list several candidate paths. */
export type TableShape = Pick<Shape, 'id' | 'title' | 'transport_status' | 'match' | 'fields' | 'required'>;

export type TableGroup = Pick<Group, 'id' | 'title' | 'value' | 'http' | 'retryable'>;

type TableOverride = Pick<ErrorCode['overrides'][number], 'where' | 'retryable'>;

/** A code with only what decoding reads; empty lists are left out of the served table. */
export type TableCode = Pick<
  ErrorCode,
  'code' | 'name' | 'title' | 'meaning' | 'group' | 'kind' | 'http' | 'http_basis' | 'retryable' | 'retryable_basis'
> & {
  overrides?: TableOverride[];
  context?: ErrorCode['context'];
  details?: Pick<ErrorCode['details'][number], 'name' | 'description'>[];
  provider_codes?: ErrorCode['provider_codes'];
};

type TableStatusRule = Pick<StatusRule, 'http' | 'retryable' | 'note'>;

/** Where the retry verdict came from: the response's own flag, the catalog's default, or HTTP-status rules. */
export type RetrySource = CatalogFile['retry']['basis'];

export interface TableApi extends Pick<CatalogFile, 'id' | 'name' | 'code_format' | 'trace_label'> {
  retry_basis: RetrySource;
  /** Response header names by role (request headers are not clues in a pasted response). */
  headers: Partial<Record<HeaderRole, string[]>>;
  /** Hosts of the URLs the API's own error bodies carry (`doc_url`): a body linking there is its own. */
  body_hosts: string[];
  shapes: TableShape[];
  groups: TableGroup[];
  codes: TableCode[];
  context_fields: { name: string; explain: string }[];
  status_rules: TableStatusRule[];
}

export interface DecoderTable {
  version: 1;
  apis: TableApi[];
}

export type StatusSource = 'status-line' | 'body' | 'shape';
export type WaitSource = 'body' | 'retry-after' | 'rate-limit' | 'rate-limit-reset';

/** One explained piece of context from the body (attachment index, allowed values, issues, provider…). */
export interface ContextItem {
  /** The catalog's name for the field (`attachment_index`), or the body path for other members. */
  name: string;
  /** Where it sits in the body, e.g. `error.attachment_index` or `details.issues`. */
  path: string;
  value: Json;
  /** A plain sentence saying what the value means for the reader. */
  explain: string;
  /** Listed members (issues, allowed values) for display as a list. */
  items?: string[];
}

/** RFC 9457 problem details members, as sent (null where absent). */
export interface ProblemDetails {
  type: string | null;
  title: string | null;
  status: number | null;
  detail: string | null;
  instance: string | null;
}

/** What the decoder knows about a failed response no catalog claims. */
export interface GenericFacts {
  /** What the body is: problem details, another JSON error body, an HTML or XML page, plain text, or nothing. */
  kind: 'problem' | 'json' | 'html' | 'xml' | 'text' | 'empty';
  problem: ProblemDetails | null;
  /** The proxy, CDN or server that probably produced the response, and what says so. */
  sender: { name: string; evidence: string } | null;
  /** A documented shape the body looks like, although nothing in it is specific to that API. */
  resembles: { api: string; apiName: string; shape: string; shapeTitle: string } | null;
  /** The title of an HTML page. */
  pageTitle: string | null;
}

export interface DecodedError {
  ok: true;
  /** The API whose catalog claims the body; null when none does and the verdict comes from HTTP semantics. */
  api: string | null;
  apiName: string | null;
  shape: Pick<Shape, 'id' | 'title'>;
  runnerUp: { api: string; apiName: string; shape: string; shapeTitle: string; reason: string } | null;
  code: CodeValue | null;
  known: boolean;
  title: string | null;
  meaning: string | null;
  group: string | null;
  groupTitle: string | null;
  httpStatus: number | null;
  statusSource: StatusSource | null;
  /** The standard name of the status, e.g. "Too Many Requests". */
  statusText: string | null;
  message: string | null;
  retryable: boolean | null;
  retrySource: RetrySource | null;
  /** true when the response's own flag contradicts the catalog default for the code. */
  override: boolean;
  overrideNote: string | null;
  reason: string;
  retryAfterSeconds: number | null;
  waitSource: WaitSource | null;
  /** The body path or header name the wait came from. */
  waitField: string | null;
  traceId: string | null;
  traceSource: 'body' | 'header' | null;
  traceField: string | null;
  traceLabel: string;
  context: ContextItem[];
  page: string | null;
  warnings: string[];
  /** Set when no catalog claims the response: the facts behind the generic HTTP verdict. */
  generic: GenericFacts | null;
}

export type FailureKind =
  | 'empty'
  | 'too-large'
  | 'broken-json'
  | 'too-deep'
  | 'html'
  | 'success'
  | 'no-body'
  | 'not-json'
  | 'no-shape'
  | 'internal';

export interface NotAnError {
  ok: false;
  kind: FailureKind;
  reason: string;
  /** 1-based position of the break, for broken JSON. */
  line?: number;
  column?: number;
  httpStatus: number | null;
  statusMeaning: string | null;
}

export type DecodeResult = DecodedError | NotAnError;

export interface DecodeOptions {
  /** Reference time for Retry-After dates and X-RateLimit-Reset epochs when the response has no Date header. */
  now?: Date;
}
