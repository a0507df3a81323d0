// Hand-written paste fixtures (tests/fixtures/decode/*.txt) against the expectations in expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { decodeResponse } from './index';
import { buildDecoderTable } from './table';
import type { DecodeResult } from './types';

const dir = path.join(process.cwd(), 'tests', 'fixtures', 'decode');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const table = buildDecoderTable(getCatalogs());
const now = new Date('2026-01-25T10:30:00Z');

const contains = (list: string[], part: string) => list.some((s) => s.toLowerCase().includes(part.toLowerCase()));

function check(result: DecodeResult, want: Record<string, unknown>) {
  const r = result as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(want)) {
    if (key === 'shape') expect(result.ok && result.shape.id, key).toBe(value);
    else if (key === 'senderIncludes') expect(result.ok && result.generic?.sender?.name, key).toContain(value);
    else if (key === 'resemblesApi') expect(result.ok && result.generic?.resembles?.api, key).toBe(value);
    else if (key === 'problem') expect(result.ok && result.generic?.problem, key).toEqual(value);
    else if (key === 'runnerUpApi') expect(result.ok && result.runnerUp?.api, key).toBe(value);
    else if (key === 'warningsInclude')
      for (const w of value as string[])
        expect(contains(result.ok ? result.warnings : [], w), `warning "${w}" in ${JSON.stringify(r.warnings)}`).toBe(
          true,
        );
    else if (key === 'contextIncludes') {
      const texts = result.ok ? result.context.flatMap((c) => [c.name, c.path, c.explain]) : [];
      for (const part of value as string[])
        expect(contains(texts, part), `context "${part}" in ${JSON.stringify(texts)}`).toBe(true);
    } else if (key.endsWith('Includes')) {
      const field = key.slice(0, -'Includes'.length);
      expect(String(r[field] ?? '').toLowerCase(), field).toContain(String(value).toLowerCase());
    } else expect(r[key], key).toEqual(value);
  }
}

describe('decoder fixtures', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(
      Object.keys(expected)
        .filter((k) => !k.startsWith('$'))
        .sort(),
    ).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    it(file, () => {
      const result = decodeResponse(fs.readFileSync(path.join(dir, file), 'utf8'), table, { now });
      check(result, expected[file] ?? {});
      // Every result is plain data: it survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  }

  it('keeps __proto__ and constructor keys as data, without touching any prototype', () => {
    const result = decodeResponse(fs.readFileSync(path.join(dir, 'proto-keys.txt'), 'utf8'), table, { now });
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).x).toBeUndefined();
    if (result.ok) expect(result.context.find((c) => c.path === 'error.__proto__')?.value).toEqual({ x: 1 });
  });
});
