// Splitting big tables: every code lands on exactly one group page, parts hold TABLE_PAGE_ROWS rows, and the real
// catalogs stay on one /<api>/errors/ page.
import { describe, expect, it } from 'vitest';
import { generateCatalogs } from '../../scripts/gen-catalog';
import { getCatalogs, type Catalog } from './index';
import { TABLE_PAGE_ROWS, groupPages, splitsTable } from './table-pages';

const generated = (codes: number, apis: number): Catalog[] =>
  generateCatalogs({ codes, apis }).map((c) => ({ ...c, file: `generated/${c.id}/catalog.yaml` }));

describe('table pages', () => {
  it('keeps every real catalog on a single table page', () => {
    for (const catalog of getCatalogs()) expect(splitsTable(catalog), catalog.id).toBe(false);
  });

  it('puts each code of a 10,000-code catalog on exactly one group page of at most TABLE_PAGE_ROWS rows', () => {
    const [catalog] = generated(10000, 1);
    expect(splitsTable(catalog)).toBe(true);
    const pages = groupPages(catalog);
    const placed = pages.flatMap((p) => p.codes.map((c) => String(c.code)));
    expect(placed.sort()).toEqual(catalog.codes.map((c) => String(c.code)).sort());
    for (const page of pages) expect(page.codes.length).toBeLessThanOrEqual(TABLE_PAGE_ROWS);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('numbers the parts of a big group from its first page on', () => {
    const [catalog] = generated(10000, 1);
    const group = catalog.groups.find(
      (g) => catalog.codes.filter((c) => c.group === g.id).length > 2 * TABLE_PAGE_ROWS,
    )!;
    const parts = groupPages(catalog).filter((p) => p.group.id === group.id);
    expect(parts[0]).toMatchObject({ part: 1, first: 1, path: `/${catalog.id}/errors/group/${group.id}/` });
    expect(parts[1]).toMatchObject({
      part: 2,
      first: TABLE_PAGE_ROWS + 1,
      path: `/${catalog.id}/errors/group/${group.id}/2/`,
    });
    expect(parts.every((p) => p.parts === parts.length)).toBe(true);
  });
});
