'use strict';
// A tiny static file server for the browser tests: Node's `http` only, loopback only.
//
//   const { serve } = require('./server');
//   const server = await serve('/tmp/site');   // 127.0.0.1 on a free port
//   server.url                                 // 'http://127.0.0.1:41234/'
//   await server.close();
//
// `/x/` serves `x/index.html`; `/x` (a folder) redirects to `/x/`; a missing
// path gets the site's `404.html` with status 404; any `..` segment, encoded or
// not, is refused with 400. GET and HEAD only. Query strings are ignored, as a
// static host would.

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Resolve a request path to a file under `root`, or a status to answer with. */
function resolve(root, rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { status: 400 };
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 400 };
  if (decoded.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return isFile(index) ? { file: index } : { status: 404 };
  }
  if (isFile(file)) return { file };
  if (isDir(file) && isFile(path.join(file, 'index.html'))) return { redirect: rawPath + '/' };
  return { status: 404 };
}

function send(req, res, status, headers, body) {
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'method not allowed\n');
      return;
    }
    const rawPath = (req.url || '/').split(/[?#]/, 1)[0] || '/';
    const r = resolve(root, rawPath.startsWith('/') ? rawPath : '/' + rawPath);
    if (r.redirect) {
      send(req, res, 301, { Location: r.redirect, 'Content-Type': 'text/plain' }, 'moved\n');
      return;
    }
    if (r.file) {
      const body = fs.readFileSync(r.file);
      const type = TYPES[path.extname(r.file).toLowerCase()] || 'application/octet-stream';
      send(req, res, 200, { 'Content-Type': type, 'Cache-Control': 'no-store' }, body);
      return;
    }
    if (r.status === 404) {
      const notFound = path.join(root, '404.html');
      if (isFile(notFound)) {
        send(req, res, 404, { 'Content-Type': TYPES['.html'] }, fs.readFileSync(notFound));
        return;
      }
      send(req, res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
      return;
    }
    send(req, res, r.status || 500, { 'Content-Type': 'text/plain' }, 'bad request\n');
  };
}

/** Serve `folder` on 127.0.0.1, port 0 (a free one). Resolves to { url, port, close }. */
function serve(folder) {
  const root = path.resolve(folder);
  const server = http.createServer(handler(root));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        port,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serve, resolve };

if (require.main === module) {
  // node tests/browser/server.js DIR  — handy for looking at a build by hand.
  serve(process.argv[2] || 'public').then((s) => console.log(`serving ${process.argv[2] || 'public'} at ${s.url}`));
}
