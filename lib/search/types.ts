// The shapes shared by the build side (records, payload) and the browser side (engine, client, UI); what a record
// holds of a code is typed from the catalog schema.
import type { CodeValue, ConceptTag, ErrorCode } from '@/lib/catalog/schema';

/** The catalog's own words for a code, as search matches and shows them. */
type CodeText = Pick<ErrorCode, 'title' | 'meaning' | 'action' | 'messages' | 'templates' | 'causes' | 'solutions'>;

/** One error code as search sees it: everything a query may match, plus what a result row shows. */
export type SearchRecord = CodeText & {
  /** API id, e.g. `chert`. */
  api: string;
  /** API display name, e.g. `Chert Messaging API`. */
  apiName: string;
  /** The code exactly as the API sends it: `1007` or `rate_limited`. */
  code: CodeValue;
  name?: ErrorCode['name'];
  /** HTTP statuses; empty for codes delivered as events. */
  statuses: ErrorCode['http'];
  /** The source gives only the group's typical statuses for this code, not its own. */
  statusesTypical?: boolean;
  retryable: ErrorCode['retryable'];
  /** Upstream provider codes that map to this code (Meta `131047`). */
  providerCodes: ErrorCode['provider_codes'];
  /** Title of the code's group. */
  group: string;
  /** Concept tags of the code and its group; the engine turns them and the statuses into kind words. */
  tags: ConceptTag[];
  /** Synonyms the catalog gives for the code and its group (`throttled`, `E.164`). */
  keywords: string[];
  /** Page path, e.g. `/chert/errors/1007/`. */
  url: string;
};

/** One section of a guide page as search sees it: the page's top (no heading) or one of its headings. */
export type GuideSection = {
  api: string;
  apiName: string;
  /** The guide page's title (`Retries`). */
  page: string;
  /** The section's heading; absent for the text before the first heading. */
  heading?: string;
  /** The section's prose, as plain text. */
  text: string;
  /** `/chert/retries/#making-retries-safe`. */
  url: string;
};

type ShippedLists =
  'messages' | 'templates' | 'causes' | 'solutions' | 'statuses' | 'providerCodes' | 'tags' | 'keywords';

/**
 * A record as shipped: the API name and the group live once in the payload (the group as an index into `groups`),
 * the page path is derived from API and code, and empty lists are left out.
 */
export type PayloadRecord = Omit<SearchRecord, 'apiName' | 'group' | 'url' | ShippedLists> &
  Partial<Pick<SearchRecord, ShippedLists>> & { group: number };

/** The static file the browser downloads on its first search (served at `/search-index.json`). */
export type SearchPayload = {
  /** Bumped when the format changes, so a stale cached file is refused rather than misread. */
  version: 2;
  /** API id → display name. */
  apis: Record<string, string>;
  /** Group titles; a record names its group by index. */
  groups: string[];
  records: PayloadRecord[];
  guides: Array<Omit<GuideSection, 'apiName'>>;
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

type HitBase = {
  /** The page the hit links to. */
  url: string;
  /** Higher is better; comparable within one query only. */
  score: number;
  /** Words as they occur in the record's text (and the code or name when it matched), for highlighting. */
  matched: string[];
};

/** A code page or a guide section; `record` or `guide` says which. */
export type SearchHit =
  (HitBase & { record: SearchRecord; guide?: undefined }) | (HitBase & { guide: GuideSection; record?: undefined });

export type SearchResult = {
  hits: SearchHit[];
  /** Every result above the relevance floor; `hits` holds the first `limit` of them. */
  total: number;
};

export type SearchEngine = {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The hits and how many there are in all. */
  run(query: string, options?: SearchOptions): SearchResult;
  /** Nearest indexed words and codes to a query that found nothing, best first. */
  suggest(query: string): string[];
  /** Number of codes indexed. */
  readonly size: number;
};
