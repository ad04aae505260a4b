import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running static server; `origin` is "http://127.0.0.1:<port>". */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or null when it escapes the base or the root; "/x/" → "x/index.html". */
export function fileForPath(root: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return null;
  return join(root, relative.endsWith('/') || relative === '.' ? join(relative, 'index.html') : relative);
}

/**
 * Serves a build folder at `base` on 127.0.0.1 and a free port, like a plain static host:
 * directories answer with their index.html, a directory without trailing slash redirects, anything else missing gets 404.html with status 404.
 */
export async function startStaticServer(root: string, base: string): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileForPath(root, base, pathname);
    const found = file === null ? null : await stat(file).catch(() => null);
    if (found?.isDirectory()) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    if (file === null || !found?.isFile()) {
      response.writeHead(404, { 'Content-Type': contentTypes['.html'] });
      createReadStream(join(root, '404.html')).on('error', () => response.end('Not found')).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Content-Length': found.size });
    createReadStream(file).pipe(response);
  });
  // A connection left idle is kept until close(): with the default 5 s, a client that waited that long on a busy machine could send its
  // next request on a socket the server was closing, and get ECONNRESET instead of a page.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
