import type { Catalog, ErrorCode } from '@/lib/catalog';
import type { Example } from '@/lib/catalog/schema';
import { exampleAsHttp } from '@/lib/catalog/examples';
import { skeletonExample, skeletonHttp } from '@/lib/catalog/skeleton';
import { encodeShare } from '@/lib/playground/share';
import { AnchoredHeading } from '@/components/heading';
import { ExampleResponse } from '@/components/catalog/example-response';

const playgroundLink = (text: string) => `/playground/${encodeShare(text)}`;

/** The source's example responses for this code, or a clearly labelled skeleton built from the API's shape. */
export function CodeExamples({
  catalog,
  entry,
  examples,
}: {
  catalog: Catalog;
  entry: ErrorCode;
  examples: Example[];
}) {
  if (examples.length) {
    return (
      <>
        <AnchoredHeading as="h2" id="example">
          Example response{examples.length > 1 ? 's' : ''}
        </AnchoredHeading>
        {examples.map((e) => (
          <ExampleResponse key={e.id} catalog={catalog} example={e} playground={playgroundLink(exampleAsHttp(e))} />
        ))}
      </>
    );
  }
  const skeleton = skeletonExample(catalog, entry);
  if (!skeleton) return null;
  return (
    <>
      <AnchoredHeading as="h2" id="example">
        What the response looks like
      </AnchoredHeading>
      <p>
        {catalog.name}&apos;s errors page shows no example for this code. This skeleton puts the code and its documented
        status in the places the API&apos;s response shape declares; real responses carry a message of their own.
      </p>
      <ExampleResponse catalog={catalog} example={skeleton} playground={playgroundLink(skeletonHttp(catalog, entry))} />
    </>
  );
}
