// `npm run new-api -- <id>`: scaffolds content/apis/<id>/ (catalog.yaml and guides/index.mdx); refuses an
// existing or invalid id with a one-line message. Honours CODEBOOK_CONTENT_DIR like the loader.
import path from 'node:path';
import { CONTENT_DIR } from '../lib/catalog/load';
import { ScaffoldError, writeScaffold } from '../lib/authoring/scaffold';

try {
  // `npm run new-api -- acme sms` would otherwise scaffold "acme" and drop "sms" without a word.
  if (process.argv.length > 3)
    throw new ScaffoldError(
      `new-api takes one id, got ${process.argv.length - 2}: ${JSON.stringify(process.argv.slice(2).join(' '))}`,
    );
  const files = writeScaffold(process.argv[2], CONTENT_DIR);
  console.log(`created ${files.map((f) => path.relative(process.cwd(), f)).join(' and ')}`);
  console.log("next: fill in the catalog from the API's errors page, then run npm run check");
} catch (error) {
  // One line, never a stack trace: a refused id is a ScaffoldError; anything else (a read-only folder, say) is reported too.
  console.error(error instanceof ScaffoldError ? error.message : `new-api: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
}
