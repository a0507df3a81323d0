// Matches a body against every shape of every API and ranks the fits with every clue available:
// matchers, fields present, known codes and group values, header names and status agreement.
import { display, getPath, jsonType, pick } from './body-path';
import { header, type ResponseHead } from './parse-input';
import { findCode, findGroup, findGroupByValue } from './table-index';
import type {
  CodeValue,
  DecoderTable,
  HeaderRole,
  ShapeRole,
  TableApi,
  TableCode,
  TableGroup,
  TableMatcher,
  TableShape,
} from './types';

export interface Clue {
  /** What kind of evidence this is, so two candidates' clues can be compared. */
  key: string;
  points: number;
  /** Phrased about the candidate: "knows code 1007", "lacks trace_id, which the shape always carries". */
  text: string;
}

export interface Candidate {
  api: TableApi;
  shape: TableShape;
  score: number;
  clues: Clue[];
  /** The rule this shape breaks, for a near fit offered only as a runner-up. */
  breaks?: string;
  code: { path: string; value: CodeValue } | null;
  entry: TableCode | undefined;
  group: TableGroup | undefined;
}

const EVIDENCE_ROLES: ShapeRole[] = [
  'message',
  'status',
  'retryable',
  'retry_after',
  'trace_id',
  'provider',
  'param',
  'issues',
];
const HEADER_POINTS: Partial<Record<HeaderRole, number>> = {
  'trace-id': 3,
  'rate-limit-reset': 1,
  'rate-limit-limit': 1,
  'rate-limit-remaining': 1,
};

export function matcherHolds(m: TableMatcher, body: unknown): boolean {
  const hit = getPath(body, m.path);
  if (m.present === false) return !hit.found;
  if (!hit.found) return false;
  if (m.equals !== undefined && hit.value !== m.equals) return false;
  if (m.type !== undefined && jsonType(hit.value) !== m.type) return false;
  return true;
}

function describeMatcher(m: TableMatcher): string {
  if (m.present === false) return `\`${m.path}\` to be absent`;
  if (m.equals !== undefined) return `\`${m.path}\` to equal ${JSON.stringify(m.equals)}`;
  if (m.type !== undefined)
    return `\`${m.path}\` to be ${m.type === 'array' || m.type === 'object' ? 'an' : 'a'} ${m.type}`;
  return `\`${m.path}\` to be present`;
}

function score(api: TableApi, shape: TableShape, body: unknown, head: ResponseHead): Candidate {
  const clues: Clue[] = [{ key: 'match', points: shape.match.length, text: `fits ${shape.match.length} shape rules` }];
  // A code is a string or a number; anything else at the code path counts as no code.
  const hit = pick(body, shape.fields.code);
  const code =
    hit && (typeof hit.value === 'string' || typeof hit.value === 'number')
      ? (hit as { path: string; value: CodeValue })
      : null;
  let entry: TableCode | undefined;
  if (code) {
    entry = findCode(api, code.value);
    const wanted = api.code_format === 'integer' ? 'number' : 'string';
    if (entry) clues.push({ key: 'code', points: 10, text: `knows code ${entry.code}` });
    else clues.push({ key: 'code', points: -1, text: `does not know code ${display(code.value, 60)}` });
    if (typeof code.value !== wanted)
      clues.push({ key: 'code-type', points: -2, text: `sends ${api.code_format} codes, not ${typeof code.value}s` });
  }
  const groupHit = pick(body, shape.fields.group);
  let group = groupHit ? findGroupByValue(api, groupHit.value) : undefined;
  if (groupHit) {
    const shown = display(groupHit.value, 60);
    clues.push(
      group
        ? { key: 'group', points: 4, text: `knows the group value "${shown}"` }
        : { key: 'group', points: -1, text: `does not know the group value "${shown}"` },
    );
  }
  if (!group && entry) group = findGroup(api, entry.group);
  for (const role of EVIDENCE_ROLES) {
    const hit = pick(body, shape.fields[role]);
    if (hit) clues.push({ key: `field:${role}`, points: 1, text: `finds \`${hit.path}\` in the body` });
  }
  for (const role of shape.required) {
    const paths = shape.fields[role as ShapeRole];
    if (paths && !pick(body, paths))
      clues.push({
        key: `missing:${role}`,
        points: -2,
        text: `misses \`${paths[0]}\`, which its shape always carries`,
      });
  }
  for (const [role, names] of Object.entries(api.headers) as [HeaderRole, string[]][]) {
    const points = HEADER_POINTS[role];
    if (!points) continue;
    for (const name of names)
      if (header(head, name) !== null)
        clues.push({ key: `header:${name.toLowerCase()}`, points, text: `names the ${name} header` });
  }
  const status = head.status;
  if (status !== null) {
    if (shape.transport_status !== undefined) {
      clues.push(
        status === shape.transport_status
          ? { key: 'status', points: 2, text: `expects HTTP ${status} for this shape` }
          : { key: 'status', points: -3, text: `sends this shape with HTTP ${shape.transport_status}, not ${status}` },
      );
    } else if (entry && entry.http.length > 0) {
      clues.push(
        entry.http.includes(status)
          ? { key: 'status', points: 2, text: `documents ${entry.code} with HTTP ${status}` }
          : {
              key: 'status',
              points: -1,
              text: `documents ${entry.code} with HTTP ${entry.http.join('/')}, not ${status}`,
            },
      );
    } else if (group && group.http.includes(status))
      clues.push({ key: 'status', points: 1, text: `lists HTTP ${status} for that group` });
  }
  return { api, shape, score: clues.reduce((sum, c) => sum + c.points, 0), clues, code, entry, group };
}

/** Every (API, shape) pair whose matchers all hold, best first; ties keep table order. */
export function rankCandidates(table: DecoderTable, body: unknown, head: ResponseHead): Candidate[] {
  const found: Candidate[] = [];
  for (const api of table.apis) {
    for (const shape of api.shapes) {
      if (shape.match.length > 0 && shape.match.every((m) => matcherHolds(m, body)))
        found.push(score(api, shape, body, head));
    }
  }
  return byScore(found);
}

const byScore = (list: Candidate[]) =>
  list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.i - b.i)
    .map(({ c }) => c);

// A near fit breaks exactly one rule of a shape with several; it costs this much and can only be a runner-up.
const NEAR_FIT_PENALTY = 6;

/**
 * The second-best reading worth showing: another full fit that knows the code or group (or scores close),
 * or a near fit whose catalog knows the code — Relay for an Inbox body without `request_id`, say.
 */
export function runnerUp(
  table: DecoderTable,
  body: unknown,
  head: ResponseHead,
  ranked: Candidate[],
): Candidate | null {
  const [best] = ranked;
  const plausible = (c: Candidate) =>
    c.entry !== undefined || (c.code === null && c.group !== undefined) || c.score >= best.score - 3;
  const options = ranked.slice(1).filter(plausible);
  for (const api of table.apis) {
    // Another shape of the winner's own API shares its code scheme; only other APIs are worth a near fit.
    if (api === best.api) continue;
    for (const shape of api.shapes) {
      if (shape.match.length < 2) continue;
      const failing = shape.match.filter((m) => !matcherHolds(m, body));
      if (failing.length !== 1) continue;
      const near = score(api, shape, body, head);
      if (!near.entry) continue;
      const breaks = describeMatcher(failing[0]);
      near.clues[0] = {
        key: 'match',
        points: shape.match.length - 1,
        text: `fits ${shape.match.length - 1} of ${shape.match.length} shape rules`,
      };
      near.clues.push({ key: 'near', points: -NEAR_FIT_PENALTY, text: `would need ${breaks}` });
      options.push({ ...near, score: near.clues.reduce((sum, c) => sum + c.points, 0), breaks });
    }
  }
  return byScore(options)[0] ?? null;
}

/** Why the runner-up ranked below the winner, in one sentence. */
export function runnerUpReason(winner: Candidate, second: Candidate): string {
  const theirs = new Map(second.clues.map((c) => [c.key, c.points]));
  const edge = winner.clues
    .filter((c) => c.points > 0 && (theirs.get(c.key) ?? -Infinity) < c.points)
    .map((c) => c.text);
  const weak = second.clues.filter((c) => c.points < 0 && c.key !== 'near').map((c) => c.text);
  const parts: string[] = [];
  if (edge.length > 0) parts.push(`${winner.api.name} ${edge.slice(0, 3).join(', ')}`);
  if (weak.length > 0) parts.push(`${second.api.name} ${weak.slice(0, 3).join(', ')}`);
  const why =
    parts.length > 0
      ? parts.join('; ')
      : `the two fit equally well, and ${winner.api.name} comes first in catalog order`;
  const fits = second.breaks
    ? `nearly fits this body (it breaks one rule: it needs ${second.breaks})`
    : 'also fits this body';
  return `${second.api.name}'s ${second.shape.title} ${fits}, but ranks lower: ${why}.`;
}

/** For a body no shape fits: the shape that came closest and the first rule it breaks. */
export function closestShape(
  table: DecoderTable,
  body: unknown,
): { api: TableApi; shape: TableShape; needs: string } | null {
  let best: { api: TableApi; shape: TableShape; weight: number; needs: string } | null = null;
  for (const api of table.apis) {
    for (const shape of api.shapes) {
      const failing = shape.match.filter((m) => !matcherHolds(m, body));
      // Only rules that find something count as resemblance; "`ok` is absent" holds for almost any body.
      const held = shape.match.filter((m) => m.present !== false && !failing.includes(m)).length;
      if (held === 0 || failing.length === 0 || held < failing.length) continue;
      const code = pick(body, shape.fields.code);
      const weight = held + (code && findCode(api, code.value) ? 2 : 0);
      if (!best || weight > best.weight) best = { api, shape, weight, needs: describeMatcher(failing[0]) };
    }
  }
  return best;
}
