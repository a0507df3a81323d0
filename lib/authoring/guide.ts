// The "Add your API" walkthrough: content/add-your-api.mdx, a guide that belongs to no API, shown at /add-your-api/.
import path from 'node:path';
import { readGuideFile, type Guide } from '@/lib/guides';

export const AUTHORING_GUIDE_FILE = path.join('content', 'add-your-api.mdx');

export const getAuthoringGuide = (): Guide =>
  readGuideFile(path.join(process.cwd(), AUTHORING_GUIDE_FILE), '', 'add-your-api');
