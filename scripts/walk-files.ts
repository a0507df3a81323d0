// Every file under a folder, depth first: shared by the link checker and the export tests that read out/.
import fs from 'node:fs';
import path from 'node:path';

export function walkFiles(dir: string, files: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, files);
    else files.push(full);
  }
  return files;
}
