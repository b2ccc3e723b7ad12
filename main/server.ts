import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from './api-handlers.js';
import { oneLine } from '../shared/errors.js';
import { APP_ROOT } from './paths.js';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };
const MAX_BODY = 64 * 1024 * 1024;

export interface ServeOptions {
  port?: number;
  /** The built renderer (vite build output). */
  staticDir?: string;
  token?: string;
}

/**
 * The API over HTTP for a browser on this machine: 127.0.0.1 only, every call must carry
 * the per-start token (Authorization: Bearer), the UI is served with a strict CSP.
 */
export async function serve(api: ApiHandlers, opts: ServeOptions = {}) {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const root = path.resolve(opts.staticDir ?? path.join(APP_ROOT, 'dist', 'renderer'));
  const expected = Buffer.from(`Bearer ${token}`);
  const authorised = (req: http.IncomingMessage) => {
    const got = Buffer.from(req.headers.authorization ?? '');
    return got.length === expected.length && crypto.timingSafeEqual(got, expected);
  };
  let allowedHosts = new Set<string>();
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 still sends
    // its own name as Host. Only our own addresses are served, UI and API alike.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return send(res, 421, { ok: false, error: { code: 'invalid_input', message: 'wrong Host header' } });
    const target = requestPath(req.url);
    if (target === null) return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'malformed request path' } });
    if (target.startsWith('/api/')) {
      // Another origin cannot read the answers, and without the token cannot call at all.
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: 'use POST' } });
      if (!authorised(req)) return send(res, 401, { ok: false, error: { code: 'auth', message: 'missing or wrong token' } });
      const body = await readBody(req);
      if (body === 'too_large') return send(res, 413, { ok: false, error: { code: 'too_large', message: 'request too large' } }, true);
      if (body === null) return; // the client went away mid-body: nobody to answer
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'body is not JSON' } });
      }
      return send(res, 200, await api.dispatch(target.slice(5), input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, {});
    const hasUi = fs.existsSync(path.join(root, 'index.html'));
    if (!hasUi && (target === '/' || target === '/index.html')) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(`${NO_UI_HINT(root)}\n`);
    }
    const file = staticFile(root, target);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return void res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
  const server = http.createServer((req, res) => {
    // Whatever a request does, it must not take the server down with it.
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: oneLine(e) } });
      else res.destroy();
    });
  });
  // A socket torn down mid-request (reset, half a request line) concerns that socket only.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable && !socket.destroyed) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    port,
    token,
    /** The token travels in the fragment: never sent to the server, never in its logs. */
    url: `http://127.0.0.1:${port}/#token=${token}`,
    /** Null when the UI is built; else what to do about it. */
    uiMissing: fs.existsSync(path.join(root, 'index.html')) ? null : NO_UI_HINT(root),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

const NO_UI_HINT = (root: string) => `The UI is not built (no ${path.join(root, 'index.html')}): run "npm run build:renderer", or start with "npm run serve", which builds it.`;

/** The path of a request target, or null when it is not a path a browser would send. */
function requestPath(raw: string | undefined): string | null {
  try {
    // Parsed against a fixed base so "//host/x" or "http://evil/x" cannot change the origin.
    const url = new URL(raw ?? '/', 'http://127.0.0.1');
    if (url.origin !== 'http://127.0.0.1') return null;
    return decodeURIComponent(url.pathname);
  } catch {
    return null; // URIError (bad %-escape), TypeError (Invalid URL)
  }
}

/** The file a GET names inside the UI folder, or null. */
function staticFile(root: string, target: string): string | null {
  if (target.includes('\0')) return null;
  let rel = target === '/' ? 'index.html' : target.replace(/^\/+/, '');
  // Browsers ask for /favicon.ico whatever the page says; the UI ships an SVG icon.
  if (rel === 'favicon.ico' && !fs.existsSync(path.join(root, rel))) rel = 'favicon.svg';
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * The whole body as one string, decoded once: decoding chunk by chunk turns a character
 * split across two packets into U+FFFD. Null when the client aborted the request.
 */
async function readBody(req: http.IncomingMessage): Promise<string | 'too_large' | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return 'too_large';
      chunks.push(chunk as Buffer);
    }
  } catch {
    return null; // 'aborted' / ECONNRESET
  }
  if (!req.complete) return null;
  return Buffer.concat(chunks, size).toString('utf8');
}

function send(res: http.ServerResponse, status: number, body: unknown, close = false): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...(close ? { Connection: 'close' } : {}) });
  res.end(JSON.stringify(body));
}
