// Renders a handling plan as a standalone Python 3 script using only the standard library (urllib).
import { type HandlingPlan, scheduleMs } from './plan';
import { exampleUrl, exitContract, purpose, say, why } from './wording';

// A JSON string literal is also a valid Python string literal.
const q = (text: string) => JSON.stringify(text);
const fstr = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\{/g, '{{').replace(/\}/g, '}}');
const codeLiteral = (plan: HandlingPlan) => (typeof plan.code === 'number' ? String(plan.code) : q(plan.code));
const pickOf = (paths: string[]) => (paths.length > 0 ? `pick(doc, ${paths.map(q).join(', ')})` : 'None');

const HELPERS = [
  'def pick(doc, *paths):',
  '    """First value found at any of the dot paths (the API can answer in more than one body shape)."""',
  '    for path in paths:',
  '        value = doc',
  '        for key in path.split("."):',
  '            value = value.get(key) if isinstance(value, dict) else None',
  '        if value is not None:',
  '            return value',
  '',
  'def show(value):',
  '    return "(none)" if value is None else value if isinstance(value, str) else json.dumps(value)',
];

const REPORT = [
  '',
  'def report(label, value):',
  '    if value is not None:',
  '        print(f"{label}: {show(value)}", file=sys.stderr)',
];

const SEND = [
  'def send():',
  '    request = urllib.request.Request(URL, json.dumps(BODY).encode(), HEADERS, method="POST")',
  '    try:',
  '        response = urllib.request.urlopen(request, timeout=30)',
  '    except urllib.error.HTTPError as error:  # an error status still carries its JSON body',
  '        response = error',
  '    try:',
  '        return response.status, response.headers, json.loads(response.read())',
  '    except ValueError:',
  '        return response.status, response.headers, None',
  '',
];

function traceExpr(plan: HandlingPlan): string | undefined {
  const parts = [
    ...(plan.paths.trace.length ? [pickOf(plan.paths.trace)] : []),
    ...(plan.traceHeader ? [`headers.get(${q(plan.traceHeader)})`] : []),
  ];
  return parts.length ? parts.join(' or ') : undefined;
}

function surfaceLines(plan: HandlingPlan, indent: string): string[] {
  const out: string[] = [];
  if (plan.messageNames) out.push(`${indent}# ${why.messageNames(plan.messageNames)}`);
  out.push(
    `${indent}message = show(${pickOf(plan.paths.message)})`,
    `${indent}print(f"${fstr(say.heading(plan))}: {message}", file=sys.stderr)`,
  );
  for (const s of plan.surfaces) {
    if (s.note) out.push(`${indent}# ${s.label}: ${s.note}`);
    out.push(`${indent}report(${q(s.label)}, ${pickOf(s.paths)})`);
  }
  return out;
}

function requestLines(plan: HandlingPlan): string[] {
  const lines = [
    `URL = os.environ[${q(plan.urlEnv)}]  # ${exampleUrl(plan)}`,
    ...(plan.authAssumed ? [`# ${why.authAssumed(plan)}`] : []),
    'HEADERS = {',
    '    "content-type": "application/json",',
    ...plan.headers.map(
      (h) => `    ${q(h.name)}: ${h.scheme ? `"${h.scheme} " + os.environ[${q(h.env)}]` : `os.environ[${q(h.env)}]`},`,
    ),
    ...(plan.idempotency?.header
      ? [`    ${q(plan.idempotency.header)}: str(uuid.uuid4()),  # ${why.idempotency}`]
      : []),
    '}',
    '# -- Your request body goes here. --',
  ];
  const field = plan.idempotency?.bodyField;
  lines.push(field ? `BODY = {${q(field)}: str(uuid.uuid4())}  # ${why.idempotency}` : 'BODY = {}');
  return lines;
}

function notThis(plan: HandlingPlan, indent: string, attempt: boolean): string[] {
  const sent = attempt ? `${say.sent} on attempt {attempt} (HTTP {status}).` : `${say.sent} (HTTP {status}).`;
  return [
    `${indent}if ${pickOf(plan.paths.code)} != ${codeLiteral(plan)}:`,
    `${indent}    print(f"${sent}" if status < 300 else f"HTTP {status}, ${fstr(say.notThis(plan))}: {json.dumps(doc)}")`,
    `${indent}    return 0 if status < 300 else 2`,
  ];
}

function retryMain(plan: HandlingPlan): string[] {
  const b = plan.backoff;
  const trace = traceExpr(plan);
  const traceTail = trace ? ` (${plan.traceLabel} {show(trace)})` : '';
  const lines = [
    ...(b.notes.length ? [`# ${b.notes.join(' ')}`] : []),
    b.fallbackWaitMs !== undefined
      ? `MAX_ATTEMPTS, DEFAULT_WAIT = ${b.maxAttempts}, ${b.fallbackWaitMs / 1000}  # ${plan.shortName}'s wait in seconds when the response names none`
      : `MAX_ATTEMPTS, BASE, FACTOR, CAP = ${b.maxAttempts}, ${b.baseMs / 1000}, ${b.factor}, ${b.capMs / 1000}  # back-off: ${scheduleMs(
          b,
        )
          .map((ms) => `${ms / 1000} s`)
          .join(', ')}`,
    '',
    'def server_wait(headers, doc):',
    `    """${why.serverWait}"""`,
    plan.paths.retryAfter.length
      ? `    waits = [s for s in [${pickOf(plan.paths.retryAfter)}] if isinstance(s, (int, float))]`
      : '    waits = []',
    `    header = (headers.get(${q(plan.retryAfterHeader)}) or "").strip()`,
    '    if header:',
    '        waits.append(int(header) if header.isdigit() else parsedate_to_datetime(header).timestamp() - time.time())',
    '    return max(0, *waits) if waits else None',
    '',
    'def main():',
    '    for attempt in range(1, MAX_ATTEMPTS + 1):',
    '        status, headers, doc = send()',
    ...notThis(plan, '        ', true),
    ...(trace ? [`        trace = ${trace}`] : []),
    `        message = show(${pickOf(plan.paths.message)})`,
  ];
  if (plan.responseDecides) {
    lines.push(
      `        # ${why.responseDecides(plan)}`,
      `        if ${pickOf(plan.paths.retryable)} is False:`,
      `            print(f"${fstr(say.markedFinal(plan))} {message}${traceTail}", file=sys.stderr)`,
      '            return 1',
    );
  }
  lines.push(
    '        if attempt == MAX_ATTEMPTS:',
    `            print(f"${say.gaveUp} {attempt} attempts: {message}${traceTail}", file=sys.stderr)`,
    `            print(${q(say.whatToDo(plan))}, file=sys.stderr)`,
    '            return 1',
    '        wait = server_wait(headers, doc)',
    b.fallbackWaitMs !== undefined
      ? '        wait = DEFAULT_WAIT if wait is None else wait'
      : '        wait = min(CAP, BASE * FACTOR ** (attempt - 1)) if wait is None else wait',
    `        delay = wait + random.random() * wait * 0.2  # ${why.jitter}`,
    `        print(f"${String(plan.code)} on attempt {attempt}; retrying in {delay:.1f} s", file=sys.stderr)`,
    '        time.sleep(delay)',
  );
  return lines;
}

function onceMain(plan: HandlingPlan): string[] {
  const trace = traceExpr(plan);
  const lines = [
    'def main():',
    '    status, headers, doc = send()',
    ...notThis(plan, '    ', false),
    ...(trace ? [`    trace = ${trace}`] : []),
  ];
  if (plan.responseDecides) {
    lines.push(
      `    # ${why.responseDecides(plan)}`,
      `    if ${pickOf(plan.paths.retryable)} is True:`,
      `        print(${q(say.markedRetryable(plan))}, file=sys.stderr)`,
      ...(trace ? [`        report(${q(plan.traceLabel)}, trace)`] : []),
      '        return 1',
    );
  }
  lines.push(...surfaceLines(plan, '    '));
  if (plan.decision === 'support')
    lines.push(
      `    # ${why.support(plan)}`,
      `    print(f"${fstr(say.support(plan))} {show(trace)}.", file=sys.stderr)`,
    );
  if (plan.decision === 'undocumented')
    lines.push(`    # ${why.undocumented(plan)}`, `    print(${q(say.undocumented(plan))}, file=sys.stderr)`);
  if (plan.reauth) lines.push(`    # ${why.reauth}`, `    print(${q(say.reauth(plan))}, file=sys.stderr)`);
  lines.push(`    print(${q(say.whatToDo(plan))}, file=sys.stderr)`);
  if (trace && plan.decision !== 'support') lines.push(`    report(${q(plan.traceLabel)}, trace)`);
  lines.push('    return 1');
  return lines;
}

function eventSnippet(plan: HandlingPlan, filename: string): string {
  const lines = [
    '#!/usr/bin/env python3',
    `"""${purpose(plan)}`,
    `Run: python3 ${filename} event.json   (or pipe the event JSON on stdin)`,
    `${exitContract(plan)}"""`,
    'import json, sys',
    '',
    ...HELPERS,
    ...REPORT,
    '',
    'def main():',
    '    with open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin as source:',
    '        doc = json.load(source)',
    `    if ${pickOf(plan.paths.code)} != ${codeLiteral(plan)}:`,
    `        print(${q(say.notEvent(plan))})`,
    '        return 2',
    ...surfaceLines(plan, '    '),
    `    # ${why.eventResend(plan)}`,
    `    print(${q(say.whatToDo(plan))}, file=sys.stderr)`,
    ...(plan.paths.trace.length ? [`    report(${q(plan.traceLabel)}, ${pickOf(plan.paths.trace)})`] : []),
    '    return 0',
    '',
    'sys.exit(main())',
  ];
  return `${lines.join('\n')}\n`;
}

export function pythonSnippet(plan: HandlingPlan): string {
  const filename = `${plan.fileStem}.py`;
  if (plan.decision === 'event') return eventSnippet(plan, filename);
  const retry = plan.decision === 'retry';
  const envs = [plan.urlEnv, ...plan.headers.map((h) => h.env)].map((e) => `${e}=…`).join(' ');
  const imports = [
    'json',
    'os',
    ...(retry ? ['random'] : []),
    'sys',
    ...(retry ? ['time'] : []),
    'urllib.error',
    'urllib.request',
    ...(plan.idempotency ? ['uuid'] : []),
  ];
  const lines = [
    '#!/usr/bin/env python3',
    `"""${purpose(plan)}`,
    `Run: ${envs} python3 ${filename}   (standard library only)`,
    `${exitContract(plan)}"""`,
    `import ${imports.join(', ')}`,
    ...(retry ? ['from email.utils import parsedate_to_datetime'] : []),
    '',
    ...requestLines(plan),
    '',
    ...HELPERS,
    ...(retry ? [] : REPORT),
    '',
    ...SEND,
    ...(retry ? retryMain(plan) : onceMain(plan)),
    '',
    'sys.exit(main())',
  ];
  return `${lines.join('\n')}\n`;
}
