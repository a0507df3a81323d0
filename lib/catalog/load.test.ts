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
      [
        // The fixture's second group has no code either: an empty group page, reported since audit 3.
        'C/demo/catalog.yaml:19: group 2xxx: value: "invalid_request" is already the value of group 1xxx (line 12)',
        'C/demo/catalog.yaml:16: group 2xxx: no code or example belongs to this group (its page would be empty)',
      ],
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
    // Audit 3: one mistake each, of kinds the cases above do not cover (expected messages checked by hand).
    [
      'backoff-inverted',
      [
        'C/demo/catalog.yaml:13: retry.backoff.max_seconds: max_seconds is less than initial_seconds: the first wait would already be past the cap',
      ],
    ],
    ['docs-url-ftp', ['C/demo/catalog.yaml:7: docs_url: expected an http(s) URL, got "ftp://docs.example.com/"']],
    [
      'docs-url-http',
      [
        'C/demo/catalog.yaml:7: docs_url: use https:// (a link over plain http can be tampered with on the way), got "http://docs.example.com/"',
      ],
    ],
    ['docs-url-no-scheme', ['C/demo/catalog.yaml:7: docs_url: expected an http(s) URL, got "docs.example.com/errors"']],
    [
      'empty-code-name',
      ['C/demo/catalog.yaml:34: code 1007: name: must not be empty (write the text, or remove the key)'],
    ],
    [
      'empty-example-note',
      ['C/demo/catalog.yaml:45: example missing-field: note: must not be empty (write the text, or remove the key)'],
    ],
    [
      'empty-message-item',
      ['C/demo/catalog.yaml:37: code 1007: messages: must not be empty (write the text, or remove the key)'],
    ],
    [
      'empty-trace-label',
      ['C/demo/catalog.yaml:8: trace_label: must not be empty (write the text, or remove the key)'],
    ],
    [
      'example-body-string-json',
      [
        'C/demo/catalog.yaml:45: example missing-field: body: does not match shape envelope, which needs "error" to be an object (the body is a string: write it as YAML or JSON, unquoted)',
      ],
    ],
    [
      'example-body-wrong-code',
      ['C/demo/catalog.yaml:45: example missing-field: body: carries code 1007, but the example is for code 1001'],
    ],
    [
      'example-body-wrong-shape',
      [
        'C/demo/catalog.yaml:45: example missing-field: body: does not match shape envelope, which needs "error" to be an object',
      ],
    ],
    ['example-group-and-code-mismatch', ['C/demo/catalog.yaml:44: example missing-field: group: unknown group "2xxx"']],
    [
      'example-header-twice-case',
      [
        'C/demo/catalog.yaml:45: example missing-field: headers.x-trace-id: the same header as X-Trace-Id (names ignore case)',
      ],
    ],
    [
      'group-title-html',
      ['C/demo/catalog.yaml:13: groups[0].title: plain text only (Markdown and HTML are shown as typed here)'],
    ],
    [
      'group-unused',
      ['C/demo/catalog.yaml:15: group 2xxx: no code or example belongs to this group (its page would be empty)'],
    ],
    [
      'guidance-contradicts-code',
      [
        'C/demo/catalog.yaml:14: retry.guidance "Throttling": retryable: false contradicts code 1007, which is retryable: true (line 37)',
      ],
    ],
    ['guide-empty-body', ["C/demo/guides/retries.mdx: empty page: write the guide's text after the front matter"]],
    ['guide-front-matter-dup-key', ['C/demo/guides/index.mdx:5: front matter: YAML: Map keys must be unique']],
    ['guide-front-matter-tab', ['C/demo/guides/index.mdx:4: front matter: YAML: Tabs are not allowed as indentation']],
    [
      'guide-front-matter-unclosed',
      ['C/demo/guides/index.mdx: front matter: expected a --- block with title and description'],
    ],
    ['guide-no-title', ['C/demo/guides/index.mdx:1: front matter: title: missing']],
    [
      'guide-order-infinite',
      ['C/demo/guides/index.mdx:4: front matter: order: Invalid input: expected number, received Infinity'],
    ],
    [
      'guide-order-string',
      ['C/demo/guides/index.mdx:4: front matter: order: Invalid input: expected number, received string'],
    ],
    ['guide-same-slug-case', ['C/demo/guides/Retries.mdx: file name must be kebab-case']],
    [
      'guide-same-title',
      [
        'C/demo/guides/retrying.mdx:2: front matter: title: "Retries" is already the title of C/demo/guides/retries.mdx; give each guide its own',
      ],
    ],
    ['guide-title-empty', ['C/demo/guides/index.mdx:2: front matter: title: expected a non-empty string']],
    ['guide-utf8-filename', ['C/demo/guides/réessais.mdx: file name must be kebab-case']],
    [
      'header-twice-case',
      [
        'C/demo/catalog.yaml:15: headers.x-trace-id: name: duplicate when case is ignored of "X-Trace-Id (response)" (line 12)',
      ],
    ],
    [
      'mdx-broken-jsx',
      [
        'C/demo/guides/index.mdx:7: MDX: Expected a closing tag for `<Code>` (line 7, column 41 to line 7, column 59) before the end of `paragraph`',
      ],
    ],
    ['mdx-children-text', ['C/demo/guides/index.mdx:7: <Code> takes no children; write <Code />']],
    [
      'mdx-duplicate-heading',
      ['C/demo/guides/index.mdx:13: heading "Retries" has the same id #retries as the heading on line 9; rename one'],
    ],
    ['mdx-duplicate-prop', ['C/demo/guides/index.mdx:7: <Code>: prop code is given twice; keep one']],
    [
      'mdx-h1-in-body',
      [
        'C/demo/guides/index.mdx:7: heading "Demo API errors": # is the page title (front matter title); start sections at ##',
      ],
    ],
    ['mdx-heading-skip', ['C/demo/guides/index.mdx:11: heading "Per minute" is level 4 after level 2; use ###']],
    [
      'mdx-html-comment',
      [
        'C/demo/guides/index.mdx:9: MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
      ],
    ],
    [
      'mdx-image-no-alt',
      [
        'C/demo/guides/index.mdx:9: image "https://example.com/flow.png" has no alt text; write ![what it shows](https://example.com/flow.png)',
      ],
    ],
    ['mdx-image-site-missing', ['C/demo/guides/index.mdx:9: link "/images/flow.png": no page /images/ on this site']],
    [
      'mdx-link-other-api-code',
      ['C/demo/guides/index.mdx:7: link "/chert/errors/9999/": no page /chert/ on this site'],
    ],
    [
      'mdx-link-unknown-anchor',
      ['C/demo/guides/index.mdx:7: link "#retry-rules": no heading with id #retry-rules on this page'],
    ],
    ['mdx-link-unknown-guide', ['C/demo/guides/index.mdx:7: link "/demo/retries/": demo has no guide "retries"']],
    [
      'mdx-lowercase-component',
      [
        'C/demo/guides/index.mdx:7: <code> is not a guide component (components: see lib/mdx-registry.ts; raw HTML is not allowed)',
      ],
    ],
    [
      'mdx-member-component',
      [
        'C/demo/guides/index.mdx:7: <Codebook.Code> is not a guide component (components: see lib/mdx-registry.ts; raw HTML is not allowed)',
      ],
    ],
    ['mdx-string-code-integer', ['C/demo/guides/index.mdx:7: <Code>: unknown code 1007x (not in C/demo/catalog.yaml)']],
    [
      'mdx-unclosed-expression',
      [
        'C/demo/guides/index.mdx:7: MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
      ],
    ],
    ['related-self-string', ['C/demo/catalog.yaml:37: code 1007: related: unknown code "1001"']],
    [
      'shape-match-impossible',
      [
        'C/demo/catalog.yaml:20: shape envelope: match[0]: equals "x" is not of type object: the matcher can never hit',
        'C/demo/catalog.yaml:45: example missing-field: body: does not match shape envelope, which needs "error" to equal "x"',
      ],
    ],
    [
      'shape-match-present-false-type',
      [
        'C/demo/catalog.yaml:21: shape envelope: match[1]: contradicts match[0] on path "error" (line 20): the shape can never match',
        'C/demo/catalog.yaml:46: example missing-field: body: does not match shape envelope, which needs "error" to be absent',
      ],
    ],
    [
      'source-url-credentials',
      [
        'C/demo/catalog.yaml:7: source.url: no user name or password in a URL; link the public page, got "https://user:secret@docs.example.com/"',
      ],
    ],
    [
      'source-url-spaces',
      ['C/demo/catalog.yaml:7: source.url: expected an http(s) URL, got "https://docs.example.com/error codes"'],
    ],
    [
      'status-rule-contradicts-code',
      ["C/demo/catalog.yaml:40: code 1007: retryable: true does not follow the catalog's status rules for 429"],
    ],
    [
      'support-email-mailto',
      [
        'C/demo/catalog.yaml:8: support.email: expected an e-mail address such as help@example.com, got "mailto:help@example.com"',
      ],
    ],
    [
      'support-email-no-domain',
      ['C/demo/catalog.yaml:8: support.email: expected an e-mail address such as help@example.com, got "help@"'],
    ],
    [
      'support-url-javascript',
      ['C/demo/catalog.yaml:8: support.url: expected an http(s) URL, got "javascript:alert(1)"'],
    ],
    [
      'title-link',
      ['C/demo/catalog.yaml:33: code 1007: title: plain text only (Markdown and HTML are shown as typed here)'],
    ],
    [
      'title-markdown',
      ['C/demo/catalog.yaml:33: code 1007: title: plain text only (Markdown and HTML are shown as typed here)'],
    ],
    ['title-multiline', ['C/demo/catalog.yaml:33: code 1007: title: one line only (a title is shown as a heading)']],
    [
      'title-too-long',
      [
        'C/demo/catalog.yaml:33: code 1007: title: at most 100 characters (a title is one short line; put the rest in the prose)',
      ],
    ],
    [
      'type-code-format-typo',
      ['C/demo/catalog.yaml:7: code_format: Invalid option: expected one of "integer"|"string"'],
    ],
    [
      'type-example-header-number',
      [
        'C/demo/catalog.yaml:45: example missing-field: headers.Retry-After: Invalid input: expected string, received number: 30',
      ],
    ],
    [
      'type-example-headers-list',
      ['C/demo/catalog.yaml:45: example missing-field: headers: Invalid input: expected record, received array'],
    ],
    ['type-groups-map', ['C/demo/catalog.yaml:12: groups: Invalid input: expected array, received object']],
    ['type-retry-string', ['C/demo/catalog.yaml:8: retry: Invalid input: expected object, received string: "catalog"']],
    [
      'type-retryable-null-documented',
      [
        'C/demo/catalog.yaml:36: code 1007: retryable: null (not documented) needs retryable_basis: not-documented; write true or false for basis documented',
      ],
    ],
    [
      'type-shape-fields-number',
      ['C/demo/catalog.yaml:22: shapes[0].fields.code: Invalid input: expected array, received number: 5'],
    ],
    [
      'type-source-string',
      ['C/demo/catalog.yaml:5: source: Invalid input: expected object, received string: "Loader test fixture"'],
    ],
    [
      'type-tag-unknown',
      [
        'C/demo/catalog.yaml:37: code 1007: tags: Invalid option: expected one of "rate-limit"|"credentials"|"forbidden"|"validation"|"not-found"|"conflict"|"server-error"|"unavailable"|"upstream"|"account"|"unsupported"',
      ],
    ],
    [
      'type-tags-string',
      ['C/demo/catalog.yaml:37: code 1007: tags: Invalid input: expected array, received string: "rate-limit"'],
    ],
    ['whitespace-action', ['C/demo/catalog.yaml:38: code 1007: action: must not be empty']],
    ['yaml-binary-tag', ['C/demo/catalog.yaml:33: code 1007: title: Invalid input: expected string, received Buffer']],
    [
      'yaml-bom-middle',
      ['C/demo/catalog.yaml:33: code 1007: title: invisible control character U+FEFF at character 5; remove it'],
    ],
    [
      'yaml-complex-key',
      [
        'C/demo/catalog.yaml:32: code 1007: retryable: missing (expected boolean)',
        'C/demo/catalog.yaml:32: code 1007: [ retryable ]: unknown key "[ retryable ]" (misspelt, or not part of the catalog schema)',
      ],
    ],
    ['yaml-custom-tag', ['C/demo/catalog.yaml:33:12: YAML: Unresolved tag: !include']],
    ['yaml-document-end', ['C/demo/catalog.yaml:40:1: YAML: a catalog is one YAML document; remove the second "---"']],
    ['yaml-dup-key-in-body', ['C/demo/catalog.yaml:45:60: YAML: Map keys must be unique']],
    ['yaml-dup-key-top', ['C/demo/catalog.yaml:8:1: YAML: Map keys must be unique']],
    [
      'yaml-float-code',
      ['C/demo/catalog.yaml:32: code 1007.5: code: expected a code (integer or non-empty string), got 1007.5'],
    ],
    [
      'yaml-folded-code',
      [
        'C/demo/catalog.yaml:32: code "1007\\n": code: use letters, digits, "_", "-" and "." (not first or last) only; it becomes a URL path segment and a file name',
      ],
    ],
    [
      'yaml-hex-code',
      [
        'C/demo/catalog.yaml:32: code 1007: code: 0x3EF is read as the number 1007; write 1007, or quote it ("0x3EF") if the text is meant',
      ],
    ],
    [
      'yaml-huge-code',
      [
        'C/demo/catalog.yaml:32: code 12345678901234567000: code: 12345678901234567890 is too large to be read exactly (it becomes 12345678901234567000); quote it ("12345678901234567890") or check the number',
      ],
    ],
    ['yaml-null-title', ['C/demo/catalog.yaml:33: code 1007: title: Invalid input: expected string, received null']],
    [
      'yaml-number-title',
      ['C/demo/catalog.yaml:33: code 1007: title: Invalid input: expected string, received number: 404'],
    ],
    [
      'yaml-octal-code',
      [
        'C/demo/catalog.yaml:32: code 1007: code: 01007 is read as the number 1007; write 1007, or quote it ("01007") if the text is meant',
      ],
    ],
    [
      'yaml-zwsp-title',
      ['C/demo/catalog.yaml:33: code 1007: title: invisible control character U+200B at character 5; remove it'],
    ],
    [
      'code-in-two-groups',
      ['C/demo/catalog.yaml:34: code 1007: group: Invalid input: expected string, received array'],
    ],
    [
      'example-status-200-no-transport',
      ['C/demo/catalog.yaml:44: example missing-field: status: 200 disagrees with code 1001, which is sent with 400'],
    ],
    [
      'front-matter-desc-markup',
      [
        'C/demo/guides/index.mdx:3: front matter: description: plain text only (it is shown as is): no components, {expressions} or Markdown links',
      ],
    ],
    [
      'guide-link-group-case',
      ['C/demo/guides/index.mdx:7: link "/demo/errors/group/1XXX/": unknown group "1XXX" of demo'],
    ],
    [
      'guide-title-multiline',
      ['C/demo/guides/index.mdx:2: front matter: title: one line only (it is the page title and the search result)'],
    ],
    ['http-comma-no-brackets', ['C/demo/catalog.yaml:35: code 1007: http: expected a status 100–599, got "429, 503"']],
    [
      'idempotency-header-space',
      [
        'C/demo/catalog.yaml:12: retry.idempotency.header: expected an HTTP header name (ASCII letters, digits and -, no blanks)',
      ],
    ],
    [
      'prose-img-onerror',
      [
        'C/demo/catalog.yaml:37: code 1007: meaning: raw HTML <img src=x onerror=alert(1)> is not allowed in prose; write Markdown',
        'C/demo/catalog.yaml:37: code 1007: meaning: link "x": only http(s), mailto and site-relative (/…) links are allowed',
      ],
    ],
    [
      'prose-script-tag',
      ['C/demo/catalog.yaml:37: code 1007: meaning: raw HTML <script> is not allowed in prose; write Markdown'],
    ],
    [
      'retry-basis-response-no-field',
      [
        'C/demo/catalog.yaml:9: retry.basis: response: no shape has fields.retryable, so no response can say whether to retry; add it or choose catalog or status',
      ],
    ],
    [
      'shape-field-path-double-dot',
      [
        'C/demo/catalog.yaml:22: shapes[0].fields.code[0]: expected a dot path such as error.code ($ for the body itself): no blanks, no empty segment',
      ],
    ],
    [
      'shape-field-path-typo',
      [
        "C/demo/catalog.yaml:45: example missing-field: body: has no code at error.cod (where shape envelope says the code is); fix the body or the shape's fields.code",
      ],
    ],
    [
      'two-apis-same-name',
      ['C/demo2/catalog.yaml:3: name: "Demo API" is already the name of API demo (C/demo/catalog.yaml)'],
    ],
    [
      'yaml-alias-code-entry',
      ['C/demo/catalog.yaml:40: code 1001: duplicate code: it is already defined earlier in this catalog (line 26)'],
    ],
    [
      'yaml-no-space-after-colon',
      [
        'C/demo/catalog.yaml:33:5: YAML: Implicit keys need to be on a single line; a key needs a blank after its colon ("title: Rate limited")',
      ],
    ],
    [
      'context-one-way',
      [
        'C/demo/catalog.yaml:15: context_fields.limit: codes: code 1007 does not list "limit" in its context (line 37); add it there or drop it here',
      ],
    ],
    [
      'header-role-twice',
      [
        'C/demo/catalog.yaml:16: headers.X-Retry-In: role: retry-after (response) is already the role of Retry-After (line 12); only the first would be read',
      ],
    ],
    [
      'mdx-autolink',
      [
        'C/demo/guides/index.mdx:7: MDX: Unexpected character `/` (U+002F) before local name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a link in MDX, use `[text](url)`)',
      ],
    ],
    [
      'mdx-relative-link',
      ['C/demo/guides/index.mdx:7: link "retries/": only http(s), mailto and site-relative (/…) links are allowed'],
    ],
    [
      'shape-required-no-path',
      ['C/demo/catalog.yaml:24: shape envelope: required: trace_id has no path in fields (add fields.trace_id)'],
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

describe('valid but unusual content folders', () => {
  // CRLF line ends, a byte-order mark, UTF-8 prose, one code, anchors, quoted keys, YAML 1.2 words that stay text
  // ("NO", "yes", a date) and a copy of a real string-code API: each must pass the check unchanged.
  const dir = path.join(FIXTURES, 'unusual-catalogs');
  it.each(fs.readdirSync(dir).sort())('%s passes', (name) => {
    expect(problemsIn(path.join(dir, name))).toEqual([]);
  });

  it('keeps YAML 1.2 words as the text written', () => {
    const [norway] = loadAllCatalogs(path.resolve(dir, 'yaml-1-2-norway-title'));
    expect(norway.codes[1].title).toBe('NO');
    const [date] = loadAllCatalogs(path.resolve(dir, 'yaml-1-2-date-title'));
    expect(date.codes[1].title).toBe('2024-01-01');
  });
});
