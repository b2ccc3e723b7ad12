import path from 'node:path';
import { ApiHandlers } from './api-handlers.js';
import { BizcardApp } from './app.js';
import { appVersion, defaultDataDir } from './paths.js';
import { openSecretStore, type SecretStore } from './secrets.js';
import { SettingsService } from './settings.js';
import { SyncController } from './sync/controller.js';
import { secureDataDir } from './store/data-folder.js';
import { closeLog, openLog, silentLog, type Logger } from './log.js';

/** Everything a long-lived front end (Electron, `bizcard serve`) runs: app, settings, background sync, API. */
export async function startServices(opts: { dataDir?: string; secrets?: SecretStore; proc?: 'app' | 'serve'; log?: Logger } = {}) {
  const dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
  // Before anything writes into it: the folder is private from its first file on.
  secureDataDir(dataDir);
  const log = opts.log ?? (await openLog(dataDir, { proc: opts.proc ?? 'app' }).catch(() => silentLog));
  const secrets = opts.secrets ?? openSecretStore(dataDir);
  const settings = new SettingsService(dataDir, secrets);
  log.info({ version: appVersion(), node: process.versions.node, electron: process.versions.electron, dataDir, secrets: secrets.info.kind }, 'started');
  if (secrets.info.warning) log.warn(secrets.info.warning);
  if (settings.notice) log.warn(settings.notice);
  const s = settings.get();
  const app = new BizcardApp({ dataDir, langs: s.langs, defaultCountry: s.defaultCountry });
  const sync = new SyncController(app, settings, log);
  await sync.restart();
  const api = new ApiHandlers(app, settings, sync, log);
  return {
    app,
    api,
    settings,
    sync,
    log,
    close: async () => {
      await sync.stop();
      await app.close();
      log.info('stopped');
      if (!opts.log) await closeLog(log);
    },
  };
}

