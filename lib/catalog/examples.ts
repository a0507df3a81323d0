// Example responses as a developer would see them: body alone, or raw HTTP as `curl -i` prints it.
import type { Example } from './schema';
import { statusName } from '@/lib/decode/status-text';

/** Raw HTTP text of an example (status line only when the source gives a status). */
export function exampleAsHttp(example: Example): string {
  const body = JSON.stringify(example.body, null, 2);
  if (example.status === undefined) return body;
  const headers = Object.entries({ 'Content-Type': 'application/json', ...example.headers }).map(
    ([k, v]) => `${k}: ${v}`,
  );
  return [`HTTP/1.1 ${example.status} ${statusName(example.status) ?? ''}`.trimEnd(), ...headers, '', body].join('\n');
}
