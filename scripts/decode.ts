// `npm run --silent decode -- FILE` (or stdin): decodes a pasted error response against the catalogs and
// prints one JSON object. Exit 0 for a decoded error response; otherwise 1 (2 for unreadable input) and one line on stderr.
import { getCatalogs } from '../lib/catalog';
import { decodeResponse } from '../lib/decode';
import { MAX_BATCH_CHARS } from '../lib/decode/limits';
import { buildDecoderTable } from '../lib/decode/table';
import { readCapped } from './read-capped';
import { printBatch, takeFormat } from './decode-batch';

function fail(message: string, code: number): never {
  process.stderr.write(`decode: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

function readInput(arg: string | undefined): string {
  const read = readCapped(arg, MAX_BATCH_CHARS);
  return read.ok ? read.text : fail(read.reason, 2);
}

function main() {
  const { format, rest: args, error } = takeFormat(process.argv.slice(2).filter((a) => a !== '--'));
  if (error) fail(error, 2);
  if (args.length > 1) fail('expected at most one FILE (or - for stdin)', 2);
  const input = readInput(args[0]);
  let table;
  try {
    table = buildDecoderTable(getCatalogs());
  } catch (error) {
    fail(`the catalogs failed to load: ${(error as Error).message.split('\n')[0]}`, 2);
  }
  // A HAR file, a JSON-lines log or several curl outputs: one summary of every failed response.
  if (printBatch(input, table, format, fail)) return;
  const result = decodeResponse(input, table);
  if (!result.ok) fail(result.reason, 1);
  const out = {
    api: result.api,
    shape: result.shape.id,
    code: result.code,
    known: result.known,
    http_status: result.httpStatus,
    message: result.message,
    retryable: result.retryable,
    retryable_source: result.retrySource,
    retry_after_seconds: result.retryAfterSeconds,
    trace_id: result.traceId,
    page: result.page,
    warnings: result.warnings,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
