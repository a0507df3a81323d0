// A broken catalog or guide must fail the check with a message that names the file, the code and the field.
// Each case under tests/fixtures/bad-catalogs/<case>/demo/ differs from the good fixture by one mistake.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAllGuides } from '@/lib/guides';
import { CatalogError, loadAllCatalogs } from './load';

const FIXTURES = path.join('tests', 'fixtures');
const badCase = (name: string) => path.join(FIXTURES, 'bad-catalogs', name);
const catalogFile = (dir: string) => `${dir}/demo/catalog.yaml`;

/** Runs the same two steps as `npm run check` over one fixture folder and returns its problems. */
function problemsIn(dir: string): string[] {
  try {
    checkAllGuides(loadAllCatalogs(path.resolve(dir)), path.resolve(dir));
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
  return [];
}

describe('a valid catalog', () => {
  it('loads with its codes, examples and overview page', () => {
    const dir = path.resolve(FIXTURES, 'good-catalog');
    const [catalog] = loadAllCatalogs(dir);
    expect(catalog.id).toBe('demo');
    expect(catalog.file).toBe(catalogFile(path.join(FIXTURES, 'good-catalog')));
    expect(catalog.codes.map((c) => c.code)).toEqual([1001, 1007]);
    expect(catalog.codes[1]).toMatchObject({ http: [429], retryable: true });
    expect(catalog.examples[0]).toMatchObject({ code: 1001, status: 400, headers: {} });
    expect(() => checkAllGuides([catalog], dir)).not.toThrow();
  });
});

describe('located catalog errors', () => {
  const cases: [name: string, expected: (file: string) => string[]][] = [
    ['bad-status', (f) => [`${f}: code 1007: http: expected a status 100–599, got "429x"`]],
    ['duplicate-code', (f) => [`${f}: code 1001: duplicate code: it is already defined earlier in this catalog`]],
    ['example-unknown-code', (f) => [`${f}: example missing-field: code: unknown code 9999 (not in this catalog)`]],
    [
      'example-status-mismatch',
      (f) => [`${f}: example missing-field: status: 404 disagrees with code 1001, which is sent with 400`],
    ],
    ['unknown-group', (f) => [`${f}: code 1007: group: unknown group "9xxx" (groups: 1xxx)`]],
    [
      'wrong-code-format',
      (f) => [
        `${f}: code 1001: code: expected a string (code_format is string), got 1001`,
        `${f}: code 1007: code: expected a string (code_format is string), got 1007`,
      ],
    ],
    ['missing-meaning', (f) => [`${f}: code 1001: meaning: Invalid input: expected string, received undefined`]],
  ];

  it.each(cases)('%s', (name, expected) => {
    const dir = badCase(name);
    expect(problemsIn(dir)).toEqual(expected(catalogFile(dir)));
  });

  it('broken YAML names the line and column of the mistake', () => {
    const dir = badCase('broken-yaml');
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    // Line 30 is `    meaning: Required: a field is absent.`; column 14 is where the stray mapping starts.
    expect(problems[0]).toMatch(new RegExp(`^${catalogFile(dir)}:30:14: YAML: Nested mappings are not allowed`));
  });

  it('an MDX page that names an unknown code points at its line', () => {
    const dir = badCase('mdx-unknown-code');
    expect(problemsIn(dir)).toEqual([
      `${dir}/demo/guides/index.mdx:9: <Code>: unknown code 9999 (not in ${catalogFile(dir)})`,
    ]);
  });
});
