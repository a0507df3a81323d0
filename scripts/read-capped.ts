// Reads a file or stdin with a size cap enforced while reading: past the cap it stops, so an endless or huge
// input costs at most the cap in memory and never runs the process out of memory.
import fs from 'node:fs';

export type Capped = { ok: true; text: string } | { ok: false; reason: string };

const CHUNK = 1024 * 1024;

/** Reads `source` (a path, or `-`/undefined for stdin) up to `capBytes`; one more byte than the cap is refused. */
export function readCapped(source: string | undefined, capBytes: number): Capped {
  const name = source === undefined || source === '-' ? 'stdin' : source;
  let fd: number;
  try {
    fd = name === 'stdin' ? 0 : fs.openSync(source!, 'r');
    if (name !== 'stdin' && fs.fstatSync(fd).isDirectory()) return { ok: false, reason: `${name}: is a directory` };
  } catch (error) {
    return { ok: false, reason: `${name}: ${why(error)}` };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, capBytes + 1 - total));
      let n: number;
      try {
        n = fs.readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        // A non-blocking stdin (some terminals and pipes) answers EAGAIN until data arrives.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > capBytes) {
        const mb = Math.round(capBytes / (1024 * 1024));
        return {
          ok: false,
          reason: `${name}: the input is larger than ${mb} MB, the most the decoder reads; it stopped reading there`,
        };
      }
    }
  } catch (error) {
    return { ok: false, reason: `${name}: ${why(error)}` };
  } finally {
    if (name !== 'stdin') fs.closeSync(fd);
  }
  return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return 'cannot be read';
}
