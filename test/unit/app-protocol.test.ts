import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX, APP_ORIGIN, registerAppProtocol, resolveAppFile } from '../../main/electron/app-protocol.js';
import { tempDir } from '../helpers.js';

describe('app:// protocol (the UI without file:// privileges)', () => {
  // The renderer folder inside a temporary folder of its own, so the file it must not reach is ours (not /tmp/secret.txt).
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'no');

  it('maps its URLs into the renderer folder and nothing else', () => {
    expect(resolveAppFile(root, APP_INDEX)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/app.js?v=1#x`)).toBe(path.join(root, 'assets', 'app.js'));
    for (const bad of [`${APP_ORIGIN}/../secret.txt`, `${APP_ORIGIN}/%2e%2e/secret.txt`, `${APP_ORIGIN}/assets/..%2f..%2fsecret.txt`, `${APP_ORIGIN}/a%5c..%5c..%5csecret.txt`, `${APP_ORIGIN}/%E0%A4%A`, `${APP_ORIGIN}/x%00.html`, 'app://other/index.html', 'file:///etc/passwd']) {
      const f = resolveAppFile(root, bad);
      expect(f === null || f.startsWith(root + path.sep), bad).toBe(true);
    }
  });

  it('answers through the handler Electron is given, with the CSP and a type', async () => {
    let handler: ((req: Request) => Promise<Response>) | null = null;
    registerAppProtocol({ handle: (scheme: string, h: (req: Request) => Promise<Response>) => ((handler = h), expect(scheme).toBe('app')) } as never, root, "default-src 'self'");
    const ok = await handler!(new Request(APP_INDEX));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await ok.text()).toContain('<title>x</title>');
    expect((await handler!(new Request(`${APP_ORIGIN}/assets/app.js`))).headers.get('content-type')).toBe('text/javascript');
    expect((await handler!(new Request(`${APP_ORIGIN}/missing.js`))).status).toBe(404);
    const escape = await handler!(new Request(`${APP_ORIGIN}/%2e%2e/secret.txt`));
    expect(escape.status).toBe(404);
  });
});
