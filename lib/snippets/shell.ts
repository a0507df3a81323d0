// Renders a handling plan as a bash script around curl, with jq to read the JSON body.
import { type HandlingPlan, scheduleMs } from './plan';
import { exampleUrl, exitContract, purpose, say, why } from './wording';

/** Single-quoted for bash: nothing inside is expanded. */
const sq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
/** Inside a double-quoted bash string. */
const dq = (text: string) => text.replace(/[\\"$`]/g, (c) => `\\${c}`);

/** A jq path: `.error.code?`, with bracket syntax for keys that are not plain identifiers. */
const jqPath = (path: string) =>
  path
    .split('.')
    .map((k) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `.${JSON.stringify(k)}`))
    .join('') + '?';
const pickOf = (paths: string[]) => (paths.length > 0 ? `"$(pick ${sq(paths.map(jqPath).join(', '))})"` : '""');

const HELPERS = [
  'tmp="$(mktemp -d)"; trap \'rm -rf "$tmp"\' EXIT',
  '# First non-null value among jq paths of the response body (the API can answer in more than one shape).',
  'pick() { jq -r "first(($1) | select(. != null)) | if type == \\"string\\" then . else tojson end" "$tmp/body" 2>/dev/null; }',
  'header() { grep -i "^$1:" "$tmp/headers" | tail -n 1 | cut -d: -f2- | tr -d \'\\r\' | sed \'s/^ *//\'; }',
  'report() { if [ -n "$2" ]; then echo "$1: $2" >&2; fi; }',
];

function traceLines(plan: HandlingPlan, indent: string): string[] {
  const lines: string[] = [];
  if (plan.paths.trace.length) lines.push(`${indent}trace=${pickOf(plan.paths.trace)}`);
  if (plan.traceHeader) {
    lines.push(
      plan.paths.trace.length
        ? `${indent}[ -n "$trace" ] || trace="$(header ${plan.traceHeader})"`
        : `${indent}trace="$(header ${plan.traceHeader})"`,
    );
  }
  return lines;
}
const hasTrace = (plan: HandlingPlan) => plan.paths.trace.length > 0 || plan.traceHeader !== undefined;

function curlLines(plan: HandlingPlan, indent: string): string[] {
  const headerArgs = plan.headers.map((h) => {
    const value = `\${${h.env}:?Set ${h.env}}`;
    return `${indent}  -H "${h.name}: ${h.scheme ? `${h.scheme} ` : ''}${value}" \\`;
  });
  return [
    `${indent}status="$(curl -sS -X POST "$URL" \\`,
    `${indent}  -H 'content-type: application/json' \\`,
    ...headerArgs,
    ...(plan.idempotency?.header ? [`${indent}  -H "${plan.idempotency.header}: $KEY" \\`] : []),
    `${indent}  --data "$BODY" -D "$tmp/headers" -o "$tmp/body" -w '%{http_code}')" || exit 2`,
  ];
}

function notThis(plan: HandlingPlan, indent: string, attempt: boolean): string[] {
  const sent = attempt ? `${say.sent} on attempt $attempt (HTTP $status).` : `${say.sent} (HTTP $status).`;
  return [
    `${indent}if [ ${pickOf(plan.paths.code)} != ${sq(String(plan.code))} ]; then`,
    `${indent}  if [[ "$status" == 2* ]]; then echo "${sent}"; exit 0; fi`,
    `${indent}  echo "HTTP $status, ${dq(say.notThis(plan))}: $(cat "$tmp/body")" >&2; exit 2`,
    `${indent}fi`,
  ];
}

function surfaceLines(plan: HandlingPlan, indent: string): string[] {
  const out: string[] = [];
  if (plan.messageNames) out.push(`${indent}# ${why.messageNames(plan.messageNames)}`);
  out.push(`${indent}echo "${dq(say.heading(plan))}: $(pick ${sq(plan.paths.message.map(jqPath).join(', '))})" >&2`);
  for (const s of plan.surfaces) {
    if (s.note) out.push(`${indent}# ${s.label}: ${s.note}`);
    out.push(`${indent}report ${sq(s.label)} ${pickOf(s.paths)}`);
  }
  return out;
}

function requestLines(plan: HandlingPlan): string[] {
  const lines = [`URL="\${${plan.urlEnv}:?Set ${plan.urlEnv}: ${dq(exampleUrl(plan))}}"`];
  if (plan.authAssumed) lines.push(`# ${why.authAssumed(plan)}`);
  if (plan.idempotency)
    lines.push(
      `KEY="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo "$$-$RANDOM-$(date +%s)")"  # ${why.idempotency}`,
    );
  lines.push('# ── Your request body (JSON) goes here. ──');
  const field = plan.idempotency?.bodyField;
  lines.push(field ? `BODY="$(jq -cn --arg key "$KEY" '{${field}: $key}')"` : "BODY='{}'");
  return lines;
}

function retryBody(plan: HandlingPlan): string[] {
  const b = plan.backoff;
  const trace = hasTrace(plan) ? ` (${plan.traceLabel} $trace)` : '';
  const lines = [
    ...(b.notes.length ? [`# ${b.notes.join(' ')}`] : []),
    `MAX_ATTEMPTS=${b.maxAttempts}`,
    b.fallbackWaitMs !== undefined
      ? `DELAYS_MS=(${scheduleMs(b).join(' ')})  # ${plan.shortName}'s wait when the response names none`
      : `DELAYS_MS=(${scheduleMs(b).join(' ')})  # capped exponential back-off, used when the response names no wait`,
    `# ${why.serverWait} In ms; -1 when it names none.`,
    'wait_ms() {',
    '  local ms=-1 s ra',
    ...(plan.paths.retryAfter.length
      ? [`  s=${pickOf(plan.paths.retryAfter)}`, '  if [[ "$s" =~ ^[0-9]+$ ]]; then ms=$((s * 1000)); fi']
      : []),
    `  ra="$(header ${plan.retryAfterHeader})"`,
    '  if [[ "$ra" =~ ^[0-9]+$ ]]; then s=$((ra * 1000))',
    '  elif [ -n "$ra" ]; then s=$(( $(date -d "$ra" +%s%3N) - $(date +%s%3N) )); if ((s < 0)); then s=0; fi  # GNU date',
    '  else s=-1; fi',
    '  if ((s > ms)); then ms=$s; fi',
    '  echo "$ms"',
    '}',
    '',
    'for ((attempt = 1; ; attempt++)); do',
    ...curlLines(plan, '  '),
    ...notThis(plan, '  ', true),
    ...traceLines(plan, '  '),
    `  message=${pickOf(plan.paths.message)}`,
  ];
  if (plan.responseDecides) {
    lines.push(
      `  # ${why.responseDecides(plan)}`,
      `  if [ ${pickOf(plan.paths.retryable)} = false ]; then`,
      `    echo "${dq(say.markedFinal(plan))} $message${trace}" >&2; exit 1`,
      '  fi',
    );
  }
  lines.push(
    '  if ((attempt >= MAX_ATTEMPTS)); then',
    `    echo "${say.gaveUp} $attempt attempts: $message${trace}" >&2`,
    `    echo ${sq(say.whatToDo(plan))} >&2; exit 1`,
    '  fi',
    '  ms="$(wait_ms)"; if ((ms < 0)); then ms=${DELAYS_MS[attempt - 1]}; fi',
    `  ms=$((ms + RANDOM % (ms / 5 + 1)))  # ${why.jitter}`,
    `  echo "${dq(String(plan.code))} on attempt $attempt; retrying in $((ms / 1000)).$((ms % 1000 / 100)) s" >&2`,
    '  sleep "$((ms / 1000)).$(printf \'%03d\' $((ms % 1000)))"',
    'done',
  );
  return lines;
}

function onceBody(plan: HandlingPlan): string[] {
  const lines = [...curlLines(plan, ''), ...notThis(plan, '', false), ...traceLines(plan, '')];
  if (plan.responseDecides) {
    lines.push(
      `# ${why.responseDecides(plan)}`,
      `if [ ${pickOf(plan.paths.retryable)} = true ]; then`,
      `  echo ${sq(say.markedRetryable(plan))} >&2`,
      ...(hasTrace(plan) ? [`  report ${sq(plan.traceLabel)} "$trace"`] : []),
      '  exit 1',
      'fi',
    );
  }
  lines.push(...surfaceLines(plan, ''));
  if (plan.decision === 'support') lines.push(`# ${why.support(plan)}`, `echo "${dq(say.support(plan))} $trace." >&2`);
  if (plan.decision === 'undocumented')
    lines.push(`# ${why.undocumented(plan)}`, `echo ${sq(say.undocumented(plan))} >&2`);
  if (plan.reauth) lines.push(`# ${why.reauth}`, `echo ${sq(say.reauth(plan))} >&2`);
  lines.push(`echo ${sq(say.whatToDo(plan))} >&2`);
  if (hasTrace(plan) && plan.decision !== 'support') lines.push(`report ${sq(plan.traceLabel)} "$trace"`);
  lines.push('exit 1');
  return lines;
}

function eventSnippet(plan: HandlingPlan, filename: string): string {
  const lines = [
    '#!/usr/bin/env bash',
    `# ${purpose(plan)}`,
    `# Needs jq. Run: bash ${filename} event.json   (or pipe the event JSON on stdin)`,
    `# ${exitContract(plan)}`,
    'set -uo pipefail',
    ...HELPERS.filter((l) => !l.startsWith('header()')),
    'cat -- "${1:--}" > "$tmp/body"  # the file named, or standard input',
    `if [ ${pickOf(plan.paths.code)} != ${sq(String(plan.code))} ]; then`,
    `  echo ${sq(say.notEvent(plan))}; exit 2`,
    'fi',
    ...surfaceLines(plan, ''),
    `# ${why.eventResend(plan)}`,
    `echo ${sq(say.whatToDo(plan))} >&2`,
    ...(plan.paths.trace.length ? [`report ${sq(plan.traceLabel)} ${pickOf(plan.paths.trace)}`] : []),
    'exit 0',
  ];
  return `${lines.join('\n')}\n`;
}

export function shellSnippet(plan: HandlingPlan): string {
  const filename = `${plan.fileStem}.sh`;
  if (plan.decision === 'event') return eventSnippet(plan, filename);
  const envs = [plan.urlEnv, ...plan.headers.map((h) => h.env)].map((e) => `${e}=…`).join(' ');
  const lines = [
    '#!/usr/bin/env bash',
    `# ${purpose(plan)}`,
    `# Needs curl and jq. Run: ${envs} bash ${filename}`,
    `# ${exitContract(plan)}`,
    'set -uo pipefail',
    ...requestLines(plan),
    ...HELPERS,
    '',
    ...(plan.decision === 'retry' ? retryBody(plan) : onceBody(plan)),
  ];
  return `${lines.join('\n')}\n`;
}
