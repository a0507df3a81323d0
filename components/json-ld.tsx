import { jsonLdText } from '@/lib/structured-data';

/** Structured data for search engines, inlined as JSON (never as markup). */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
