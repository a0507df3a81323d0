// The short handler of one code: the decision alone (resend after how long, or stop and say what to fix or quote), as
// one function of at most 20 lines per language, for readers who copy it into their own request code. The full
// programs (typescript.ts, python.ts, shell.ts) wrap the same plan in a runnable script.
import type { HandlingPlan } from './plan';
import { say, why } from './wording';

export type ShortHandler = { name: string; source: string };

/** The most lines a short handler may take, blank lines and comments included (a unit test holds every code to it). */
export const SHORT_MAX_LINES = 20;

const words = (stem: string) => stem.split('-').filter(Boolean);
const camel = (stem: string) =>
  `on${words(stem)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}`;
const snake = (stem: string) => `on_${words(stem).join('_')}`;
const tsString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const tsTemplate = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const pyString = (text: string) => JSON.stringify(text);
const pyFString = (text: string) => JSON.stringify(text).replace(/\{/g, '{{').replace(/\}/g, '}}');
const shString = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/** One sentence per branch a short handler prints, after the heading and message, for a final answer. */
function finalLines(plan: HandlingPlan): string[] {
  const lines = [say.whatToDo(plan)];
  if (plan.decision === 'support') lines.push(`${say.support(plan)} below.`);
  if (plan.decision === 'undocumented') lines.push(say.undocumented(plan));
  if (plan.reauth) lines.push(say.reauth(plan));
  return lines;
}

const shortPurpose = (plan: HandlingPlan, unit: string) =>
  plan.decision === 'retry'
    ? `${say.heading(plan)}: retryable. Returns the ${unit} to wait before resending, or ${unit === 'seconds' ? 'None' : 'null'} to stop.`
    : plan.decision === 'event'
      ? `${say.heading(plan)}: an event, not a response. Reports which delivery failed.`
      : plan.decision === 'undocumented'
        ? `${say.heading(plan)}: retryability is not documented. Reports it; never resends by itself.`
        : plan.decision === 'support'
          ? `${say.heading(plan)}: not retryable, not fixable on your side. Reports what to quote to support.`
          : `${say.heading(plan)}: not retryable. Reports what to correct; never resends.`;

// ── TypeScript ──────────────────────────────────────────────────────────────────────────────────────────────────

const tsPath = (root: string, p: string) => `${root}?.${p.split('.').join('?.')}`;
const tsFirst = (root: string, paths: string[]) => paths.map((p) => tsPath(root, p)).join(' ?? ');

function tsTrace(plan: HandlingPlan, root: string, withHeaders: boolean): string | undefined {
  const parts = [
    ...plan.paths.trace.map((p) => tsPath(root, p)),
    ...(withHeaders && plan.traceHeader ? [`res.headers.get(${tsString(plan.traceHeader)})`] : []),
  ];
  return parts.length ? parts.join(' ?? ') : undefined;
}

export function typescriptShort(plan: HandlingPlan): ShortHandler {
  const name = camel(plan.fileStem);
  const message = tsFirst(plan.decision === 'event' ? 'event' : 'doc', plan.paths.message);
  const heading = `console.error(\`${tsTemplate(say.heading(plan))}: \${${message}}\`);`;
  const print = (text: string) => `console.error(${tsString(text)});`;
  if (plan.decision === 'event') {
    const trace = tsTrace(plan, 'event', false);
    const lines = [
      `// ${shortPurpose(plan, 'milliseconds')}`,
      `function ${name}(event: any): void {`,
      `  ${heading}`,
      `  ${print(say.whatToDo(plan))}`,
      ...(trace ? [`  console.error(\`${tsTemplate(plan.traceLabel)}: \${${trace}}\`);`] : []),
      '}',
    ];
    return { name, source: lines.join('\n') + '\n' };
  }
  const trace = tsTrace(plan, 'doc', true);
  const traceLine = trace ? [`  console.error(\`${tsTemplate(plan.traceLabel)}: \${trace}\`);`] : [];
  const flag = plan.responseDecides ? tsFirst('doc', plan.paths.retryable) : undefined;
  const lines = [`// ${shortPurpose(plan, 'milliseconds')}`];
  if (plan.decision === 'retry') {
    lines.push(`function ${name}(res: Response, doc: any, attempt: number): number | null {`);
    if (trace) lines.push(`  const trace = ${trace};`);
    if (flag) {
      lines.push(
        `  // ${why.responseDecides(plan)}`,
        `  if ((${flag}) === false) {`,
        `    ${print(say.markedFinal(plan))}`,
        ...traceLine.map((l) => `  ${l}`),
        '    return null;',
        '  }',
      );
    }
    lines.push(
      `  if (attempt >= ${plan.backoff.maxAttempts}) {`,
      `    console.error(\`${say.gaveUp} \${attempt} attempts: \${${message}}\`);`,
      `    ${print(say.whatToDo(plan))}`,
      ...traceLine.map((l) => `  ${l}`),
      '    return null;',
      '  }',
    );
    const header = `const header = res.headers.get(${tsString(plan.retryAfterHeader)}) ?? '';`;
    const fromBody = plan.paths.retryAfter.length ? `, Number(${tsFirst('doc', plan.paths.retryAfter)}) * 1000` : '';
    const fallback =
      plan.backoff.fallbackWaitMs ??
      `Math.min(${plan.backoff.capMs}, ${plan.backoff.baseMs} * ${plan.backoff.factor} ** (attempt - 1))`;
    lines.push(
      `  ${header} // seconds or an HTTP date`,
      `  const asked = [/^\\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now()${fromBody}].filter(Number.isFinite);`,
      `  const wait = asked.length ? Math.max(0, ...asked) : ${fallback};`,
      '  return wait * (1 + Math.random() * 0.2); // jitter: many clients do not retry in step',
      '}',
    );
    return { name, source: lines.join('\n') + '\n' };
  }
  lines.push(`function ${name}(res: Response, doc: any): null {`);
  if (trace) lines.push(`  const trace = ${trace};`);
  if (flag)
    lines.push(`  // ${why.responseDecides(plan)}`, `  if ((${flag}) === true) ${print(say.markedRetryable(plan))}`);
  lines.push(`  ${heading}`, ...finalLines(plan).map((l) => `  ${print(l)}`), ...traceLine, '  return null;', '}');
  return { name, source: lines.join('\n') + '\n' };
}

// ── Python ──────────────────────────────────────────────────────────────────────────────────────────────────────

// Single quotes: these expressions also sit inside double-quoted f-strings, which Python before 3.12 cannot nest.
const pyFirst = (root: string, paths: string[]) => `pick(${root}, ${paths.map((p) => `'${p}'`).join(', ')})`;
const PY_PICK = [
  'def pick(doc, *paths):  # first value found at any of the dot paths',
  '    for path in paths:',
  '        value = functools.reduce(lambda v, k: v.get(k) if isinstance(v, dict) else None, path.split("."), doc)',
  '        if value is not None: return value',
];

export function pythonShort(plan: HandlingPlan): ShortHandler {
  const name = snake(plan.fileStem);
  const root = plan.decision === 'event' ? 'event' : 'doc';
  const message = pyFirst(root, plan.paths.message);
  const err = (text: string) => `print(${text}, file=sys.stderr)`;
  const heading = err(`f${pyFString(`${say.heading(plan)}: `).slice(0, -1)}{${message}}"`);
  const traceParts = [
    ...(plan.paths.trace.length ? [pyFirst(root, plan.paths.trace)] : []),
    ...(plan.decision !== 'event' && plan.traceHeader ? [`headers.get('${plan.traceHeader}')`] : []),
  ];
  const trace = traceParts.length ? traceParts.join(' or ') : undefined;
  const traceLine = (indent: string) =>
    trace ? [`${indent}${err(`f${pyFString(`${plan.traceLabel}: `).slice(0, -1)}{trace}"`)}`] : [];
  const retry = plan.decision === 'retry';
  const imports = retry
    ? ['import functools, random, sys, time', 'from email.utils import parsedate_to_datetime']
    : ['import functools, sys'];
  const lines = [`# ${shortPurpose(plan, 'seconds')}`, ...imports, ...PY_PICK];
  if (plan.decision === 'event') {
    lines.push(`def ${name}(event):`, `    ${heading}`, `    ${err(pyString(say.whatToDo(plan)))}`);
    if (trace) lines.push(`    trace = ${trace}`, ...traceLine('    '));
    return { name, source: lines.join('\n') + '\n' };
  }
  const flag = plan.responseDecides ? pyFirst('doc', plan.paths.retryable) : undefined;
  if (retry) {
    lines.push(`def ${name}(headers, doc, attempt):`);
    if (trace) lines.push(`    trace = ${trace}`);
    if (flag)
      lines.push(
        `    if ${flag} is False:  # ${plan.shortName}'s own flag is the final word`,
        `        ${err(pyString(say.markedFinal(plan)))}`,
        '        return None',
      );
    lines.push(
      `    if attempt >= ${plan.backoff.maxAttempts}:`,
      `        ${err(`f"${say.gaveUp} {attempt} attempts: {${message}}${trace ? ` (${plan.traceLabel} {trace})` : ''}\\n${pyFString(say.whatToDo(plan)).slice(1, -1)}"`)}`,
      '        return None',
    );
    const fromBody = plan.paths.retryAfter.length
      ? `[s for s in [${pyFirst('doc', plan.paths.retryAfter)}] if isinstance(s, (int, float))]`
      : '[]';
    const fallback =
      plan.backoff.fallbackWaitMs !== undefined
        ? String(plan.backoff.fallbackWaitMs / 1000)
        : `min(${plan.backoff.capMs / 1000}, ${plan.backoff.baseMs / 1000} * ${plan.backoff.factor} ** (attempt - 1))`;
    lines.push(
      `    asked, header = ${fromBody}, (headers.get(${pyString(plan.retryAfterHeader)}) or "").strip()`,
      '    if header:  # seconds or an HTTP date',
      '        asked.append(int(header) if header.isdigit() else parsedate_to_datetime(header).timestamp() - time.time())',
      `    wait = max(0, *asked) if asked else ${fallback}`,
      '    return wait * (1 + random.random() * 0.2)  # jitter: many clients do not retry in step',
    );
    return { name, source: lines.join('\n') + '\n' };
  }
  lines.push(`def ${name}(headers, doc):`);
  if (trace) lines.push(`    trace = ${trace}`);
  if (flag)
    lines.push(
      `    if ${flag} is True:  # ${plan.shortName}'s own flag is the final word`,
      `        ${err(pyString(say.markedRetryable(plan)))}`,
    );
  lines.push(
    `    ${heading}`,
    ...finalLines(plan).map((l) => `    ${err(pyString(l))}`),
    ...traceLine('    '),
    '    return None',
  );
  return { name, source: lines.join('\n') + '\n' };
}

// ── curl (bash + jq) ────────────────────────────────────────────────────────────────────────────────────────────

const jqFirst = (paths: string[]) =>
  `first((${paths.map((p) => `.${p.split('.').join('?.')}?`).join(', ')}) | select(. != null))`;
const jqRead = (paths: string[], file: string) => `$(jq -r ${shString(jqFirst(paths))} "${file}")`;

export function shellShort(plan: HandlingPlan): ShortHandler {
  const name = snake(plan.fileStem);
  const err = (text: string) => `echo ${text} >&2`;
  const retry = plan.decision === 'retry';
  const event = plan.decision === 'event';
  const body = event ? '$1' : '$2';
  const usage = event
    ? `# Usage: ${name} EVENT_FILE`
    : `# Usage: ${name} HEADERS_FILE BODY_FILE${retry ? ' ATTEMPT' : ''}   (from curl -D HEADERS_FILE -o BODY_FILE)`;
  const purpose = retry
    ? `${say.heading(plan)}: retryable. Prints the seconds to wait and returns 0 to resend; returns 1 to stop.`
    : shortPurpose(plan, 'seconds');
  const lines = [`# ${purpose}`, usage, `${name}() {`];
  const header = (h: string) =>
    `$(grep -i ${shString(`^${h}:`)} "$1" | tail -n 1 | cut -d: -f2- | tr -d '\\r' | sed 's/^ *//')`;
  if (plan.paths.trace.length || (!event && plan.traceHeader)) {
    const fromBody = plan.paths.trace.length ? jqRead(plan.paths.trace, body) : '';
    const fromHeader = !event && plan.traceHeader ? header(plan.traceHeader) : '';
    lines.push(
      fromBody && fromHeader
        ? `  local trace="${fromBody}"; [ -n "$trace" ] || trace="${fromHeader}"`
        : `  local trace="${fromBody || fromHeader}"`,
    );
  } else {
    lines.push('  local trace=""');
  }
  const traceLine = (indent: string) => `${indent}${err(`"${plan.traceLabel}: \${trace:-(none)}"`)}`;
  const message = jqRead(plan.paths.message, body);
  const headingLine = `  ${err(`"${say.heading(plan)}: ${message}"`)}`;
  if (event) {
    lines.push(headingLine, `  ${err(shString(say.whatToDo(plan)))}`, traceLine('  '), '}');
    return { name, source: lines.join('\n') + '\n' };
  }
  const flag = plan.responseDecides ? jqRead(plan.paths.retryable, '$2') : undefined;
  if (retry) {
    if (flag)
      lines.push(
        `  if [ "${flag}" = false ]; then  # ${plan.shortName}'s own flag is the final word`,
        `    ${err(shString(say.markedFinal(plan)))}; ${traceLine('').trim()}; return 1`,
        '  fi',
      );
    lines.push(
      `  if (( $3 >= ${plan.backoff.maxAttempts} )); then`,
      `    ${err(`"${say.gaveUp} $3 attempts: ${message}"`)}`,
      `    ${err(shString(say.whatToDo(plan)))}; ${traceLine('').trim()}; return 1`,
      '  fi',
    );
    const fromBody = plan.paths.retryAfter.length ? jqRead(plan.paths.retryAfter, '$2') : '';
    const fallback =
      plan.backoff.fallbackWaitMs !== undefined
        ? String(plan.backoff.fallbackWaitMs / 1000)
        : `$(( ${plan.backoff.baseMs / 1000} * ${plan.backoff.factor} ** ($3 - 1) < ${plan.backoff.capMs / 1000} ? ${plan.backoff.baseMs / 1000} * ${plan.backoff.factor} ** ($3 - 1) : ${plan.backoff.capMs / 1000} ))`;
    lines.push(
      `  local wait="${fromBody}" header="${header(plan.retryAfterHeader)}"`,
      '  [[ "$wait" =~ ^[0-9]+$ ]] || wait=""',
      '  if [[ "$header" =~ ^[0-9]+$ ]]; then (( header > ${wait:-0} )) && wait=$header',
      '  elif [ -n "$header" ]; then header=$(( $(date -d "$header" +%s) - $(date +%s) + 1 )); (( header > ${wait:-0} )) && wait=$header; fi  # an HTTP date',
      `  echo "\${wait:-${fallback}}"`,
      '}',
    );
    return { name, source: lines.join('\n') + '\n' };
  }
  if (flag)
    lines.push(
      `  [ "${flag}" = true ] && ${err(shString(say.markedRetryable(plan)))}  # ${plan.shortName}'s own flag is the final word`,
    );
  lines.push(headingLine, ...finalLines(plan).map((l) => `  ${err(shString(l))}`), traceLine('  '), '  return 1', '}');
  return { name, source: lines.join('\n') + '\n' };
}
