import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from './api-handlers.js';
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
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (url.pathname.startsWith('/api/')) {
      // Another origin cannot read the answers, and without the token cannot call at all.
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: 'use POST' } });
      if (!authorised(req)) return send(res, 401, { ok: false, error: { code: 'auth', message: 'missing or wrong token' } });
      let body = '';
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY) return send(res, 413, { ok: false, error: { code: 'too_large', message: 'request too large' } });
        body += chunk;
      }
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'body is not JSON' } });
      }
      return send(res, 200, await api.dispatch(url.pathname.slice(5), input));
    }
    if (req.method !== 'GET') return send(res, 405, {});
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    /** The token travels in the fragment: never sent to the server, never in its logs. */
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
