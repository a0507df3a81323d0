// Reads a content file (catalog or guide) as text under a size cap, refusing invalid UTF-8 with its position, so a
// binary or mis-encoded file fails the check with a located message instead of rendering replacement characters.
import fs from 'node:fs';
import { CatalogError } from './catalog-error';

/** Largest content file read: a 2,000-code benchmark catalog is about 1.5 MB; ten times that is a mistake. */
export const MAX_CONTENT_BYTES = 16 * 1024 * 1024;

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the whole buffer is valid. Linear in the length. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid UTF-8 too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** "line L, column C" of a byte offset, counting characters of the valid text before it. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) line++;
  return { line, col: before.length - lastBreak };
}

/** The file's text; throws CatalogError naming the file when it is unreadable, too big or not UTF-8. */
export function readContentText(absolute: string, file: string, maxBytes = MAX_CONTENT_BYTES): string {
  let size: number;
  try {
    size = fs.statSync(absolute).size;
  } catch {
    throw new CatalogError([`${file}: cannot be read`]);
  }
  if (size > maxBytes) throw new CatalogError([`${file}: too big (${size} bytes; the limit is ${maxBytes})`]);
  const bytes = fs.readFileSync(absolute);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, col } = positionOf(bytes, bad);
    const hex = bytes[bad].toString(16).padStart(2, '0');
    // A UTF-16 byte-order mark (FF FE or FE FF) is the usual way an editor saves a file in the wrong encoding.
    const utf16 =
      bad === 0 &&
      bytes.length > 1 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    throw new CatalogError([
      `${file}:${line}:${col}: invalid UTF-8 at byte ${bad} (0x${hex})${utf16 ? ', the file is UTF-16' : ''}; save the file as UTF-8`,
    ]);
  }
  // A leading byte-order mark is valid UTF-8 but would end up in the first key or front-matter fence.
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
