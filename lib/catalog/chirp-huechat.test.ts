// Checks the Chirp and HueChat catalogs against their source pages, parsed at test time, so a mistyped
// code, status, provider mapping, retry rule or example body shows up as a difference from the page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogFile, type Catalog } from './load';
import type { Matcher } from './schema';

import { SEEDS_DIR as SEEDS } from '@/tests/support/seeds';
const seed = (prefix: string) => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no source page ${prefix}_* in ${SEEDS}; set CODEBOOK_SEEDS_DIR`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};
const catalog = (api: string) => loadCatalogFile(path.join(process.cwd(), 'content', 'apis', api, 'catalog.yaml'));

type Body = Record<string, unknown>;

const valueAt = (body: unknown, dotted: string): unknown =>
  dotted
    .split('.')
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Body)[key] : undefined), body);

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

const matches = (m: Matcher, body: unknown) => {
  const v = valueAt(body, m.path);
  if (m.present !== undefined && (v !== undefined) !== m.present) return false;
  if (m.type !== undefined && typeOf(v) !== m.type) return false;
  if (m.equals !== undefined && v !== m.equals) return false;
  return true;
};

/** The catalog's shape for a body, and the first value each required role resolves to. */
function decode(cat: Catalog, body: unknown) {
  const shapes = cat.shapes.filter((s) => s.match.every((m) => matches(m, body)));
  expect(shapes.map((s) => s.id)).toHaveLength(1);
  const shape = shapes[0];
  const role = (name: keyof typeof shape.fields) =>
    (shape.fields[name] ?? []).map((p) => valueAt(body, p)).find((v) => v !== undefined);
  for (const required of shape.required) expect([required, role(required)]).not.toEqual([required, undefined]);
  return { shape: shape.id, code: role('code'), group: role('group'), status: role('status'), trace: role('trace_id') };
}

const sortedCodes = (cat: Catalog) => cat.codes.map((c) => String(c.code)).sort();

describe('Chirp catalog against source page 001', () => {
  const page = seed('001');
  const chirp = catalog('chirp');
  const blocks = [...page.matchAll(/```json[^\n]*\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]) as { error: Body });

  // "| `invalid_request_error` | description | 400, 404, 409 |"
  const types = [...page.matchAll(/^\| `([a-z_]+)`\s*\|[^|\n]*\|\s*([\d, ]+?)\s*\|$/gm)].map((m) => ({
    value: m[1],
    http: m[2].split(', ').map(Number),
  }));

  it('has exactly the codes the page names: those in its examples plus the two enriched ones', () => {
    const enriched = /vague Meta errors — `([a-z_]+)` and `([a-z_]+)`/.exec(page);
    expect(enriched).not.toBeNull();
    const named = new Set([
      ...blocks.map((b) => b.error.code).filter((c) => typeof c === 'string'),
      enriched![1],
      enriched![2],
    ]);
    expect(named.size).toBe(5);
    expect(sortedCodes(chirp)).toEqual([...named].sort());
  });

  it('has one group per error type, with the typical statuses of the page table', () => {
    expect(types.map((t) => t.value)).toEqual([
      'invalid_request_error',
      'authentication_error',
      'provider_error',
      'api_error',
    ]);
    expect(chirp.groups.map((g) => ({ value: g.value, http: g.http }))).toEqual(types);
  });

  it('retries only api_error, the one type the page calls safe to retry, and leaves provider errors undecided', () => {
    const apiSection = page.slice(page.indexOf('### api\\_error'), page.indexOf('## HTTP Status Codes'));
    expect(apiSection).toContain('Safe to retry with exponential backoff');
    const verdict = Object.fromEntries(chirp.groups.map((g) => [g.value, g.retryable]));
    expect(verdict).toEqual({
      invalid_request_error: false,
      authentication_error: false,
      provider_error: null,
      api_error: true,
    });
    expect(chirp.retry.status_rules).toEqual([]);
    // No delays are documented, so none may appear.
    expect(Object.keys(chirp.retry.backoff ?? {})).toEqual(['note']);
  });

  it('gives each code the typical statuses of its group, marked as such, since the page has none per code', () => {
    for (const code of chirp.codes) {
      const group = chirp.groups.find((g) => g.id === code.group)!;
      expect([code.code, code.http, code.http_basis]).toEqual([code.code, group.http, 'group-typical']);
    }
  });

  it('maps each Meta code of the examples to the Chirp code it came with, and no other', () => {
    const seen = blocks
      .filter((b) => b.error.provider)
      .map((b) => {
        const p = b.error.provider as Body;
        return { chirp: b.error.code, source: p.source, code: p.code, message: p.message };
      })
      .sort((a, b) => String(a.chirp).localeCompare(String(b.chirp)));
    expect(seen.map((s) => s.code)).toEqual([131031, 131047, 131026]);
    const ours = chirp.codes
      .flatMap((c) =>
        c.provider_codes.map((p) => ({ chirp: c.code, source: p.source, code: p.code, message: p.message })),
      )
      .sort((a, b) => String(a.chirp).localeCompare(String(b.chirp)));
    expect(ours).toEqual(seen);
  });

  it('documents every attribute of the page table with its type and presence', () => {
    // "| `provider.code` | number or string | -- | description |"
    const rows = [...page.matchAll(/^\| `([a-z_.]+)`\s*\|\s*([^|]+?)\s*\|\s*(Yes|No|--)\s*\|/gm)].map((m) => ({
      path: `error.${m[1]}`,
      type: m[2].replace('\\[', '['),
      required: m[3] === 'Yes' ? true : m[3] === 'No' ? false : null,
    }));
    expect(rows).toHaveLength(12);
    expect(chirp.fields.map((f) => ({ path: f.path, type: f.type, required: f.required }))).toEqual(rows);
  });

  it('keeps every JSON example of the page verbatim, each recognised with the right code or type', () => {
    expect(blocks).toHaveLength(7);
    expect(chirp.examples).toHaveLength(blocks.length);
    for (const block of blocks) expect(chirp.examples.map((e) => e.body)).toContainEqual(block);
    for (const example of chirp.examples) {
      const decoded = decode(chirp, example.body);
      expect(decoded.shape).toBe(example.shape);
      expect(decoded.code).toBe(example.code);
      const group = chirp.groups.find(
        (g) => g.id === (example.group ?? chirp.codes.find((c) => c.code === example.code)!.group),
      );
      expect(decoded.group).toBe(group!.value);
      // The page states no status for any example.
      expect(example.status).toBeUndefined();
      const provider = valueAt(example.body, 'error.provider.fbtrace_id');
      expect(decoded.trace).toBe(provider);
    }
  });

  it('quotes every example message verbatim on its code', () => {
    for (const block of blocks.filter((b) => typeof b.error.code === 'string')) {
      const entry = chirp.codes.find((c) => c.code === block.error.code)!;
      expect(entry.messages).toContain(block.error.message);
    }
  });
});

describe('HueChat catalog against source page 002', () => {
  const page = seed('002');
  const huechat = catalog('huechat');

  // The page's JSON is not fenced: a block starts at a line that is just "{" and ends where it first parses.
  const blocks: Body[] = [];
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '{') continue;
    for (let j = i; j < lines.length; j++) {
      try {
        blocks.push(JSON.parse(lines.slice(i, j + 1).join('\n')) as Body);
        i = j;
        break;
      } catch {
        // not complete yet
      }
    }
  }
  // The format section's block uses the placeholder "error_code"; every other block is one code's example.
  const format = blocks.filter((b) => b.error === 'error_code');
  const perCode = blocks.filter((b) => b.error !== 'error_code');
  const statusOf = new Map(
    [...page.matchAll(/^([a-z_]+)\n\nHTTP Status: (\d{3})$/gm)].map((m) => [m[1], Number(m[2])]),
  );

  it('has exactly the seventeen codes of the page examples', () => {
    expect(format).toHaveLength(1);
    expect(perCode).toHaveLength(17);
    expect(sortedCodes(huechat)).toEqual(perCode.map((b) => String(b.error)).sort());
  });

  it('gives each code the HTTP status the page states for it', () => {
    expect(statusOf.size).toBe(16);
    for (const [code, status] of statusOf) {
      const entry = huechat.codes.find((c) => c.code === code);
      expect([code, entry?.http, entry?.kind]).toEqual([code, [status], 'response']);
    }
  });

  it('treats the one code without a stated status as an event with no HTTP status and no retry verdict', () => {
    const statusless = huechat.codes.filter((c) => !statusOf.has(String(c.code)));
    expect(statusless.map((c) => [c.code, c.kind, c.http, c.retryable, c.retryable_basis])).toEqual([
      ['webhook_delivery_failed', 'event', [], null, 'not-documented'],
    ]);
  });

  it('derives every retry verdict from the sample retry loop: 429 and 5xx retried, other client errors not', () => {
    const sample = page.slice(page.indexOf('async function makeRequest'), page.indexOf('Logging Errors'));
    expect(sample).toContain('error.code === 429');
    expect(sample).toContain('error.code >= 500');
    const retried = (status: number) => status === 429 || status >= 500;
    for (const code of huechat.codes.filter((c) => c.kind === 'response')) {
      expect([code.code, code.retryable, code.retryable_basis]).toEqual([
        code.code,
        retried(code.http[0]),
        'status-rule',
      ]);
    }
    // Every error status of the page's table falls under exactly one rule that agrees with the sample.
    const tableStatuses = [...page.matchAll(/^(\d{3})(?:Client|Server) Error/gm)].map((m) => Number(m[1]));
    expect(tableStatuses).toEqual([400, 401, 403, 404, 409, 422, 429, 500, 502, 503]);
    for (const status of tableStatuses) {
      const rules = huechat.retry.status_rules.filter((r) => r.http.includes(status));
      expect([status, rules.map((r) => r.retryable)]).toEqual([status, [retried(status)]]);
    }
  });

  it('takes the backoff numbers from the sample loop', () => {
    const maxRetries = Number(/maxRetries = (\d+)/.exec(page)?.[1]);
    const defaultWait = Number(/retry_after \|\| (\d+)/.exec(page)?.[1]);
    const base = Number(/Math\.pow\((\d+), attempt\)/.exec(page)?.[1]);
    expect([maxRetries, defaultWait, base]).toEqual([3, 60, 2]);
    expect(huechat.retry.backoff).toMatchObject({
      initial_seconds: base ** 0,
      multiplier: base,
      max_attempts: maxRetries,
      default_wait_seconds: defaultWait,
    });
  });

  it('lists the fields of the documented format and the rate-limit headers with their example values', () => {
    expect(huechat.fields.map((f) => f.path)).toEqual(Object.keys(format[0]));
    const headerBlock = page.slice(page.indexOf('Headers included:'), page.indexOf('contact_rate_limited'));
    const headers = Object.fromEntries([...headerBlock.matchAll(/^([A-Za-z-]+): (\S+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(headers)).toHaveLength(4);
    expect(huechat.examples.find((e) => e.code === 'rate_limited')?.headers).toEqual(headers);
    for (const [name, value] of Object.entries(headers)) {
      expect(huechat.headers.find((h) => h.name === name)?.example).toBe(value);
    }
    expect(huechat.headers.filter((h) => h.direction === 'request').map((h) => h.name)).toEqual([
      'X-API-Key',
      'Authorization',
    ]);
  });

  it('keeps every per-code example verbatim, with its stated status, recognised by the shape', () => {
    expect(huechat.examples).toHaveLength(perCode.length);
    for (const block of perCode) {
      const example = huechat.examples.find((e) => e.code === block.error);
      expect(example?.body).toEqual(block);
      expect([block.error, example?.status]).toEqual([block.error, statusOf.get(String(block.error))]);
      const decoded = decode(huechat, block);
      expect([decoded.code, decoded.status]).toEqual([block.error, block.code]);
      const entry = huechat.codes.find((c) => c.code === block.error)!;
      expect(entry.messages).toContain(block.message);
    }
  });

  it("describes each member of an example's details on its code", () => {
    for (const block of perCode) {
      const entry = huechat.codes.find((c) => c.code === block.error)!;
      const documented = Object.keys((block.details as Body | undefined) ?? {});
      expect([entry.code, entry.details.map((d) => d.name)]).toEqual([entry.code, documented]);
      for (const member of entry.details) expect(member.example).toEqual((block.details as Body)[member.name]);
    }
  });
});

describe.each(['chirp', 'huechat'])('%s message templates', (api) => {
  it('reproduce the verbatim messages of their code', () => {
    const cat = catalog(api);
    const withTemplates = cat.codes.filter((c) => c.templates.length > 0);
    expect(withTemplates.length).toBeGreaterThan(0);
    for (const code of withTemplates) {
      for (const template of code.templates) {
        const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]+\}/g, '.+')}$`);
        expect([code.code, template, code.messages.some((m) => pattern.test(m))]).toEqual([code.code, template, true]);
      }
    }
  });
});
