// Generated content folders for scale builds: scripts/gen-catalog.ts's catalogs and overviews, plus one more guide per
// API, since a static export needs at least one /<api>/<guide>/ page (real APIs all have several).
import fs from 'node:fs';
import path from 'node:path';
import { generateCatalogs, writeGeneratedContent } from '../gen-catalog';

export function writeScaleContent(dir: string, codes: number): void {
  const catalogs = generateCatalogs({ codes });
  writeGeneratedContent(dir, catalogs);
  for (const catalog of catalogs) {
    fs.writeFileSync(
      path.join(dir, catalog.id, 'guides', 'handling.mdx'),
      `---\ntitle: Handling errors\ndescription: The groups and response shapes of a generated catalog.\norder: 1\n---\n\nA generated guide for scale tests.\n\n<GroupList />\n\n<ShapeList />\n`,
    );
  }
}
