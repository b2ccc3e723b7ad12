import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout (or the packaged app) root: the nearest folder above this file with a package.json, compiled or not. */
export const APP_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

/** The product name: Electron names its userData folder after it (package.json `productName`), and so does the CLI. */
export const APP_NAME = 'BizCard Scanner';

/**
 * The per-user data folder, the same one the desktop app uses (Electron's userData for
 * an app named "BizCard Scanner"), unless --data-dir or BIZCARD_HOME says otherwise.
 */
export function defaultDataDir(): string {
  if (process.env.BIZCARD_HOME) return path.resolve(process.env.BIZCARD_HOME);
  const name = APP_NAME;
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), name);
}

/** Language data shipped with the app: resources/tessdata in a checkout, extraResources when packaged. */
export function bundledTessdata(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  return packaged && !packaged.includes('node_modules') ? path.join(packaged, 'tessdata') : path.join(APP_ROOT, 'resources', 'tessdata');
}

/** The app's version from its package.json. */
export function appVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
