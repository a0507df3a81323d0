// The decode CLI's session mode: a HAR file, a JSON-lines log or several curl outputs are triaged and
// printed as one summary object (or an aligned table with `--format table`). Request data is never printed.
import { triageSession } from '../lib/decode/batch/triage';
import { batchSummary, batchTable } from '../lib/decode/batch/report';
import type { DecoderTable } from '../lib/decode/types';

export type OutputFormat = 'json' | 'table';

/** Reads `--format table|json` (or `--format=…`) out of the arguments; the rest are returned as they were. */
export function takeFormat(args: string[]): { format: OutputFormat; rest: string[]; error?: string } {
  const rest: string[] = [];
  let format: OutputFormat = 'json';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = a === '--format' ? args[++i] : a.startsWith('--format=') ? a.slice('--format='.length) : undefined;
    if (value === undefined && a !== '--format') {
      rest.push(a);
      continue;
    }
    if (value !== 'json' && value !== 'table')
      return {
        format,
        rest,
        error: `--format expects json or table, got ${value === undefined ? 'nothing' : `"${value}"`}`,
      };
    format = value;
  }
  return { format, rest };
}

/**
 * Prints the triage when the input is a session and returns true; returns false for a single response.
 * A session that cannot be read goes to `fail` with its located reason.
 */
export function printBatch(
  input: string,
  table: DecoderTable,
  format: OutputFormat,
  fail: (message: string, code: number) => never,
): boolean {
  const triage = triageSession(input, table);
  if (triage === null) return false;
  if (triage.kind === 'session-error') fail(triage.reason, 1);
  process.stdout.write(
    format === 'table' ? `${batchTable(triage)}\n` : `${JSON.stringify(batchSummary(triage), null, 2)}\n`,
  );
  return true;
}
