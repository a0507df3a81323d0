// An OpenAPI 3.1 fragment per API (/<api>/openapi.json): one schema per response shape, derived from the shape's
// field paths and the catalog's field types, and one response per documented status with the catalog's examples,
// ready to `$ref` from the API's own spec.
import type { Catalog } from '@/lib/catalog';
import { catalogQuery, codePath } from '@/lib/catalog';
import type { Example, Shape } from '@/lib/catalog/schema';
import { statusName } from '@/lib/decode/status-text';
import { plainText } from '@/lib/inline-text';
import { SITE_NAME, SITE_URL } from '@/lib/site';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema | false>;
  required?: string[];
  items?: JsonSchema;
  const?: unknown;
};

const PRIMITIVES: Record<string, string> = {
  string: 'string',
  integer: 'integer',
  int: 'integer',
  number: 'number',
  float: 'number',
  boolean: 'boolean',
  bool: 'boolean',
  object: 'object',
  array: 'array',
  null: 'null',
};

/**
 * Reads the catalog's human type names ("integer", "number or string", "array of strings", "string[]") as JSON
 * Schema; a name it cannot read yields no `type` (any value), so an odd spelling never rejects a real response.
 */
export function typeSchema(name: string): JsonSchema {
  const parts = name
    .toLowerCase()
    .split(/\s+or\s+|\s*\|\s*/)
    .map((p) => p.trim());
  const schemas: JsonSchema[] = [];
  for (const part of parts) {
    const arrayOf = /^array of (\w+?)s?$/.exec(part)?.[1] ?? /^(\w+)\[\]$/.exec(part)?.[1];
    if (arrayOf && PRIMITIVES[arrayOf]) schemas.push({ type: 'array', items: { type: PRIMITIVES[arrayOf] } });
    else if (PRIMITIVES[part]) schemas.push({ type: PRIMITIVES[part] });
    else return {};
  }
  if (schemas.length === 1) return schemas[0];
  if (schemas.every((s) => !s.items)) return { type: schemas.map((s) => s.type as string) };
  return {};
}

const pascal = (id: string) => id.replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Component names: `ChertEnvelope`, `ChertError429`; prefixed so fragments of several APIs can sit in one spec. */
export const schemaName = (catalog: Catalog, shape: Pick<Shape, 'id'>) => `${pascal(catalog.id)}${pascal(shape.id)}`;
export const responseName = (catalog: Catalog, status: number) => `${pascal(catalog.id)}Error${status}`;

/** The node for a dot path, creating objects on the way; `$` is the body itself. */
function nodeAt(
  root: JsonSchema,
  path: string,
  mark: (parent: JsonSchema, key: string) => void = () => {},
): JsonSchema | null {
  if (path === '$') return root;
  let node = root;
  for (const key of path.split('.')) {
    if (node.type !== undefined && node.type !== 'object') return null;
    node.type = 'object';
    node.properties ??= {};
    const next = node.properties[key];
    if (next === false) return null;
    if (next === undefined) node.properties[key] = {};
    mark(node, key);
    node = node.properties[key] as JsonSchema;
  }
  return node;
}

const requireKey = (parent: JsonSchema, key: string) => {
  parent.required ??= [];
  if (!parent.required.includes(key)) parent.required.push(key);
};

/** A JSON Schema for one response shape: documented fields with their types, matchers as constraints, roles described. */
export function shapeSchema(catalog: Catalog, shape: Shape): JsonSchema {
  const root: JsonSchema = { type: 'object', description: plainText(`${shape.title}: ${shape.description}`) };
  const fields = catalog.fields.filter((f) => f.shapes.length === 0 || f.shapes.includes(shape.id));
  for (const field of [...fields].sort((a, b) => a.path.split('.').length - b.path.split('.').length)) {
    // "Always present" holds where its parent object is present, which is what nested `required` says.
    const node = nodeAt(root, field.path);
    if (!node) continue;
    const parts = field.path.split('.');
    if (field.required === true) {
      const parent = parts.length === 1 ? root : nodeAt(root, parts.slice(0, -1).join('.'));
      if (parent) requireKey(parent, parts[parts.length - 1]);
    }
    const typed = typeSchema(field.type);
    // Optional fields may come as null: Chirp's reference example sends `"param": null`.
    if (field.required !== true && typed.type !== undefined)
      typed.type = [...new Set([...[typed.type].flat(), 'null'])];
    // An object with documented children keeps the properties it already has.
    Object.assign(
      node,
      { ...typed, ...(node.properties ? { type: 'object' } : {}) },
      { description: plainText(field.description) },
    );
  }
  for (const m of shape.match) {
    const parts = m.path.split('.');
    const key = parts[parts.length - 1];
    const parent = parts.length === 1 ? root : nodeAt(root, parts.slice(0, -1).join('.'));
    if (!parent) continue;
    if (m.present === false) {
      parent.type = 'object';
      parent.properties = { ...parent.properties, [key]: false };
      continue;
    }
    const node = nodeAt(root, m.path);
    if (!node) continue;
    requireKey(parent, key);
    if (m.equals !== undefined) node.const = m.equals;
    // The matcher's type is looser than a documented one ("number" where the field is an "integer").
    if (m.type && node.type === undefined) node.type = m.type;
  }
  for (const [role, paths] of Object.entries(shape.fields)) {
    for (const path of paths ?? []) {
      const node = nodeAt(root, path);
      if (node && !node.description)
        node.description = `The ${role.replace('_', ' ')}${role === 'code' ? `; every documented code is at ${SITE_URL}/${catalog.id}/errors/` : ''}.`;
    }
  }
  return root;
}

/** The status an example travels with: its own, its shape's transport status, or its code's one documented status. */
export function exampleStatus(catalog: Catalog, example: Example): number | undefined {
  if (example.status !== undefined) return example.status;
  const query = catalogQuery(catalog);
  const shape = query.shape(example.shape);
  if (shape?.transport_status) return shape.transport_status;
  const entry = example.code === undefined ? undefined : query.byCode(example.code);
  if (entry && entry.http_basis === 'documented' && entry.http.length === 1) return entry.http[0];
  return undefined;
}

export function openApiFragment(catalog: Catalog) {
  const response = catalog.codes.filter((c) => c.kind === 'response');
  const statuses = [
    ...new Set([
      ...response.flatMap((c) => c.http),
      ...catalog.shapes.flatMap((s) => (s.transport_status ? [s.transport_status] : [])),
    ]),
  ].sort((a, b) => a - b);
  const responseHeaders = catalog.headers.filter((h) => h.direction === 'response');
  const headerKey = (name: string) => `${pascal(catalog.id)}${name.replace(/[^A-Za-z0-9]+/g, '')}`;
  const responses = Object.fromEntries(
    statuses.map((status) => {
      const shapes = catalog.shapes.filter((s) => s.transport_status === undefined || s.transport_status === status);
      const codes = response.filter((c) => c.http.includes(status) && c.http_basis === 'documented');
      const typical = response.filter((c) => c.http.includes(status) && c.http_basis === 'group-typical');
      const examples = catalog.examples.filter((e) => exampleStatus(catalog, e) === status);
      const shown = new Set(examples.flatMap((e) => Object.keys(e.headers).map((k) => k.toLowerCase())));
      // The trace-id header travels with every error; wait and quota headers belong with 429s and wherever the examples show them.
      const headers = responseHeaders.filter(
        (h) =>
          h.role === 'trace-id' ||
          shown.has(h.name.toLowerCase()) ||
          (status === 429 && h.role.startsWith('rate-limit')) ||
          (status === 429 && h.role === 'retry-after'),
      );
      const refs = shapes.map((s) => ({ $ref: `#/components/schemas/${schemaName(catalog, s)}` }));
      const description = [
        `${catalog.name}: HTTP ${status}${statusName(status) ? ` ${statusName(status)}` : ''}.`,
        codes.length ? `Documented codes: ${codes.map((c) => String(c.code)).join(', ')}.` : '',
        typical.length
          ? `Codes whose group typically uses this status: ${typical.map((c) => String(c.code)).join(', ')}.`
          : '',
        shapes.some((s) => s.transport_status === status)
          ? `Some failures travel with this status (${shapes
              .filter((s) => s.transport_status === status)
              .map((s) => s.title)
              .join(', ')}).`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      return [
        responseName(catalog, status),
        {
          description,
          ...(headers.length
            ? {
                headers: Object.fromEntries(
                  headers.map((h) => [h.name, { $ref: `#/components/headers/${headerKey(h.name)}` }]),
                ),
              }
            : {}),
          content: {
            'application/json': {
              schema: refs.length === 1 ? refs[0] : { anyOf: refs },
              ...(examples.length
                ? {
                    examples: Object.fromEntries(
                      examples.map((e) => [
                        e.id,
                        {
                          summary: e.title,
                          ...(e.note ? { description: plainText(e.note) } : {}),
                          value: e.body,
                        },
                      ]),
                    ),
                  }
                : {}),
            },
          },
        },
      ];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: `${catalog.name}: error responses`,
      version: '1.0.0',
      summary: `Error response schemas and examples for ${catalog.name}, from ${SITE_NAME}.`,
      description: [
        plainText(catalog.summary),
        statuses.length
          ? `Reference these components from your own spec, e.g. \`$ref: '${SITE_URL}/${catalog.id}/openapi.json#/components/responses/${responseName(catalog, statuses.find((s) => s >= 400) ?? statuses[0])}'\`.`
          : '',
        catalog.codes[0]
          ? `Every code has its own page (e.g. ${SITE_URL}${codePath(catalog.id, catalog.codes[0].code)}); the full catalog is at ${SITE_URL}/${catalog.id}/catalog.json.`
          : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    externalDocs: { description: `All ${catalog.name} error codes`, url: `${SITE_URL}/${catalog.id}/errors/` },
    paths: {},
    components: {
      schemas: Object.fromEntries(catalog.shapes.map((s) => [schemaName(catalog, s), shapeSchema(catalog, s)])),
      responses,
      ...(responseHeaders.length
        ? {
            headers: Object.fromEntries(
              responseHeaders.map((h) => [
                headerKey(h.name),
                {
                  description: plainText(h.description),
                  schema: { type: 'string' },
                  ...(h.example ? { example: h.example } : {}),
                },
              ]),
            ),
          }
        : {}),
    },
  };
}
