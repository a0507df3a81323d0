// The catalog query object finds what a reader asks for by the value they have: a code typed or sent either way,
// a group id, a header role, a symbolic name; and answers "not in this catalog" with undefined, never a guess.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/catalog';
import { catalogQuery } from './query';

const chert = getCatalog('chert');
const q = catalogQuery(chert);

describe('catalogQuery', () => {
  it('finds numeric code 1007 whether it is asked for as 1007 or "1007"', () => {
    expect(q.byCode(1007)?.title).toBe('Rate limited');
    expect(q.byCode('1007')).toBe(q.byCode(1007));
  });

  it('returns undefined for codes the catalog does not define', () => {
    expect(q.byCode(9999)).toBeUndefined();
    expect(q.byCode('1007 ')).toBeUndefined();
    expect(q.byCode('rate_limited')).toBeUndefined();
    expect(q.byShortName('NO_SUCH_NAME')).toBeUndefined();
    expect(q.byGroup('9xxx')).toBeUndefined();
  });

  it('finds a code by the symbolic name its source gives', () => {
    expect(q.byShortName('UNKNOWN_EFFECT')?.code).toBe(4098);
  });

  it('looks groups up by id and lists their codes in catalog order', () => {
    expect(q.byGroup('1xxx')?.title).toBe('Request errors');
    const codes = q.codesOfGroup('1xxx').map((c) => c.code);
    expect(codes).toContain(1007);
    expect(codes).toEqual(chert.codes.filter((c) => c.group === '1xxx').map((c) => c.code));
    expect(q.groupOf(q.byCode(1007)!).id).toBe('1xxx');
  });

  it('finds headers by role, optionally by direction', () => {
    expect(q.headerByRole('trace-id', 'response')?.name).toBe('X-Trace-ID');
    expect(q.headerByRole('retry-after')?.name).toBe('Retry-After');
    expect(q.headerByRole('auth', 'response')).toBeUndefined();
    expect(q.headerByRole('auth', 'request')?.name).toBe('x-chert-signature');
    expect(q.headersByRole('other', 'request').map((h) => h.name)).toEqual(['x-chert-tenant', 'content-type']);
  });

  it('gives a code its examples, its context fields and its related codes', () => {
    expect(q.examplesFor('1007')).toEqual(chert.examples.filter((e) => e.code === 1007));
    expect(q.contextFieldsFor(q.byCode(1007)!).map((f) => f.name)).toContain('retry_after');
    expect(q.contextFieldsFor(q.byCode(4098)!).map((f) => f.name)).toContain('allowed_effects');
    const related = q.relatedTo(q.byCode(4002)!);
    expect(related.map((c) => c.code)).toEqual([1007]);
  });

  it('is built once per catalog', () => {
    expect(catalogQuery(chert)).toBe(q);
    expect(catalogQuery(getCatalog('relay'))).not.toBe(q);
  });
});
