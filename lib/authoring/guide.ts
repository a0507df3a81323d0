// The "Add your API" walkthrough: content/add-your-api.mdx, a guide that belongs to no API, shown at /add-your-api/.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Guide } from '@/lib/guides';

export const AUTHORING_GUIDE_FILE = path.join('content', 'add-your-api.mdx');

export function getAuthoringGuide(): Guide {
  const source = fs.readFileSync(path.join(process.cwd(), AUTHORING_GUIDE_FILE), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const data = (match ? YAML.parse(match[1]) : null) as { title?: string; description?: string } | null;
  if (!data?.title || !data.description) throw new Error(`${AUTHORING_GUIDE_FILE}: front matter: expected a title and a description`);
  return { api: '', slug: 'add-your-api', title: data.title, description: data.description, order: 0, file: AUTHORING_GUIDE_FILE, source, body: source.slice(match![0].length) };
}
