// Turns one catalog code into a language-neutral handling plan: how to send, how to recognise the code,
// and what to do about it. The three renderers only spell this plan out, so every language behaves alike.
import type { Catalog } from '@/lib/catalog/load';
import { catalogQuery } from '@/lib/catalog/query';
import type { CodeValue, ErrorCode, Shape } from '@/lib/catalog/schema';

/** What a snippet does once it has recognised its code. */
export type Decision =
  | 'retry' // retryable: wait and resend, bounded
  | 'fix' // not retryable: show what to correct
  | 'support' // not retryable and not the caller's fault: quote the trace id to support
  | 'undocumented' // the source does not say: do not retry automatically
  | 'event'; // not a response at all (HueChat webhook failure): a receiver that reports it

/** A value the snippet prints when the response carries it. */
export type Surface = { label: string; paths: string[]; note?: string };

export type RequestHeader = { name: string; env: string; scheme?: 'Bearer' };

export type Backoff = {
  maxAttempts: number;
  baseMs: number;
  factor: number;
  capMs: number;
  /** Fixed wait when the response names none (HueChat's 60 s for rate limits); replaces the exponential schedule. */
  fallbackWaitMs?: number;
  /** Why these numbers, in one comment line per entry. */
  notes: string[];
};

export type HandlingPlan = {
  apiId: string;
  apiName: string;
  shortName: string;
  code: CodeValue;
  /** `4098 UNKNOWN_EFFECT`, `rate_limited`. */
  codeLabel: string;
  title: string;
  decision: Decision;
  /** The response's own retry flag is authoritative (Chert): the snippet branches on it. */
  responseDecides: boolean;
  /** Kebab-case file stem, e.g. `chert-4098`. */
  fileStem: string;
  urlEnv: string;
  /** The documented example route, when the catalog names one (Chert `POST /api/v1/send`). */
  route?: string;
  headers: RequestHeader[];
  /** Set when the catalog names no auth header and the snippet falls back to a bearer token. */
  authAssumed: boolean;
  idempotency?: { header?: string; bodyField?: string };
  paths: { code: string[]; message: string[]; retryable: string[]; retryAfter: string[]; trace: string[] };
  traceHeader?: string;
  traceLabel: string;
  retryAfterHeader: string;
  /** Facts printed for this code (fields to correct, allowed values, details, provider data). */
  surfaces: Surface[];
  /** The placeholder the code's message template names (`field` for Chert 1001), if any. */
  messageNames?: string;
  /** The catalog's action for this code, as one plain line. */
  action: string;
  reauth: boolean;
  backoff: Backoff;
};

// Defaults where a catalog names no bound; each snippet states them in a comment.
export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_CAP_SECONDS = 30;

const plain = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
const unique = <T>(items: T[]) => [...new Set(items)];
const envPrefix = (apiId: string) => apiId.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** The first POST route the catalog itself names, used as the snippet's example request. */
function exampleRoute(catalog: Catalog): string | undefined {
  const named = [...(catalog.retry.idempotency?.routes ?? []), ...catalog.shapes.flatMap((s) => s.routes)];
  return named.find((r) => /^POST \//.test(r));
}

/** Shapes a response to the example request can take: route-less shapes plus those naming that route. */
function relevantShapes(catalog: Catalog, route: string | undefined): Shape[] {
  const shapes = catalog.shapes.filter(
    (s) => s.routes.length === 0 || (route !== undefined && s.routes.includes(route)),
  );
  return shapes.length > 0 ? shapes : catalog.shapes;
}

type Role = keyof Shape['fields'];
const pathsOf = (shapes: Shape[], role: Role) => unique(shapes.flatMap((s) => s.fields[role] ?? []));
/** A member of a context object; `$` names the body itself (flat shapes keep context fields at the top). */
const within = (context: string, name: string) => (context === '$' ? name : `${context}.${name}`);

function headerEnv(apiId: string, name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/^x-/, '')
    .replace(new RegExp(`^${apiId}-`), '');
  const key = stem === 'authorization' ? 'api-key' : stem;
  return `${envPrefix(apiId)}_${key.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** Headers the API documents for requests: the first auth header plus any other non-standard one. */
function requestHeaders(catalog: Catalog): { headers: RequestHeader[]; authAssumed: boolean } {
  const query = catalogQuery(catalog);
  const auth = query.headerByRole('auth', 'request');
  const others = query.headersByRole('other', 'request').filter((h) => !/^(content-type|accept)$/i.test(h.name));
  const toHeader = (name: string): RequestHeader => ({
    name,
    env: headerEnv(catalog.id, name),
    scheme: /^authorization$/i.test(name) ? 'Bearer' : undefined,
  });
  if (auth) return { headers: [toHeader(auth.name), ...others.map((h) => toHeader(h.name))], authAssumed: false };
  return { headers: [toHeader('Authorization'), ...others.map((h) => toHeader(h.name))], authAssumed: true };
}

function decide(catalog: Catalog, entry: ErrorCode): Decision {
  if (entry.kind === 'event') return 'event';
  if (entry.retryable === true) return 'retry';
  if (entry.retryable === null) return 'undocumented';
  return entry.tags.some((t) => t === 'server-error' || t === 'unavailable') ? 'support' : 'fix';
}

function backoffFor(catalog: Catalog, entry: ErrorCode): Backoff {
  const b = catalog.retry.backoff;
  const fallback =
    entry.tags.includes('rate-limit') && b?.default_wait_seconds !== undefined
      ? b.default_wait_seconds * 1000
      : undefined;
  // Name what the page leaves open, so a reader knows which numbers are ours.
  const missing = [
    ...(b?.initial_seconds === undefined && fallback === undefined ? ['first delay'] : []),
    ...(b?.max_seconds === undefined && fallback === undefined ? ['ceiling'] : []),
    ...(b?.max_attempts === undefined ? ['attempt limit'] : []),
  ];
  const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}` : missing[0];
  const shortName = catalog.name.replace(/ (Messaging )?API$/, '');
  return {
    maxAttempts: b?.max_attempts ?? DEFAULT_MAX_ATTEMPTS,
    baseMs: (b?.initial_seconds ?? 1) * 1000,
    factor: b?.multiplier ?? 2,
    capMs: (b?.max_seconds ?? DEFAULT_CAP_SECONDS) * 1000,
    fallbackWaitMs: fallback,
    notes: missing.length
      ? [
          `${shortName}'s page gives no ${list}; ${missing.length > 1 ? 'those below are our defaults' : 'the one below is our default'}.`,
        ]
      : [],
  };
}

function surfacesFor(catalog: Catalog, entry: ErrorCode, shapes: Shape[]): Surface[] {
  const contexts = pathsOf(shapes, 'context');
  const prose = [entry.meaning, entry.action, ...entry.solutions, ...entry.causes].join(' ');
  const mentions = (path: string) => prose.includes(`\`${path}\``) || prose.includes(`\`${path.split('.').pop()}\``);
  const surfaces: Surface[] = [];
  const taken = new Set<string>();
  const add = (label: string, paths: string[], note?: string) => {
    const fresh = paths.filter((p) => !taken.has(p));
    if (fresh.length === 0) return;
    fresh.forEach((p) => taken.add(p));
    surfaces.push({ label, paths: fresh, note: note ? plain(note) : undefined });
  };
  const validation = entry.tags.includes('validation');
  for (const path of pathsOf(shapes, 'param')) if (validation || mentions(path)) add('field to correct', [path]);
  for (const path of pathsOf(shapes, 'issues')) if (validation || mentions(path)) add('issues', [path]);
  for (const name of entry.context) {
    if (name === 'retry_after') continue; // drives the wait, not the report
    const field = catalog.context_fields.find((c) => c.name === name);
    add(
      name,
      contexts.map((c) => within(c, name)),
      field?.explain,
    );
  }
  for (const detail of entry.details) {
    if (detail.name === 'retry_after' && entry.retryable === true) continue;
    add(
      detail.name,
      contexts.map((c) => within(c, detail.name)),
    );
  }
  const providers = pathsOf(shapes, 'provider');
  if (providers.length > 0 && (entry.provider_codes.length > 0 || entry.retryable === null)) {
    // The provider's own scalar fields as the catalog lists them; the trace id is printed separately.
    const traces = new Set(pathsOf(shapes, 'trace_id'));
    for (const provider of providers) {
      const children = catalog.fields.filter(
        (f) =>
          f.path.startsWith(`${provider}.`) &&
          !f.path.slice(provider.length + 1).includes('.') &&
          !traces.has(f.path) &&
          !/object|\[\]|array/.test(f.type),
      );
      const name = provider.split('.').pop();
      for (const child of children) add(`${name}.${child.path.slice(provider.length + 1)}`, [child.path]);
    }
  }
  return surfaces;
}

export function buildPlan(catalog: Catalog, code: CodeValue): HandlingPlan {
  const query = catalogQuery(catalog);
  const entry = query.byCode(code);
  if (!entry) throw new Error(`${catalog.id}: no code ${JSON.stringify(code)} in the catalog`);
  const route = exampleRoute(catalog);
  const shapes = relevantShapes(catalog, route);
  const { headers, authAssumed } = requestHeaders(catalog);
  const decision = decide(catalog, entry);
  const idem = catalog.retry.idempotency;
  const idemApplies = idem && (idem.routes.length === 0 || (route !== undefined && idem.routes.includes(route)));
  const template = entry.templates.map((t) => /\{(\w+)\}/.exec(t)?.[1]).find(Boolean);
  const shortName = catalog.name.replace(/ (Messaging )?API$/, '');
  return {
    apiId: catalog.id,
    apiName: catalog.name,
    shortName,
    code: entry.code,
    codeLabel: entry.name && entry.name !== String(entry.code) ? `${entry.code} ${entry.name}` : String(entry.code),
    title: entry.title,
    decision,
    responseDecides: catalog.retry.basis === 'response' && pathsOf(shapes, 'retryable').length > 0,
    fileStem: `${catalog.id}-${String(entry.code)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`,
    urlEnv: `${envPrefix(catalog.id)}_URL`,
    route,
    headers,
    authAssumed,
    idempotency: decision === 'retry' && idemApplies ? { header: idem.header, bodyField: idem.body_field } : undefined,
    paths: {
      code: pathsOf(shapes, 'code'),
      message: pathsOf(shapes, 'message'),
      retryable: pathsOf(shapes, 'retryable'),
      retryAfter: pathsOf(shapes, 'retry_after'),
      trace: pathsOf(shapes, 'trace_id'),
    },
    traceHeader: query.headerByRole('trace-id', 'response')?.name,
    traceLabel: catalog.trace_label,
    retryAfterHeader: query.headerByRole('retry-after')?.name ?? 'Retry-After',
    surfaces: surfacesFor(catalog, entry, shapes),
    messageNames: template,
    action: plain(entry.action),
    reauth: entry.tags.includes('credentials'),
    backoff: backoffFor(catalog, entry),
  };
}

/** The wait before each retry when the response names none: capped exponential, or the API's fixed default. */
export function scheduleMs(backoff: Backoff): number[] {
  return Array.from(
    { length: backoff.maxAttempts - 1 },
    (_, i) => backoff.fallbackWaitMs ?? Math.min(backoff.capMs, backoff.baseMs * backoff.factor ** i),
  );
}
