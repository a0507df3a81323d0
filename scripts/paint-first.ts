// Paint before the framework runs: in every exported page, Next's `<script src async>` tags are replaced by one small
// inline loader that adds them to the page in the first animation frame, after the content is laid out. Async scripts
// that arrive before the stylesheet otherwise run first, and on a slow phone the page then stays blank until React has
// evaluated; this way the text paints first and hydration follows. They are not preloaded: on a slow link their
// download would compete with the stylesheet and the first paint (measured with Lighthouse's mobile profile: LCP
// 1.9-2.1 s with low-priority preloads, 1.0-1.1 s without). A tab opened in the background, where animation frames wait, still loads them after LOADER_FALLBACK_MS.
// The scripts were async already, so their order does not matter. Runs in the postbuild before the CSP, which hashes
// the loader like any other inline script.
import fs from 'node:fs';
import { walkFiles } from './walk-files';

const LOADER_FALLBACK_MS = 1000;
// Next's external scripts: `<script src="…" async="">` (the noModule polyfill has no async and is left alone).
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;

/** The inline loader for these script URLs: once, on the first animation frame or after the fallback delay. */
export function loaderScript(sources: string[]): string {
  return (
    `(function(){var u=${JSON.stringify(sources).replace(/</g, '\\u003c')},d=0;function g(){if(d)return;d=1;` +
    `u.forEach(function(s){var e=document.createElement("script");e.src=s;e.async=true;document.body.appendChild(e)})}` +
    `requestAnimationFrame(g);setTimeout(g,${LOADER_FALLBACK_MS})})()`
  );
}

const LOADER_LIST = /<script>\(function\(\)\{var u=(\[[^\]<]*\]),d=0;/;

/** The script URLs a page's loader starts (none if it has no loader). */
export function loaderSources(html: string): string[] {
  const list = LOADER_LIST.exec(html);
  return list ? (JSON.parse(list[1]) as string[]) : [];
}

/** The page with its async scripts started by the loader at the end of the body. */
export function paintFirst(html: string): string {
  const sources: string[] = [];
  const page = html.replace(ASYNC_SCRIPT, (_, src: string) => {
    sources.push(src);
    return '';
  });
  if (!sources.length) return html;
  const close = page.lastIndexOf('</body>');
  if (close < 0) throw new Error('a page without </body>');
  return `${page.slice(0, close)}<script>${loaderScript(sources)}</script>${page.slice(close)}`;
}

/** Rewrites every HTML page under outDir; returns how many changed. */
export function applyPaintFirst(outDir: string): number {
  let pages = 0;
  for (const file of walkFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(file, 'utf8');
    const next = paintFirst(html);
    if (next !== html) {
      fs.writeFileSync(file, next);
      pages++;
    }
  }
  return pages;
}
