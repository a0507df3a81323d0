import type { Metadata, Viewport } from 'next';
import './globals.css';
import './highlight.css';
import { SiteHeader } from '@/components/layout/site-header';
import { HydratedMark } from '@/components/layout/hydrated-mark';
import { getCatalogs } from '@/lib/catalog';
import {
  HOME_TITLE,
  SITE_DESCRIPTION,
  SITE_NAME,
  absoluteUrl,
  socialDefaults,
  socialImagePath,
  withBase,
} from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: HOME_TITLE, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Defaults for a page without an address of its own (the 404 page); every other page sets its own through
  // pageMetadata (lib/site.ts), which adds the canonical link and og:url.
  openGraph: { ...socialDefaults(), title: HOME_TITLE, description: SITE_DESCRIPTION, type: 'website' },
  twitter: { card: 'summary_large_image', images: [absoluteUrl(socialImagePath())] },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const apis = getCatalogs().map((c) => ({ id: c.id, name: c.name }));
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800"
        >
          Skip to content
        </a>
        <HydratedMark />
        <SiteHeader apis={apis} />
        {children}
        <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
          <div className="mx-auto max-w-6xl px-4">
            {SITE_NAME} documents error codes from each API&apos;s public errors page. Facts are carried over exactly;
            the explanations are our own.
            <p className="mt-2">
              <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/add-your-api/')}>
                Add your API
              </a>{' '}
              ·{' '}
              <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/llms.txt')}>
                llms.txt
              </a>{' '}
              for assistants ·{' '}
              <a className="text-blue-800 underline dark:text-blue-300" href={withBase('/schema/catalog.json')}>
                catalog JSON Schema
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
