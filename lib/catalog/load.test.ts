// A broken catalog or guide must fail the check with a message that names the file, the line and the field.
// Each case under tests/fixtures/bad-catalogs/<case>/ differs from the good fixture by one mistake; the expected
// messages below are written by hand from the fixture files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAllGuides } from '@/lib/guides';
import { CatalogError, loadAllCatalogs } from './load';
import { firstInvalidUtf8, readContentText } from './source-text';

const FIXTURES = path.join('tests', 'fixtures');
const badCase = (name: string) => path.join(FIXTURES, 'bad-catalogs', name);

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
    expect(catalog.file).toBe(`${FIXTURES}/good-catalog/demo/catalog.yaml`);
    expect(catalog.codes.map((c) => c.code)).toEqual([1001, 1007]);
    expect(catalog.codes[1]).toMatchObject({ http: [429], retryable: true });
    expect(catalog.examples[0]).toMatchObject({ code: 1001, status: 400, headers: {} });
    expect(() => checkAllGuides([catalog], dir)).not.toThrow();
  });
});

const LINKS_ONLY = 'only http(s), mailto and site-relative (/…) links are allowed';
const UNSAFE =
  'use letters, digits, "_", "-" and "." (not first or last) only; it becomes a URL path segment and a file name';
const NOT_HEADER = 'expected an HTTP header name (ASCII letters, digits and -, no blanks)';
const TAKEN = 'is taken by a generated page in /<api>/errors/ (index, index.*, group); choose another';
const NOT_A_COMPONENT = 'is not a guide component (components: see lib/mdx-registry.ts; raw HTML is not allowed)';

describe('located catalog errors', () => {
  // [case, expected problems with `C` standing for the case folder]
  const cases: [name: string, expected: string[]][] = [
    ['bad-status', ['C/demo/catalog.yaml:35: code 1007: http: expected a status 100–599, got "429x"']],
    ['no-codes', ['C/demo/catalog.yaml:24: codes: a catalog needs at least one error code']],
    [
      'duplicate-code',
      ['C/demo/catalog.yaml:32: code 1001: duplicate code: it is already defined earlier in this catalog (line 25)'],
    ],
    [
      'example-unknown-code',
      ['C/demo/catalog.yaml:42: example missing-field: code: unknown code 9999 (not in this catalog)'],
    ],
    [
      'example-status-mismatch',
      ['C/demo/catalog.yaml:44: example missing-field: status: 404 disagrees with code 1001, which is sent with 400'],
    ],
    ['unknown-group', ['C/demo/catalog.yaml:34: code 1007: group: unknown group "9xxx" (groups: 1xxx)']],
    [
      'wrong-code-format',
      [
        'C/demo/catalog.yaml:25: code 1001: code: expected a string (code_format is string), got 1001',
        'C/demo/catalog.yaml:32: code 1007: code: expected a string (code_format is string), got 1007',
      ],
    ],
    ['missing-meaning', ['C/demo/catalog.yaml:25: code 1001: meaning: missing (expected string)']],
    [
      'unknown-key-nested',
      [
        'C/demo/catalog.yaml:32: code 1007: retryable: missing (expected boolean)',
        'C/demo/catalog.yaml:36: code 1007: retryabel: unknown key "retryabel" (misspelt, or not part of the catalog schema)',
      ],
    ],
    [
      'unknown-key-group',
      ['C/demo/catalog.yaml:15: groups[0].sumary: unknown key "sumary" (misspelt, or not part of the catalog schema)'],
    ],
    ['duplicate-group-id', ['C/demo/catalog.yaml:15: group 1xxx: id: duplicate of "1xxx" (line 12)']],
    ['duplicate-shape-id', ['C/demo/catalog.yaml:24: shape envelope: id: duplicate of "envelope" (line 16)']],
    [
      'duplicate-example-id',
      ['C/demo/catalog.yaml:46: example missing-field: id: duplicate of "missing-field" (line 40)'],
    ],
    [
      'code-case-collision',
      [
        'C/demo/catalog.yaml:39: code RATE_LIMITED: code: equals code "rate_limited" (line 32) when case is ignored; page URLs and file names would collide',
      ],
    ],
    ['unsafe-code', [`C/demo/catalog.yaml:32: code ../../../README: code: ${UNSAFE}`]],
    [
      'javascript-link',
      [
        `C/demo/catalog.yaml:30: code 1001: meaning: link "JavaScript:alert(1": ${LINKS_ONLY}`,
        `C/demo/catalog.yaml:31: code 1001: action: link "&#106;avascript:alert(1": ${LINKS_ONLY}`,
        `C/demo/catalog.yaml:37: code 1007: meaning: link "data:text/html,hi": ${LINKS_ONLY}`,
        `C/demo/catalog.yaml:38: code 1007: action: link "java&#x09;script:void(0": ${LINKS_ONLY}`,
      ],
    ],
    [
      'hidden-character',
      ['C/demo/catalog.yaml:33: code 1007: title: invisible control character U+202E at character 6; remove it'],
    ],
    ['yaml-duplicate-key', ['C/demo/catalog.yaml:27:5: YAML: Map keys must be unique']],
    ['alias-bomb', ['C/demo/catalog.yaml: YAML: Excessive alias count indicates a resource exhaustion attack']],
    // Line 33 is `    title: Rate limited \xff\xfe`: the bad byte is the 25th character of the line.
    ['invalid-utf8', ['C/demo/catalog.yaml:33:25: invalid UTF-8 at byte 805 (0xff); save the file as UTF-8']],
    ['broken-yaml', ['C/demo/catalog.yaml:30:14: YAML: Nested mappings are not allowed in compact mappings']],
    ['empty-folder', ['C: no catalogs: the content folder is empty (expected <api>/catalog.yaml)']],
    ['folder-without-catalog', ['C/other/catalog.yaml: missing: every folder in C is an API and needs a catalog.yaml']],
    // Guides: line 9 is the first line after the fixture's own text.
    ['mdx-unknown-code', ['C/demo/guides/index.mdx:9: <Code>: unknown code 9999 (not in C/demo/catalog.yaml)']],
    ['mdx-group-expression', ['C/demo/guides/index.mdx:9: <ErrorTable>: unknown group "typo" (groups: 1xxx)']],
    ['mdx-template-literal', ['C/demo/guides/index.mdx:9: <Code>: unknown code 9999 (not in C/demo/catalog.yaml)']],
    ['mdx-spread', ['C/demo/guides/index.mdx:9: <ErrorTable>: unknown group "typo" (groups: 1xxx)']],
    [
      'mdx-unknown-prop',
      ['C/demo/guides/index.mdx:9: <Code>: code: missing', 'C/demo/guides/index.mdx:9: <Code>: unknown prop cod'],
    ],
    ['mdx-unknown-component', [`C/demo/guides/index.mdx:9: <ErrorList> ${NOT_A_COMPONENT}`]],
    [
      'mdx-javascript-link',
      [
        `C/demo/guides/index.mdx:9: link "JAVASCRIPT:alert(1)": ${LINKS_ONLY}`,
        `C/demo/guides/index.mdx:11: <a> ${NOT_A_COMPONENT}`,
      ],
    ],
    ['mdx-link-unknown-code', ['C/demo/guides/index.mdx:9: link "/demo/errors/9999/": unknown code 9999 of demo']],
    [
      'mdx-code-expression',
      [
        'C/demo/guides/index.mdx:9: {new Date().getFullYear()}: code expressions are not allowed in a guide (only {/* comments */})',
      ],
    ],
    [
      'mdx-import',
      ['C/demo/guides/index.mdx:9: import/export is not allowed in a guide; components come from lib/mdx-registry.ts'],
    ],
    [
      'guide-front-matter-typo',
      [
        'C/demo/guides/index.mdx:1: front matter: description: missing',
        'C/demo/guides/index.mdx:3: front matter: unknown key "descripton" (expected title, description, order)',
      ],
    ],
    ['guide-wrong-extension', ['C/demo/guides/retries.md: not a guide: only .mdx files belong in guides/']],
    ['missing-overview', ['C/demo/guides/index.mdx: missing: every API needs an overview page']],
    // Codes that are safe characters but unsafe files or colliding pages (line 32 is the second code).
    [
      'code-windows-device',
      [
        'C/demo/catalog.yaml:32: code CON: code: "CON" is a device name on Windows and cannot be a file name there; choose another',
      ],
    ],
    ['code-trailing-dot', [`C/demo/catalog.yaml:32: code RATE_LIMITED.: code: ${UNSAFE}`]],
    ['code-page-name', [`C/demo/catalog.yaml:32: code index: code: "index" ${TAKEN}`]],
    ['code-group-route', [`C/demo/catalog.yaml:32: code Group: code: "Group" ${TAKEN}`]],
    [
      'code-twin-suffix',
      [
        'C/demo/catalog.yaml:32: code missing_field.md: code: a code may not end in ".md": the Markdown twin of code "missing_field" is "missing_field.md"',
      ],
    ],
    ['code-control-character', [`C/demo/catalog.yaml:32: code "RATE\\u0001LIMITED": code: ${UNSAFE}`]],
    // Invisible characters in a code are shown escaped, so the message says what is wrong with it.
    ['code-zero-width-space', [`C/demo/catalog.yaml:32: code "RATE\\u200bLIMITED": code: ${UNSAFE}`]],
    [
      'code-infinite',
      ['C/demo/catalog.yaml:32: code Infinity: code: expected a code (integer or non-empty string), got Infinity'],
    ],
    ['code-too-long', [`C/demo/catalog.yaml:32: code ${'R'.repeat(60)}…: code: at most 100 characters`]],
    ['code-emoji', [`C/demo/catalog.yaml:32: code "\u{1F4A5}": code: ${UNSAFE}`]],
    ['header-lookalike-name', [`C/demo/catalog.yaml:25: headers[0].name: ${NOT_HEADER}`]],
    ['example-header-name', [`C/demo/catalog.yaml:45: example missing-field: headers.X Trace Id: key: ${NOT_HEADER}`]],
    [
      'context-field-unicode-duplicate',
      [
        'C/demo/catalog.yaml:15: context_fields.cafe\u0301: name: duplicate once Unicode is normalised of "caf\u00e9" (line 12)',
      ],
    ],
    [
      'group-case-duplicate',
      ['C/demo/catalog.yaml:15: group 1XXX: id: duplicate when case is ignored of "1xxx" (line 12)'],
    ],
    [
      'matcher-typo',
      [
        'C/demo/catalog.yaml:20: shapes[0].match[0].typ: unknown key "typ" (misspelt, or not part of the catalog schema)',
      ],
    ],
    [
      'retryable-yes',
      ['C/demo/catalog.yaml:36: code 1007: retryable: Invalid input: expected boolean, received string: "yes"'],
    ],
    [
      'yaml-merge-key',
      ['C/demo/catalog.yaml:32: code 1007: <<: a YAML merge key ("<<") is not supported; write the keys out'],
    ],
    [
      'yaml-multi-document',
      ['C/demo/catalog.yaml:46:1: YAML: a catalog is one YAML document; remove the second "---"'],
    ],
    // One message: the parser's follow-on complaints about the rest of the block are left out.
    ['yaml-tab-indent', ['C/demo/catalog.yaml:33:1: YAML: Tabs are not allowed as indentation']],
    [
      'catalog-empty-file',
      ['C/demo/catalog.yaml: empty: a catalog needs at least id, name, summary, groups, shapes and codes'],
    ],
    [
      'catalog-utf16',
      ['C/demo/catalog.yaml:1:1: invalid UTF-8 at byte 0 (0xff), the file is UTF-16; save the file as UTF-8'],
    ],
    ['catalog-autolink', [`C/demo/catalog.yaml:37: code 1007: meaning: link "javascript:alert(1)": ${LINKS_ONLY}`]],
    [
      'catalog-reference-link',
      [`C/demo/catalog.yaml:37: code 1007: meaning: link "vbscript:msgbox(1)": ${LINKS_ONLY}`],
    ],
    ['mdx-reference-link', [`C/demo/guides/index.mdx:11: link "javascript:alert(1)": ${LINKS_ONLY}`]],
    [
      'mdx-protocol-relative-link',
      ['C/demo/guides/index.mdx:9: link "//evil.example/rules" leaves the site; write https://… for an external page'],
    ],
    [
      'mdx-wrong-prop-type',
      ['C/demo/guides/index.mdx:9: <ErrorTable>: group: Invalid input: expected string, received number'],
    ],
    ['mdx-component-in-heading', ['C/demo/guides/index.mdx:9: <Code>: unknown code 9999 (not in C/demo/catalog.yaml)']],
    // "Requests " is nine characters: the override is the tenth.
    ['mdx-hidden-character', ['C/demo/guides/index.mdx:7:10: invisible control character U+202E; remove it']],
    [
      'guide-front-matter-markup',
      [
        'C/demo/guides/index.mdx:2: front matter: title: plain text only (it is shown as is): no components, {expressions} or Markdown links',
      ],
    ],
    // Hidden files such as .DS_Store are skipped; a hidden .mdx is a guide under a wrong name.
    ['guide-hidden-name', ['C/demo/guides/.draft.mdx: file name must be kebab-case']],
    ['guide-reserved-name', ['C/demo/guides/errors.mdx: the name "errors" is reserved for generated pages']],
    ['guides-not-a-folder', ["C/demo/guides: not a folder: guides/ holds the API's .mdx guides"]],
    [
      'stray-top-level-file',
      ['C/catalog.yaml: not an API folder: C holds only <api>/ folders, each with a catalog.yaml'],
    ],
    ['api-folder-not-an-id', ['C/Demo/catalog.yaml:2: id: "demo" must match its folder name "Demo"']],
    // Lookups that would silently take the first of two entries.
    [
      'duplicate-status-rule',
      ['C/demo/catalog.yaml:13: retry.status_rules[1]: http: 429 already has a rule (line 12)'],
    ],
    [
      'duplicate-group-value',
      ['C/demo/catalog.yaml:19: group 2xxx: value: "invalid_request" is already the value of group 1xxx (line 12)'],
    ],
    [
      'duplicate-code-name',
      ['C/demo/catalog.yaml:34: code 1007: name: "missing" is already the name of code 1001 (line 25)'],
    ],
    ['duplicate-status-in-code', ['C/demo/catalog.yaml:35: code 1007: http: 429 is listed twice']],
    [
      'mdx-dotdot-link',
      ['C/demo/guides/index.mdx:9: link "/demo/errors/1007/../../../nowhere/": no page /nowhere/ on this site'],
    ],
  ];

  it.each(cases)('%s', (name, expected) => {
    const dir = badCase(name);
    expect(problemsIn(dir)).toEqual(
      expected.map((line) =>
        line
          .replaceAll('C/', `${dir}/`)
          .replace(/^C:/, `${dir}:`)
          .replace(/ in C is/, ` in ${dir} is`)
          .replace(/: C holds/, `: ${dir} holds`),
      ),
    );
  });

  it('every fixture folder has a case above', () => {
    const folders = fs.readdirSync(path.join(FIXTURES, 'bad-catalogs')).sort();
    expect(folders).toEqual(cases.map(([name]) => name).sort());
  });

  it('a content folder that does not exist fails instead of building an empty site', () => {
    const missing = path.join(os.tmpdir(), 'codebook-no-such-folder');
    expect(() => loadAllCatalogs(missing)).toThrow(/codebook-no-such-folder: content folder not found/);
  });
});

describe('symbolic links in a content folder', () => {
  // Git stores links, so a pull request can add one; built here because a fixture link would point off the machine.
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.mdx'), '---\ntitle: Secret\ndescription: Not ours.\n---\n');
  const withLink = (link: string, target: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-links-'));
    made.push(dir);
    fs.cpSync(path.join(FIXTURES, 'good-catalog'), dir, { recursive: true });
    fs.rmSync(path.join(dir, link), { recursive: true, force: true });
    fs.symlinkSync(target, path.join(dir, link));
    return dir;
  };
  const made: string[] = [outside];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const shown = (dir: string, rel: string) => path.relative(process.cwd(), path.join(dir, rel));

  it('an API folder that is a link is refused, not skipped', () => {
    const dir = withLink('demo', path.resolve(FIXTURES, 'good-catalog', 'demo'));
    expect(problemsIn(dir)).toEqual([`${shown(dir, 'demo')}: a symbolic link; content must be real folders and files`]);
  });

  it('a catalog that is a link is refused', () => {
    const dir = withLink('demo/catalog.yaml', path.resolve(FIXTURES, 'good-catalog', 'demo', 'catalog.yaml'));
    expect(problemsIn(dir)).toEqual([
      `${shown(dir, 'demo/catalog.yaml')}: a symbolic link; content must be real files`,
    ]);
  });

  it('a guide or a guides folder that is a link is refused', () => {
    const file = withLink('demo/guides/secret.mdx', path.join(outside, 'secret.mdx'));
    expect(problemsIn(file)).toEqual([
      `${shown(file, 'demo/guides/secret.mdx')}: a symbolic link; content must be real files`,
    ]);
    const folder = withLink('demo/guides', outside);
    expect(problemsIn(folder)).toEqual([
      `${shown(folder, 'demo/guides')}: a symbolic link; content must be real folders`,
    ]);
  });
});

describe('YAML nested past what the parser can hold', () => {
  it('fails with the file named instead of a stack overflow', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-deep-'));
    try {
      fs.cpSync(path.join(FIXTURES, 'good-catalog'), dir, { recursive: true });
      const file = path.join(dir, 'demo', 'catalog.yaml');
      const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/body: .*/, `body: ${deep}`));
      const problems = problemsIn(dir);
      expect(problems).toHaveLength(1);
      // The column is wherever the parser ran out of stack; the line is the body's.
      expect(problems[0]).toMatch(
        new RegExp(`^${path.relative(process.cwd(), file)}:45:\\d+: YAML: nested too deeply to parse`),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('content files as bytes', () => {
  it('finds the first invalid UTF-8 sequence', () => {
    expect(firstInvalidUtf8(Buffer.from('plain ascii'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from('héllo — ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated two-byte sequence
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0xaf]))).toBe(2); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x80]))).toBe(1); // a stray continuation byte
  });

  it('refuses a file over the size cap, naming it', () => {
    const file = path.join(os.tmpdir(), `codebook-big-${process.pid}.yaml`);
    fs.writeFileSync(file, 'x'.repeat(2048));
    try {
      expect(() => readContentText(file, 'big.yaml', 1024)).toThrow(
        'big.yaml: too big (2048 bytes; the limit is 1024)',
      );
      expect(readContentText(file, 'big.yaml', 4096)).toHaveLength(2048);
    } finally {
      fs.rmSync(file);
    }
  });
});
