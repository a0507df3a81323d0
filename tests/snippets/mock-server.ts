// A loopback-only HTTP server that plays one error scenario per request path, so every generated snippet can be run
// against the response its code really has. Bodies come from the catalog's examples, or are built from the shape's
// field map when the catalog has none for a code (generated test data, never shown on the site).
//
//   /scenario/<api>/<code>/<failures>?run=<id>&hints=seconds,date&retryable=false&shape=<shape id>
//
// <failures> error responses (a number, or `always`) precede a 200; `hints` are cycled per attempt: `seconds`
// (Retry-After: 1 and body retry_after 1), `date` (Retry-After as an HTTP date 1–2 s ahead), `body2` (body
// retry_after 2, no header) or `none`. Run standalone with `npx tsx tests/snippets/mock-server.ts`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { loadAllCatalogs, type Catalog } from '@/lib/catalog/load';
import type { ErrorCode, Shape } from '@/lib/catalog/schema';

export type Hint = 'seconds' | 'date' | 'body2' | 'none';

export type RecordedRequest = {
  /** Monotonic ms when the request had fully arrived. */
  at: number;
  /** Monotonic ms when the response had been written. */
  respondedAt: number;
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  idempotencyKey?: string;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  /** The longest wait this response asked for (body or header), in ms; 0 when it named none. */
  askedWaitMs: number;
};

export type MockServer = { baseUrl: string; requests(run: string): RecordedRequest[]; close(): Promise<void> };

type Json = Record<string, unknown>;

function getPath(doc: unknown, path: string): unknown {
  let value = doc;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Json)[key] : undefined;
  return value;
}

function setPath(doc: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = doc;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Json;
  }
  node[keys[keys.length - 1]] = value;
}

function deletePath(doc: Json, path: string): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.length ? getPath(doc, keys.join('.')) : doc;
  if (parent && typeof parent === 'object') delete (parent as Json)[last];
}

const within = (context: string, name: string) => (context === '$' ? name : `${context}.${name}`);

/** Test data for a context field, by its documented type. */
function sampleFor(type: string, name: string): unknown {
  if (/array|\[\]/.test(type)) return [`${name}-one`, `${name}-two`];
  if (/int|number/.test(type)) return 2;
  if (/object/.test(type)) return { sample: name };
  if (/bool/.test(type)) return true;
  return `sample-${name}`;
}

/** An error body for `entry` in `shape`, built from the shape's field map and matchers. */
export function buildBody(catalog: Catalog, entry: ErrorCode, shape: Shape): Json {
  const body: Json = {};
  for (const m of shape.match) {
    if (m.equals !== undefined) setPath(body, m.path, m.equals);
    else if (m.type === 'object' && getPath(body, m.path) === undefined) setPath(body, m.path, {});
  }
  const first = (paths?: string[]) => paths?.[0];
  const put = (paths: string[] | undefined, value: unknown) => {
    const path = first(paths);
    if (path !== undefined && value !== undefined && value !== null) setPath(body, path, value);
  };
  const f = shape.fields;
  put(f.code, entry.code);
  put(f.message, `${entry.title} (generated test message)`);
  put(f.status, entry.http[0]);
  put(f.retryable, entry.retryable);
  const group = catalog.groups.find((g) => g.id === entry.group);
  put(f.group, group?.value ?? group?.id);
  put(f.trace_id, `trace-${catalog.id}-${String(entry.code).toLowerCase()}`);
  const context = first(f.context);
  if (context) {
    for (const name of entry.context) {
      const field = catalog.context_fields.find((c) => c.name === name);
      setPath(body, within(context, name), sampleFor(field?.type ?? 'string', name));
    }
    for (const detail of entry.details)
      setPath(body, within(context, detail.name), detail.example ?? `sample-${detail.name}`);
  }
  if (entry.tags.includes('validation')) put(f.param, 'sample_field');
  const provider = entry.provider_codes[0];
  if (provider)
    put(f.provider, {
      source: provider.source,
      code: provider.code,
      message: provider.message ?? 'provider test message',
      fbtrace_id: 'fbtrace-test',
    });
  return body;
}

export type ScenarioOptions = { shape?: string; retryable?: boolean };

/** The error response the mock serves for a code: status, headers and body. */
export function errorResponse(catalog: Catalog, entry: ErrorCode, options: ScenarioOptions = {}) {
  const example = options.shape
    ? undefined
    : catalog.examples.find((e) => e.code !== undefined && String(e.code) === String(entry.code));
  const shape =
    catalog.shapes.find((s) => s.id === (options.shape ?? example?.shape)) ??
    catalog.shapes.find((s) => s.routes.length === 0) ??
    catalog.shapes[0];
  const body: Json = example ? structuredClone(example.body as Json) : buildBody(catalog, entry, shape);
  if (options.retryable !== undefined)
    for (const path of shape.fields.retryable ?? [])
      if (getPath(body, path) !== undefined) setPath(body, path, options.retryable);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(example?.headers ?? {}) };
  for (const h of catalog.headers) {
    if (
      h.role !== 'trace-id' ||
      h.direction !== 'response' ||
      Object.keys(headers).some((k) => k.toLowerCase() === h.name.toLowerCase())
    )
      continue;
    const fromBody = (shape.fields.trace_id ?? []).map((p) => getPath(body, p)).find((v) => typeof v === 'string');
    headers[h.name] = (fromBody as string | undefined) ?? `req-${catalog.id}-${String(entry.code).toLowerCase()}`;
  }
  const status = example?.status ?? entry.http[0] ?? shape.transport_status ?? 500;
  return { status, headers, body, shape };
}

function applyHint(hint: Hint, shape: Shape, body: Json, headers: Record<string, string>): number {
  const paths = shape.fields.retry_after ?? [];
  const present = paths.filter((p) => getPath(body, p) !== undefined);
  const waits: number[] = [];
  // The scenario decides the wait: an example's own Retry-After (HueChat's 60) would make tests slow, not stricter.
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'retry-after') delete headers[name];
  if (hint === 'none') for (const p of present) deletePath(body, p);
  if (hint === 'seconds' || hint === 'date') {
    for (const p of present) {
      setPath(body, p, 1);
      waits.push(1000);
    }
  }
  if (hint === 'body2' && paths[0]) {
    for (const p of present) deletePath(body, p);
    setPath(body, paths[0], 2);
    waits.push(2000);
  }
  if (hint === 'seconds') {
    headers['Retry-After'] = '1';
    waits.push(1000);
  }
  if (hint === 'date') {
    // HTTP dates have whole seconds: the next second boundary plus one is 1–2 s ahead.
    const now = Date.now();
    const at = (Math.floor(now / 1000) + 2) * 1000;
    headers['Retry-After'] = new Date(at).toUTCString();
    waits.push(at - now);
  }
  return waits.length ? Math.max(...waits) : 0;
}

export async function startMockServer(catalogs: Catalog[], { lifetimeMs = 120_000 } = {}): Promise<MockServer> {
  const records = new Map<string, RecordedRequest[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, root, api, rawCode, failures] = url.pathname.split('/');
      const catalog = catalogs.find((c) => c.id === api);
      const entry = catalog?.codes.find((c) => String(c.code) === decodeURIComponent(rawCode ?? ''));
      if (root !== 'scenario' || !catalog || !entry) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ mock: 'unknown scenario', path: url.pathname }));
        return;
      }
      const run = url.searchParams.get('run') ?? 'default';
      const list = records.get(run) ?? [];
      records.set(run, list);
      const text = Buffer.concat(chunks).toString('utf8');
      const idem = catalog.retry.idempotency;
      let idempotencyKey: string | undefined = idem?.header
        ? (req.headers[idem.header.toLowerCase()] as string | undefined)
        : undefined;
      if (!idempotencyKey && idem?.body_field) {
        try {
          idempotencyKey = (JSON.parse(text) as Json)[idem.body_field] as string | undefined;
        } catch {
          idempotencyKey = undefined;
        }
      }
      const attempt = list.length + 1;
      const failing = failures === 'always' || attempt <= Number(failures ?? 0);
      const retryableParam = url.searchParams.get('retryable');
      let status = 200;
      let headers: Record<string, string> = { 'content-type': 'application/json' };
      let body: unknown = { result: 'accepted', attempt };
      let askedWaitMs = 0;
      if (failing) {
        const response = errorResponse(catalog, entry, {
          shape: url.searchParams.get('shape') ?? undefined,
          retryable: retryableParam === null ? undefined : retryableParam === 'true',
        });
        const hints = (url.searchParams.get('hints') ?? 'none').split(',') as Hint[];
        askedWaitMs = applyHint(hints[(attempt - 1) % hints.length], response.shape, response.body, response.headers);
        ({ status, headers, body } = response);
      }
      // Recorded before answering, so a fast client cannot overtake its own record.
      const record: RecordedRequest = {
        at,
        respondedAt: at,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text,
        idempotencyKey,
        status,
        responseHeaders: headers,
        responseBody: body,
        askedWaitMs,
      };
      list.push(record);
      res.writeHead(status, headers);
      res.end(JSON.stringify(body), () => {
        record.respondedAt = performance.now();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  // A bounded lifetime: a forgotten server cannot outlive the test run.
  const timer = setTimeout(() => void close(), lifetimeMs);
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, requests: (run) => records.get(run) ?? [], close };
}

// Standalone: serve the repository's catalogs for two minutes.
if (process.argv[1] && /mock-server\.ts$/.test(process.argv[1])) {
  startMockServer(loadAllCatalogs()).then((s) => console.log(`mock server on ${s.baseUrl} (exits after 120 s)`));
}
