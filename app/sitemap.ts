import type { MetadataRoute } from 'next';
import { latestModified } from '@/lib/content-dates';
import { absoluteUrl } from '@/lib/site';
import { sitePages } from '@/lib/site-pages';

export const dynamic = 'force-static';

/** Every indexable page of the export, dated by the last commit of the catalog or guide it is built from. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map(({ path, files }) => {
    const lastModified = latestModified(files);
    return lastModified ? { url: absoluteUrl(path), lastModified } : { url: absoluteUrl(path) };
  });
}
