// The two generated JSON Schemas: the authoring one editors use on catalog.yaml (committed, must be current) and
// the export one that describes /<api>/catalog.json.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { authoringSchemaText, catalogAuthoringJsonSchema } from './authoring-schema';
import { catalogExport } from './export';
import { catalogExportJsonSchema, CatalogExportSchema } from './export-schema';

const ajv = () => {
  const instance = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  addFormats(instance);
  return instance;
};
const yamlOf = (file: string) => YAML.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const CONTENT = path.join(process.cwd(), 'content');
const catalogs = getCatalogs();

describe('content/catalog.schema.json (authoring schema)', () => {
  it('is exactly what `npm run schema` generates from the zod schema', () => {
    const committed = fs.readFileSync(path.join(CONTENT, 'catalog.schema.json'), 'utf8');
    expect(committed, 'content/catalog.schema.json is out of date: run npm run schema').toBe(authoringSchemaText());
  });

  it.each(catalogs.map((c) => [c.id, c.file] as const))(
    'accepts %s as written, shorthands included, and the file points editors at it',
    (_id, file) => {
      const validate = ajv().compile(catalogAuthoringJsonSchema());
      expect(validate(yamlOf(file)), JSON.stringify(validate.errors)).toBe(true);
      expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../../catalog.schema.json',
      );
    },
  );

  it('flags the mistakes an editor should underline: a quoted status, an unknown key, a missing meaning', () => {
    const validate = ajv().compile(catalogAuthoringJsonSchema());
    const good = yamlOf(path.join('tests', 'fixtures', 'good-catalog', 'demo', 'catalog.yaml'));
    expect(validate(good)).toBe(true);
    const withCode = (patch: Record<string, unknown>) => ({
      ...good,
      codes: [{ ...(good.codes as object[])[0], ...patch }],
    });
    expect(validate(withCode({ http: '429' }))).toBe(false);
    expect(validate(withCode({ retry: true }))).toBe(false);
    const { meaning: _meaning, ...noMeaning } = (good.codes as Record<string, unknown>[])[0];
    expect(validate({ ...good, codes: [noMeaning] })).toBe(false);
    // A single status or a single path is shorthand the loader accepts, so the schema must too.
    expect(validate(withCode({ http: 400 }))).toBe(true);
  });
});

describe('/schema/catalog.json (export schema)', () => {
  it.each(catalogs.map((c) => [c.id, c] as const))('validates the %s export and names itself in it', (_id, catalog) => {
    const exported = JSON.parse(JSON.stringify(catalogExport(catalog)));
    const schema = catalogExportJsonSchema();
    const validate = ajv().compile(schema);
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    expect(exported.$schema).toBe(schema.$id);
    expect(CatalogExportSchema.safeParse(exported).success).toBe(true);
  });

  it('rejects an export whose code lost its page URL or carries a retry flag that is not a boolean', () => {
    const validate = ajv().compile(catalogExportJsonSchema());
    const exported = JSON.parse(JSON.stringify(catalogExport(catalogs[0])));
    const { url: _url, ...noUrl } = exported.codes[0];
    expect(validate({ ...exported, codes: [noUrl] })).toBe(false);
    expect(validate({ ...exported, codes: [{ ...exported.codes[0], retryable: 'yes' }] })).toBe(false);
  });
});
