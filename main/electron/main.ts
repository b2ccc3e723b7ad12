import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { CSP } from '../server.js';
import { openDesktopSecretStore } from '../secrets.js';
import { startServices } from '../services.js';
import { APP_INDEX, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol.js';
import { bindIpc } from './ipc.js';
import { allowPermissionCheck, allowPermissionRequest } from './permissions.js';

const RENDERER_DIR = path.join(import.meta.dirname, '..', '..', 'renderer');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  const dataDir = app.getPath('userData');
  const services = await startServices({ dataDir, secrets: openDesktopSecretStore(dataDir, safeStorage), proc: 'app' });

  registerAppProtocol(protocol, RENDERER_DIR, CSP);
  session.defaultSession.webRequest.onHeadersReceived((details, cb) => cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }));
  // The camera is the one permission the app needs.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, cb, details) => cb(allowPermissionRequest(permission, details as { mediaTypes?: string[] })));
  session.defaultSession.setPermissionCheckHandler((_wc, permission, _origin, details) => allowPermissionCheck(permission, details));

  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'BizCard Scanner',
    webPreferences: { preload: path.join(import.meta.dirname, '..', '..', 'preload', 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
  });
  const own = APP_INDEX;
  win.webContents.on('will-navigate', (e, url) => {
    if (url !== own) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const unbind = bindIpc(
    ipcMain,
    services.api,
    (e) => e.senderFrame?.url === own,
    async (folders) => {
      const r = await dialog.showOpenDialog(win, {
        properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
        filters: folders ? [] : [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif', 'tif', 'tiff'] }],
      });
      if (r.canceled) return [];
      if (!folders) return r.filePaths;
      const { expandInputs } = await import('../cli/files.js');
      return expandInputs(r.filePaths);
    },
  );
  await win.loadURL(APP_INDEX);
  // A corrupt config.json was set aside: say so instead of starting silently with defaults.
  if (services.settings.notice) void dialog.showMessageBox(win, { type: 'warning', title: 'BizCard Scanner', message: 'Settings could not be read', detail: services.settings.notice });
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', async () => {
    unbind();
    await services.close();
    app.quit();
  });
});
