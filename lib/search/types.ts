// The shapes shared by the build side (records, payload) and the browser side (engine, client, UI).

/** One error code as search sees it: everything a query may match, plus what a result row shows. */
export type SearchRecord = {
  /** API id, e.g. `chert`. */
  api: string;
  /** API display name, e.g. `Chert Messaging API`. */
  apiName: string;
  /** The code exactly as the API sends it: `1007` or `rate_limited`. */
  code: string | number;
  /** Symbolic name the source gives (`UNKNOWN_EFFECT`). */
  name?: string;
  title: string;
  meaning: string;
  action: string;
  /** Example messages, verbatim. */
  messages: string[];
  /** Message templates with `{placeholders}`. */
  templates: string[];
  causes: string[];
  solutions: string[];
  /** HTTP statuses; empty for codes delivered as events. */
  statuses: number[];
  /** Default retryability; null where the source documents none. */
  retryable: boolean | null;
  /** Upstream provider codes that map to this code (Meta `131047`). */
  providerCodes: Array<{ source: string; code: string | number; message?: string }>;
  /** Title of the code's group. */
  group: string;
  /** Page path, e.g. `/chert/errors/1007/`. */
  url: string;
};

/** A record as shipped: the API name lives once in `apis`, and empty lists are left out. */
export type PayloadRecord = Omit<SearchRecord, 'apiName' | 'messages' | 'templates' | 'causes' | 'solutions' | 'statuses' | 'providerCodes'> &
  Partial<Pick<SearchRecord, 'messages' | 'templates' | 'causes' | 'solutions' | 'statuses' | 'providerCodes'>>;

/** The static file the browser downloads on its first search (served at `/search-index.json`). */
export type SearchPayload = {
  /** Bumped when the format changes, so a stale cached file is refused rather than misread. */
  version: 1;
  /** API id → display name. */
  apis: Record<string, string>;
  records: PayloadRecord[];
};

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export type SearchOptions = {
  /** Most hits returned; default 20. */
  limit?: number;
  /** Only codes of this API. */
  api?: string;
  /** Only codes sent with a status of this class (codes delivered as events have none and drop out). */
  statusClass?: StatusClass;
  /** `true`/`false`: only codes with that default; `null`: only codes whose retryability is not documented. */
  retryable?: boolean | null;
};

export type SearchHit = {
  record: SearchRecord;
  /** Higher is better; comparable within one query only. */
  score: number;
  /** Words as they occur in the record's text (and the code or name when it matched), for highlighting. */
  matched: string[];
};

export type SearchEngine = {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of codes indexed. */
  readonly size: number;
};
