// Compiles every MDX guide the way the build does (mdx-bundler) and turns it into its Markdown twin, so
// `npm run check` reports an MDX mistake with the same file:line:col message the build would, in seconds.
import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '@/lib/catalog';
import { CONTENT_DIR } from '@/lib/catalog/load';
import { readGuides, type Guide } from '@/lib/guides';
import { guideMarkdown } from '@/lib/markdown';
import { compileMdx } from '@/lib/mdx';
import { AUTHORING_GUIDE_FILE, getAuthoringGuide } from './guide';

async function problemsOf(guide: Guide, catalog: Catalog | null): Promise<string[]> {
  try {
    // The whole file, front matter included, so reported lines are the file's own.
    await compileMdx(guide.source, guide.file);
  } catch (error) {
    return [(error as Error).message.replace(/\s*\n\s*/g, ' ')];
  }
  try {
    guideMarkdown(catalog, guide);
  } catch (error) {
    return [`${(error as Error).message} (Markdown twin)`];
  }
  return [];
}

export async function compileAllGuides(catalogs: Catalog[], contentDir = CONTENT_DIR): Promise<string[]> {
  const jobs = catalogs.flatMap((catalog) =>
    readGuides(catalog.id, contentDir).map((guide) => problemsOf(guide, catalog)),
  );
  if (contentDir === CONTENT_DIR && fs.existsSync(path.join(process.cwd(), AUTHORING_GUIDE_FILE)))
    jobs.push(problemsOf(getAuthoringGuide(), null));
  return (await Promise.all(jobs)).flat();
}
