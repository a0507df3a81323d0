// Small readers shared by the session formats: URL paths without queries, header lists in their
// several spellings, base64 bodies, timestamps. All defensive: session files are untrusted.
import { isRecord } from '../body-path';

/** The path of a URL, without query or fragment; null when there is none. */
export function urlPath(url: unknown): string | null {
  if (typeof url !== 'string' || url === '') return null;
  const cut = url.search(/[?#]/);
  const bare = cut === -1 ? url : url.slice(0, cut);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(bare);
  const path = scheme ? bare.slice(scheme[0].length) || '/' : bare;
  return path.length > 2048 ? `${path.slice(0, 2048)}…` : path;
}

const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');

/** Header lists as HAR (`[{name, value}]`), as objects (`{"retry-after": "30"}` or arrays of values), or pairs. */
export function headerList(raw: unknown): [string, string][] {
  const out: [string, string][] = [];
  const add = (name: unknown, value: unknown) => {
    if (typeof name !== 'string' || name === '') return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out.push([name, oneLine(String(value))]);
    else if (Array.isArray(value)) for (const v of value) add(name, v);
  };
  if (Array.isArray(raw)) {
    for (const h of raw) {
      if (isRecord(h)) add(h.name, h.value);
      else if (Array.isArray(h) && h.length === 2) add(h[0], h[1]);
    }
  } else if (isRecord(raw)) {
    for (const name of Object.keys(raw)) add(name, raw[name]);
  }
  return out;
}

/** Decodes base64 (standard or URL-safe) to UTF-8 text; null when it is not base64. */
export function fromBase64(data: string): string | null {
  try {
    const binary = atob(data.replace(/[\s]/g, '').replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}

/** A timestamp as written (ISO strings kept), or epoch seconds / milliseconds turned into ISO. */
export function timeOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.length > 64 ? value.slice(0, 64) : value;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const ms = value > 1e12 ? value : value * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  return null;
}

/**
 * An HTTP status from a number, a numeric string (`429`, `"429"`) or a status with its reason phrase, as Go's
 * `resp.Status` logs it (`"429 Too Many Requests"`); 0 is kept (no response).
 */
export function statusOf(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{1,3}(?:$|\s+[A-Za-z][A-Za-z' -]{0,60}$)/.test(value)
        ? parseInt(value, 10)
        : NaN;
  return Number.isInteger(n) && (n === 0 || (n >= 100 && n <= 599)) ? n : null;
}

/** Content types that never hold an error body. */
export const isBinaryType = (mime: unknown) =>
  typeof mime === 'string' &&
  /^\s*(?:image|audio|video|font)\/|^\s*application\/(?:octet-stream|wasm|pdf|zip|font-)/i.test(mime);
