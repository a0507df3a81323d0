// One query object per loaded catalog: codes by value or name, groups, headers by role, and each code's examples,
// context fields and related codes, indexed once (memoised per catalog) instead of re-scanning raw arrays per lookup.
import type { Catalog } from './load';
import type { CodeValue, ContextField, ErrorCode, Example, Group, HeaderDoc, HeaderRole, Shape } from './schema';

type Direction = HeaderDoc['direction'];

export interface CatalogQuery {
  /** The code as the API sends it: `1007` and `"1007"` both find Chert's 1007; unknown codes give undefined. */
  byCode(code: CodeValue): ErrorCode | undefined;
  /** The code the source gives this symbolic name (`UNKNOWN_EFFECT`). */
  byShortName(name: string): ErrorCode | undefined;
  byGroup(id: string): Group | undefined;
  /** The group a code belongs to; the loader guarantees it exists. */
  groupOf(entry: ErrorCode): Group;
  codesOfGroup(id: string): ErrorCode[];
  shape(id: string): Shape | undefined;
  /** The first header with this role (and direction, when given), in catalog order. */
  headerByRole(role: HeaderRole, direction?: Direction): HeaderDoc | undefined;
  headersByRole(role: HeaderRole, direction?: Direction): HeaderDoc[];
  example(id: string): Example | undefined;
  /** The source's example responses for a code, in catalog order. */
  examplesFor(code: CodeValue): Example[];
  /** Context fields a code may carry: named in its `context`, or listing the code among theirs. */
  contextFieldsFor(entry: ErrorCode): ContextField[];
  /** The codes a code names as related, in its order; names the catalog does not define are skipped. */
  relatedTo(entry: ErrorCode): ErrorCode[];
}

/** Codes compare by their text: YAML may spell a numeric code as a string in a list of codes. */
const key = (code: CodeValue) => String(code);

const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
};

function buildQuery(catalog: Catalog): CatalogQuery {
  const codes = new Map<string, ErrorCode>();
  const names = new Map<string, ErrorCode>();
  const codesByGroup = new Map<string, ErrorCode[]>();
  for (const entry of catalog.codes) {
    codes.set(key(entry.code), entry);
    if (entry.name) names.set(entry.name, entry);
    push(codesByGroup, entry.group, entry);
  }
  const groups = new Map(catalog.groups.map((g) => [g.id, g]));
  const shapes = new Map(catalog.shapes.map((s) => [s.id, s]));
  const headers = new Map<HeaderRole, HeaderDoc[]>();
  for (const header of catalog.headers) push(headers, header.role, header);
  const examplesById = new Map(catalog.examples.map((e) => [e.id, e]));
  const examples = new Map<string, Example[]>();
  for (const example of catalog.examples) if (example.code !== undefined) push(examples, key(example.code), example);
  const fieldCodes = new Map(catalog.context_fields.map((f) => [f, new Set(f.codes.map(key))]));

  const headersByRole = (role: HeaderRole, direction?: Direction) =>
    (headers.get(role) ?? []).filter((h) => direction === undefined || h.direction === direction);
  return {
    byCode: (code) => codes.get(key(code)),
    byShortName: (name) => names.get(name),
    byGroup: (id) => groups.get(id),
    groupOf: (entry) => groups.get(entry.group)!,
    codesOfGroup: (id) => codesByGroup.get(id) ?? [],
    shape: (id) => shapes.get(id),
    headerByRole: (role, direction) => headersByRole(role, direction)[0],
    headersByRole,
    example: (id) => examplesById.get(id),
    examplesFor: (code) => examples.get(key(code)) ?? [],
    contextFieldsFor: (entry) =>
      catalog.context_fields.filter((f) => entry.context.includes(f.name) || fieldCodes.get(f)!.has(key(entry.code))),
    relatedTo: (entry) => entry.related.map((r) => codes.get(key(r))).filter((c): c is ErrorCode => c !== undefined),
  };
}

const cache = new WeakMap<Catalog, CatalogQuery>();

/** The query object of a catalog, built on first use and shared by every later reader of the same catalog. */
export function catalogQuery(catalog: Catalog): CatalogQuery {
  let query = cache.get(catalog);
  if (!query) {
    query = buildQuery(catalog);
    cache.set(catalog, query);
  }
  return query;
}
