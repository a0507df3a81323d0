// Projects the loaded catalogs onto the compact, JSON-serialisable table the decoder reads in the browser.
// Shapes, headers and codes are data: a new catalog teaches the decoder its envelopes with no code change.
import type { Catalog } from '@/lib/catalog/load';
import { urlHost } from './body-path';
import type { DecoderTable, ShapeRole, TableApi, TableCode, TableShape } from './types';

const nonEmpty = <T>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);

function projectShape(shape: Catalog['shapes'][number]): TableShape {
  const fields: TableShape['fields'] = {};
  for (const [role, paths] of Object.entries(shape.fields) as [ShapeRole, string[] | undefined][]) {
    if (paths && paths.length > 0) fields[role] = [...paths];
  }
  return {
    id: shape.id,
    title: shape.title,
    ...(shape.transport_status !== undefined ? { transport_status: shape.transport_status } : {}),
    match: shape.match.map((m) => ({ ...m })),
    fields,
    required: [...shape.required],
  };
}

function projectCode(entry: Catalog['codes'][number]): TableCode {
  const code: TableCode = {
    code: entry.code,
    title: entry.title,
    meaning: entry.meaning,
    group: entry.group,
    kind: entry.kind,
    http: [...entry.http],
    http_basis: entry.http_basis,
    retryable: entry.retryable,
    retryable_basis: entry.retryable_basis,
  };
  if (entry.name) code.name = entry.name;
  const overrides = nonEmpty(entry.overrides.map((o) => ({ where: o.where, retryable: o.retryable })));
  if (overrides) code.overrides = overrides;
  if (entry.context.length > 0) code.context = [...entry.context];
  const details = nonEmpty(entry.details.map((d) => ({ name: d.name, description: d.description })));
  if (details) code.details = details;
  const providers = nonEmpty(entry.provider_codes.map((p) => ({ ...p })));
  if (providers) code.provider_codes = providers;
  return code;
}

/** Host names of the URLs an API puts in its own error bodies (`doc_url` and the like), read off its examples. */
function bodyHosts(catalog: Catalog): string[] {
  const hosts = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') {
      const host = urlHost(value);
      if (host) hosts.add(host);
    } else if (value && typeof value === 'object' && depth < 6)
      for (const v of Object.values(value)) walk(v, depth + 1);
  };
  for (const example of catalog.examples) walk(example.body, 0);
  return [...hosts].sort();
}

function projectApi(catalog: Catalog): TableApi {
  const headers: TableApi['headers'] = {};
  for (const header of catalog.headers) {
    if (header.direction !== 'response') continue;
    (headers[header.role] ??= []).push(header.name);
  }
  return {
    id: catalog.id,
    name: catalog.name,
    code_format: catalog.code_format,
    trace_label: catalog.trace_label,
    retry_basis: catalog.retry.basis,
    headers,
    body_hosts: bodyHosts(catalog),
    shapes: catalog.shapes.map(projectShape),
    groups: catalog.groups.map((g) => ({
      id: g.id,
      title: g.title,
      ...(g.value !== undefined ? { value: g.value } : {}),
      http: [...g.http],
      retryable: g.retryable,
    })),
    codes: catalog.codes.map(projectCode),
    context_fields: catalog.context_fields.map((f) => ({ name: f.name, explain: f.explain ?? f.description })),
    status_rules: catalog.retry.status_rules.map((r) => ({ http: [...r.http], retryable: r.retryable, note: r.note })),
  };
}

/** The decoder's view of the catalogs: only what decoding needs, nothing that renders pages. */
export function buildDecoderTable(catalogs: Catalog[]): DecoderTable {
  return { version: 1, apis: catalogs.map(projectApi) };
}
