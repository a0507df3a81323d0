// Big error tables are split: past TABLE_PAGE_ROWS codes, /<api>/errors/ lists the groups and each group's codes sit on
// their own pages (/<api>/errors/group/<group>/, then …/2/, …/3/), so no page inlines thousands of rows twice (HTML + RSC).
import type { Catalog, ErrorCode } from './index';
import type { Group } from './schema';
import { catalogQuery } from './query';

/** Most rows on one table page: about 650 KB of HTML with its RSC payload, measured by `npm run bench`. */
export const TABLE_PAGE_ROWS = 250;

/** Whether /<api>/errors/ shows the groups only, with each group's codes on its own pages. */
export const splitsTable = (catalog: Catalog) => catalog.codes.length > TABLE_PAGE_ROWS;

export type GroupPage = { group: Group; part: number; parts: number; codes: ErrorCode[]; first: number; path: string };

export const groupPagePath = (api: string, group: string, part = 1) =>
  `/${api}/errors/group/${encodeURIComponent(group)}/${part > 1 ? `${part}/` : ''}`;

/** Every page of every group that has codes, in catalog order; a group's parts hold TABLE_PAGE_ROWS codes each. */
export function groupPages(catalog: Catalog): GroupPage[] {
  return catalog.groups.flatMap((group) => {
    const codes = catalogQuery(catalog).codesOfGroup(group.id);
    const parts = Math.ceil(codes.length / TABLE_PAGE_ROWS);
    return Array.from({ length: parts }, (_, i) => ({
      group,
      part: i + 1,
      parts,
      codes: codes.slice(i * TABLE_PAGE_ROWS, (i + 1) * TABLE_PAGE_ROWS),
      first: i * TABLE_PAGE_ROWS + 1,
      path: groupPagePath(catalog.id, group.id, i + 1),
    }));
  });
}
