import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';

/**
 * The UI is served over a custom protocol, not file:// (Electron's security checklist, item
 * 18): file:// pages get privileges no web page has unless the GrantFileProtocolExtraPrivileges
 * fuse is on, and the fuse is off in the packaged app (electron-builder.yml).
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bizcard`;
export const APP_INDEX = `${APP_ORIGIN}/index.html`;

/** Registered before `ready`: a standard, secure scheme, so ES modules, fetch and the CSP behave as on https. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file inside `root` that an app:// URL names, or null for another host, a traversal or an encoded separator. */
export function resolveAppFile(root: string, url: string): string | null {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(rel)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** Answers one app:// request from the built renderer folder, with the CSP as a header. */
export async function serveAppRequest(root: string, url: string, csp: string): Promise<Response> {
  const file = resolveAppFile(path.resolve(root), url);
  if (!file) return new Response('not found', { status: 404 });
  try {
    const bytes = await fs.readFile(file);
    return new Response(new Uint8Array(bytes), { status: 200, headers: { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (req) => serveAppRequest(root, req.url, csp));
}
