// For codes whose source page shows no example, a skeleton body built from the API's own shape: the code, its
// documented status and retryable default in the places the shape declares. Labelled as built, never as captured.
import type { Catalog } from './load';
import type { ErrorCode, Example } from './schema';
import { catalogQuery } from './query';

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

export function skeletonBody(catalog: Catalog, entry: ErrorCode): { body: Record<string, unknown>; shapeId: string } {
  const shape = catalog.shapes[0];
  const body: Record<string, unknown> = {};
  for (const m of shape.match) if (m.equals !== undefined) setPath(body, m.path, m.equals);
  const f = shape.fields;
  const group = catalogQuery(catalog).byGroup(entry.group);
  if (f.group?.[0] && group?.value) setPath(body, f.group[0], group.value);
  if (f.status?.[0] && entry.http[0]) setPath(body, f.status[0], entry.http[0]);
  if (f.code?.[0]) setPath(body, f.code[0], entry.code);
  if (f.message?.[0]) setPath(body, f.message[0], entry.messages[0] ?? entry.title);
  if (f.retryable?.[0] && entry.retryable !== null) setPath(body, f.retryable[0], entry.retryable);
  return { body, shapeId: shape.id };
}

/** The skeleton as an example a code page and its Markdown twin both show, or null for an event (no response). */
export function skeletonExample(catalog: Catalog, entry: ErrorCode): Example | null {
  if (entry.kind === 'event') return null;
  const { body, shapeId } = skeletonBody(catalog, entry);
  return {
    id: 'skeleton',
    title: 'Skeleton of this error',
    code: entry.code,
    shape: shapeId,
    status: entry.http[0],
    headers: {},
    body,
  };
}

/** Raw HTTP for a skeleton, so the playground reads the status from the status line like a real paste. */
export function skeletonHttp(catalog: Catalog, entry: ErrorCode): string {
  const { body } = skeletonBody(catalog, entry);
  const json = JSON.stringify(body, null, 2);
  return entry.http[0] ? `HTTP/1.1 ${entry.http[0]}\nContent-Type: application/json\n\n${json}` : json;
}
