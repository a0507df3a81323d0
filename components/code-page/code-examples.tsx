import type { Catalog, ErrorCode } from '@/lib/catalog';
import { codeExamples } from '@/lib/view/code-examples';
import { AnchoredHeading } from '@/components/heading';
import { ExampleResponse } from '@/components/catalog/example-response';

/** The code's example responses or its labelled skeleton, from the same view as the twin (lib/view/code-examples.ts). */
export function CodeExamples({ catalog, entry }: { catalog: Catalog; entry: ErrorCode }) {
  const view = codeExamples(catalog, entry);
  if (!view) return null;
  return (
    <>
      <AnchoredHeading as="h2" id="example">
        {view.heading}
      </AnchoredHeading>
      {view.intro ? <p>{view.intro}</p> : null}
      {view.examples.map((e) => (
        <ExampleResponse key={e.view.id} view={e.view} playground={e.playground} />
      ))}
    </>
  );
}
