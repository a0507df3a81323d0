// Proves that every generated handling snippet runs: writes each one out, checks it statically (tsc --strict,
// py_compile, bash -n), then runs it against the mock server and checks what a user would see — how many requests
// went out, how long it waited between them, whether the idempotency key held, its exit status and its output.
// The short handlers (the 20-line decision shown first on each code page) run too: each is wrapped in a small driver
// (shortDriver below) that sends the request, calls the handler, and waits or stops as the handler says.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { transformSync } from 'esbuild';
import { loadAllCatalogs, type Catalog } from '@/lib/catalog/load';
import type { ErrorCode } from '@/lib/catalog/schema';
import {
  buildPlan,
  shortHandlerFor,
  snippetLanguages,
  snippetsFor,
  type HandlingPlan,
  type Snippet,
} from '@/lib/snippets';
import { errorResponse, startMockServer, type RecordedRequest } from './mock-server';

const ROOT = path.resolve(__dirname, '../..');
const CONCURRENCY = Number(process.env.SNIPPET_CONCURRENCY ?? 6);
const RUN_TIMEOUT_MS = 45_000;
// SNIPPET_FILTER=<regexp> limits the run to matching snippet names (e.g. `chert-10`); SNIPPET_VERBOSE=1 times each run.
const FILTER = process.env.SNIPPET_FILTER ? new RegExp(process.env.SNIPPET_FILTER) : undefined;
const VERBOSE = Boolean(process.env.SNIPPET_VERBOSE);
// Waits are measured on the server, from the end of one response to the arrival of the next request.
const WAIT_TOLERANCE_MS = 50;

type Scenario = {
  name: string;
  /** Mock path parameters; absent for events, which read stdin instead. */
  failures?: string;
  params?: Record<string, string>;
  stdin?: string;
  exit: number;
  requests?: number;
  /** Substrings (or patterns) the combined output must contain. */
  output: (string | RegExp)[];
  minGapMs?: number;
};

/** `via: 'tsx'` runs a TypeScript snippet exactly as its header says; otherwise its esbuild output runs on node. */
type Job = {
  snippet: Snippet;
  file: string;
  plan: HandlingPlan;
  catalog: Catalog;
  entry: ErrorCode;
  scenario: Scenario;
  via?: 'tsx';
};
type Outcome = { exit: number | null; output: string; timedOut: boolean; requests: RecordedRequest[] };

function getPath(doc: unknown, p: string): unknown {
  let value = doc;
  for (const key of p.split('.'))
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}
const firstAt = (doc: unknown, paths: string[]) =>
  paths.map((p) => getPath(doc, p)).find((v) => v !== undefined && v !== null);

/** The primitive values inside a reported value: what a reader must be able to find in the output. */
function leaves(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [String(value)];
  return Object.values(value as Record<string, unknown>).flatMap(leaves);
}

/** What the snippet must print for a served error body: the code, message, every reported fact and the trace id. */
function reportExpectations(
  plan: HandlingPlan,
  body: unknown,
  headers: Record<string, string>,
  short = false,
): (string | RegExp)[] {
  const out: (string | RegExp)[] = [String(plan.code), `What to do: ${plan.action.slice(0, 40)}`];
  const message = firstAt(body, plan.paths.message);
  if (typeof message === 'string') out.push(message);
  // A short handler names the action and the trace id; the full program also prints every reported fact.
  for (const s of short ? [] : plan.surfaces) {
    const value = firstAt(body, s.paths);
    if (value === undefined) continue;
    out.push(typeof value === 'string' ? `${s.label}: ${value}` : `${s.label}: `, ...leaves(value));
  }
  const trace = firstAt(body, plan.paths.trace) ?? (plan.traceHeader ? headers[plan.traceHeader] : undefined);
  if (typeof trace === 'string') out.push(trace);
  if (plan.decision === 'support') out.push(/contact \w+ support/i);
  if (plan.decision === 'undocumented') out.push(/does not say whether this error is retryable/i);
  if (plan.reauth) out.push(/re-authenticate/i);
  return out;
}

function scenariosFor(catalog: Catalog, entry: ErrorCode, plan: HandlingPlan, short = false): Scenario[] {
  if (plan.decision === 'event') {
    const { body } = errorResponse(catalog, entry);
    // The same payload carrying another code: the handler must leave it alone.
    const other = structuredClone(body);
    const keys = plan.paths.code[0].split('.');
    const last = keys.pop() as string;
    (keys.length ? (getPath(other, keys.join('.')) as Record<string, unknown>) : other)[last] = 'another_event';
    return [
      { name: 'event', stdin: JSON.stringify(body), exit: 0, output: reportExpectations(plan, body, {}, short) },
      { name: 'other-event', stdin: JSON.stringify(other), exit: 2, output: [/not a .* event/i] },
    ];
  }
  const chert = plan.responseDecides;
  const flat = chert ? catalog.shapes.find((s) => s.routes.includes(plan.route ?? ''))?.id : undefined;
  if (plan.decision !== 'retry') {
    const served = errorResponse(catalog, entry);
    const scenarios: Scenario[] = [
      {
        name: 'once',
        failures: 'always',
        exit: 1,
        requests: 1,
        output: reportExpectations(plan, served.body, served.headers, short),
      },
    ];
    const firstOfGroup = catalog.codes.find((c) => c.group === entry.group && c.retryable === false) === entry;
    if (chert && firstOfGroup) {
      // The response's retryable flag wins: a normally final code marked retryable is reported, not looped on.
      // The branch is the same in every such snippet, so one code per group proves it.
      scenarios.push({
        name: 'marked-retryable',
        failures: 'always',
        params: { retryable: 'true', ...(flat ? { shape: flat } : {}) },
        exit: 1,
        requests: 1,
        output: [/marked this response retryable/i],
      });
    }
    return scenarios;
  }
  const max = plan.backoff.maxAttempts;
  const { body, headers } = errorResponse(catalog, entry, flat ? { shape: flat } : {});
  const trace = firstAt(body, plan.paths.trace) ?? (plan.traceHeader ? headers[plan.traceHeader] : undefined);
  const scenarios: Scenario[] = [
    {
      name: 'recovers',
      failures: '2',
      params: { hints: 'seconds,date' },
      exit: 0,
      requests: 3,
      output: [/sent on attempt 3/i],
    },
    {
      name: 'gives-up',
      failures: 'always',
      params: { hints: 'seconds', ...(flat ? { shape: flat } : {}) },
      exit: 1,
      requests: max,
      output: [
        new RegExp(`gave up after ${max} attempts`, 'i'),
        ...(typeof trace === 'string' ? [trace] : []),
        `What to do: ${plan.action.slice(0, 40)}`,
      ],
    },
  ];
  if (plan.paths.retryAfter.length > 0)
    scenarios.push({
      name: 'body-wait',
      failures: '1',
      params: { hints: 'body2' },
      exit: 0,
      requests: 2,
      output: [/sent on attempt 2/i],
    });
  if (plan.backoff.fallbackWaitMs === undefined) {
    scenarios.push({
      name: 'no-hint',
      failures: '1',
      params: { hints: 'none' },
      exit: 0,
      requests: 2,
      output: [/sent on attempt 2/i],
      minGapMs: plan.backoff.baseMs,
    });
  }
  if (chert)
    scenarios.push({
      name: 'marked-final',
      failures: 'always',
      params: { retryable: 'false' },
      exit: 1,
      requests: 1,
      output: [/marked this response not retryable/i],
    });
  return scenarios;
}

const q = (text: string) => JSON.stringify(text);
const shq = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/**
 * A runnable file around one short handler: the request loop a reader already has in their own code. It sends the
 * request with the plan's headers (and a fixed idempotency key), stops with 0 when the response is not this code,
 * and otherwise calls the handler: waits what it returns and resends, or exits 1 when it says stop. For an event it
 * reads the event from stdin, calls the handler and exits 0 (2 when the event carries another code).
 */
function shortDriver(plan: HandlingPlan, lang: Snippet['lang']): string {
  const handler = shortHandlerFor(plan, lang);
  const code = String(plan.code);
  const retry = plan.decision === 'retry';
  const event = plan.decision === 'event';
  const idem = plan.idempotency;
  const body: Record<string, string> = idem?.bodyField ? { [idem.bodyField]: 'short-handler-key' } : {};
  const headers = [['content-type', 'application/json'], ...(idem?.header ? [[idem.header, 'short-handler-key']] : [])];
  if (lang === 'typescript') {
    const tsCode = plan.paths.code.map((p) => `doc?.${p.split('.').join('?.')}`).join(' ?? ');
    const send = [
      `const headers: Record<string, string> = ${JSON.stringify(Object.fromEntries(headers))};`,
      ...plan.headers.map(
        (h) => `headers[${q(h.name)}] = ${q(h.scheme ? `${h.scheme} ` : '')} + process.env[${q(h.env)}];`,
      ),
    ];
    const loop = event
      ? [
          "  const doc: any = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));",
          `  if (String(${tsCode}) !== ${q(code)}) { console.log(${q(`Not a ${code} event; nothing to do.`)}); process.exit(2); }`,
          `  ${handler.name}(doc);`,
          '  process.exit(0);',
        ]
      : [
          ...send.map((l) => `  ${l}`),
          '  for (let attempt = 1; ; attempt++) {',
          `    const res = await fetch(process.env[${q(plan.urlEnv)}]!, { method: 'POST', headers, body: ${q(JSON.stringify(body))} });`,
          '    const doc: any = await res.json().catch(() => undefined);',
          `    if (String(${tsCode}) !== ${q(code)}) { console.log(\`Sent on attempt \${attempt} (HTTP \${res.status}).\`); process.exit(res.ok ? 0 : 2); }`,
          `    const handle: (res: Response, doc: any, attempt: number) => number | null = ${handler.name};`,
          '    const wait = handle(res, doc, attempt);',
          '    if (wait === null) process.exit(1);',
          '    await new Promise((resolve) => setTimeout(resolve, wait));',
          '  }',
        ];
    return `${handler.source}\n(async () => {\n${loop.join('\n')}\n})();\n`;
  }
  if (lang === 'python') {
    const pyCode = `pick(doc, ${plan.paths.code.map(q).join(', ')})`;
    const loop = event
      ? [
          'doc = json.load(sys.stdin)',
          `if str(${pyCode}) != ${q(code)}: print(${q(`Not a ${code} event; nothing to do.`)}); sys.exit(2)`,
          `${handler.name}(doc)`,
          'sys.exit(0)',
        ]
      : [
          `HEADERS = ${JSON.stringify(Object.fromEntries(headers))}`,
          ...plan.headers.map(
            (h) => `HEADERS[${q(h.name)}] = ${q(h.scheme ? `${h.scheme} ` : '')} + os.environ[${q(h.env)}]`,
          ),
          'attempt = 0',
          'while True:',
          '    attempt += 1',
          `    request = urllib.request.Request(os.environ[${q(plan.urlEnv)}], ${q(JSON.stringify(body))}.encode(), HEADERS, method="POST")`,
          '    try:',
          '        response = urllib.request.urlopen(request, timeout=30)',
          '    except urllib.error.HTTPError as error:',
          '        response = error',
          '    raw = response.read()',
          '    try:',
          '        doc = json.loads(raw)',
          '    except ValueError:',
          '        doc = None',
          `    if str(${pyCode}) != ${q(code)}:`,
          '        print(f"Sent on attempt {attempt} (HTTP {response.status}).")',
          '        sys.exit(0 if response.status < 300 else 2)',
          retry
            ? `    wait = ${handler.name}(response.headers, doc, attempt)`
            : `    wait = ${handler.name}(response.headers, doc)`,
          '    if wait is None:',
          '        sys.exit(1)',
          '    time.sleep(wait)',
        ];
    return `${handler.source}\nimport json, os, time, urllib.error, urllib.request\n${loop.join('\n')}\n`;
  }
  const jqCode = `first((${plan.paths.code.map((p) => `.${p.split('.').join('?.')}?`).join(', ')}) | select(. != null))`;
  const loop = event
    ? [
        'cat > "$tmp/event"',
        `if [ "$(jq -r ${shq(jqCode)} "$tmp/event" 2>/dev/null)" != ${shq(code)} ]; then echo ${shq(`Not a ${code} event; nothing to do.`)}; exit 2; fi`,
        `${handler.name} "$tmp/event"`,
        'exit 0',
      ]
    : [
        'for ((attempt = 1; ; attempt++)); do',
        `  status="$(curl -sS -X POST "$${plan.urlEnv}" ${[...headers.map(([n, v]) => `-H ${shq(`${n}: ${v}`)}`), ...plan.headers.map((h) => `-H "${h.name}: ${h.scheme ? `${h.scheme} ` : ''}$${h.env}"`)].join(' ')} --data ${shq(JSON.stringify(body))} -D "$tmp/headers" -o "$tmp/body" -w '%{http_code}')" || exit 2`,
        `  if [ "$(jq -r ${shq(jqCode)} "$tmp/body" 2>/dev/null)" != ${shq(code)} ]; then`,
        '    echo "Sent on attempt $attempt (HTTP $status)."; [[ "$status" == 2* ]] && exit 0; exit 2',
        '  fi',
        ...(retry
          ? [`  wait="$(${handler.name} "$tmp/headers" "$tmp/body" "$attempt")" || exit 1`, '  sleep "$wait"']
          : [`  ${handler.name} "$tmp/headers" "$tmp/body"`, '  exit 1']),
        'done',
      ];
  return `#!/usr/bin/env bash\nset -uo pipefail\ntmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT\n${handler.source}\n${loop.join('\n')}\n`;
}

// pyenv's `python3` is a shell shim costing ~0.5 s a start; resolve the interpreter behind it once.
const PYTHON = (() => {
  const found = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : 'python3';
})();

const headerValue = (h: HandlingPlan['headers'][number]) =>
  `${h.scheme ? `${h.scheme} ` : ''}test-${h.env.toLowerCase()}`;

function run(job: Job, baseUrl: string, runId: string): Promise<Omit<Outcome, 'requests'>> {
  const { plan, scenario, snippet, file } = job;
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    PYTHONIOENCODING: 'utf-8',
  };
  if (scenario.failures !== undefined) {
    const query = new URLSearchParams({ run: runId, ...scenario.params });
    env[plan.urlEnv] =
      `${baseUrl}/scenario/${plan.apiId}/${encodeURIComponent(String(plan.code))}/${scenario.failures}?${query}`;
    for (const h of plan.headers) env[h.env] = `test-${h.env.toLowerCase()}`;
  }
  const command =
    snippet.lang === 'typescript'
      ? job.via === 'tsx'
        ? [path.join(ROOT, 'node_modules/.bin/tsx'), file]
        : ['node', file.replace(/\.ts$/, '.cjs')]
      : snippet.lang === 'python'
        ? [PYTHON, file]
        : ['bash', file];
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      env: env as NodeJS.ProcessEnv,
      cwd: path.dirname(file),
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.stdin.end(scenario.stdin ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, RUN_TIMEOUT_MS);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ exit, output, timedOut });
    });
  });
}

/** Everything wrong with one run, as sentences; empty when it behaved as designed. */
function judge(job: Job, outcome: Outcome): string[] {
  const { plan, scenario } = job;
  const problems: string[] = [];
  if (outcome.timedOut) problems.push(`timed out after ${RUN_TIMEOUT_MS / 1000} s`);
  if (outcome.exit !== scenario.exit) problems.push(`exit status ${outcome.exit}, expected ${scenario.exit}`);
  for (const want of scenario.output) {
    const found = typeof want === 'string' ? outcome.output.includes(want) : want.test(outcome.output);
    if (!found) problems.push(`output lacks ${typeof want === 'string' ? JSON.stringify(want) : want}`);
  }
  const reqs = outcome.requests;
  if (scenario.requests !== undefined && reqs.length !== scenario.requests)
    problems.push(`${reqs.length} request(s), expected ${scenario.requests}`);
  for (const [i, r] of reqs.entries()) {
    if (r.method !== 'POST') problems.push(`request ${i + 1} used ${r.method}`);
    for (const h of plan.headers) {
      if (r.headers[h.name.toLowerCase()] !== headerValue(h))
        problems.push(`request ${i + 1} lacks header ${h.name}: ${headerValue(h)}`);
    }
  }
  for (let i = 0; i + 1 < reqs.length; i++) {
    const gap = reqs[i + 1].at - reqs[i].respondedAt;
    const asked = Math.max(reqs[i].askedWaitMs, i === 0 ? (scenario.minGapMs ?? 0) : 0);
    if (gap < asked - WAIT_TOLERANCE_MS)
      problems.push(
        `waited ${gap.toFixed(0)} ms before attempt ${i + 2}, the response asked for ${asked.toFixed(0)} ms`,
      );
  }
  if (plan.idempotency && reqs.length > 1) {
    const keys = new Set(reqs.map((r) => r.idempotencyKey));
    if (keys.has(undefined) || keys.size !== 1)
      problems.push(`idempotency key not reused across attempts: ${[...keys].join(', ')}`);
  }
  return problems;
}

function ensureTools(): void {
  const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!has('jq') && process.getuid?.() === 0) {
    console.log('jq is missing; installing it with apt-get (the curl snippets need it).');
    spawnSync('sh', ['-c', 'apt-get install -y jq || (apt-get update && apt-get install -y jq)'], { stdio: 'inherit' });
  }
  const missing = ['bash', 'curl', 'jq', 'python3'].filter((t) => !has(t));
  if (missing.length > 0) {
    console.error(
      `Cannot run the snippets: ${missing.join(', ')} not found on PATH (the curl snippets need jq; install it with apt-get install -y jq).`,
    );
    process.exit(1);
  }
}

/** Runs a command to completion without blocking the event loop (the mock server lives in this process). */
function capture(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Static checks: one tsc --strict over every TypeScript snippet, py_compile, bash -n. Returns problems by file. */
async function staticChecks(dir: string, files: Map<string, Snippet>): Promise<Map<string, string[]>> {
  const problems = new Map<string, string[]>();
  const add = (file: string, text: string) => problems.set(file, [...(problems.get(file) ?? []), text]);
  const byLang = (lang: Snippet['lang']) => [...files].filter(([, s]) => s.lang === lang).map(([f]) => f);

  const tsconfig = path.join(dir, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules/@types')],
          module: 'esnext',
          moduleResolution: 'bundler',
          moduleDetection: 'force',
          skipLibCheck: true,
        },
        files: byLang('typescript'),
      },
      null,
      2,
    ),
  );
  const [tsc, py, ...shells] = await Promise.all([
    capture('node', [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig]),
    capture(PYTHON, ['-m', 'py_compile', ...byLang('python')]),
    ...byLang('shell').map((f) => capture('bash', ['-n', f])),
  ]);
  // A diagnostic no snippet can be blamed for (a tsconfig error, a missing type package) is filed under the tool's
  // own key; main() fails on those too, so a compiler error never goes unreported.
  if (tsc.status !== 0) {
    let current: string | undefined;
    for (const line of tsc.output.split('\n').filter(Boolean)) {
      // Indented lines continue the diagnostic above them.
      if (!/^\s/.test(line)) current = byLang('typescript').find((f) => line.includes(path.basename(f)));
      add(current ?? tsconfig, `tsc: ${line}`);
    }
    if (!tsc.output.trim()) add(tsconfig, `tsc: exited with status ${tsc.status} and no diagnostics`);
  }
  if (py.status !== 0) {
    const blamed = byLang('python').filter((f) => py.output.includes(path.basename(f)));
    for (const f of blamed) add(f, `py_compile: ${py.output.trim()}`);
    if (blamed.length === 0) add('py_compile', `py_compile: exited with status ${py.status}: ${py.output.trim()}`);
  }
  byLang('shell').forEach((f, i) => {
    if (shells[i].status !== 0) add(f, `bash -n: ${shells[i].output.trim()}`);
  });
  return problems;
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureTools();
  const catalogs = loadAllCatalogs(path.join(ROOT, 'content', 'apis'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebook-snippets-'));
  const files = new Map<string, Snippet>();
  const jobs: Job[] = [];
  const viaTsx = new Set<string>();
  for (const catalog of catalogs) {
    for (const entry of catalog.codes) {
      const plan = buildPlan(catalog, entry.code);
      if (FILTER && !FILTER.test(plan.fileStem)) continue;
      const scenarios = scenariosFor(catalog, entry, plan);
      const shortScenarios = scenariosFor(catalog, entry, plan, true).filter((s) => s.name !== 'other-event');
      const extensions = { typescript: 'ts', python: 'py', shell: 'sh' } as const;
      const shorts: Snippet[] = snippetLanguages.map(({ id, label }) => ({
        lang: id,
        label: `${label} (short handler)`,
        filename: `${plan.fileStem}.short.${extensions[id]}`,
        source: shortDriver(plan, id),
      }));
      for (const snippet of [...snippetsFor(catalog, entry.code), ...shorts]) {
        const short = snippet.filename.includes('.short.');
        const file = path.join(dir, snippet.lang, snippet.filename);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, snippet.source);
        files.set(file, snippet);
        for (const scenario of short ? shortScenarios : scenarios)
          jobs.push({ snippet, file, plan, catalog, entry, scenario });
        if (snippet.lang !== 'typescript') continue;
        // Node 20 cannot strip types itself and tsx costs ~1 s of CPU per start, so every TypeScript snippet runs as
        // esbuild's type-stripped output (what tsx does internally), and one snippet per decision also runs under tsx.
        const js = transformSync(snippet.source, { loader: 'ts', format: 'cjs', target: 'node20' }).code;
        fs.writeFileSync(file.replace(/\.ts$/, '.cjs'), js);
        const kind = plan.decision;
        if (!short && !viaTsx.has(kind)) {
          viaTsx.add(kind);
          jobs.push({
            snippet,
            file,
            plan,
            catalog,
            entry,
            scenario: { ...scenarios[0], name: scenarios[0].name },
            via: 'tsx',
          });
        }
      }
    }
  }
  // The static checks run beside the scenarios; their problems are merged in at the end.
  let staticMs = 0;
  const checked = staticChecks(dir, files).then((found) => {
    staticMs = performance.now() - started;
    return found;
  });
  const problems = new Map<string, string[]>();

  const server = await startMockServer(catalogs, { lifetimeMs: 270_000 });
  // Longest scenarios first, so the slow tail overlaps with the quick ones.
  const weight = (j: Job) =>
    j.scenario.failures === 'always' && j.scenario.requests !== 1 ? 3 : (j.scenario.requests ?? 0);
  jobs.sort((a, b) => weight(b) - weight(a));
  let runs = 0;
  await pool(jobs, CONCURRENCY, async (job) => {
    const runId = `r${runs++}`;
    const t0 = performance.now();
    const result = await run(job, server.baseUrl, runId);
    if (VERBOSE)
      console.log(
        `${((performance.now() - t0) / 1000).toFixed(2)} s  ${job.snippet.filename} [${job.scenario.name}]${job.via ? ' via tsx' : ''}`,
      );
    const outcome: Outcome = { ...result, requests: server.requests(runId) };
    const found = judge(job, outcome);
    if (found.length > 0) {
      const name = `[${job.scenario.name}${job.via ? ' via tsx' : ''}]`;
      const tail = outcome.output
        .trim()
        .split('\n')
        .slice(-6)
        .map((line) => `      | ${line}`)
        .join('\n');
      problems.set(job.file, [
        ...(problems.get(job.file) ?? []),
        ...found.map((p) => `${name} ${p}`),
        `${name} last lines of output:\n${tail}`,
      ]);
    }
  });
  await server.close();
  for (const [file, list] of await checked) problems.set(file, [...list, ...(problems.get(file) ?? [])]);

  const failed = [...files.keys()].filter((f) => problems.has(f));
  for (const file of failed) {
    console.log(`✗ ${path.relative(dir, file)}`);
    for (const p of problems.get(file) ?? []) console.log(`    ${p}`);
  }
  // Problems that belong to no snippet (see staticChecks) fail the run as well.
  const orphans = [...problems.keys()].filter((key) => !files.has(key));
  for (const key of orphans) {
    console.log(`✗ ${path.isAbsolute(key) ? path.relative(dir, key) : key} (not attributable to one snippet)`);
    for (const p of problems.get(key) ?? []) console.log(`    ${p}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${runs} scenario runs over ${files.size} snippets (${catalogs.length} APIs) in ${seconds} s; static checks finished after ${(staticMs / 1000).toFixed(1)} s.`,
  );
  if (failed.length > 0 || orphans.length > 0 || process.env.KEEP_SNIPPETS) console.log(`snippet files kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `snippets: ${files.size - failed.length} passed, ${failed.length} failed${orphans.length ? `; ${orphans.length} check(s) failed outside any snippet` : ''}`,
  );
  process.exitCode = failed.length > 0 || orphans.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
