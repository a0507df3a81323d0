// The examples block of a code page as data: the source's example responses for the code, or a labelled skeleton
// built from the API's shape, each with its playground link. The page and its Markdown twin both render this.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { exampleAsHttp } from '@/lib/catalog/examples';
import { catalogQuery } from '@/lib/catalog/query';
import { skeletonExample, skeletonHttp } from '@/lib/catalog/skeleton';
import { encodeShare } from '@/lib/playground/share';
import { exampleView, type ExampleView } from './example-response';

export interface CodeExamplesView {
  heading: string;
  /** Said before a skeleton, so it is never taken for a captured response. */
  intro: string | null;
  examples: Array<{ view: ExampleView; playground: string }>;
}

const playgroundLink = (text: string) => `/playground/${encodeShare(text)}`;

/** The code's examples, its skeleton when the source shows none, or null for an event (there is no response). */
export function codeExamples(catalog: Catalog, entry: ErrorCode): CodeExamplesView | null {
  const found = catalogQuery(catalog).examplesFor(entry.code);
  if (found.length)
    return {
      heading: `Example response${found.length > 1 ? 's' : ''}`,
      intro: null,
      examples: found.map((e) => ({ view: exampleView(catalog, e), playground: playgroundLink(exampleAsHttp(e)) })),
    };
  const skeleton = skeletonExample(catalog, entry);
  if (!skeleton) return null;
  return {
    heading: 'What the response looks like',
    intro: `${catalog.name}'s errors page shows no example for this code. This skeleton puts the code and its documented status in the places the API's response shape declares; real responses carry a message of their own.`,
    examples: [{ view: exampleView(catalog, skeleton), playground: playgroundLink(skeletonHttp(catalog, entry)) }],
  };
}
