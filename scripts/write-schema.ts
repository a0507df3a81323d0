// `npm run schema`: writes content/catalog.schema.json, the JSON Schema editors use to check catalog.yaml files
// (each catalog names it in its first line). A unit test fails when the committed file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { authoringSchemaText } from '../lib/catalog/authoring-schema';

const file = path.join(process.cwd(), 'content', 'catalog.schema.json');
fs.writeFileSync(file, authoringSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
