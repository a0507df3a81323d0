// Loads every catalog under content/apis/, validates it against the schema and cross-checks it,
// so a broken catalog fails the build with a message naming the file, the code and the field.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { CatalogSchema, type CatalogFile, type CodeValue, type ErrorCode } from './schema';

// CODEBOOK_CONTENT_DIR points the whole site at another content folder (generated scale catalogs in benchmarks).
export const CONTENT_DIR = process.env.CODEBOOK_CONTENT_DIR
  ? path.resolve(process.env.CODEBOOK_CONTENT_DIR)
  : path.join(process.cwd(), 'content', 'apis');

/** One located problem in a catalog or guide. */
export class CatalogError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CatalogError';
  }
}

export type Catalog = CatalogFile & {
  /** Path of the catalog file relative to the project root. */
  file: string;
};

const relative = (file: string) => path.relative(process.cwd(), file) || file;

const codeLabel = (code: unknown) => (typeof code === 'string' || typeof code === 'number' ? String(code) : '?');

/** Turns a zod issue path into "code 1007: http" or "shapes[2].match" — where a reader would look. */
function locate(raw: unknown, issuePath: PropertyKey[]): string {
  const [head, index, ...rest] = issuePath;
  const tail = (parts: PropertyKey[]) =>
    parts
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
      .join('') || '(entry)';
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

function formatIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): string {
  return `${file}: ${locate(raw, issue.path)}: ${issue.message}`;
}

const sameCode = (a: CodeValue, b: CodeValue) => a === b;

/** Checks that need the whole catalog: duplicates, references between codes, examples against codes. */
export function crossCheck(catalog: CatalogFile, file: string): string[] {
  const problems: string[] = [];
  const at = (where: string, message: string) => problems.push(`${file}: ${where}: ${message}`);
  const codes = new Map<CodeValue, ErrorCode>();
  const groupIds = new Set(catalog.groups.map((g) => g.id));
  const shapeIds = new Set(catalog.shapes.map((s) => s.id));
  const contextNames = new Set(catalog.context_fields.map((c) => c.name));
  const expectedType = catalog.code_format === 'integer' ? 'number' : 'string';

  for (const entry of catalog.codes) {
    const where = `code ${entry.code}`;
    // Keep the first definition so later checks (examples, related codes) read the one a reader sees first.
    if (codes.has(entry.code)) at(where, 'duplicate code: it is already defined earlier in this catalog');
    else codes.set(entry.code, entry);
    if (typeof entry.code !== expectedType) at(where, `code: expected ${catalog.code_format === 'integer' ? 'an integer' : 'a string'} (code_format is ${catalog.code_format}), got ${JSON.stringify(entry.code)}`);
    if (!groupIds.has(entry.group)) at(where, `group: unknown group "${entry.group}" (groups: ${[...groupIds].join(', ')})`);
    if (entry.kind === 'response' && entry.http.length === 0) at(where, 'http: an HTTP error response needs at least one status');
    for (const name of entry.context) if (!contextNames.has(name)) at(where, `context: unknown context field "${name}"`);
    if (entry.retryable_basis === 'status-rule' && entry.retryable !== null) {
      const verdicts = entry.http.map((s) => catalog.retry.status_rules.find((r) => r.http.includes(s))?.retryable);
      if (verdicts.some((v) => v !== entry.retryable)) at(where, `retryable: ${entry.retryable} does not follow the catalog's status rules for ${entry.http.join('/')}`);
    }
    if (entry.retryable_basis === 'not-documented' && entry.retryable !== null) at(where, 'retryable: must be null when retryable_basis is not-documented');
  }
  for (const entry of catalog.codes) {
    for (const rel of entry.related) {
      if (!codes.has(rel)) at(`code ${entry.code}`, `related: unknown code ${JSON.stringify(rel)}`);
      if (sameCode(rel, entry.code)) at(`code ${entry.code}`, 'related: a code cannot be related to itself');
    }
  }
  for (const field of catalog.context_fields) {
    for (const code of field.codes) if (!codes.has(code)) at(`context_fields.${field.name}`, `codes: unknown code ${JSON.stringify(code)}`);
  }
  for (const row of catalog.retry.guidance) {
    for (const code of row.codes) if (!codes.has(code)) at(`retry.guidance "${row.label}"`, `codes: unknown code ${JSON.stringify(code)}`);
  }
  for (const field of catalog.fields) {
    for (const shape of field.shapes) if (!shapeIds.has(shape)) at(`fields.${field.path}`, `shapes: unknown shape "${shape}"`);
  }
  const exampleIds = new Set<string>();
  for (const example of catalog.examples) {
    const where = `example ${example.id}`;
    if (exampleIds.has(example.id)) at(where, 'id: duplicate example id');
    exampleIds.add(example.id);
    if (!shapeIds.has(example.shape)) at(where, `shape: unknown shape "${example.shape}"`);
    if (example.group !== undefined && !groupIds.has(example.group)) at(where, `group: unknown group "${example.group}"`);
    if (example.code === undefined) {
      if (example.group === undefined) at(where, 'code: an example needs a code, or a group for a code-less error');
      continue;
    }
    const entry = codes.get(example.code);
    if (!entry) {
      at(where, `code: unknown code ${JSON.stringify(example.code)} (not in this catalog)`);
      continue;
    }
    if (example.status !== undefined && entry.http.length > 0 && !entry.http.includes(example.status)) {
      const transport = catalog.shapes.find((s) => s.id === example.shape)?.transport_status;
      if (transport !== example.status) at(where, `status: ${example.status} disagrees with code ${entry.code}, which is sent with ${entry.http.join(' / ')}`);
    }
  }
  return problems;
}

/** Top-level site paths an API id would collide with. */
export const RESERVED_API_IDS = new Set(['compare', 'search', 'playground', 'data', 'schema', 'add-your-api', 'search-index.json', '_next', 'llms.txt', 'llms-full.txt', 'sitemap.xml', 'robots.txt', '404']);

/** Parses and validates one catalog file; throws CatalogError with located messages. */
export function loadCatalogFile(absolute: string): Catalog {
  const file = relative(absolute);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch {
    throw new CatalogError([`${file}: cannot be read`]);
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new CatalogError(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  const raw: unknown = doc.toJS();
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success) throw new CatalogError(parsed.error.issues.map((issue) => formatIssue(file, raw, issue)));
  const folder = path.basename(path.dirname(absolute));
  const problems = crossCheck(parsed.data, file);
  if (parsed.data.id !== folder) problems.unshift(`${file}: id: "${parsed.data.id}" must match its folder name "${folder}"`);
  if (RESERVED_API_IDS.has(parsed.data.id)) problems.unshift(`${file}: id: "${parsed.data.id}" is taken by a site page; choose another id`);
  if (problems.length > 0) throw new CatalogError(problems);
  return { ...parsed.data, file };
}

/** Catalog files present under a content folder, in a stable order. */
export function catalogFiles(contentDir = CONTENT_DIR): string[] {
  if (!fs.existsSync(contentDir)) return [];
  return fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(contentDir, d.name, 'catalog.yaml'))
    .filter((f) => fs.existsSync(f))
    .sort();
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
  if (problems.length > 0) throw new CatalogError(problems);
  return catalogs;
}
