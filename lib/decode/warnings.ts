// Things a reader should know about a decoded body: disagreeing statuses, unknown codes, missing
// required fields, statuses the catalog does not document for the code, and HTTP-200 failures.
import { display, pick } from './body-path';
import type { Candidate } from './shapes';
import type { StatusSource } from './types';

export interface StatusFacts {
  lineStatus: number | null;
  bodyStatus: { path: string; value: number } | null;
  effective: number | null;
  source: StatusSource | null;
}

const isStatus = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599;

/** The HTTP status from the status line, else the body's status field, else the shape's fixed transport status. */
export function statusFacts(c: Candidate, body: unknown, lineStatus: number | null): StatusFacts {
  const hit = pick(body, c.shape.fields.status);
  const raw = hit ? (typeof hit.value === 'string' && /^\d{3}$/.test(hit.value) ? Number(hit.value) : hit.value) : null;
  const bodyStatus = hit && isStatus(raw) ? { path: hit.path, value: raw } : null;
  if (lineStatus !== null) return { lineStatus, bodyStatus, effective: lineStatus, source: 'status-line' };
  if (bodyStatus) return { lineStatus, bodyStatus, effective: bodyStatus.value, source: 'body' };
  if (c.shape.transport_status !== undefined)
    return { lineStatus, bodyStatus, effective: c.shape.transport_status, source: 'shape' };
  return { lineStatus, bodyStatus, effective: null, source: null };
}

export function collectWarnings(c: Candidate, body: unknown, status: StatusFacts): string[] {
  const warnings: string[] = [];
  const { api, shape, entry } = c;
  if (status.lineStatus !== null && status.bodyStatus && status.bodyStatus.value !== status.lineStatus) {
    warnings.push(
      `The status line says ${status.lineStatus} but the body's \`${status.bodyStatus.path}\` says ${status.bodyStatus.value}; the decoder goes by the status line.`,
    );
  }
  if (c.code && !entry) {
    warnings.push(
      `Code ${display(c.code.value, 80)} is not in the ${api.name} catalog; the API was recognised from the shape of the body.`,
    );
  }
  const groupHit = pick(body, shape.fields.group);
  if (groupHit && !c.group) {
    warnings.push(
      `The group value ${display(groupHit.value, 80)} in \`${groupHit.path}\` is not in the ${api.name} catalog.`,
    );
  }
  if (c.code && entry && typeof c.code.value !== (api.code_format === 'integer' ? 'number' : 'string')) {
    warnings.push(
      `The code arrives as ${JSON.stringify(c.code.value)}, but ${api.name} sends ${api.code_format} codes.`,
    );
  }
  for (const role of shape.required) {
    const paths = shape.fields[role as keyof typeof shape.fields];
    if (paths && !pick(body, paths))
      warnings.push(`\`${paths[0]}\` is missing, although the ${shape.title} shape always carries it.`);
  }
  const s = status.effective;
  if (
    s !== null &&
    status.source !== 'shape' &&
    entry &&
    entry.http.length > 0 &&
    !entry.http.includes(s) &&
    shape.transport_status !== s
  ) {
    warnings.push(
      entry.http_basis === 'documented'
        ? `HTTP ${s} is not a status the catalog documents for ${entry.code} (${entry.http.join('/')}).`
        : `HTTP ${s} is outside the typical statuses of ${entry.code}'s group (${entry.http.join('/')}).`,
    );
  }
  if (s !== null && s >= 200 && s < 300) {
    warnings.push(
      shape.transport_status === s
        ? `Note: HTTP ${s} is expected here. ${api.name}'s ${shape.title} reports a logical failure with HTTP ${s}; the failure is in the body.`
        : `The status says ${s} (success), yet the body is a documented ${api.name} error.`,
    );
  }
  if (entry && entry.kind === 'event') {
    warnings.push(`${entry.code} is documented as an event delivered to your webhook, not as an HTTP error response.`);
  }
  return warnings;
}
