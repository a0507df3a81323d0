// Share links for the playground: the paste, deflated and base64url-encoded into the URL fragment
// (`#i=<data>`), so it never reaches a server. decodeShare never throws and refuses decompression bombs.
import { deflateSync, Inflate, strToU8 } from 'fflate';

/** The most a share link may expand to (UTF-8 bytes); no URL carries a paste anywhere near this. */
export const MAX_SHARED_BYTES = 16 * 1024 * 1024;
// Input is fed in chunks so one push can expand to at most ~16 MB (deflate's ratio is about 1:1032).
const CHUNK = 16 * 1024;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const c of text) {
    const v = LOOKUP.get(c);
    if (v === undefined) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, j);
}

/** `#i=<data>` for a paste. */
export function encodeShare(text: string): string {
  return `#i=${toBase64Url(deflateSync(strToU8(text), { level: 9 }))}`;
}

function inflateBounded(data: Uint8Array, maxBytes: number): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooBig = true;
    else parts.push(chunk);
  });
  for (let i = 0; i < data.length && !tooBig; i += CHUNK)
    stream.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  if (tooBig) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The paste from a fragment (`#i=…`, `i=…` or a whole URL with that fragment); null for anything unreadable. */
export function decodeShare(fragment: string, options: { maxBytes?: number } = {}): string | null {
  try {
    if (typeof fragment !== 'string') return null;
    const hash = fragment.includes('#') ? fragment.slice(fragment.indexOf('#') + 1) : fragment;
    const param = hash.split('&').find((p) => p.startsWith('i='));
    if (!param) return null;
    const bytes = fromBase64Url(param.slice(2));
    if (!bytes || bytes.length === 0) return null;
    const raw = inflateBounded(bytes, options.maxBytes ?? MAX_SHARED_BYTES);
    if (!raw) return null;
    // Fatal decoding turns bytes that are not UTF-8 (a mangled link) into null rather than into mojibake.
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}
