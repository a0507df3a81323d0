// Renders a handling plan as a standalone TypeScript file (Node 18+: global fetch and crypto, no packages).
import { type HandlingPlan, scheduleMs } from './plan';
import { exampleUrl, exitContract, purpose, say, why } from './wording';

const q = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const tpl = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const codeLiteral = (plan: HandlingPlan) => (typeof plan.code === 'number' ? String(plan.code) : q(plan.code));
const pickOf = (paths: string[]) => (paths.length > 0 ? `pick(doc, ${paths.map(q).join(', ')})` : 'undefined');

const HELPERS = [
  '// First value found at any of the dot paths (the API can answer in more than one body shape).',
  'function pick(doc: unknown, ...paths: string[]): unknown {',
  '  for (const path of paths) {',
  '    let value: unknown = doc;',
  "    for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;",
  '    if (value !== undefined && value !== null) return value;',
  '  }',
  '  return undefined;',
  '}',
  "const show = (value: unknown) => (value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));",
];

const REPORT =
  'function report(label: string, value: unknown): void {\n  if (value !== undefined) console.error(`${label}: ${show(value)}`);\n}';

function traceExpr(plan: HandlingPlan): string | undefined {
  const parts = [
    ...(plan.paths.trace.length ? [pickOf(plan.paths.trace)] : []),
    ...(plan.traceHeader ? [`res.headers.get(${q(plan.traceHeader)})`] : []),
  ];
  return parts.length ? `${parts.join(' ?? ')} ?? undefined` : undefined;
}

function surfaceLines(plan: HandlingPlan, indent: string): string[] {
  const out: string[] = [];
  if (plan.messageNames) out.push(`${indent}// ${why.messageNames(plan.messageNames)}`);
  out.push(`${indent}console.error(\`${tpl(say.heading(plan))}: \${show(${pickOf(plan.paths.message)})}\`);`);
  for (const s of plan.surfaces) {
    if (s.note) out.push(`${indent}// ${s.label}: ${s.note}`);
    out.push(`${indent}report(${q(s.label)}, ${pickOf(s.paths)});`);
  }
  return out;
}

function requestLines(plan: HandlingPlan): string[] {
  const lines = [
    `const url = env(${q(plan.urlEnv)}); // ${exampleUrl(plan)}`,
    ...(plan.authAssumed ? [`// ${why.authAssumed(plan)}`] : []),
    'const headers: Record<string, string> = {',
    "  'content-type': 'application/json',",
    ...plan.headers.map(
      (h) => `  ${q(h.name)}: ${h.scheme ? `\`${h.scheme} \${env(${q(h.env)})}\`` : `env(${q(h.env)})`},`,
    ),
    ...(plan.idempotency?.header
      ? [`  ${q(plan.idempotency.header)}: crypto.randomUUID(), // ${why.idempotency}`]
      : []),
    '};',
    '// ── Your request body goes here. ──',
  ];
  const field = plan.idempotency?.bodyField;
  lines.push(
    field
      ? `const body: Record<string, unknown> = { ${field}: crypto.randomUUID() }; // ${why.idempotency}`
      : 'const body: Record<string, unknown> = {};',
  );
  return lines;
}

const ENV_FN = [
  'function env(name: string): string {',
  '  const value = process.env[name];',
  '  if (!value) throw new Error(`Set ${name} first.`);',
  '  return value;',
  '}',
];

const SEND = "    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });";
const PARSE = '    const doc: unknown = await res.json().catch(() => undefined);';

function notThis(plan: HandlingPlan, indent: string, attempt: boolean): string[] {
  const sent = attempt
    ? `${say.sent} on attempt \${attempt} (HTTP \${res.status}).`
    : `${say.sent} (HTTP \${res.status}).`;
  return [
    `${indent}if (${pickOf(plan.paths.code)} !== ${codeLiteral(plan)}) {`,
    `${indent}  console.log(res.ok ? \`${sent}\` : \`HTTP \${res.status}, ${tpl(say.notThis(plan))}: \${JSON.stringify(doc)}\`);`,
    `${indent}  return res.ok ? 0 : 2;`,
    `${indent}}`,
  ];
}

function retryMain(plan: HandlingPlan): string[] {
  const b = plan.backoff;
  const trace = traceExpr(plan);
  const traceTail = trace ? ` (${plan.traceLabel} \${show(trace)})` : '';
  const lines = [
    '',
    ...(b.notes.length ? [`// ${b.notes.join(' ')}`] : []),
    b.fallbackWaitMs !== undefined
      ? `const MAX_ATTEMPTS = ${b.maxAttempts}, DEFAULT_WAIT_MS = ${b.fallbackWaitMs}; // ${plan.shortName}'s wait when the response names none`
      : `const MAX_ATTEMPTS = ${b.maxAttempts}, BASE_MS = ${b.baseMs}, FACTOR = ${b.factor}, CAP_MS = ${b.capMs}; // back-off: ${scheduleMs(
          b,
        )
          .map((ms) => `${ms / 1000} s`)
          .join(', ')}`,
    `// ${why.serverWait}`,
    'function serverWaitMs(res: Response, doc: unknown): number | undefined {',
    plan.paths.retryAfter.length
      ? `  const waits = [${pickOf(plan.paths.retryAfter)}].filter((s): s is number => typeof s === 'number').map((s) => s * 1000);`
      : '  const waits: number[] = [];',
    `  const header = res.headers.get(${q(plan.retryAfterHeader)});`,
    '  if (header) waits.push(/^\\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now());',
    '  const known = waits.filter(Number.isFinite);',
    '  return known.length ? Math.max(0, ...known) : undefined;',
    '}',
    '',
    'async function main(): Promise<number> {',
    '  for (let attempt = 1; ; attempt++) {',
    SEND,
    PARSE,
    ...notThis(plan, '    ', true),
    ...(trace ? [`    const trace = ${trace};`] : []),
    `    const message = show(${pickOf(plan.paths.message)});`,
  ];
  if (plan.responseDecides) {
    lines.push(
      `    // ${why.responseDecides(plan)}`,
      `    if (${pickOf(plan.paths.retryable)} === false) {`,
      `      console.error(\`${tpl(say.markedFinal(plan))} \${message}${traceTail}\`);`,
      '      return 1;',
      '    }',
    );
  }
  lines.push(
    '    if (attempt >= MAX_ATTEMPTS) {',
    `      console.error(\`${say.gaveUp} \${attempt} attempts: \${message}${traceTail}\`);`,
    `      console.error(${q(say.whatToDo(plan))});`,
    '      return 1;',
    '    }',
    b.fallbackWaitMs !== undefined
      ? '    const wait = serverWaitMs(res, doc) ?? DEFAULT_WAIT_MS;'
      : '    const wait = serverWaitMs(res, doc) ?? Math.min(CAP_MS, BASE_MS * FACTOR ** (attempt - 1));',
    `    const delay = wait + Math.random() * wait * 0.2; // ${why.jitter}`,
    `    console.error(\`${String(plan.code)} on attempt \${attempt}; retrying in \${(delay / 1000).toFixed(1)} s\`);`,
    '    await new Promise((resolve) => setTimeout(resolve, delay));',
    '  }',
    '}',
  );
  return lines;
}

function onceMain(plan: HandlingPlan): string[] {
  const trace = traceExpr(plan);
  const lines = [
    'async function main(): Promise<number> {',
    SEND.slice(2),
    PARSE.slice(2),
    ...notThis(plan, '  ', false),
    ...(trace ? [`  const trace = ${trace};`] : []),
  ];
  if (plan.responseDecides) {
    lines.push(
      `  // ${why.responseDecides(plan)}`,
      `  if (${pickOf(plan.paths.retryable)} === true) {`,
      `    console.error(${q(say.markedRetryable(plan))});`,
      ...(trace ? [`    report(${q(plan.traceLabel)}, trace);`] : []),
      '    return 1;',
      '  }',
    );
  }
  lines.push(...surfaceLines(plan, '  '));
  if (plan.decision === 'support')
    lines.push(`  // ${why.support(plan)}`, `  console.error(\`${tpl(say.support(plan))} \${show(trace)}.\`);`);
  if (plan.decision === 'undocumented')
    lines.push(`  // ${why.undocumented(plan)}`, `  console.error(${q(say.undocumented(plan))});`);
  if (plan.reauth) lines.push(`  // ${why.reauth}`, `  console.error(${q(say.reauth(plan))});`);
  lines.push(`  console.error(${q(say.whatToDo(plan))});`);
  if (trace && plan.decision !== 'support') lines.push(`  report(${q(plan.traceLabel)}, trace);`);
  lines.push('  return 1;', '}');
  return lines;
}

function eventSnippet(plan: HandlingPlan, filename: string): string {
  const lines = [
    `// ${purpose(plan)}`,
    `// Run: npx tsx ${filename} event.json   (or pipe the event JSON on stdin)`,
    `// ${exitContract(plan)}`,
    "import { readFileSync } from 'node:fs';",
    '',
    ...HELPERS,
    REPORT,
    '',
    "const doc: unknown = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));",
    `if (${pickOf(plan.paths.code)} !== ${codeLiteral(plan)}) {`,
    `  console.log(${q(say.notEvent(plan))});`,
    '  process.exit(2);',
    '}',
    ...surfaceLines(plan, ''),
    `// ${why.eventResend(plan)}`,
    `console.error(${q(say.whatToDo(plan))});`,
    ...(plan.paths.trace.length ? [`report(${q(plan.traceLabel)}, ${pickOf(plan.paths.trace)});`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

export function typescriptSnippet(plan: HandlingPlan): string {
  const filename = `${plan.fileStem}.ts`;
  if (plan.decision === 'event') return eventSnippet(plan, filename);
  const envs = [plan.urlEnv, ...plan.headers.map((h) => h.env)].map((e) => `${e}=…`).join(' ');
  const lines = [
    `// ${purpose(plan)}`,
    `// Run: ${envs} npx tsx ${filename}`,
    `// ${exitContract(plan)}`,
    ...requestLines(plan),
    '',
    ...ENV_FN,
    ...HELPERS,
    ...(plan.decision === 'retry' ? [] : [REPORT]),
    ...(plan.decision === 'retry' ? retryMain(plan) : ['', ...onceMain(plan)]),
    'main().then((status) => process.exit(status), (error: unknown) => {',
    '  console.error(error);',
    '  process.exit(2);',
    '});',
  ];
  return `${lines.join('\n')}\n`;
}
