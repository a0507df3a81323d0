// The sentences every snippet prints or comments, phrased once so the three languages say the same thing
// (and the snippet runner can look for them).
import type { HandlingPlan } from './plan';

/** What the snippet does, for its first comment line. */
export function purpose(plan: HandlingPlan): string {
  const head = `${plan.shortName} ${plan.codeLabel} (${plan.title})`;
  switch (plan.decision) {
    case 'retry':
      return `${head}: retryable. Wait as the response asks (or back off), resend, stop after ${plan.backoff.maxAttempts} attempts.`;
    case 'support':
      return `${head}: not retryable and not fixable on your side. Report it to support with the ${plan.traceLabel}.`;
    case 'undocumented':
      return `${head}: retryability is not documented, so report it and do not retry automatically.`;
    case 'event':
      return `${head}: arrives as an event, not a response. Report which webhook failed.`;
    default:
      return `${head}: not retryable. Show what to correct, then resend yourself.`;
  }
}

export const exitContract = (plan: HandlingPlan) =>
  plan.decision === 'event'
    ? 'Exit status: 0 event reported, 2 not this event.'
    : 'Exit status: 0 sent, 1 this error (details printed), 2 anything else.';

export const say = {
  sent: 'Sent',
  notThis: (plan: HandlingPlan) => `a different error than ${String(plan.code)}`,
  heading: (plan: HandlingPlan) => `${plan.shortName} ${plan.codeLabel} (${plan.title})`,
  whatToDo: (plan: HandlingPlan) => `What to do: ${plan.action}`,
  gaveUp: 'Gave up after',
  markedFinal: (plan: HandlingPlan) => `${plan.shortName} marked this response not retryable, so it is not resent.`,
  markedRetryable: (plan: HandlingPlan) =>
    `${plan.shortName} marked this response retryable on this route: resend it later, unchanged (not done automatically here).`,
  support: (plan: HandlingPlan) => `Do not retry. Contact ${plan.shortName} support and quote the ${plan.traceLabel}`,
  reauth: (plan: HandlingPlan) =>
    `Re-authenticate: check ${plan.headers.map((h) => h.env).join(' and ')}, then send again.`,
  undocumented: (plan: HandlingPlan) =>
    `Not retried: ${plan.shortName}'s errors page does not say whether this error is retryable.`,
  notEvent: (plan: HandlingPlan) => `Not a ${String(plan.code)} event; nothing to do.`,
};

/** Comment lines that explain a branch, in our words. */
export const why = {
  responseDecides: (plan: HandlingPlan) =>
    `${plan.shortName}'s retryable field is the final word: a route can set it differently from this code's default.`,
  support: (plan: HandlingPlan) =>
    `Retrying cannot help: the fault is on ${plan.shortName}'s side and needs a person to fix it.`,
  undocumented: (plan: HandlingPlan) =>
    `${plan.shortName}'s page is silent on retrying this error, so nothing is resent automatically.`,
  reauth: 'A credentials problem: the same credentials fail the same way, so nothing is resent.',
  messageNames: (name: string) =>
    `The message fills in the {${name}}: print it for people, never parse it (its wording may change).`,
  jitter: 'Jitter (up to 20% extra) keeps many clients from retrying in step.',
  serverWait: 'The longest wait the response asks for: body retry_after, or Retry-After in seconds or as an HTTP date.',
  idempotency: 'One key for every attempt, so a resent write takes effect only once.',
  authAssumed: (plan: HandlingPlan) =>
    `${plan.shortName}'s errors page names no auth header; a bearer token is assumed. Check its authentication docs.`,
  eventResend: (plan: HandlingPlan) =>
    `${plan.shortName}'s page does not say whether missed deliveries are sent again; nothing is retried here.`,
};

export const exampleUrl = (plan: HandlingPlan) =>
  plan.route
    ? `full endpoint URL, e.g. https://<host>${plan.route.replace(/^POST /, '')}, the documented example route`
    : 'full endpoint URL of the call you make';
