// A static file server that behaves like GitHub Pages for a project site: the site lives under a
// sub-path, folders serve their index.html (and redirect to the trailing-slash form), unknown
// paths get the site's 404.html with status 404, and .wasm / .webmanifest have the right types.
// Used by `cargo xtask serve` and by the browser tests (which can stop it to simulate an outage).
// Node built-ins only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(p) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}
async function isDir(p) {
  try { return (await stat(p)).isDirectory(); } catch { return false; }
}

/** Starts the server; resolves to { url, port, close() }. `port` 0 picks a free port. With
 * `gzip`, bodies other than images go gzipped to a client that accepts it, as GitHub Pages sends
 * them (Lighthouse's simulation costs a page by its bytes on the wire). */
export async function startServer({ dir, subPath = '/', port = 0, host = '127.0.0.1', gzip = false }) {
  const root = resolve(dir);
  if (!subPath.startsWith('/')) subPath = '/' + subPath;
  if (!subPath.endsWith('/')) subPath += '/';
  const server = createServer(async (req, res) => {
    const send = (status, body, type, extra = {}) => {
      if (gzip && body.length && !type.startsWith('image/png') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        extra = { ...extra, 'content-encoding': 'gzip', vary: 'accept-encoding' };
      }
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const url = new URL(req.url, 'http://x');
      let path = decodeURIComponent(url.pathname);
      if (path + '/' === subPath) return send(301, '', 'text/plain', { location: subPath + url.search });
      if (!path.startsWith(subPath)) return send(404, 'Not found (outside the site)', 'text/plain');
      const rel = normalize(path.slice(subPath.length)).replace(/^(\.\.(\/|\\|$))+/, '');
      let file = join(root, rel);
      if (!file.startsWith(root)) return send(403, 'Forbidden', 'text/plain');
      if (await isDir(file)) {
        if (!path.endsWith('/')) return send(301, '', 'text/plain', { location: path + '/' + url.search });
        file = join(file, 'index.html');
      }
      if (await isFile(file)) {
        return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
      }
      const notFound = join(root, '404.html');
      if (await isFile(notFound)) return send(404, await readFile(notFound), TYPES['.html']);
      return send(404, 'Not found', 'text/plain');
    } catch (e) {
      return send(500, String(e), 'text/plain');
    }
  });
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, host, ok); });
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://${host}:${actual}${subPath}`,
    // A real outage: stop listening and cut open keep-alive connections.
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}

// CLI: node tests/browser/server.mjs <dir> [--sub-path /x/] [--port 8080]
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const s = await startServer({ dir: args[0] ?? 'dist', subPath: opt('--sub-path', '/'), port: Number(opt('--port', '8080')) });
  console.log(`Night Cramps is being served at ${s.url}  (Ctrl-C to stop)`);
}
