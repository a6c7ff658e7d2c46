/**
 * A small static server for the built app, for e2e tests and the benchmarks. It behaves like
 * deploy/app.conf: the security headers come from deploy/security-headers.conf itself (so a CSP
 * problem shows in e2e as it would on nginx), hashed /assets/* are immutable, everything else is
 * no-cache, unknown paths fall back to index.html except under /assets/ and /flows/, and text is
 * gzipped when the browser asks for it (level 6, as nginx).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const SECURITY_HEADERS_FILE = fileURLToPath(new URL('../../deploy/security-headers.conf', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/;

/** The `add_header Name "value" always;` lines of deploy/security-headers.conf. */
export function securityHeaders(file = SECURITY_HEADERS_FILE): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;/gm)) {
    headers[m[1] as string] = m[2] as string;
  }
  if (!headers['Content-Security-Policy']) throw new Error(`${file}: no Content-Security-Policy header found`);
  return headers;
}

/** The security headers less those named (in any case); naming one the file does not have is an error. */
export function securityHeadersWithout(names: readonly string[]): Record<string, string> {
  const headers = securityHeaders();
  const known = Object.keys(headers);
  for (const name of names) {
    const key = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw new Error(`${relative(process.cwd(), SECURITY_HEADERS_FILE)}: no header "${name}" to leave out (it has ${known.join(', ')})`);
    delete headers[key];
  }
  return headers;
}

export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Security headers to leave out, by name — for measuring what one costs (`npm run bench --
   * --omit-header`), never for a test of the deployment. A name not in the headers file is an error.
   */
  omitHeaders?: readonly string[];
}

/** Serve `root` on 127.0.0.1 on a free port. */
export async function serveStatic(root: string, { omitHeaders = [] }: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const security = securityHeadersWithout(omitHeaders);
  const gzipped = new Map<string, Buffer>();

  const fileFor = (urlPath: string): string | undefined => {
    const p = normalize(join(base, decodeURIComponent(urlPath)));
    if (p !== base && !p.startsWith(base + sep)) return undefined;
    try {
      const st = statSync(p);
      if (st.isFile()) return p;
      if (st.isDirectory()) {
        const index = join(p, 'index.html');
        return statSync(index, { throwIfNoEntry: false })?.isFile() ? index : undefined;
      }
    } catch {
      return undefined;
    }
    return undefined;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    for (const [k, v] of Object.entries(security)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = new URL(req.url ?? '/', 'http://x').pathname;
      decodeURIComponent(urlPath);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = fileFor(urlPath);
    // SPA fallback, as `try_files $uri $uri/ /index.html` — but a missing script or flow is a 404.
    if (!file && !urlPath.startsWith('/assets/') && !urlPath.startsWith('/flows/')) file = fileFor('/index.html');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cacheControl(urlPath) };
    if (COMPRESSIBLE.test(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length >= 512) {
        // Keyed by modification time too: a test may deploy a new build into the folder being served.
        const st = statSync(file);
        const key = `${file}:${st.mtimeMs}:${st.size}`;
        let gz = gzipped.get(key);
        if (!gz) gzipped.set(key, (gz = gzipSync(body, { level: 6 })));
        body = gz;
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(handle);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
