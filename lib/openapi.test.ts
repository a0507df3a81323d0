import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { exampleStatus, openApiFragment, responseName, schemaName, shapeSchema, typeSchema } from './openapi';

const catalogs = getCatalogs();

describe('openApiFragment', () => {
  it.each(catalogs.map((c) => [c.id, c] as const))(
    '%s: is a valid OpenAPI 3.1 document whose $refs all resolve',
    async (_id, catalog) => {
      const validator = new Validator();
      const result = await validator.validate(structuredClone(openApiFragment(catalog)));
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(() => validator.resolveRefs()).not.toThrow();
    },
  );

  it.each(catalogs.map((c) => [c.id, c] as const))(
    '%s: every catalog example body matches the schema of its shape',
    (_id, catalog) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      for (const example of catalog.examples) {
        const shape = catalog.shapes.find((s) => s.id === example.shape)!;
        const validate = ajv.compile(shapeSchema(catalog, shape));
        expect({ example: example.id, ok: validate(example.body), errors: validate.errors ?? null }).toEqual({
          example: example.id,
          ok: true,
          errors: null,
        });
      }
    },
  );

  it('offers a response for every documented status, carrying the examples sent with it', () => {
    for (const catalog of catalogs) {
      const doc = openApiFragment(catalog);
      const names = Object.keys(doc.components.responses);
      for (const status of new Set(catalog.codes.flatMap((c) => c.http)))
        expect(names).toContain(responseName(catalog, status));
      for (const example of catalog.examples) {
        const status = exampleStatus(catalog, example);
        if (status === undefined) continue;
        const response = doc.components.responses[responseName(catalog, status)];
        const examples =
          (response.content['application/json'] as { examples?: Record<string, { value: unknown }> }).examples ?? {};
        expect(examples[example.id]?.value).toEqual(example.body);
      }
    }
  });

  it('turns Chert’s envelope into nested properties with required fields and the matcher constants', () => {
    const chert = catalogs.find((c) => c.id === 'chert')!;
    const schema = shapeSchema(
      chert,
      chert.shapes.find((s) => s.id === 'envelope')!,
    );
    expect(schema.required).toEqual(expect.arrayContaining(['success', 'error', 'trace_id']));
    expect(schema.properties?.success).toMatchObject({ type: 'boolean', const: false });
    const error = schema.properties?.error as { properties: Record<string, { type?: string }>; required: string[] };
    expect(error.properties.code.type).toBe('integer');
    expect(error.required).toEqual(expect.arrayContaining(['code', 'message', 'retryable', 'status']));
    expect(error.required).not.toContain('retry_after');
    expect(schemaName(chert, { id: 'flat-send' })).toBe('ChertFlatSend');
    expect(responseName(chert, 429)).toBe('ChertError429');
    // A shape recognised by a field's absence refuses bodies that carry it.
    const flat = new Ajv2020({ strict: false }).compile(
      shapeSchema(
        chert,
        chert.shapes.find((s) => s.id === 'flat-send')!,
      ),
    );
    expect(flat({ code: 1001, message: 'x', retryable: false, trace_id: 't' })).toBe(true);
    expect(flat({ ok: false, code: 1001, message: 'x', retryable: false, trace_id: 't' })).toBe(false);
  });
});

describe('typeSchema', () => {
  it('reads the catalog’s type names and leaves unknown ones open', () => {
    expect(typeSchema('integer')).toEqual({ type: 'integer' });
    expect(typeSchema('number or string')).toEqual({ type: ['number', 'string'] });
    expect(typeSchema('array of strings')).toEqual({ type: 'array', items: { type: 'string' } });
    expect(typeSchema('string[]')).toEqual({ type: 'array', items: { type: 'string' } });
    expect(typeSchema('ISO 8601 timestamp')).toEqual({});
  });
});
