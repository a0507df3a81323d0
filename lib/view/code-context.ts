// The "Extra fields in the response" block of a code page as data: the context fields and `details` members the
// code may carry and the upstream provider codes mapped to it, read by the page (components/code-page/code-context.tsx)
// and its Markdown twin (lib/markdown/code.ts) alike.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { catalogQuery } from '@/lib/catalog/query';

export interface ContextRow {
  /** The member as it appears in the body: `attachment_index`, `details.field`. */
  name: string;
  /** The catalog's type of a context field; `details` members have none. */
  type?: string;
  /** What it holds and how to use it, with the catalog's inline marks. */
  text: string;
  /** A sample value as JSON, when the source gives one. */
  example?: string;
}

export interface ProviderRow {
  source: string;
  code: string;
  message?: string;
}

export interface CodeContextView {
  rows: ContextRow[];
  providers: { intro: string; rows: ProviderRow[]; tablePath: string } | null;
}

/** What else the response may carry for this code, or null when the catalog records nothing. */
export function codeContext(catalog: Catalog, entry: ErrorCode): CodeContextView | null {
  const fields = catalogQuery(catalog).contextFieldsFor(entry);
  if (!fields.length && !entry.details.length && !entry.provider_codes.length) return null;
  const rows: ContextRow[] = [
    ...fields.map((f) => ({
      name: f.name,
      type: f.type,
      text: f.explain ? `${f.description} ${f.explain}` : f.description,
    })),
    ...entry.details.map((d) => ({
      name: `details.${d.name}`,
      text: d.description,
      ...(d.example !== undefined ? { example: JSON.stringify(d.example) } : {}),
    })),
  ];
  const providers = entry.provider_codes.length
    ? {
        intro: `Upstream provider codes that ${catalog.name} reports as this code:`,
        rows: entry.provider_codes.map((p) => ({
          source: p.source,
          code: String(p.code),
          ...(p.message ? { message: p.message } : {}),
        })),
        tablePath: `/${catalog.id}/errors/`,
      }
    : null;
  return { rows, providers };
}
