// Reads dot paths (`error.code`, `outputFields.trace_id`) from a parsed body through own properties only,
// so keys such as `__proto__` or `constructor` are plain data and never reach a prototype.

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export type Lookup = { found: true; value: unknown } | { found: false };

const MISSING: Lookup = { found: false };

/** `$` (or an empty path) is the body itself; `$.error.code` reads like `error.code`. */
export const normalizePath = (path: string) => (path === '$' ? '' : path.startsWith('$.') ? path.slice(2) : path);

// Paths come from the catalogs and the decoder's own lists, so there are few; each is split once, not on every read
// (a session decodes thousands of responses, each tried against every shape). The cap keeps the cache bounded anyway.
type Segments = { keys: string[]; indexes: number[] };
const SPLIT = new Map<string, Segments>();
const MAX_SPLIT = 4096;

function segmentsOf(rawPath: string): Segments {
  let segments = SPLIT.get(rawPath);
  if (!segments) {
    const path = normalizePath(rawPath);
    const keys = path === '' ? [] : path.split('.');
    segments = { keys, indexes: keys.map((k) => (/^\d+$/.test(k) ? Number(k) : -1)) };
    if (SPLIT.size < MAX_SPLIT) SPLIT.set(rawPath, segments);
  }
  return segments;
}

export function getPath(root: unknown, rawPath: string): Lookup {
  const { keys, indexes } = segmentsOf(rawPath);
  let current: unknown = root;
  for (let i = 0; i < keys.length; i++) {
    const segment = keys[i];
    if (Array.isArray(current) && indexes[i] >= 0) {
      if (indexes[i] >= current.length) return MISSING;
      current = current[indexes[i]];
    } else if (isRecord(current) && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else return MISSING;
  }
  return { found: true, value: current };
}

/** The first of several candidate paths that holds a non-null value. */
export function pick(root: unknown, paths: readonly string[] | undefined): { path: string; value: unknown } | null {
  for (const path of paths ?? []) {
    const hit = getPath(root, path);
    if (hit.found && hit.value !== null && hit.value !== undefined) return { path, value: hit.value };
  }
  return null;
}

export function jsonType(v: unknown): 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'other' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'other';
}

/** JSON text of a value, giving up once it passes `max` characters: a 10 MB `details` costs no more than a small one. */
function boundedJson(value: unknown, max: number): string {
  const out: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const walk = (v: unknown): void => {
    if (length > max) return;
    if (Array.isArray(v)) {
      emit('[');
      for (let i = 0; i < v.length && length <= max; i++) {
        if (i > 0) emit(',');
        walk(v[i]);
      }
      emit(']');
    } else if (isRecord(v)) {
      emit('{');
      let first = true;
      for (const key of Object.keys(v)) {
        if (length > max) break;
        emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        walk(v[key]);
      }
      emit('}');
    } else emit(JSON.stringify(v) ?? 'null');
  };
  walk(value);
  return out.join('');
}

/** A short display form of a JSON value, bounded in length. */
export function display(v: unknown, max = 120): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : boundedJson(v, max);
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The lower-cased host of an absolute http(s) URL, or null; bounded so a long string costs nothing. */
export function urlHost(value: string): string | null {
  const start = value.slice(0, 8).toLowerCase();
  const skip = start.startsWith('https://') ? 8 : start.startsWith('http://') ? 7 : 0;
  if (skip === 0) return null;
  const rest = value.slice(skip, skip + 256);
  const end = rest.search(/[/?#\s]/);
  const host = (end === -1 ? rest : rest.slice(0, end)).toLowerCase();
  return /^[a-z0-9.-]+(?::\d+)?$/.test(host) ? host : null;
}

const URL_IN_TEXT = /https?:\/\/([A-Za-z0-9.-]{1,253})/g;

/** Hosts of the URLs in a body's string values, two levels deep (`doc_url`, a link inside `error.message`). */
export function bodyUrlHosts(body: unknown): string[] {
  const hosts: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') {
      for (const m of value.slice(0, 2048).matchAll(URL_IN_TEXT)) if (hosts.length < 20) hosts.push(m[1].toLowerCase());
    } else if (isRecord(value) && depth < 2) for (const v of Object.values(value)) visit(v, depth + 1);
  };
  visit(body, 0);
  return hosts;
}
