import type { Metadata } from 'next';
import { socialDefaults, withBase } from '@/lib/site';

const DESCRIPTION =
  'There is no Codebook page at this address: browse the APIs, search for a code or paste a response.';

// A title and description of its own; no canonical link or og:url, since this page answers for every address that has
// none (Next adds the noindex robots tag to it itself).
export const metadata: Metadata = {
  title: 'Page not found',
  description: DESCRIPTION,
  openGraph: { ...socialDefaults(), title: 'Page not found', description: DESCRIPTION, type: 'website' },
};

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        There is no page at this address. If you followed a link to an error code, the code may be spelled differently
        by its API: codes appear exactly as the API sends them.
      </p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/')}>
            Browse the APIs
          </a>
        </li>
        <li>
          <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/search/')}>
            Search for the code or message
          </a>
        </li>
        <li>
          <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/playground/')}>
            Paste the response into the playground
          </a>
        </li>
      </ul>
    </main>
  );
}
