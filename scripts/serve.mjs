// A small static server for the export in out/: index.html for folders, 404.html for misses, gzip when asked.
// Used by `npm start`, the browser tests and Lighthouse. Usage: node scripts/serve.mjs [dir] [port]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist; run npm run build first`);
  process.exit(1);
}

const realRoot = fs.realpathSync(root);

/** True when `file` is the served folder or inside it (a bare prefix check lets `/../out-secret/` through). */
function inside(file) {
  const rel = path.relative(realRoot, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A file under the root, following symlinks only when they stay inside it. */
function servable(file) {
  try {
    if (!fs.existsSync(file)) return false;
    const real = fs.realpathSync(file);
    return inside(real) && fs.statSync(real).isFile();
  } catch {
    return false;
  }
}

function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  // Resolved first, then checked: `..` segments, decoded `%2e%2e` and `%2f` all end up in the resolved path.
  const file = path.resolve(realRoot, `.${path.posix.sep}${rel}`);
  if (!inside(file)) return null;
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`])
    if (servable(candidate)) return candidate;
  return null;
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const pathname = url.split('?')[0];
  let file = resolveFile(url);
  // Folders are served at their trailing-slash URL, as a static host does with trailingSlash exports.
  if (file && file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
    res.writeHead(308, { Location: `${pathname}/${url.slice(pathname.length)}` });
    res.end();
    return;
  }
  let status = 200;
  if (!file) {
    status = 404;
    file = path.join(realRoot, '404.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Cache-Control': file.includes('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const body = fs.readFileSync(file);
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|json|xml|javascript|svg|markdown/.test(type)) {
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.end(zlib.gzipSync(body));
    return;
  }
  res.writeHead(status, headers);
  res.end(body);
});

// A busy port or a refused bind is one line and a non-zero exit, not a stack trace.
server.on('error', (error) => {
  const why =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use; stop the other server or pass another port`
      : error.message;
  console.error(`serve: ${why}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () =>
  console.log(`Codebook is served at http://127.0.0.1:${port}/ (from ${path.relative(process.cwd(), root) || root})`),
);
