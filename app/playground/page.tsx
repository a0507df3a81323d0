import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import { Playground, type Sample } from '@/components/playground/playground';
import { getCatalogs } from '@/lib/catalog';
import { exampleAsHttp } from '@/lib/catalog/examples';
import { shortName } from '@/lib/catalog/present';
import { skeletonHttp } from '@/lib/catalog/skeleton';

export const metadata: Metadata = pageMetadata({
  title: 'Envelope playground',
  description:
    'Paste a failed API response and see which API and code it is, whether to retry, and what to do. Decoded on your device.',
  path: '/playground/',
});

/** Samples: every example response of every catalog; an API whose page shows none gets a labelled skeleton. */
function samples(): Sample[] {
  return getCatalogs().flatMap((c) => {
    const fromExamples = c.examples.map((e) => ({
      api: c.id,
      apiName: shortName(c),
      label: e.code !== undefined ? String(e.code) : e.title,
      text: exampleAsHttp(e),
    }));
    if (fromExamples.length) return fromExamples;
    return c.codes.slice(0, 2).map((entry) => ({
      api: c.id,
      apiName: shortName(c),
      label: `${entry.code} (skeleton)`,
      text: skeletonHttp(c, entry),
    }));
  });
}

export default function PlaygroundPage() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">Envelope playground</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Paste what came back from a failed request. Codebook recognises the API and its response shape, looks the code
        up in the catalog and tells you whether to retry, how long to wait and what to quote to support.
      </p>
      <noscript>
        <p className="mt-4 rounded border border-amber-600 p-3">
          The playground decodes in your browser and needs JavaScript. Without it, look the code up in the API tables or
          run <code>npm run --silent decode -- response.txt</code> from a clone of this site.
        </p>
      </noscript>
      <div className="mt-6">
        <Playground samples={samples()} />
      </div>
    </main>
  );
}
