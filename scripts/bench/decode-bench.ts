// Decoder speed in Node on big pastes: an Inbox validation error whose `details.issues` list is padded to the size,
// the way a bulk request's response grows. The same paste feeds the playground timing in Chromium.
import { loadAllCatalogs } from '../../lib/catalog/load';
import { buildDecoderTable, decodeResponse } from '../../lib/decode';

/** A `curl -i`-style Inbox 400 response of about `bytes` bytes. */
export function bigPaste(bytes: number): string {
  const head = 'HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nX-Request-ID: req_bench_0001\r\n\r\n';
  const issues: string[] = [];
  let size = head.length + 80;
  for (let i = 0; size < bytes; i++) {
    const issue = JSON.stringify({
      path: `messages[${i}].to`,
      message: `Recipient ${i} is not a valid phone number in E.164 format`,
      value: `+1555${String(i).padStart(7, '0')}`,
    });
    issues.push(issue);
    size += issue.length + 1;
  }
  return `${head}{"code":"VALIDATION_ERROR","message":"Request validation failed","details":{"issues":[${issues.join(',')}]}}`;
}

export type DecodeBenchRow = {
  label: string;
  bytes: number;
  medianMs: number;
  maxMs: number;
  runs: number;
  decoded: string;
};

/** Median and worst of several decodes of 1 MB and 10 MB pastes, with what they decoded to. */
export function runDecodeBench(
  sizes: Array<[string, number]> = [
    ['1 MB', 1 << 20],
    ['10 MB', 10 << 20],
  ],
  runs = 7,
): DecodeBenchRow[] {
  const table = buildDecoderTable(loadAllCatalogs());
  return sizes.map(([label, bytes]) => {
    const paste = bigPaste(bytes);
    decodeResponse(paste, table);
    const times: number[] = [];
    let decoded = '';
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = decodeResponse(paste, table);
      times.push(performance.now() - start);
      decoded = result.ok ? `${result.api} ${String(result.code)}` : `not decoded: ${result.reason}`;
    }
    times.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      label,
      bytes: Buffer.byteLength(paste),
      medianMs: round(times[Math.floor(runs / 2)]),
      maxMs: round(times[runs - 1]),
      runs,
      decoded,
    };
  });
}

/** The floor for any decoder: JSON.parse of the same pastes' bodies, median of `runs`. */
export function jsonParseBaseline(
  sizes: Array<[string, number]> = [
    ['1 MB', 1 << 20],
    ['10 MB', 10 << 20],
  ],
  runs = 7,
): Array<{ label: string; medianMs: number }> {
  return sizes.map(([label, bytes]) => {
    const paste = bigPaste(bytes);
    const body = paste.slice(paste.indexOf('\r\n\r\n') + 4);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      JSON.parse(body);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { label, medianMs: Math.round(times[Math.floor(runs / 2)] * 10) / 10 };
  });
}

/** Hostile pastes: a run of `n` blanks or dashes where a quadratic regex would backtrack. */
export function blankRunPastes(n: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, ch] of [
    ['spaces', ' '],
    ['tabs', '\t'],
    ['dashes', '-'],
  ] as const) {
    const run = ch.repeat(n);
    out.push([`${name} in the status line`, `HTTP/1.1 503 Service${run}x\nRetry-After: 5\n\n`]);
    out.push([
      `${name} in a header value`,
      `HTTP/1.1 429 Too Many Requests\nX-Request-Id: a${run}b\nRetry-After: a${run}x\n\n{"error":"slow_down"}`,
    ]);
    out.push([
      `${name} in the body`,
      `HTTP/1.1 502 Bad Gateway\nServer: nginx\n\n<html><title>502${run}x</title></html>`,
    ]);
  }
  return out;
}

export type BlankRunRow = { label: string; smallMs: number; largeMs: number; ratio: number };

/**
 * Median decode time of each hostile paste at `small` and `large` (twice as long) characters: linear parsing takes
 * about twice as long for twice the run; a quadratic regex, four times or more.
 */
export function runBlankRunBench(small = 100_000, large = 200_000, runs = 5): BlankRunRow[] {
  const table = buildDecoderTable(loadAllCatalogs());
  const median = (text: string) => {
    decodeResponse(text, table);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      decodeResponse(text, table);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(runs / 2)];
  };
  const smalls = blankRunPastes(small);
  const larges = blankRunPastes(large);
  return smalls.map(([label, text], i) => {
    const smallMs = median(text);
    const largeMs = median(larges[i][1]);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      label,
      smallMs: round(smallMs),
      largeMs: round(largeMs),
      ratio: Math.round((largeMs / Math.max(smallMs, 0.01)) * 10) / 10,
    };
  });
}
