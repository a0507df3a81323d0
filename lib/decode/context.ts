// Explains the context a body carries: the catalog's context fields, validation issues, the upstream
// provider (mapped to a catalog code), the offending parameter and any other `details` members.
import { display, getPath, isRecord, normalizePath, pick } from './body-path';
import type { Candidate } from './shapes';
import { findCode, findProviderCode } from './table-index';
import type { ContextItem, Json } from './types';

const MAX_ITEMS = 40;
const MAX_LIST = 50;
const MAX_VALUE_CHARS = 2000;
const join = (base: string, key: string) => (normalizePath(base) === '' ? key : `${normalizePath(base)}.${key}`);

/** The value itself when small, else its bounded display form, so results stay small and serialisable. */
function bounded(value: unknown): Json {
  const shown = display(value, MAX_VALUE_CHARS);
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? shown : (value as Json);
  return shown.endsWith('…') ? shown : (value as Json);
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function describeContextField(name: string, value: unknown, explain: string): Pick<ContextItem, 'explain' | 'items'> {
  if (name === 'attachment_index' && typeof value === 'number') {
    return {
      explain: `Attachment #${value} (0-based) in your attachments/images array is the one at fault. ${sentence(explain)}`,
    };
  }
  if (name === 'retry_after' && typeof value === 'number')
    return { explain: `Wait ${value} seconds before the next attempt. ${sentence(explain)}` };
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_LIST).map((v) => display(v));
    const valid = value.every((v) => typeof v === 'string') ? `The valid values: ${items.join(', ')}. ` : '';
    return { explain: `${valid}${sentence(explain)}`, items };
  }
  return { explain: sentence(explain) };
}

function describeIssue(issue: unknown): string {
  if (!isRecord(issue)) return display(issue);
  const where = pick(issue, ['field', 'path', 'param', 'name', 'loc']);
  const what = pick(issue, ['message', 'reason', 'description', 'msg', 'code']);
  if (where && what) return `${display(where.value, 80)}: ${display(what.value)}`;
  return display(issue);
}

function providerItem(c: Candidate, path: string, provider: Record<string, unknown>): ContextItem {
  const source = typeof provider.source === 'string' ? provider.source : null;
  const code = Object.hasOwn(provider, 'code') ? provider.code : undefined;
  const message = typeof provider.message === 'string' ? provider.message : null;
  const mapped = findProviderCode(c.api, source, code);
  const parts = [
    `${source ?? 'The upstream provider'} reported its own code ${code === undefined ? '(none)' : display(code, 40)}${message ? ` ("${display(message)}")` : ''}`,
  ];
  if (mapped) {
    const same = c.code !== null && findCode(c.api, c.code.value) === mapped;
    parts.push(
      same
        ? `${c.api.name} maps it to ${mapped.code}, the code in this body`
        : `the catalog maps it to ${mapped.code}${c.code ? `, although this body says ${display(c.code.value, 60)}` : ''}`,
    );
  } else if (code !== undefined) parts.push('the catalog lists no mapping for it');
  return {
    name: 'provider',
    path,
    value: bounded({ source, code: (code ?? null) as Json, message }),
    explain: `${parts.join('; ')}.`,
  };
}

export function explainContext(c: Candidate, body: unknown): ContextItem[] {
  const items: ContextItem[] = [];
  const seen = new Set<string>();
  // Paths the shape already reads (code, message…) or matches on (`ok`) are not extra detail.
  const fieldPaths = new Set(
    [...Object.values(c.shape.fields).flat(), ...c.shape.match.map((m) => m.path)].map(normalizePath),
  );
  const contextPaths = c.shape.fields.context ?? [''];

  for (const field of c.api.context_fields) {
    for (const base of contextPaths) {
      const path = join(base, field.name);
      const hit = getPath(body, path);
      if (!hit.found || hit.value === null || seen.has(path)) continue;
      seen.add(path);
      items.push({
        name: field.name,
        path,
        value: bounded(hit.value),
        ...describeContextField(field.name, hit.value, field.explain),
      });
    }
  }
  const issues = pick(body, c.shape.fields.issues);
  if (issues && !seen.has(issues.path)) {
    seen.add(issues.path);
    const list = Array.isArray(issues.value)
      ? issues.value.slice(0, MAX_LIST).map(describeIssue)
      : [describeIssue(issues.value)];
    const count = Array.isArray(issues.value) ? issues.value.length : 1;
    items.push({
      name: issues.path,
      path: issues.path,
      value: bounded(issues.value),
      explain: `${count} problem${count === 1 ? '' : 's'} with the input: ${list.slice(0, 5).join('; ')}${count > 5 ? '; …' : ''}.`,
      items: list,
    });
  }
  const provider = pick(body, c.shape.fields.provider);
  if (provider && isRecord(provider.value)) {
    seen.add(provider.path);
    items.push(providerItem(c, provider.path, provider.value));
  }
  const param = pick(body, c.shape.fields.param);
  if (param) {
    seen.add(param.path);
    items.push({
      name: 'param',
      path: param.path,
      value: bounded(param.value),
      explain: `The request parameter at fault: ${display(param.value, 80)}.`,
    });
  }
  // A shape that names no context object (Chert's flat send) keeps its extras, like `reason`, at the top level.
  for (const base of contextPaths) {
    const container = getPath(body, base);
    if (!container.found || !isRecord(container.value)) continue;
    for (const key of Object.keys(container.value)) {
      const path = join(base, key);
      if (items.length >= MAX_ITEMS) return items;
      if (seen.has(path) || fieldPaths.has(path) || [...seen].some((s) => s.startsWith(`${path}.`))) continue;
      const value = container.value[key];
      const doc = c.entry?.details?.find((d) => d.name === key || d.name === path);
      seen.add(path);
      items.push({
        name: path,
        path,
        value: bounded(value),
        explain: doc ? sentence(doc.description) : 'Extra detail the API attached to this error.',
      });
    }
  }
  return items;
}
