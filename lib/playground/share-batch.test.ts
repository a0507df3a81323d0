// Summary share links: what goes in comes back out, nothing but the summary goes in, and a tampered link is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { buildDecoderTable } from '@/lib/decode/table';
import { triageSession } from '@/lib/decode/batch/triage';
import { batchSummary } from '@/lib/decode/batch/report';
import { decodeBatchShare, encodeBatchShare } from './share-batch';
import { decodeShare, encodeShare } from './share';

const table = buildDecoderTable(getCatalogs());
const har = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'sessions', 'chromium.har'), 'utf8');

describe('summary share links', () => {
  const triage = triageSession(har, table);
  if (triage === null || triage.kind !== 'batch') throw new Error('chromium.har is not read as a session');
  const summary = batchSummary(triage);
  const link = encodeBatchShare(summary);

  it('round-trips the summary of the Chromium session', () => {
    expect(link.startsWith('#b=')).toBe(true);
    expect(decodeBatchShare(`https://codebook.test/playground/${link}`)).toEqual(summary);
  });

  it('carries no request data, URL, body or header of the session', () => {
    const inside = decodeShare(`i=${link.slice(3)}`) ?? '';
    expect(inside).not.toMatch(/must[-_ ]not[-_ ]appear|127\.0\.0\.1|Bearer|authorization|message_id|<html/i);
    expect(Object.keys(JSON.parse(inside))).toEqual(['kind', 'total', 'failed', 'groups']);
  });

  it('keeps at most five trace ids a group', () => {
    const many = { ...summary, groups: [{ ...summary.groups[0], trace_ids: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }] };
    expect(decodeBatchShare(encodeBatchShare(many))?.groups[0].trace_ids).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('is not mistaken for a paste link, and a paste link is not mistaken for it', () => {
    expect(decodeShare(link)).toBeNull();
    expect(decodeBatchShare(encodeShare('{"kind":"batch"}'))).toBeNull();
  });

  it.each([
    ['a page on another site', { page: 'https://evil.test/x' }],
    ['a javascript: page', { page: 'javascript:alert(1)' }],
    ['a negative count', { count: -1 }],
    ['a count that is text', { count: '3' }],
  ])('refuses a link whose group holds %s', (_what, change) => {
    const tampered = encodeShare(JSON.stringify({ ...summary, groups: [{ ...summary.groups[0], ...change }] })).replace(
      '#i=',
      '#b=',
    );
    expect(decodeBatchShare(tampered)).toBeNull();
  });

  it('refuses garbage', () => {
    expect(decodeBatchShare('#b=%%%')).toBeNull();
    expect(decodeBatchShare('#b=')).toBeNull();
    expect(decodeBatchShare('')).toBeNull();
  });
});
