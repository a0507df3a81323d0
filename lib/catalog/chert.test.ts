// Holds the Chert catalog to its source page: the code tables, symbolic names, retry guidance and
// example bodies are parsed from the page at test time, so a typo in the catalog cannot pass unnoticed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogFile, type Catalog } from './load';

const SOURCE = path.resolve(process.cwd(), '..', 'shared', 'seeds', '000_7f6001902e42071e.txt');
const CATALOG = path.resolve(process.cwd(), 'content', 'apis', 'chert', 'catalog.yaml');

type SourceRow = { code: number; group: string; http: number[]; retryable: boolean };

/** Table cells of a markdown row, trimmed; separator rows and header rows are left to the caller. */
const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
const byNumber = (a: number, b: number) => a - b;
const statuses = (cell: string) => cell.split('/').map((s) => Number(s.trim()));
const yesNo = (cell: string) => {
  const plain = cell.replace(/\*/g, '').replace(/`/g, '').trim().toLowerCase();
  if (plain === 'yes' || plain === 'true') return true;
  if (plain === 'no' || plain === 'false') return false;
  throw new Error(`unexpected retryable cell "${cell}"`);
};

/** Rows of the per-range tables under the "## 1xxx — …" to "## 5xxx — …" headings. */
function sourceCodeRows(text: string): SourceRow[] {
  const rows: SourceRow[] = [];
  let group: string | undefined;
  for (const line of text.split('\n')) {
    const heading = /^## (\dxxx) /.exec(line);
    if (heading) group = heading[1];
    else if (line.startsWith('## ')) group = undefined;
    if (!group || !line.startsWith('|')) continue;
    const [code, http, retryable] = cells(line);
    if (!/^\d+$/.test(code)) continue;
    rows.push({ code: Number(code), group, http: statuses(http), retryable: yesNo(retryable) });
  }
  return rows;
}

/** Rows of the "## Retry guidance" table: the statuses in parentheses and the retryable cell. */
function sourceGuidanceRows(text: string): { http: number[]; retryable: boolean }[] {
  const section = text.split('## Retry guidance')[1].split('\n## ')[0];
  return section
    .split('\n')
    .filter((l) => l.startsWith('|') && /`\d/.test(l))
    .map((line) => {
      const [label, retryable] = cells(line);
      const http = [...label.matchAll(/\(([\d/]+)\)/g)].flatMap((m) => statuses(m[1]));
      return { http: [...new Set(http)].sort(byNumber), retryable: yesNo(retryable) };
    });
}

/** Every ```json block, with the status and label a fence may carry ("```json 401 auth_missing"). */
function sourceExamples(text: string): { status?: number; body: unknown }[] {
  return [...text.matchAll(/```json([^\n]*)\n([\s\S]*?)\n```/g)].map((m) => {
    const status = /^\s*(\d{3})\s/.exec(m[1]);
    return { status: status ? Number(status[1]) : undefined, body: JSON.parse(m[2]) };
  });
}

let source: string;
let catalog: Catalog;

beforeAll(() => {
  source = fs.readFileSync(SOURCE, 'utf8');
  catalog = loadCatalogFile(CATALOG);
});

describe('the Chert catalog against its source page', () => {
  it('has exactly the codes, groups, statuses and retryable defaults of the source tables', () => {
    const rows = sourceCodeRows(source);
    expect(rows).toHaveLength(38);
    const fromCatalog = catalog.codes.map((c) => ({
      code: c.code,
      group: c.group,
      http: c.http,
      retryable: c.retryable,
    }));
    const byCode = (a: { code: unknown }, b: { code: unknown }) => Number(a.code) - Number(b.code);
    expect(fromCatalog.sort(byCode)).toEqual(rows.sort(byCode));
    expect(new Set(catalog.codes.map((c) => c.code)).size).toBe(38);
  });

  it('gives symbolic names exactly where the source does', () => {
    const named = new Map([...source.matchAll(/`(\d{4}) ([A-Z][A-Z_]+)`/g)].map((m) => [Number(m[1]), m[2]]));
    expect(named.size).toBeGreaterThan(0);
    const fromCatalog = new Map(catalog.codes.filter((c) => c.name).map((c) => [c.code, c.name]));
    expect(fromCatalog).toEqual(named);
  });

  it('keeps every row of the retry guidance table, with its statuses and flag', () => {
    const rows = sourceGuidanceRows(source);
    expect(rows).toHaveLength(10);
    expect(catalog.retry.guidance.map((g) => ({ http: [...g.http].sort(byNumber), retryable: g.retryable }))).toEqual(
      rows,
    );
    for (const row of catalog.retry.guidance) {
      for (const code of row.codes) {
        expect(catalog.codes.find((c) => c.code === code)?.retryable, `${row.label}: ${code}`).toBe(row.retryable);
      }
    }
  });

  it('covers every code with exactly one retry guidance row', () => {
    const covered = catalog.retry.guidance.flatMap((g) => g.codes as number[]).sort(byNumber);
    expect(covered).toEqual(catalog.codes.map((c) => c.code as number).sort(byNumber));
  });

  it('carries every example body of the source verbatim, with its status', () => {
    const examples = sourceExamples(source);
    expect(examples).toHaveLength(5);
    for (const { status, body } of examples) {
      const envelope = body as { error: { status: number; code: number } };
      const match = catalog.examples.find((e) => e.code === envelope.error.code);
      expect(match, `example for ${envelope.error.code}`).toBeDefined();
      expect(match!.body).toEqual(body);
      expect(match!.status).toBe(status ?? envelope.error.status);
    }
    expect(catalog.examples).toHaveLength(examples.length);
  });

  it('records the 3003 exception: a server code that is never retryable', () => {
    const code3003 = catalog.codes.find((c) => c.code === 3003)!;
    expect(code3003).toMatchObject({ name: 'PROVIDER_NOT_CONFIGURED', http: [500, 503], retryable: false });
    expect(code3003.overrides.map((o) => o.retryable)).toEqual([false]);
    expect(catalog.retry.basis).toBe('response');
  });
});
