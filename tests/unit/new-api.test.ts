// `npm run new-api -- <id>` scaffolds a catalog and overview that pass every check; it refuses a bad or taken id.
// Runs in a temp content dir (never content/apis, where an API without a source page would fail other tests).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllCatalogs } from '@/lib/catalog/load';
import { catalogAuthoringJsonSchema } from '@/lib/catalog/authoring-schema';
import { checkAllGuides, readGuides } from '@/lib/guides';
import { compileAllGuides } from '@/lib/authoring/compile-guides';
import { checkNewId, writeScaffold } from '@/lib/authoring/scaffold';
import { apiTwins } from '@/lib/markdown';
import { openApiFragment } from '@/lib/openapi';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-new-api-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('new-api scaffold', () => {
  it('writes a catalog and overview that the loader, the guide check and the MDX compiler accept', async () => {
    const files = writeScaffold('acme-sms', tmp);
    expect(files.map((f) => path.relative(tmp, f))).toEqual([
      path.join('acme-sms', 'catalog.yaml'),
      path.join('acme-sms', 'guides', 'index.mdx'),
    ]);
    const text = fs.readFileSync(files[0], 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../catalog.schema.json');

    const [catalog] = loadAllCatalogs(tmp);
    expect(catalog).toMatchObject({ id: 'acme-sms', name: 'Acme Sms API' });
    expect([catalog.groups.length, catalog.shapes.length, catalog.codes.length]).toEqual([1, 1, 1]);
    expect(() => checkAllGuides([catalog], tmp)).not.toThrow();
    expect(await compileAllGuides([catalog], tmp)).toEqual([]);
    expect(
      addFormats(new Ajv2020({ allowUnionTypes: true })).validate(catalogAuthoringJsonSchema(), YAML.parse(text)),
    ).toBe(true);

    // What the build derives from it: twins and the OpenAPI fragment.
    const twins = apiTwins(catalog, readGuides('acme-sms', tmp)).twins;
    expect(twins.map((t) => t.path)).toEqual([
      '/acme-sms/index.md',
      '/acme-sms/errors/index.md',
      '/acme-sms/errors/invalid_request.md',
    ]);
    for (const twin of twins) expect(twin.markdown()).toMatch(/^# /);
    expect(Object.keys(openApiFragment(catalog).components.responses)).toEqual(['AcmeSmsError400']);
  });

  it('refuses an existing, invalid, reserved or missing id with one line', () => {
    expect(() => checkNewId('acme-sms', tmp)).toThrow(/already exists/);
    expect(() => checkNewId('Acme', tmp)).toThrow('"Acme" is not a valid API id');
    for (const bad of ['a-', '-a', 'a--b', '1acme', 'acme_sms', 'ac.me', '../acme', 'a'.repeat(41)]) {
      expect(() => checkNewId(bad, tmp), bad).toThrow(`"${bad}" is not a valid API id`);
    }
    expect(() => checkNewId('compare', tmp)).toThrow('taken by a page of the site');
    expect(() => checkNewId('con', tmp)).toThrow('"con" is a device name on Windows');
    expect(() => checkNewId(undefined, tmp)).toThrow('usage: npm run new-api -- <id>');
  });

  it('the CLI honours CODEBOOK_CONTENT_DIR and exits 1 with a single line on a taken id', () => {
    const run = (...ids: string[]) => {
      try {
        const stdout = execFileSync('npx', ['tsx', 'scripts/new-api.ts', ...ids], {
          env: { ...process.env, CODEBOOK_CONTENT_DIR: tmp },
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return { status: 0, out: stdout };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { status: e.status, out: e.stderr };
      }
    };
    expect(run('relay-two').status).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'relay-two', 'guides', 'index.mdx'))).toBe(true);
    const again = run('relay-two');
    expect(again.status).toBe(1);
    expect(again.out.trim().split('\n')).toHaveLength(1);
    expect(again.out).toContain('already exists');
    const bad = run('a-');
    expect(bad.status).toBe(1);
    expect(bad.out.trim().split('\n')).toEqual([
      '"a-" is not a valid API id: lowercase letters and digits, words joined by single dashes, starting with a letter, at most 40 characters (e.g. "acme-sms")',
    ]);
    // `npm run new-api -- acme sms` must not quietly scaffold "acme".
    const two = run('acme', 'sms');
    expect(two.status).toBe(1);
    expect(two.out.trim().split('\n')).toEqual(['new-api takes one id, got 2: "acme sms"']);
    expect(fs.existsSync(path.join(tmp, 'acme'))).toBe(false);
  });
});
