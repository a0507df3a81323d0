// The retry verdict: the response's own flag first (authoritative, even against the catalog),
// then the catalog's default for the code or its group, then the API's rules for the HTTP status.
import { display, pick } from './body-path';
import type { Candidate } from './shapes';
import type { RetrySource } from './types';

export interface RetryVerdict {
  retryable: boolean | null;
  retrySource: RetrySource | null;
  override: boolean;
  overrideNote: string | null;
  reason: string;
}

const yesNo = (v: boolean) => (v ? 'retryable' : 'not retryable');

function fromResponse(c: Candidate, flag: { path: string; value: boolean }): RetryVerdict {
  const entry = c.entry;
  const trusted = c.api.retry_basis === 'response' ? `, and ${c.api.name} makes that field the final word` : '';
  const base: RetryVerdict = {
    retryable: flag.value,
    retrySource: 'response',
    override: false,
    overrideNote: null,
    reason: `The response itself says ${flag.path}: ${flag.value}${trusted}.`,
  };
  if (!entry || entry.retryable === null || entry.retryable === flag.value) return base;
  const documented = entry.overrides?.find((o) => o.retryable === flag.value);
  const where = documented ? `a documented override: ${documented.where}` : 'a route-level override';
  const note = `The response says retryable: ${flag.value} although the catalog default for ${entry.code} is ${entry.retryable} (${where}).`;
  return {
    ...base,
    override: true,
    overrideNote: note,
    reason: `${base.reason.slice(0, -1)}; it overrides the catalog default for ${entry.code} (${entry.retryable}).`,
  };
}

function fromCatalog(c: Candidate): RetryVerdict | null {
  const entry = c.entry;
  if (entry && entry.retryable !== null) {
    const basis =
      entry.retryable_basis === 'status-rule'
        ? `following ${c.api.name}'s rule for HTTP ${entry.http.join('/')}`
        : entry.retryable_basis === 'group-rule'
          ? `following the rule for its group`
          : 'as the API documents it';
    return {
      retryable: entry.retryable,
      retrySource: 'catalog',
      override: false,
      overrideNote: null,
      reason: `The response carries no retry flag; the catalog marks ${entry.code} as ${yesNo(entry.retryable)} by default, ${basis}.`,
    };
  }
  if (!entry && c.code === null && c.group && c.group.retryable !== null) {
    return {
      retryable: c.group.retryable,
      retrySource: 'catalog',
      override: false,
      overrideNote: null,
      reason: `This error carries no code; the catalog marks errors of the ${c.group.title} group (${c.group.value ?? c.group.id}) as ${yesNo(c.group.retryable)}.`,
    };
  }
  return null;
}

function fromStatus(c: Candidate, status: number | null): RetryVerdict | null {
  if (status === null) return null;
  const rule = c.api.status_rules.find((r) => r.http.includes(status));
  if (!rule) return null;
  const lead = c.entry
    ? `The catalog gives no default for ${c.entry.code}, so`
    : c.code
      ? `The code is not in the catalog, so`
      : `Without a code,`;
  return {
    retryable: rule.retryable,
    retrySource: 'status',
    override: false,
    overrideNote: null,
    reason: `${lead} ${c.api.name}'s rule for HTTP ${status} decides: ${yesNo(rule.retryable)}.`,
  };
}

/** Decides whether the failed call may be retried, and says where that answer comes from. */
export function retryVerdict(c: Candidate, body: unknown, status: number | null): RetryVerdict {
  const flag = pick(body, c.shape.fields.retryable);
  if (flag && typeof flag.value === 'boolean') return fromResponse(c, { path: flag.path, value: flag.value });
  const verdict = fromCatalog(c) ?? fromStatus(c, status);
  if (verdict) return verdict;
  const subject = c.entry ? `code ${c.entry.code}` : c.code ? `code ${display(c.code.value, 60)}` : 'this error';
  const statusPart =
    status === null ? 'and no HTTP status is known' : `and no status rule of ${c.api.name} covers HTTP ${status}`;
  return {
    retryable: null,
    retrySource: null,
    override: false,
    overrideNote: null,
    reason: `Not documented: the catalog says nothing about retrying ${subject}, ${statusPart}.`,
  };
}
