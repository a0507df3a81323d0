// `npm run check`: validates every catalog and MDX guide in seconds, with the same located messages as the build:
// schema and cross-references, guide references, then each guide compiled by mdx-bundler and turned into Markdown.
import { CONTENT_DIR, CatalogError, DEFAULT_CONTENT_DIR, loadAllCatalogs } from '../lib/catalog/load';
import { checkAllGuides, checkGuideSource } from '../lib/guides';
import { getAuthoringGuide } from '../lib/authoring/guide';
import { compileAllGuides } from '../lib/authoring/compile-guides';

function fail(problems: string[]): never {
  console.error(`Catalog check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

async function main() {
  try {
    const catalogs = loadAllCatalogs();
    const site = checkAllGuides(catalogs);
    // The walkthrough belongs to the repository, not to a content folder: checked only with the site's own content.
    const walkthrough = CONTENT_DIR === DEFAULT_CONTENT_DIR ? checkGuideSource(getAuthoringGuide(), null, site) : [];
    if (walkthrough.length) fail(walkthrough);
    const problems = await compileAllGuides(catalogs);
    if (problems.length) fail(problems);
    const codes = catalogs.reduce((n, c) => n + c.codes.length, 0);
    console.log(`catalogs ok: ${catalogs.length} APIs, ${codes} codes; guides compile`);
  } catch (error) {
    if (error instanceof CatalogError) fail(error.problems);
    console.error(`Catalog check failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

main();
