// Checks the Inbox and Relay catalogs against their source pages, parsed at test time, so a mistyped
// code, status, retry rule or example shows up as a difference from the page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from './load';

import { SEEDS_DIR as SEEDS } from '@/tests/support/seeds';
const seed = (prefix: string) => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no source page ${prefix}_* in ${SEEDS}; set CODEBOOK_SEEDS_DIR`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};
const catalog = (api: string) => loadCatalogFile(path.join(process.cwd(), 'content', 'apis', api, 'catalog.yaml'));

describe('Inbox catalog against source page 003', () => {
  const page = seed('003');
  const inbox = catalog('inbox');

  // The page lists codes in tables under "<Group> Errors" headings: `CODE | status | description`.
  const documented: { code: string; status: number; group: string }[] = [];
  let heading = '';
  for (const line of page.split('\n')) {
    const title = /^(.+) Errors$/.exec(line.trim());
    if (title) heading = title[1];
    const row = /^([A-Z][A-Z_]+) \| (\d{3}) \|/.exec(line);
    if (row) documented.push({ code: row[1], status: Number(row[2]), group: heading });
  }

  it('has exactly the codes of the page, each with its status', () => {
    expect(documented).toHaveLength(12);
    const ours = inbox.codes.map((c) => ({ code: c.code, http: c.http }));
    expect(ours).toEqual(documented.map((d) => ({ code: d.code, http: [d.status] })));
  });

  it('puts each code in the group whose table lists it', () => {
    const groupTitle = new Map(inbox.groups.map((g) => [g.id, g.title.toLowerCase()]));
    for (const d of documented) {
      const entry = inbox.codes.find((c) => c.code === d.code)!;
      expect({ code: d.code, group: groupTitle.get(entry.group) }).toEqual({
        code: d.code,
        group: d.group.toLowerCase(),
      });
    }
    expect(inbox.groups.map((g) => g.title.toLowerCase())).toEqual([
      ...new Set(documented.map((d) => d.group.toLowerCase())),
    ]);
  });

  it('retries exactly the statuses the page calls transient', () => {
    const transient = /transient errors \(([\d, ]+)\)/.exec(page)?.[1].split(', ').map(Number);
    expect(transient).toEqual([429, 500, 503]);
    const retryable = inbox.retry.status_rules
      .filter((r) => r.retryable)
      .flatMap((r) => r.http)
      .sort();
    expect(retryable).toEqual(transient);
    for (const code of inbox.codes)
      expect([code.code, code.retryable]).toEqual([code.code, transient!.includes(code.http[0])]);
  });

  it('names the request id header and the validation issues path as the page spells them', () => {
    expect(page).toContain('X-Request-ID');
    expect(inbox.headers.map((h) => [h.name, h.role])).toEqual([['X-Request-ID', 'trace-id']]);
    expect(page).toContain('details.issues');
    expect(inbox.shapes[0].fields.issues).toEqual(['details.issues']);
  });

  it('shows no example, since the page gives none, and invents no back-off numbers', () => {
    expect(inbox.examples).toEqual([]);
    expect(Object.keys(inbox.retry.backoff ?? {})).toEqual(['note']);
  });
});

describe('Relay catalog against source page 004', () => {
  const page = seed('004');
  const relay = catalog('relay');

  it('has the retry table of the page, status by status', () => {
    const rows = [...page.matchAll(/^(\d{3}(?:, \d{3})*) \| (Yes|No) \|/gm)].map((m) => ({
      http: m[1].split(', ').map(Number),
      retryable: m[2] === 'Yes',
    }));
    expect(rows).toHaveLength(5);
    expect(relay.retry.status_rules.map((r) => ({ http: r.http, retryable: r.retryable }))).toEqual(rows);
  });

  it('takes its back-off numbers from the sample code', () => {
    const maxAttempts = Number(/maxAttempts = (\d+)/.exec(page)?.[1]);
    const [, initialMs, multiplier, capMs] = /Math\.min\((\d+) \* (\d+) \*\* \(attempt - 1\), (\d+)\)/.exec(page) ?? [];
    const jitter = Number(/Math\.random\(\) \* base \* ([\d.]+)/.exec(page)?.[1]);
    expect(relay.retry.backoff).toMatchObject({
      initial_seconds: Number(initialMs) / 1000,
      multiplier: Number(multiplier),
      max_seconds: Number(capMs) / 1000,
      max_attempts: maxAttempts,
    });
    expect(relay.retry.backoff?.jitter).toContain(`${jitter * 100}%`);
    expect(page).toContain('Idempotency-Key');
    expect(relay.retry.idempotency?.header).toBe('Idempotency-Key');
  });

  it('documents VALIDATION_ERROR as a 400 that is never retried, and no other code', () => {
    expect(page).toContain('A 400 with VALIDATION_ERROR');
    expect(page).toContain('never retriable');
    expect(relay.codes.map((c) => [c.code, c.http, c.retryable])).toEqual([['VALIDATION_ERROR', [400], false]]);
  });

  it('reproduces the page example body exactly, with the request id in its header', () => {
    const start = page.indexOf('{ "code"');
    let depth = 0;
    let end = start;
    for (; end < page.length; end++) {
      if (page[end] === '{') depth++;
      if (page[end] === '}' && --depth === 0) break;
    }
    const body = JSON.parse(page.slice(start, end + 1)) as { request_id: string; message: string };
    expect(relay.examples).toHaveLength(1);
    const [example] = relay.examples;
    expect(example.body).toEqual(body);
    expect(example.headers).toEqual({ 'X-Request-Id': body.request_id });
    expect(page).toContain('X-Request-Idresponse header');
    expect(relay.codes[0].messages).toEqual([body.message]);
  });
});
