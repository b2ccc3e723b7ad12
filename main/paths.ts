import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout (or the unpacked app) root: two levels above this file, compiled or not. */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The per-user data folder, the same one the desktop app uses (Electron's userData for
 * an app named "BizCard Scanner"), unless --data-dir or BIZCARD_HOME says otherwise.
 */
export function defaultDataDir(): string {
  if (process.env.BIZCARD_HOME) return path.resolve(process.env.BIZCARD_HOME);
  const name = 'BizCard Scanner';
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), name);
}

/** Language data shipped with the app: resources/tessdata in a checkout, extraResources when packaged. */
export function bundledTessdata(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  return packaged && !packaged.includes('node_modules') ? path.join(packaged, 'tessdata') : path.join(APP_ROOT, 'resources', 'tessdata');
}
