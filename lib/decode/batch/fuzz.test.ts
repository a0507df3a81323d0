// Property tests for session triage: truncated exports, HAR documents with any value in any field, and random
// lines never make it throw, and the counts it reports always add up. Seeded.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { buildDecoderTable } from '../table';
import { triageSession } from './triage';
import type { SessionError, SessionTriage } from './types';

const table = buildDecoderTable(getCatalogs());
const fixture = (name: string) =>
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'sessions', name), 'utf8');

function assertConsistent(result: SessionTriage | SessionError | null) {
  if (result === null) return;
  if (result.kind === 'session-error') {
    expect(result.reason.length).toBeGreaterThan(0);
    if (result.line !== undefined) expect(result.line >= 1 && result.column! >= 1).toBe(true);
    return;
  }
  expect(result.groups.reduce((n, g) => n + g.count, 0)).toBe(result.failed);
  expect(result.failed + result.aborted).toBeLessThanOrEqual(result.total);
  for (let i = 1; i < result.groups.length; i++)
    expect(result.groups[i - 1].count).toBeGreaterThanOrEqual(result.groups[i].count);
  // Plain data: it crosses the worker boundary unchanged.
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('session triage properties', () => {
  it('a HAR export cut anywhere is read, located as broken, or left to the single decoder; never a throw', () => {
    for (const name of ['chromium.har', 'firefox.har']) {
      const har = fixture(name);
      fc.assert(
        fc.property(fc.integer({ min: 1, max: har.length }), (cut) =>
          assertConsistent(triageSession(har.slice(0, cut), table)),
        ),
        { seed: 17, numRuns: 150 },
      );
    }
  });

  it('HAR entries holding any value in any field are triaged with counts that add up', () => {
    const anyField = fc.oneof(fc.anything(), fc.constantFrom(0, -1, 200, 304, 429, 503, '429', null));
    const entry = fc.record({
      request: fc.oneof(fc.anything(), fc.record({ method: anyField, url: anyField })),
      response: fc.oneof(
        fc.anything(),
        fc.record({
          status: anyField,
          headers: anyField,
          content: fc.oneof(
            anyField,
            fc.record({ text: anyField, encoding: fc.constantFrom('base64', 'gzip', undefined), mimeType: anyField }),
          ),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) =>
        assertConsistent(triageSession(JSON.stringify({ log: { entries } }), table)),
      ),
      { seed: 17, numRuns: 300 },
    );
  });

  it('random lines (logs, curl fragments, noise) never make it throw', () => {
    const line = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(
        'HTTP/1.1 429 Too Many Requests',
        '< HTTP/2 503',
        'Retry-After: 5',
        '',
        '> GET /x HTTP/1.1',
        '{"status":500}',
        '{"error":{"type":"api_error","message":"x"}}',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) =>
        assertConsistent(triageSession(lines.join('\n'), table)),
      ),
      { seed: 17, numRuns: 400 },
    );
  });
});
