import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { SettingsSchema, type Settings } from '../shared/api.js';
import { AppError } from '../shared/errors.js';
import type { SecretStore } from './secrets.js';
import { parseSettings, settingsFromEnv, settingsFromFile, type SyncSettings } from './sync/settings.js';

export { FileSecretStore, type SecretStore } from './secrets.js';

const DEFAULTS: Settings = { event: '', langs: ['eng', 'rus'], defaultCountry: 'US', uiLanguage: 'en', pg: null, s3: null };

/** Splits a PostgreSQL URL's password out, so the URL itself can be shown and stored in the clear. */
export function splitPgUrl(url: string): { url: string; password: string } {
  try {
    const u = new URL(url);
    const password = decodeURIComponent(u.password);
    u.password = '';
    return { url: u.toString(), password };
  } catch {
    return { url, password: '' };
  }
}

function joinPgUrl(url: string, password: string): string {
  if (!password) return url;
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * App settings in `config.json` of the data folder (the file electron-store keeps in
 * userData, written through `conf`, which electron-store wraps, so the CLI reads the same
 * file with the same schema), secrets in a SecretStore.
 */
export class SettingsService {
  private readonly conf: Conf<{ settings: Settings }>;

  constructor(
    private readonly dataDir: string,
    private readonly secrets: SecretStore,
  ) {
    this.conf = new Conf<{ settings: Settings }>({ cwd: dataDir, configName: 'config', projectName: 'bizcard-scanner', defaults: { settings: DEFAULTS } });
  }

  /** For the UI: every secret blanked. */
  get(): Settings {
    const stored = SettingsSchema.safeParse(this.conf.get('settings'));
    const s = stored.success ? stored.data : DEFAULTS;
    return { ...s, pg: s.pg && { ...s.pg, password: '' }, s3: s.s3 && { ...s.s3, secretKey: '' } };
  }

  save(next: Settings): Settings {
    const s = SettingsSchema.parse(next);
    if (s.pg) {
      const { url, password } = splitPgUrl(s.pg.url);
      s.pg = { ...s.pg, url, password: '' };
      if (password || next.pg!.password) this.secrets.set('pg.password', next.pg!.password || password);
    } else this.secrets.set('pg.password', null);
    if (s.s3) {
      if (s.s3.secretKey) this.secrets.set('s3.secretKey', s.s3.secretKey);
      s.s3 = { ...s.s3, secretKey: '' };
    } else this.secrets.set('s3.secretKey', null);
    this.conf.set('settings', s);
    return this.get();
  }

  /** A form (possibly with blank secrets) filled in with the stored secrets. */
  withSecrets(pg: Settings['pg'], s3: Settings['s3']): unknown {
    return {
      pg: pg && pg.url ? { url: joinPgUrl(pg.url, pg.password || this.secrets.get('pg.password') || ''), ssl: pg.ssl } : undefined,
      s3: s3 && s3.endPoint
        ? { endPoint: s3.endPoint, port: s3.port ?? undefined, useSSL: s3.useSSL, accessKey: s3.accessKey, secretKey: s3.secretKey || this.secrets.get('s3.secretKey') || '', bucket: s3.bucket || undefined, region: s3.region || undefined }
        : undefined,
    };
  }

  /** What the sync engine runs with: these settings, then sync.json, then BIZCARD_* variables. */
  syncSettings(env: NodeJS.ProcessEnv = process.env): SyncSettings {
    const s = this.get();
    const file = path.join(this.dataDir, 'sync.json');
    try {
      return parseSettings(this.withSecrets(s.pg, s.s3), fs.existsSync(file) ? settingsFromFile(file) : {}, settingsFromEnv(env));
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('setting', String(e));
    }
  }
}
