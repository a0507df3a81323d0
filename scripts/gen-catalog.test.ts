import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllCatalogs } from '../lib/catalog/load';
import { checkAllGuides } from '../lib/guides';
import { generateCatalogs, writeGeneratedContent } from './gen-catalog';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-gen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gen-catalog', () => {
  it('writes a content folder the loader and the guide check accept', () => {
    writeGeneratedContent(dir, generateCatalogs({ codes: 400 }));
    const catalogs = loadAllCatalogs(dir);
    expect(() => checkAllGuides(catalogs, dir)).not.toThrow();
    expect(catalogs.map((c) => c.code_format)).toEqual(['integer', 'string', 'string', 'integer']);
    expect(catalogs.reduce((n, c) => n + c.codes.length, 0)).toBe(400);
  });

  it('varies groups, messages and templates, and repeats itself for the same seed', () => {
    const [first] = generateCatalogs({ codes: 200, seed: 7 });
    expect(new Set(first.codes.map((c) => c.group)).size).toBeGreaterThan(4);
    expect(new Set(first.codes.map((c) => c.title)).size).toBeGreaterThan(30);
    expect(first.codes.filter((c) => c.templates.length > 0).length).toBeGreaterThan(20);
    expect(generateCatalogs({ codes: 200, seed: 7 })).toEqual(generateCatalogs({ codes: 200, seed: 7 }));
  });
});
