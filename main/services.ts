import path from 'node:path';
import { ApiHandlers } from './api-handlers.js';
import { BizcardApp } from './app.js';
import { defaultDataDir } from './paths.js';
import { openSecretStore, type SecretStore } from './secrets.js';
import { SettingsService } from './settings.js';
import { SyncController } from './sync/controller.js';
import { secureDataDir } from './store/data-folder.js';

/** Everything a long-lived front end (Electron, `bizcard serve`) runs: app, settings, background sync, API. */
export async function startServices(opts: { dataDir?: string; secrets?: SecretStore } = {}) {
  const dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
  // Before anything writes into it: the folder is private from its first file on.
  secureDataDir(dataDir);
  const secrets = opts.secrets ?? openSecretStore(dataDir);
  const settings = new SettingsService(dataDir, secrets);
  const s = settings.get();
  const app = new BizcardApp({ dataDir, langs: s.langs, defaultCountry: s.defaultCountry });
  const sync = new SyncController(app, settings);
  await sync.restart();
  const api = new ApiHandlers(app, settings, sync);
  return {
    app,
    api,
    settings,
    sync,
    close: async () => {
      await sync.stop();
      await app.close();
    },
  };
}
