// Per-API lookups over the decoder table (codes by value, groups by sent value, headers by role), built once per table.
import type { HeaderRole, TableApi, TableCode, TableGroup } from './types';

interface ApiIndex {
  codes: Map<string, TableCode>;
  groups: Map<string, TableGroup>;
  groupById: Map<string, TableGroup>;
  providers: Map<string, TableCode>;
}

const cache = new WeakMap<TableApi, ApiIndex>();

const providerKey = (source: string, code: unknown) => `${source.toLowerCase()}\u0000${String(code)}`;

function indexOf(api: TableApi): ApiIndex {
  let index = cache.get(api);
  if (!index) {
    index = { codes: new Map(), groups: new Map(), groupById: new Map(), providers: new Map() };
    for (const entry of api.codes) {
      index.codes.set(String(entry.code), entry);
      for (const p of entry.provider_codes ?? []) index.providers.set(providerKey(p.source, p.code), entry);
    }
    for (const group of api.groups) {
      index.groupById.set(group.id, group);
      index.groups.set(group.value ?? group.id, group);
    }
    cache.set(api, index);
  }
  return index;
}

/** The catalog entry for a code as sent: `1007` and `"1007"` both find Chert's 1007. */
export function findCode(api: TableApi, code: unknown): TableCode | undefined {
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  return indexOf(api).codes.get(String(code));
}

/** A group by its catalog id (the `group` of a code). */
export const findGroup = (api: TableApi, id: string): TableGroup | undefined => indexOf(api).groupById.get(id);

/** A group by the value the API sends in its group field (Chirp `type`), falling back to the group id. */
export function findGroupByValue(api: TableApi, value: unknown): TableGroup | undefined {
  if (typeof value !== 'string') return undefined;
  return indexOf(api).groups.get(value) ?? indexOf(api).groupById.get(value);
}

/** The catalog code a provider's native code maps to (Meta 131047 → conversation_window_expired). */
export function findProviderCode(api: TableApi, source: unknown, code: unknown): TableCode | undefined {
  if (typeof source !== 'string' || (typeof code !== 'string' && typeof code !== 'number')) return undefined;
  return indexOf(api).providers.get(providerKey(source, code));
}

export function headerNames(api: TableApi, role: HeaderRole): string[] {
  return api.headers[role] ?? [];
}
