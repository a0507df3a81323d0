// What a reader of a code page gets from the snippet tabs: three complete programs whose behaviour follows the
// catalog for that code. (tests/snippets/run-snippets.ts runs them; these tests read them.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog, getCatalogs } from '@/lib/catalog';
import { findSharedRuns } from '@/lib/content/source-overlap';
import { SEEDS_DIR } from '@/tests/support/seeds';
import { buildPlan, SHORT_MAX_LINES, snippetLanguages, snippetPairsFor, snippetsFor, type Snippet } from './index';

const catalogs = getCatalogs();
const all = catalogs.flatMap((catalog) =>
  catalog.codes.map((entry) => ({ catalog, entry, snippets: snippetsFor(catalog, entry.code) })),
);
const find = (api: string, code: string | number) => {
  const hit = all.find((a) => a.catalog.id === api && a.entry.code === code);
  if (!hit) throw new Error(`no ${api} ${code} in the catalogs`);
  return hit.snippets;
};
const lang = (snippets: Snippet[], id: Snippet['lang']) => snippets.find((s) => s.lang === id)?.source ?? '';

// Signs of a retry loop in each language: an attempt bound and a pause before resending.
const RETRY_SIGNS: Record<Snippet['lang'], RegExp[]> = {
  typescript: [/MAX_ATTEMPTS/, /setTimeout/, /Retry-After/i],
  python: [/MAX_ATTEMPTS/, /time\.sleep/, /Retry-After/i],
  shell: [/MAX_ATTEMPTS/, /\bsleep\b/, /Retry-After/i],
};

describe('snippetsFor', () => {
  it('gives every code of every catalog a TypeScript, a Python and a curl snippet, in that order', () => {
    expect(all.length).toBeGreaterThan(50);
    for (const { catalog, entry, snippets } of all) {
      expect(
        snippets.map((s) => s.lang),
        `${catalog.id} ${entry.code}`,
      ).toEqual(['typescript', 'python', 'shell']);
      for (const s of snippets) {
        expect(s.filename).toMatch(new RegExp(`^${catalog.id}-[a-z0-9-]+\\.(ts|py|sh)$`));
        expect(s.source).toContain(String(entry.code));
        expect(s.source.split('\n').length, `${s.filename} is too long to copy comfortably`).toBeLessThanOrEqual(75);
      }
    }
    expect(snippetLanguages.map((l) => [l.id, l.label])).toEqual([
      ['typescript', 'TypeScript'],
      ['python', 'Python'],
      ['shell', 'curl'],
    ]);
  });

  it('writes snippets that differ between codes beyond the code itself', () => {
    for (const catalog of catalogs) {
      const bodies = catalog.codes.map((entry) => ({
        code: entry.code,
        stripped: snippetsFor(catalog, entry.code).map((s) => s.source.split(String(entry.code)).join('<code>')),
      }));
      for (let i = 0; i < bodies.length; i++) {
        for (let j = i + 1; j < bodies.length; j++) {
          for (let k = 0; k < 3; k++)
            expect(bodies[i].stripped[k], `${catalog.id} ${bodies[i].code} vs ${bodies[j].code}`).not.toBe(
              bodies[j].stripped[k],
            );
        }
      }
    }
  });

  it('does something different for a rate limit, an unknown effect and a server-side gap', () => {
    const rateLimit = lang(find('chert', 1007), 'typescript');
    const effect = lang(find('chert', 4098), 'typescript');
    const config = lang(find('chert', 3003), 'typescript');
    expect(rateLimit).toMatch(/serverWaitMs/);
    expect(rateLimit).not.toMatch(/allowed_effects|Contact Chert support/);
    expect(effect).toContain("'error.allowed_effects'");
    expect(effect).not.toMatch(/MAX_ATTEMPTS|Contact Chert support/);
    expect(config).toContain('Contact Chert support');
    expect(config).not.toMatch(/MAX_ATTEMPTS|allowed_effects/);
    // Attachment errors point at the offending entry; 1001 relies on the message naming the field.
    expect(lang(find('chert', 1011), 'python')).toContain('"error.attachment_index"');
    expect(lang(find('chert', 1001), 'shell')).toMatch(/message fills in the \{field\}/);
  });

  it('puts retry logic in retryable codes only', () => {
    for (const { catalog, entry, snippets } of all) {
      for (const s of snippets) {
        const signs = RETRY_SIGNS[s.lang].filter((sign) => sign.test(s.source));
        if (entry.retryable === true)
          expect(signs.length, `${s.filename} should retry`).toBe(RETRY_SIGNS[s.lang].length);
        else expect(signs, `${s.filename} (${catalog.id} ${entry.code}) must not retry`).toEqual([]);
      }
    }
  });

  it('bounds retries by the catalog, or by a default it states', () => {
    expect(lang(find('relay', 'VALIDATION_ERROR'), 'typescript')).not.toMatch(/MAX_ATTEMPTS/);
    expect(lang(find('huechat', 'rate_limited'), 'python')).toMatch(/MAX_ATTEMPTS, DEFAULT_WAIT = 3, 60\b/);
    const inbox = lang(find('inbox', 'RATE_LIMIT_EXCEEDED'), 'typescript');
    expect(inbox).toMatch(/Inbox's page gives no first delay, ceiling or attempt limit; those below are our defaults/);
    expect(inbox).toMatch(/MAX_ATTEMPTS = 4, BASE_MS = 1000, FACTOR = 2, CAP_MS = 30000/);
    expect(lang(find('chert', 3001), 'shell')).toMatch(/DELAYS_MS=\(1000 2000 4000\)/);
  });

  it('branches on the retryable field in every Chert snippet, whatever the code default', () => {
    const chert = getCatalog('chert');
    for (const entry of chert.codes) {
      const [ts, py, sh] = snippetsFor(chert, entry.code).map((s) => s.source);
      const flag = entry.retryable ? 'false' : 'true';
      expect(ts, `chert ${entry.code}`).toContain(`pick(doc, 'error.retryable', 'retryable') === ${flag}`);
      expect(py, `chert ${entry.code}`).toContain(
        `pick(doc, "error.retryable", "retryable") is ${entry.retryable ? 'False' : 'True'}`,
      );
      expect(sh, `chert ${entry.code}`).toContain(`"$(pick '.error.retryable?, .retryable?')" = ${flag}`);
    }
    // APIs without a retry flag in their responses never look for one.
    expect(lang(find('inbox', 'INTERNAL_ERROR'), 'typescript')).not.toMatch(/retryable'\)/);
  });

  it('keeps one idempotency key across attempts where the API documents one', () => {
    const ts = lang(find('chert', 1007), 'typescript');
    const loop = ts.indexOf('for (let attempt');
    expect(ts.indexOf('idempotency_key: crypto.randomUUID()')).toBeGreaterThan(-1);
    expect(ts.indexOf('idempotency_key: crypto.randomUUID()')).toBeLessThan(loop);
    expect(lang(find('chert', 1007), 'shell')).toMatch(/--arg key "\$KEY" '\{idempotency_key: \$key\}'/);
    // Relay documents an Idempotency-Key header but no retryable code; a test-only retryable code shows the header
    // being created once, before the loop, in every language.
    const relay = getCatalog('relay');
    const throttled = {
      ...relay.codes[0],
      code: 'TEST_ONLY_THROTTLED',
      http: [429],
      retryable: true,
      tags: ['rate-limit' as const],
    };
    const [rts, rpy, rsh] = snippetsFor({ ...relay, codes: [...relay.codes, throttled] }, 'TEST_ONLY_THROTTLED').map(
      (s) => s.source,
    );
    expect(rts.indexOf("'Idempotency-Key': crypto.randomUUID()")).toBeGreaterThan(-1);
    expect(rts.indexOf("'Idempotency-Key': crypto.randomUUID()")).toBeLessThan(rts.indexOf('for (let attempt'));
    expect(rpy).toContain('"Idempotency-Key": str(uuid.uuid4())');
    expect(rsh).toContain('-H "Idempotency-Key: $KEY"');
    expect(rsh.indexOf('KEY="$(cat /proc/sys/kernel/random/uuid')).toBeLessThan(rsh.indexOf('for ((attempt'));
    // Inbox documents no idempotency mechanism, so its snippets invent none.
    expect(lang(find('inbox', 'RATE_LIMIT_EXCEEDED'), 'python')).not.toMatch(/idempotency/i);
  });

  it('sends the auth headers each API documents, and says so when it has to assume one', () => {
    const chert = lang(find('chert', 2004), 'typescript');
    expect(chert).toContain("'x-chert-signature': env('CHERT_SIGNATURE')");
    expect(chert).toContain("'x-chert-tenant': env('CHERT_TENANT')");
    expect(lang(find('huechat', 'forbidden'), 'shell')).toContain(
      '-H "X-API-Key: ${HUECHAT_API_KEY:?Set HUECHAT_API_KEY}"',
    );
    for (const { catalog, snippets } of all) {
      const documented = catalog.headers.some((h) => h.role === 'auth' && h.direction === 'request');
      for (const s of snippets.filter((x) => !x.source.includes('an event, not a response'))) {
        expect(/names no auth header/.test(s.source), s.filename).toBe(!documented);
      }
    }
  });

  it('reads the code where each API puts it', () => {
    expect(lang(find('huechat', 'not_found'), 'typescript')).toContain("pick(doc, 'error') !== 'not_found'");
    expect(lang(find('chert', 2012), 'typescript')).toContain("pick(doc, 'error.code', 'code') !== 2012");
    expect(lang(find('inbox', 'NOT_FOUND'), 'shell')).toContain(`[ "$(pick '.code?')" != 'NOT_FOUND' ]`);
  });

  it('surfaces the fix: fields to correct, details, provider data and credentials', () => {
    expect(lang(find('relay', 'VALIDATION_ERROR'), 'python')).toContain(
      'report("field to correct", pick(doc, "details.field"))',
    );
    expect(lang(find('chirp', 'invalid_phone_number'), 'typescript')).toContain(
      "report('field to correct', pick(doc, 'error.param'))",
    );
    expect(lang(find('inbox', 'VALIDATION_ERROR'), 'typescript')).toContain(
      "report('issues', pick(doc, 'details.issues'))",
    );
    expect(lang(find('huechat', 'forbidden'), 'python')).toContain(
      'report("required_permission", pick(doc, "details.required_permission"))',
    );
    expect(lang(find('chert', 2012), 'typescript')).toMatch(/Re-authenticate: check CHERT_SIGNATURE and CHERT_TENANT/);
    expect(lang(find('huechat', 'unauthorized'), 'shell')).toMatch(/Re-authenticate: check HUECHAT_API_KEY/);
  });

  it('does not retry what the source leaves undocumented, and keeps the provider trace', () => {
    for (const code of ['message_undeliverable', 'conversation_window_expired', 'account_restricted']) {
      for (const s of find('chirp', code)) {
        expect(s.source).toMatch(/silent on retrying this error/);
        expect(s.source).toMatch(/error\.provider\.fbtrace_id/);
        expect(s.source).toMatch(/error\.provider\.code/);
      }
    }
  });

  it('handles the HueChat webhook failure as an incoming event, not as a request', () => {
    for (const s of find('huechat', 'webhook_delivery_failed')) {
      expect(s.source).not.toMatch(/fetch\(|urlopen|curl /);
      expect(s.source).toMatch(/details\.webhook_id/);
      expect(s.source).toMatch(/stdin/);
    }
  });

  it("writes its comments in its own words, not the source pages'", () => {
    const seeds = fs.existsSync(SEEDS_DIR) ? fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')) : [];
    expect(seeds.length, `source pages not found at ${SEEDS_DIR}`).toBe(5);
    const source = seeds.map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8')).join('\n');
    const comments = new Set<string>();
    for (const { snippets } of all) {
      for (const s of snippets)
        for (const line of s.source.split('\n')) if (/^\s*(\/\/|#|""")/.test(line)) comments.add(line);
    }
    expect(findSharedRuns([...comments].join('\n'), source)).toEqual([]);
  });

  it('builds its plan from the catalog data, so a changed catalog changes the snippet', () => {
    const chert = getCatalog('chert');
    const edited = { ...chert, retry: { ...chert.retry, backoff: { ...chert.retry.backoff!, max_attempts: 6 } } };
    expect(buildPlan(edited, 1007).backoff.maxAttempts).toBe(6);
    expect(lang(snippetsFor(edited, 1007), 'shell')).toContain('MAX_ATTEMPTS=6');
    expect(() => snippetsFor(chert, 9999)).toThrow(/no code 9999/);
  });
});

describe('short handlers', () => {
  const pairs = catalogs.flatMap((catalog) =>
    catalog.codes.map((entry) => ({ catalog, entry, pairs: snippetPairsFor(catalog, entry.code) })),
  );

  it('every code has one per language, at most 20 lines, naming the code', () => {
    for (const { catalog, entry, pairs: list } of pairs) {
      expect(
        list.map((p) => p.lang),
        `${catalog.id} ${entry.code}`,
      ).toEqual(['typescript', 'python', 'shell']);
      for (const p of list) {
        const where = `${catalog.id} ${entry.code} ${p.lang}`;
        expect(p.short.source.trimEnd().split('\n').length, where).toBeLessThanOrEqual(SHORT_MAX_LINES);
        expect(p.short.source, where).toContain(String(entry.code));
        expect(p.full.source.length, where).toBeGreaterThan(p.short.source.length);
      }
    }
  });

  it('a retryable code waits what the response asks, else the documented fallback; a final one never returns a wait', () => {
    const huechat = snippetPairsFor(getCatalog('huechat')!, 'rate_limited');
    const py = huechat.find((p) => p.lang === 'python')!.short.source;
    expect(py).toContain("pick(doc, 'details.retry_after')");
    expect(py).toContain('if asked else 60');
    expect(py).toContain('if attempt >= 3:');
    const relay = snippetPairsFor(getCatalog('relay')!, 'VALIDATION_ERROR').find((p) => p.lang === 'typescript')!.short
      .source;
    expect(relay).toMatch(/^function onRelayValidationError\(res: Response, doc: any\): null \{$/m);
    expect(relay).not.toMatch(/setTimeout|attempt/);
    const chert = snippetPairsFor(getCatalog('chert')!, 1007).find((p) => p.lang === 'shell')!.short.source;
    expect(chert).toContain('jq -r \'first((.error?.retryable?, .retryable?) | select(. != null))\' "$2")" = false');
  });
});
