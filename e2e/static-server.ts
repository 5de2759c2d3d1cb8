import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host or CDN does: `dir/` → `dir/index.html`, `dir` →
 * 301 to `dir/`, anything missing → the nearest `404.html` up its path (`/ar/x` → `ar/404.html`,
 * as Cloudflare Pages does; an edition's own) with status 404, gzip when the client takes it,
 * long caching for Astro's hashed assets. Listens on 127.0.0.1 only.
 */
/** The nearest `404.html` at or above a missing path's folder, the root's at the latest. */
function notFoundPage(root: string, path: string): string {
  let folder = dirname(join(root, path));
  while (folder.startsWith(root) && folder !== root) {
    if (existsSync(join(folder, '404.html'))) return join(folder, '404.html');
    folder = dirname(folder);
  }
  return join(root, '404.html');
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = normalize(decodeURIComponent(url.pathname));
    } catch {
      path = '/404.html';
    }
    let file = join(root, path);
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    if (inside && existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = inside && existsSync(file) && statSync(file).isFile();
    const served = found ? file : notFoundPage(root, inside ? path : '/');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    let body = readFileSync(served);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(found ? 200 : 404, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port that was free a moment ago, for a server started by another process. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
