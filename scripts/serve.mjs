// A small static server for the export in out/: index.html for folders, 404.html for misses, gzip when asked.
// Used by `npm start`, the browser tests and Lighthouse. Usage: node scripts/serve.mjs [dir] [port]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist; run npm run build first`);
  process.exit(1);
}

function resolveFile(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (fs.existsSync(index)) return index;
  if (fs.existsSync(`${file}.html`)) return `${file}.html`;
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
    file = path.join(root, '404.html');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': file.includes('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache' };
  const body = fs.readFileSync(file);
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|json|xml|javascript|svg|markdown/.test(type)) {
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.end(zlib.gzipSync(body));
    return;
  }
  res.writeHead(status, headers);
  res.end(body);
});

server.listen(port, '127.0.0.1', () => console.log(`Codebook is served at http://127.0.0.1:${port}/ (from ${path.relative(process.cwd(), root) || root})`));
