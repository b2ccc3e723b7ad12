import type { BizcardApp } from '../app.js';
import { SyncEngine } from './engine.js';
import { MinioObjectStore } from './object-store.js';
import { PgRemoteDb } from './remote-db.js';
import type { SyncSettings } from './settings.js';
import { openSecretStore } from '../secrets.js';
import { SettingsService } from '../settings.js';

/** The app's settings (as the desktop app saved them), then `sync.json` (mode 0600), then BIZCARD_* variables. */
export function loadSyncSettings(dataDir: string, env: NodeJS.ProcessEnv = process.env, report: (notice: string) => void = () => {}): SyncSettings {
  const settings = new SettingsService(dataDir, openSecretStore(dataDir, { env }));
  if (settings.notice) report(settings.notice);
  return settings.syncSettings(env);
}

export function createSyncEngine(app: BizcardApp, settings: SyncSettings): { engine: SyncEngine; close: () => Promise<void> } {
  const remote = settings.pg ? new PgRemoteDb(settings.pg) : null;
  const objects = settings.s3 ? new MinioObjectStore(settings.s3) : null;
  const batchSize = Number(process.env.BIZCARD_SYNC_BATCH_SIZE) || undefined;
  const engine = new SyncEngine(app.db, app.contacts, remote, objects, { removeLocalAfterUpload: settings.removeLocalAfterUpload, batchSize });
  return {
    engine,
    close: async () => {
      objects?.close();
      await remote?.close();
    },
  };
}
