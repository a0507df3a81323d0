// Loads every catalog under content/apis/, validates it against the schema and cross-checks it,
// so a broken catalog fails the build with a message naming the file, the code and the field.
import fs from 'node:fs';
import path from 'node:path';
import YAML, { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { CatalogError } from './catalog-error';
import { HIDDEN_CHARACTERS, linkProblem, linksInProse, sitePath } from './links';
import { CatalogSchema, type CatalogFile, type CodeValue, type ErrorCode } from './schema';
import { readContentText } from './source-text';
import { getPath, jsonType } from '@/lib/decode/body-path';

// CODEBOOK_CONTENT_DIR points the whole site at another content folder (generated scale catalogs in benchmarks).
export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), 'content', 'apis');
export const CONTENT_DIR = process.env.CODEBOOK_CONTENT_DIR
  ? path.resolve(process.env.CODEBOOK_CONTENT_DIR)
  : DEFAULT_CONTENT_DIR;

export { CatalogError };

export type Catalog = CatalogFile & {
  /** Path of the catalog file relative to the project root. */
  file: string;
};

const relative = (file: string) => path.relative(process.cwd(), file) || file;

/** A code as a message shows it: control characters escaped and a very long value cut, so the line stays readable. */
function codeLabel(code: unknown): string {
  if (typeof code === 'number') return String(code);
  if (typeof code !== 'string') return '?';
  const cut = code.length > 60 ? `${code.slice(0, 60)}…` : code;
  if (/^[\x21-\x7e…]+$/.test(cut)) return cut;
  // JSON escapes control characters; invisible format characters (zero-width space, bidi marks) are escaped too.
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Turns a zod issue path into "code 1007: http" or "shapes[2].match" — where a reader would look. */
function locate(raw: unknown, issuePath: PropertyKey[]): string {
  const [head, index, ...rest] = issuePath;
  const tail = (parts: PropertyKey[]) =>
    parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(entry)';
  const data = raw as Record<string, unknown[]> | undefined;
  if (head === 'codes' && typeof index === 'number') {
    const entry = data?.codes?.[index] as { code?: unknown } | undefined;
    // `http[0]` reads better as `http`: drop trailing list indices.
    const trimmed = [...rest];
    while (trimmed.length > 1 && typeof trimmed[trimmed.length - 1] === 'number') trimmed.pop();
    const field = tail(trimmed);
    return `code ${entry?.code !== undefined ? codeLabel(entry.code) : `#${index + 1}`}: ${field}`;
  }
  if (head === 'examples' && typeof index === 'number') {
    const entry = data?.examples?.[index] as { id?: unknown } | undefined;
    return `example ${typeof entry?.id === 'string' ? entry.id : `#${index + 1}`}: ${tail(rest)}`;
  }
  return tail(issuePath);
}

type PathKey = string | number;

/** The line of the YAML node at a path (or of the key `key` in the map there), else of its nearest ancestor. */
type LineAt = (at: readonly PathKey[], key?: string) => number | undefined;

function lineLocator(doc: Document, counter: LineCounter): LineAt {
  const lineOf = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : undefined);
  return (at, key) => {
    for (let n = at.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(at.slice(0, n), true)) as Node | null | undefined;
      // An alias (*name) stands where it is written, not where its anchor is.
      if (isAlias(node)) return lineOf(node);
      if (!node || !(isMap(node) || isSeq(node) || isScalar(node))) continue;
      if (key !== undefined && n === at.length && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (pair) return lineOf(pair.key as Node);
      }
      return lineOf(node);
    }
    return undefined;
  };
}

const located = (file: string, line: number | undefined) => (line === undefined ? file : `${file}:${line}`);

/** zod says "Invalid input: expected string, received undefined" for a missing key; say that it is missing. */
function issueMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
  if (missing) return `missing (expected ${missing[1]})`;
  // A bad map key (an example's header name) says only "Invalid key in record"; the key's own check says why.
  if (issue.code === 'invalid_key' && issue.issues[0]) return `key: ${issue.issues[0].message}`;
  // "expected boolean, received string" does not show the value; `yes` or `"429"` is what the author must find.
  const value = issue.path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    raw,
  );
  if (issue.message.startsWith('Invalid input') && (typeof value === 'string' || typeof value === 'number')) {
    const shown = JSON.stringify(typeof value === 'string' && value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return `${issue.message}: ${shown}`;
  }
  return issue.message;
}

function formatIssues(file: string, raw: unknown, issue: z.core.$ZodIssue, lineAt: LineAt): string[] {
  const at = issue.path as PathKey[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        `${located(file, lineAt(at, key))}: ${locate(raw, [...at, key])}: ${
          key === '<<'
            ? 'a YAML merge key ("<<") is not supported; write the keys out'
            : `unknown key "${key}" (misspelt, or not part of the catalog schema)`
        }`,
    );
  }
  return [`${located(file, lineAt(at))}: ${locate(raw, at)}: ${issueMessage(issue, raw)}`];
}

/** Text that is shown as-is (example bodies and headers, detail values) is not prose; its links are not followed. */
const isVerbatim = (at: readonly PathKey[]) =>
  (at[0] === 'examples' && (at[2] === 'body' || at[2] === 'headers')) ||
  (at[0] === 'codes' && at[2] === 'details' && at[4] === 'example');

/** A site-relative link found in catalog prose, kept for the check against the site's pages (lib/guides.ts). */
export type SiteLink = { href: string; path: string; where: string };
const siteLinks = new WeakMap<CatalogFile, SiteLink[]>();

/** Site-relative links in a loaded catalog's prose, each with its file:line and field. */
const nameLines = new WeakMap<CatalogFile, number | undefined>();

export const catalogSiteLinks = (catalog: CatalogFile): SiteLink[] => siteLinks.get(catalog) ?? [];

/** An HTML tag or comment; linear (one bounded character class). `<https://…>` autolinks have a colon, so they differ. */
const RAW_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>:]*)?\/?>|<!--/;

/** Every string in the catalog: no hidden characters anywhere, and in prose only allowed links. */
function checkStrings(raw: unknown, file: string, lineAt: LineAt, links: SiteLink[]): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, at: PathKey[]) => {
    if (typeof value === 'string') {
      const where = `${located(file, lineAt(at))}: ${locate(raw, at)}`;
      const hidden = HIDDEN_CHARACTERS.exec(value);
      if (hidden) {
        const cp = hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        problems.push(`${where}: invisible control character U+${cp} at character ${hidden.index + 1}; remove it`);
      }
      if (isVerbatim(at)) return;
      // A key with blank text would render an empty cell or heading; zod checks only the keys it calls prose.
      if (value.trim() === '') problems.push(`${where}: must not be empty (write the text, or remove the key)`);
      // Prose is Markdown without HTML: a tag outside a `code span` would be shown as typed (or dropped).
      const tag = RAW_TAG.exec(value.replace(/`[^`]*`/g, ''));
      if (tag) problems.push(`${where}: raw HTML ${tag[0].slice(0, 40)} is not allowed in prose; write Markdown`);
      for (const href of linksInProse(value)) {
        const problem = linkProblem(href);
        if (problem) problems.push(`${where}: ${problem}`);
        else {
          const target = sitePath(href);
          if (target !== undefined) links.push({ href, path: target, where });
        }
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...at, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
  };
  visit(raw, []);
  return problems;
}

/** The key two codes (or ids) collide on: URLs and file systems may ignore case, so the comparison does too. */
const foldKey = (value: CodeValue) => String(value).toLowerCase();

/** Checks that need the whole catalog: duplicates, references between codes, examples against codes. */
export function crossCheck(catalog: CatalogFile, file: string, lineAt: LineAt = () => undefined): string[] {
  const problems: string[] = [];
  const at = (where: PathKey[], label: string, message: string, key?: string) =>
    problems.push(`${located(file, lineAt(where, key))}: ${label}: ${message}`);
  const codes = new Map<CodeValue, ErrorCode>();
  const folded = new Map<string, ErrorCode>();
  const groupIds = new Set(catalog.groups.map((g) => g.id));
  const shapeIds = new Set(catalog.shapes.map((s) => s.id));
  const expectedType = catalog.code_format === 'integer' ? 'number' : 'string';

  /** Reports the second and later entries of a list that share an id (compared without case when `fold`). */
  const unique = <T>(
    list: T[],
    section: string,
    idOf: (item: T) => string,
    label: (item: T) => string,
    fold: boolean,
  ) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      // NFKC: "café" typed two ways, or a full-width letter, is the same name to a reader.
      const normal = idOf(item).normalize('NFKC');
      const key = fold ? normal.toLowerCase() : normal;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        const firstLine = lineAt([section, first]);
        const [a, b] = [idOf(list[first]), idOf(item)];
        const how =
          a === b
            ? ''
            : a.normalize('NFKC') === b.normalize('NFKC')
              ? 'once Unicode is normalised '
              : 'when case is ignored ';
        at(
          [section, i],
          label(item),
          `duplicate ${how}of ${JSON.stringify(a)}${firstLine ? ` (line ${firstLine})` : ''}`,
        );
      }
    });
  };
  unique(
    catalog.groups,
    'groups',
    (g) => g.id,
    (g) => `group ${g.id}: id`,
    true,
  );
  unique(
    catalog.shapes,
    'shapes',
    (s) => s.id,
    (s) => `shape ${s.id}: id`,
    false,
  );
  unique(
    catalog.examples,
    'examples',
    (e) => e.id,
    (e) => `example ${e.id}: id`,
    false,
  );
  unique(
    catalog.context_fields,
    'context_fields',
    (c) => c.name,
    (c) => `context_fields.${c.name}: name`,
    false,
  );
  unique(
    catalog.headers,
    'headers',
    (h) => `${h.name} (${h.direction})`,
    (h) => `headers.${h.name}: name`,
    true,
  );

  // Lookups that would silently pick the first of two: a group value, a status rule, a short name, a field's path.
  const once = <T>(
    items: T[],
    keyOf: (item: T) => string | undefined,
    report: (item: T, i: number, first: T) => void,
  ) => {
    const seen = new Map<string, T>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      if (key === undefined) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, item);
      else report(item, i, first);
    });
  };
  const lineNote = (where: PathKey[]) => {
    const line = lineAt(where);
    return line ? ` (line ${line})` : '';
  };
  once(
    catalog.groups,
    (g) => g.value,
    (g, i, first) =>
      at(
        ['groups', i, 'value'],
        `group ${g.id}`,
        `value: ${JSON.stringify(g.value)} is already the value of group ${first.id}${lineNote(['groups', catalog.groups.indexOf(first)])}`,
      ),
  );
  once(
    catalog.retry.status_rules.flatMap((rule, r) => rule.http.map((status) => ({ status, r }))),
    ({ status }) => String(status),
    ({ status, r }, _i, first) =>
      at(
        ['retry', 'status_rules', r, 'http'],
        `retry.status_rules[${r}]`,
        `http: ${status} already has a rule${lineNote(['retry', 'status_rules', first.r])}`,
      ),
  );
  once(
    catalog.codes,
    (c) => c.name?.toLowerCase(),
    (c, i, first) =>
      at(
        ['codes', i, 'name'],
        `code ${c.code}`,
        `name: ${JSON.stringify(c.name)} is already the name of code ${first.code}${lineNote(['codes', catalog.codes.indexOf(first)])}`,
      ),
  );
  // A field documented twice for the same shape (no shapes means every shape).
  catalog.fields.forEach((field, i) => {
    const earlier = catalog.fields
      .slice(0, i)
      .findIndex(
        (f) =>
          f.path === field.path &&
          (f.shapes.length === 0 || field.shapes.length === 0 || f.shapes.some((s) => field.shapes.includes(s))),
      );
    if (earlier >= 0)
      at(
        ['fields', i, 'path'],
        `fields.${field.path}`,
        `path: documented twice for the same shape${lineNote(['fields', earlier])}`,
      );
  });

  catalog.codes.forEach((entry, i) => {
    const where = `code ${entry.code}`;
    const here = ['codes', i];
    // Lists within a code: a repeated entry is a slip (a status, a detail or a context field twice).
    const lists: [string, readonly unknown[]][] = [
      ['http', entry.http],
      ['context', entry.context],
      ['related', entry.related],
      ['details', entry.details.map((d) => d.name)],
    ];
    for (const [key, list] of lists)
      once(
        [...list],
        (v) => String(v),
        (v, k) => at([...here, key, k], where, `${key}: ${JSON.stringify(v)} is listed twice`),
      );
    // Keep the first definition so later checks (examples, related codes) read the one a reader sees first.
    const earlier = folded.get(foldKey(entry.code));
    if (earlier) {
      const line = lineAt(['codes', catalog.codes.indexOf(earlier)]);
      const also = line ? ` (line ${line})` : '';
      if (earlier.code === entry.code)
        at(here, where, `duplicate code: it is already defined earlier in this catalog${also}`);
      else
        at(
          here,
          where,
          `code: equals code ${JSON.stringify(earlier.code)}${also} when case is ignored; page URLs and file names would collide`,
        );
    } else {
      codes.set(entry.code, entry);
      folded.set(foldKey(entry.code), entry);
    }
    if (typeof entry.code !== expectedType)
      at(
        [...here, 'code'],
        where,
        `code: expected ${catalog.code_format === 'integer' ? 'an integer' : 'a string'} (code_format is ${catalog.code_format}), got ${JSON.stringify(entry.code)}`,
      );
    if (!groupIds.has(entry.group))
      at([...here, 'group'], where, `group: unknown group "${entry.group}" (groups: ${[...groupIds].join(', ')})`);
    if (entry.kind === 'response' && entry.http.length === 0)
      at(here, where, 'http: an HTTP error response needs at least one status');
    entry.context.forEach((name, k) => {
      const field = catalog.context_fields.find((f) => f.name === name);
      if (!field) at([...here, 'context', k], where, `context: unknown context field "${name}"`);
      else if (field.codes.length > 0 && !field.codes.includes(entry.code))
        at(
          [...here, 'context', k],
          where,
          `context: context field "${name}" does not list code ${entry.code} in its codes${lineNote(['context_fields', catalog.context_fields.indexOf(field)])}; add it there or drop it here`,
        );
    });
    if (entry.retryable_basis === 'status-rule' && entry.retryable !== null) {
      const verdicts = entry.http.map((s) => catalog.retry.status_rules.find((r) => r.http.includes(s))?.retryable);
      if (verdicts.some((v) => v !== entry.retryable))
        at(
          [...here, 'retryable'],
          where,
          `retryable: ${entry.retryable} does not follow the catalog's status rules for ${entry.http.join('/')}`,
        );
    }
    if (entry.retryable_basis === 'not-documented' && entry.retryable !== null)
      at([...here, 'retryable'], where, 'retryable: must be null when retryable_basis is not-documented');
    if (entry.retryable === null && entry.retryable_basis !== 'not-documented')
      at(
        [...here, 'retryable'],
        where,
        `retryable: null (not documented) needs retryable_basis: not-documented; write true or false for basis ${entry.retryable_basis}`,
      );
  });
  catalog.codes.forEach((entry, i) => {
    entry.related.forEach((rel, k) => {
      const here = ['codes', i, 'related', k];
      if (!codes.has(rel)) at(here, `code ${entry.code}`, `related: unknown code ${JSON.stringify(rel)}`);
      if (rel === entry.code) at(here, `code ${entry.code}`, 'related: a code cannot be related to itself');
    });
  });
  catalog.context_fields.forEach((field, i) => {
    field.codes.forEach((code, k) => {
      const entry = codes.get(code);
      if (!entry)
        at(
          ['context_fields', i, 'codes', k],
          `context_fields.${field.name}`,
          `codes: unknown code ${JSON.stringify(code)}`,
        );
      // The field's list and the code's `context` say the same thing twice; a page reads one, the decoder the other.
      else if (!entry.context.includes(field.name))
        at(
          ['context_fields', i, 'codes', k],
          `context_fields.${field.name}`,
          `codes: code ${entry.code} does not list "${field.name}" in its context${lineNote(['codes', catalog.codes.indexOf(entry)])}; add it there or drop it here`,
        );
    });
  });
  // Roles a page or the decoder reads one header for: a second header with the role would be ignored.
  const singleRoles = new Set([
    'trace-id',
    'retry-after',
    'rate-limit-limit',
    'rate-limit-remaining',
    'rate-limit-reset',
    'idempotency-key',
  ]);
  once(
    catalog.headers.map((h, i) => ({ h, i })),
    ({ h }) => (singleRoles.has(h.role) ? `${h.role} ${h.direction}` : undefined),
    ({ h, i }, _k, first) =>
      at(
        ['headers', i, 'role'],
        `headers.${h.name}`,
        `role: ${h.role} (${h.direction}) is already the role of ${first.h.name}${lineNote(['headers', first.i])}; only the first would be read`,
      ),
  );
  // A role the shape always carries needs a path, or the decoder can never find it and warns on every response.
  catalog.shapes.forEach((shape, i) => {
    shape.required.forEach((role, k) => {
      if (!shape.fields[role]?.length)
        at(
          ['shapes', i, 'required', k],
          `shape ${shape.id}`,
          `required: ${role} has no path in fields (add fields.${role})`,
        );
    });
  });
  catalog.retry.guidance.forEach((row, i) => {
    row.codes.forEach((code, k) => {
      const entry = codes.get(code);
      if (!entry)
        at(
          ['retry', 'guidance', i, 'codes', k],
          `retry.guidance "${row.label}"`,
          `codes: unknown code ${JSON.stringify(code)}`,
        );
      // A row that says "do not retry" for a code the catalog marks retryable (or the reverse) gives two answers.
      else if (entry.retryable !== null && entry.retryable !== row.retryable)
        at(
          ['retry', 'guidance', i, 'retryable'],
          `retry.guidance "${row.label}"`,
          `retryable: ${row.retryable} contradicts code ${entry.code}, which is retryable: ${entry.retryable}${lineNote(['codes', catalog.codes.indexOf(entry)])}`,
        );
    });
  });
  // `basis: response` promises that the response says whether to retry: some shape must say where.
  if (catalog.retry.basis === 'response' && !catalog.shapes.some((s) => s.fields.retryable?.length))
    at(
      ['retry', 'basis'],
      'retry.basis',
      'response: no shape has fields.retryable, so no response can say whether to retry; add it or choose catalog or status',
    );
  // A group no code and no example belongs to would get an empty page and an empty table.
  const groupIdsFolded = catalog.groups.map((g) => g.id.normalize('NFKC').toLowerCase());
  catalog.groups.forEach((group, i) => {
    // A duplicate id is reported above; its emptiness follows from it.
    if (groupIdsFolded.indexOf(groupIdsFolded[i]) !== i) return;
    if (!catalog.codes.some((c) => c.group === group.id) && !catalog.examples.some((e) => e.group === group.id))
      at(['groups', i], `group ${group.id}`, 'no code or example belongs to this group (its page would be empty)');
  });
  // A matcher that contradicts itself or another matcher on the same path can never hit.
  catalog.shapes.forEach((shape, i) => {
    shape.match.forEach((m, k) => {
      const where = ['shapes', i, 'match', k];
      const label = `shape ${shape.id}: match[${k}]`;
      if (m.present === false && (m.type !== undefined || m.equals !== undefined))
        at(where, label, `present: false with ${m.type !== undefined ? 'type' : 'equals'}: the matcher can never hit`);
      else if (m.equals !== undefined && m.type !== undefined && jsonType(m.equals) !== m.type)
        at(where, label, `equals ${JSON.stringify(m.equals)} is not of type ${m.type}: the matcher can never hit`);
      const other = shape.match.findIndex(
        (o, j) =>
          j < k &&
          o.path === m.path &&
          ((o.present === false) !== (m.present === false) ||
            (o.type !== undefined && m.type !== undefined && o.type !== m.type) ||
            (o.equals !== undefined && m.equals !== undefined && o.equals !== m.equals)),
      );
      if (other >= 0)
        at(
          where,
          label,
          `contradicts match[${other}] on path "${m.path}"${lineNote(['shapes', i, 'match', other])}: the shape can never match`,
        );
    });
  });
  catalog.fields.forEach((field, i) => {
    field.shapes.forEach((shape, k) => {
      if (!shapeIds.has(shape))
        at(['fields', i, 'shapes', k], `fields.${field.path}`, `shapes: unknown shape "${shape}"`);
    });
  });
  catalog.examples.forEach((example, i) => {
    const where = `example ${example.id}`;
    const here = ['examples', i];
    if (!shapeIds.has(example.shape)) at([...here, 'shape'], where, `shape: unknown shape "${example.shape}"`);
    // Header names are case-insensitive: two spellings of one header are one header sent twice.
    const headerNames = new Map<string, string>();
    for (const name of Object.keys(example.headers)) {
      const first = headerNames.get(name.toLowerCase());
      if (first !== undefined)
        at([...here, 'headers', name], where, `headers.${name}: the same header as ${first} (names ignore case)`);
      else headerNames.set(name.toLowerCase(), name);
    }
    // The example is shown as a response of its shape: the decoder must recognise it as one, with the code it shows.
    const shape = catalog.shapes.find((s) => s.id === example.shape);
    if (shape) {
      const broken = shape.match.find((m) => {
        const hit = getPath(example.body, m.path);
        if (m.present === false) return hit.found;
        if (!hit.found) return true;
        return (
          (m.equals !== undefined && hit.value !== m.equals) || (m.type !== undefined && jsonType(hit.value) !== m.type)
        );
      });
      if (broken) {
        const wants =
          broken.present === false
            ? 'to be absent'
            : broken.equals !== undefined
              ? `to equal ${JSON.stringify(broken.equals)}`
              : broken.type !== undefined
                ? `to be ${/^[ao]/.test(broken.type) ? 'an' : 'a'} ${broken.type}`
                : 'to be present';
        at(
          [...here, 'body'],
          where,
          `body: does not match shape ${shape.id}, which needs "${broken.path}" ${wants}${typeof example.body === 'string' ? ' (the body is a string: write it as YAML or JSON, unquoted)' : ''}`,
        );
      } else if (example.code !== undefined && codes.has(example.code)) {
        const sent = shape.fields.code
          ?.map((p) => getPath(example.body, p))
          .find((hit) => hit.found && hit.value !== null);
        if (shape.fields.code && !sent?.found)
          at(
            [...here, 'body'],
            where,
            `body: has no code at ${shape.fields.code.join(' or ')} (where shape ${shape.id} says the code is); fix the body or the shape's fields.code`,
          );
        else if (sent?.found && String(sent.value) !== String(example.code))
          at(
            [...here, 'body'],
            where,
            `body: carries code ${JSON.stringify(sent.value)}, but the example is for code ${JSON.stringify(example.code)}`,
          );
      }
    }
    if (example.group !== undefined && !groupIds.has(example.group))
      at([...here, 'group'], where, `group: unknown group "${example.group}"`);
    if (example.code === undefined) {
      if (example.group === undefined)
        at(here, where, 'code: an example needs a code, or a group for a code-less error');
      return;
    }
    const entry = codes.get(example.code);
    if (!entry) {
      at([...here, 'code'], where, `code: unknown code ${JSON.stringify(example.code)} (not in this catalog)`);
      return;
    }
    if (example.status !== undefined && entry.http.length > 0 && !entry.http.includes(example.status)) {
      const transport = catalog.shapes.find((s) => s.id === example.shape)?.transport_status;
      if (transport !== example.status)
        at(
          [...here, 'status'],
          where,
          `status: ${example.status} disagrees with code ${entry.code}, which is sent with ${entry.http.join(' / ')}`,
        );
    }
  });
  return problems;
}

/** Top-level site paths an API id would collide with. */
export const RESERVED_API_IDS = new Set([
  'compare',
  'search',
  'playground',
  'data',
  'schema',
  'add-your-api',
  'search-index.json',
  '_next',
  'llms.txt',
  'llms-full.txt',
  'sitemap.xml',
  'robots.txt',
  '404',
]);

/** Parses YAML with its limits (alias expansion, unknown tags, duplicate keys) reported against the file. */
function parseYaml(text: string, file: string): { raw: unknown; lineAt: LineAt; doc: Document } {
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = YAML.parseDocument(text, { prettyErrors: true, lineCounter: counter, uniqueKeys: true });
  } catch (error) {
    throw new CatalogError([`${file}: YAML: cannot be parsed (${(error as Error).message.split('\n')[0]})`]);
  }
  // Warnings (an unknown `!tag`, say) turn into silent data changes, so they fail like errors.
  // Only the first: after one syntax error (a tab, say) the parser reports every later line of the block as well.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const pos = first.linePos?.[0];
    // The yaml library appends "at line L, column C:" to its message; the position is already in front.
    const message = first.message
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/^Source contains multiple documents.*/, 'a catalog is one YAML document; remove the second "---"')
      .replace(/^Maximum call stack size exceeded$/, 'nested too deeply to parse (lists or maps inside each other)');
    // `title:Rate limited` is one plain word to YAML, not a key: the usual cause of a confusing complaint.
    const source = pos ? text.split('\n', pos.line)[pos.line - 1] : undefined;
    const hint =
      source && /^\s*(?:- )?[A-Za-z_$][\w$-]*:[^\s:]/.test(source)
        ? '; a key needs a blank after its colon ("title: Rate limited")'
        : '';
    throw new CatalogError([`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML: ${message}${hint}`]);
  }
  try {
    // maxAliasCount caps how far aliases may expand (a "billion laughs" file would otherwise exhaust memory).
    return { raw: doc.toJS({ maxAliasCount: 100 }), lineAt: lineLocator(doc, counter), doc };
  } catch (error) {
    throw new CatalogError([`${file}: YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
}

/**
 * Plain YAML numbers that do not mean what they look like: `0123` and `0x3EF` are read as 123 and 1007, and an integer
 * past 2^53 (`12345678901234567890`) silently loses its last digits. Each is located; quoting keeps the text as written.
 */
function misreadNumbers(doc: Document, text: string, file: string, raw: unknown, lineAt: LineAt): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, at: PathKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...at, pair.key.value as PathKey]);
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...at, i]));
    else if (isScalar(node) && typeof node.value === 'number' && node.type === 'PLAIN' && node.range) {
      const written = text.slice(node.range[0], node.range[1]).trim();
      const value = node.value;
      const where = `${located(file, lineAt(at))}: ${locate(raw, at)}`;
      if (/^[-+]?0[0-9]+$/.test(written) || /^[-+]?0[xXoObB]/.test(written))
        problems.push(
          `${where}: ${written} is read as the number ${value}; write ${value}, or quote it ("${written}") if the text is meant`,
        );
      else if (/^[-+]?[0-9]+$/.test(written) && !Number.isSafeInteger(value))
        problems.push(
          `${where}: ${written} is too large to be read exactly (it becomes ${value}); quote it ("${written}") or check the number`,
        );
    }
  };
  walk(doc.contents, []);
  return problems;
}

/** Parses and validates one catalog file; throws CatalogError with located messages. */
export function loadCatalogFile(absolute: string): Catalog {
  const file = relative(absolute);
  const text = readContentText(absolute, file);
  const { raw, lineAt, doc } = parseYaml(text, file);
  if (raw === null || raw === undefined)
    throw new CatalogError([`${file}: empty: a catalog needs at least id, name, summary, groups, shapes and codes`]);
  const misread = misreadNumbers(doc, text, file, raw, lineAt);
  if (misread.length > 0) throw new CatalogError(misread);
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success)
    throw new CatalogError(parsed.error.issues.flatMap((issue) => formatIssues(file, raw, issue, lineAt)));
  const folder = path.basename(path.dirname(absolute));
  const links: SiteLink[] = [];
  const problems = [...checkStrings(raw, file, lineAt, links), ...crossCheck(parsed.data, file, lineAt)];
  if (parsed.data.id !== folder)
    problems.unshift(
      `${located(file, lineAt(['id']))}: id: "${parsed.data.id}" must match its folder name "${folder}"`,
    );
  if (RESERVED_API_IDS.has(parsed.data.id))
    problems.unshift(
      `${located(file, lineAt(['id']))}: id: "${parsed.data.id}" is taken by a site page; choose another id`,
    );
  if (problems.length > 0) throw new CatalogError(problems);
  const catalog = { ...parsed.data, file };
  siteLinks.set(catalog, links);
  nameLines.set(catalog, lineAt(['name']));
  return catalog;
}

/** Catalog files under a content folder, in a stable order; every API folder must hold one. */
function catalogFiles(contentDir: string): string[] {
  const dir = relative(contentDir);
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    throw new CatalogError([
      `${dir}: content folder not found (expected <api>/catalog.yaml inside; CODEBOOK_CONTENT_DIR chooses another folder)`,
    ]);
  }
  const problems: string[] = [];
  const files: string[] = [];
  const entries = fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const at = relative(path.join(contentDir, entry.name));
    // A link could pull in files from anywhere on the machine (or skip an API silently): content is real files only.
    if (entry.isSymbolicLink()) problems.push(`${at}: a symbolic link; content must be real folders and files`);
    else if (!entry.isDirectory())
      problems.push(`${at}: not an API folder: ${dir} holds only <api>/ folders, each with a catalog.yaml`);
    else {
      const file = path.join(contentDir, entry.name, 'catalog.yaml');
      const stat = fs.lstatSync(file, { throwIfNoEntry: false });
      if (!stat) problems.push(`${relative(file)}: missing: every folder in ${dir} is an API and needs a catalog.yaml`);
      else if (stat.isSymbolicLink()) problems.push(`${relative(file)}: a symbolic link; content must be real files`);
      else if (!stat.isFile()) problems.push(`${relative(file)}: not a file`);
      else files.push(file);
    }
  }
  if (files.length === 0 && problems.length === 0)
    problems.push(`${dir}: no catalogs: the content folder is empty (expected <api>/catalog.yaml)`);
  if (problems.length > 0) throw new CatalogError(problems);
  return files;
}

/** Loads every catalog, collecting the problems of all of them before failing. */
export function loadAllCatalogs(contentDir = CONTENT_DIR): Catalog[] {
  const catalogs: Catalog[] = [];
  const problems: string[] = [];
  for (const file of catalogFiles(contentDir)) {
    try {
      catalogs.push(loadCatalogFile(file));
    } catch (error) {
      if (error instanceof CatalogError) problems.push(...error.problems);
      else throw error;
    }
  }
  // Two APIs with one name read as one in the navigation, the comparison and search results.
  catalogs.forEach((catalog, i) => {
    const first = catalogs.slice(0, i).find((c) => c.name.toLowerCase() === catalog.name.toLowerCase());
    if (first)
      problems.push(
        `${located(catalog.file, nameLines.get(catalog))}: name: "${catalog.name}" is already the name of API ${first.id} (${first.file})`,
      );
  });
  if (problems.length > 0) throw new CatalogError(problems);
  return catalogs;
}
