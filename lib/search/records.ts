// Build side: turns the loaded catalogs into one search record per code, in catalog order.
import { catalogQuery, codePath, type Catalog } from '@/lib/catalog';
import type { SearchRecord } from './types';

export function buildSearchRecords(catalogs: Catalog[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const catalog of catalogs) {
    const query = catalogQuery(catalog);
    for (const entry of catalog.codes) {
      const group = query.groupOf(entry);
      records.push({
        api: catalog.id,
        apiName: catalog.name,
        code: entry.code,
        ...(entry.name ? { name: entry.name } : {}),
        title: entry.title,
        meaning: entry.meaning,
        action: entry.action,
        messages: entry.messages,
        templates: entry.templates,
        causes: entry.causes,
        solutions: entry.solutions,
        statuses: entry.http,
        ...(entry.http_basis === 'group-typical' ? { statusesTypical: true } : {}),
        retryable: entry.retryable,
        providerCodes: entry.provider_codes.map((p) => ({
          source: p.source,
          code: p.code,
          ...(p.message ? { message: p.message } : {}),
        })),
        group: group.title,
        tags: [...new Set([...entry.tags, ...group.tags])],
        keywords: [...new Set([...(entry.keywords ?? []), ...(group.keywords ?? [])])],
        url: codePath(catalog.id, entry.code),
      });
    }
  }
  return records;
}
