// Paint before the framework runs: in every exported page, Next's `<script src async>` tags become preloads (the
// files download as early as before) plus one small inline loader that adds them to the page in the first animation
// frame, after the content is laid out. Async scripts that arrive before the stylesheet otherwise run first, and on a
// slow phone the page then stays blank until React has evaluated; this way the text paints first and hydration
// follows. A tab opened in the background, where animation frames wait, still loads them after LOADER_FALLBACK_MS.
// The scripts were async already, so their order does not matter. Runs in the postbuild before the CSP, which hashes
// the loader like any other inline script.
import fs from 'node:fs';
import { walkFiles } from './walk-files';

const LOADER_FALLBACK_MS = 1000;
// Next's external scripts: `<script src="…" async="">` (the noModule polyfill has no async and is left alone).
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;

const preloadOf = (src: string) => `<link rel="preload" as="script" href="${src}"/>`;

/** The inline loader for these script URLs: once, on the first animation frame or after the fallback delay. */
export function loaderScript(sources: string[]): string {
  return (
    `(function(){var u=${JSON.stringify(sources).replace(/</g, '\\u003c')},d=0;function g(){if(d)return;d=1;` +
    `u.forEach(function(s){var e=document.createElement("script");e.src=s;e.async=true;document.body.appendChild(e)})}` +
    `requestAnimationFrame(g);setTimeout(g,${LOADER_FALLBACK_MS})})()`
  );
}

/** The page with its async scripts preloaded in the head and started by the loader at the end of the body. */
export function paintFirst(html: string): string {
  const sources: string[] = [];
  const body = html.replace(ASYNC_SCRIPT, (_, src: string) => {
    sources.push(src);
    return '';
  });
  if (!sources.length) return html;
  const head = body.indexOf('</head>');
  const close = body.lastIndexOf('</body>');
  if (head < 0 || close < 0) throw new Error('a page without </head> or </body>');
  const preloads = sources
    .filter((src) => !body.includes(`as="script" fetchPriority="low" href="${src}"`))
    .map(preloadOf)
    .join('');
  const withLoader = `${body.slice(0, close)}<script>${loaderScript(sources)}</script>${body.slice(close)}`;
  return withLoader.slice(0, head) + preloads + withLoader.slice(head);
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
