// The top-level keys of a catalog file, read from the authoring JSON Schema, so the "Add your API" page can
// never list a key the loader does not know, or call an optional key required.
import { catalogAuthoringJsonSchema } from '@/lib/catalog/authoring-schema';

type Json = {
  type?: string | string[];
  enum?: unknown[];
  items?: Json;
  anyOf?: Json[];
  properties?: Record<string, Json>;
  required?: string[];
};

function typeText(s: Json): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeText).join(' or ');
  if (s.type === 'array') return `list of ${s.items ? typeText(s.items) : 'values'}`;
  if (Array.isArray(s.type)) return s.type.join(' or ');
  return s.type ?? 'any value';
}

export type SchemaKey = { key: string; required: boolean; type: string; keys: string[] };

export function schemaKeys(): SchemaKey[] {
  const root = catalogAuthoringJsonSchema() as Json;
  return Object.entries(root.properties ?? {}).map(([key, s]) => {
    const inner = s.type === 'array' ? s.items : s;
    return {
      key,
      required: (root.required ?? []).includes(key),
      type: s.type === 'array' && inner?.type === 'object' ? 'list of objects' : typeText(s),
      keys: Object.keys(inner?.properties ?? {}).map((k) => ((inner?.required ?? []).includes(k) ? k : `${k}?`)),
    };
  });
}
