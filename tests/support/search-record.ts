// A search record for unit tests on small hand-made catalogs: every field a code record has, with plain defaults, so a
// test writes only what its query is about.
import type { SearchRecord } from '@/lib/search/types';

export function searchRecord(
  api: string,
  code: string | number,
  title: string,
  extra: Partial<SearchRecord> = {},
): SearchRecord {
  return {
    api,
    apiName: `${api} API`,
    code,
    title,
    meaning: `${title}.`,
    action: 'Do the documented thing.',
    messages: [],
    templates: [],
    causes: [],
    solutions: [],
    statuses: [400],
    retryable: false,
    providerCodes: [],
    group: 'Errors',
    tags: [],
    keywords: [],
    url: `/${api}/errors/${encodeURIComponent(String(code))}/`,
    ...extra,
  };
}
