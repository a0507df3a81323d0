// The framework floor: a bare Next.js app with the project's own next/react (hard-linked node_modules) and the same
// export settings, with one page or N trivial pages from generateStaticParams. Whatever it costs, Codebook cannot undercut.
import fs from 'node:fs';
import path from 'node:path';
import { linkNodeModules } from './workspace';

const files = (pages: number): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'next-floor', private: true }, null, 2),
  'next.config.mjs': `export default { output: 'export', trailingSlash: true, images: { unoptimized: true }, experimental: { cpus: 2 }, typescript: { ignoreBuildErrors: true } };\n`,
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'dom.iterable', 'ES2023'],
        strict: true,
        noEmit: true,
        esModuleInterop: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: 'react-jsx',
        skipLibCheck: true,
        plugins: [{ name: 'next' }],
      },
      include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
  'app/layout.tsx': `export const metadata = { title: 'Floor' };\n\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  'app/page.tsx': `export default function Home() {\n  return <main><h1>Floor</h1><p>A bare page.</p></main>;\n}\n`,
  ...(pages > 0
    ? {
        'app/p/[id]/page.tsx': `export const dynamicParams = false;\nexport function generateStaticParams() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ id: String(i + 1) }));\n}\n\nexport default async function Trivial({ params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return <main><h1>Page {id}</h1><p>A trivial page.</p></main>;\n}\n`,
      }
    : {}),
});

/** Writes the bare app into `dir` (which must not exist yet). `pages` adds /p/1/ … /p/N/. */
export function writeFloorApp(dir: string, nodeModules: string, pages = 0): void {
  for (const [rel, text] of Object.entries(files(pages))) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  linkNodeModules(nodeModules, path.join(dir, 'node_modules'));
}
