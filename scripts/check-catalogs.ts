// `npm run check`: validates every catalog and MDX guide in seconds, with the same located messages as the build.
import { CatalogError, loadAllCatalogs } from '../lib/catalog/load';
import { checkAllGuides } from '../lib/guides';

try {
  const catalogs = loadAllCatalogs();
  checkAllGuides(catalogs);
  const codes = catalogs.reduce((n, c) => n + c.codes.length, 0);
  console.log(`catalogs ok: ${catalogs.length} APIs, ${codes} codes`);
} catch (error) {
  if (error instanceof CatalogError) {
    console.error(`Catalog check failed (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):`);
    for (const p of error.problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.error(`Catalog check failed: ${(error as Error).message}`);
  process.exit(1);
}
