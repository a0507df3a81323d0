// Compiles a guide's MDX with mdx-bundler at build time. Only repo content is ever compiled (never user input).
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';

const cache = new Map<string, Promise<string>>();

/** Returns the bundled MDX code for a guide body (front matter already stripped), compiled once per process. */
export function compileMdx(body: string, file: string): Promise<string> {
  let pending = cache.get(file);
  if (!pending) {
    pending = bundleMDX({
      source: body,
      // GFM for tables of HTTP statuses and the like in guides (codes themselves come from components).
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      mdxOptions: (options) => ({ ...options, remarkPlugins: [...(options.remarkPlugins ?? []), remarkGfm] }),
    })
      .then((result) => result.code)
      .catch((error: unknown) => {
        const err = error as {
          errors?: Array<{ text: string; location?: { line: number; column: number } | null }>;
          message?: string;
        };
        const first = err.errors?.[0];
        // esbuild counts columns from 0; editors count from 1.
        const where = first?.location ? `:${first.location.line}:${first.location.column + 1}` : '';
        throw new Error(`${file}${where}: MDX: ${first?.text ?? err.message ?? String(error)}`);
      });
    cache.set(file, pending);
  }
  return pending;
}
