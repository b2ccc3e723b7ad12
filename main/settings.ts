import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { SettingsSchema, type Settings } from '../shared/api.js';
import { AppError, oneLine } from '../shared/errors.js';
import type { SecretStorageInfo, SecretStore } from './secrets.js';
import { envLayers, layerFromObject, resolveSyncConfig, type Resolved } from './sync/config.js';
import { parsePg, pgUrlWithoutPassword } from './sync/connection.js';
import { settingsFromFile, type SyncSettings } from './sync/settings.js';

export { FileSecretStore, type SecretStore } from './secrets.js';

const DEFAULTS: Settings = { event: '', langs: ['eng', 'rus'], defaultCountry: 'US', uiLanguage: 'en', pg: null, s3: null };

/** Splits a PostgreSQL URL's (or keyword string's) password out, so the rest can be shown and stored in the clear. */
export function splitPgUrl(url: string): { url: string; password: string } {
  try {
    return pgUrlWithoutPassword(url);
  } catch (e) {
    throw new AppError('invalid_input', `PostgreSQL URL: ${(e as Error).message}`);
  }
}

/** Stored settings, a key an older version did not write taking its default. */
function withDefaults(raw: unknown) {
  return SettingsSchema.safeParse(raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...DEFAULTS, ...raw } : raw);
}

/** Where a PostgreSQL URL (or keyword string) points: the one place its stored password may go. */
export function pgHost(url: string): string | null {
  try {
    const p = parsePg(url);
    return p.host ? `${p.host.toLowerCase()}:${p.port || '5432'}` : null;
  } catch {
    return null;
  }
}

/** Where an S3 form points: the one place its stored secret key may go. */
export function s3Host(s3: { endPoint: string; port: number | null; useSSL: boolean }): string {
  return `${s3.endPoint.trim().toLowerCase()}:${s3.port ?? (s3.useSSL ? 443 : 80)}`;
}

/**
 * App settings in `config.json` of the data folder (the file electron-store keeps in
 * userData, written through `conf`, which electron-store wraps, so the CLI reads the same
 * file with the same schema), secrets in a SecretStore.
 */
export class SettingsService {
  private readonly conf: Conf<{ settings: Settings }>;
  /** Set when config.json could not be used and was set aside: for the person starting the app. */
  readonly notice: string | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly secrets: SecretStore,
  ) {
    const file = path.join(dataDir, 'config.json');
    const open = () => new Conf<{ settings: Settings }>({ cwd: dataDir, configName: 'config', projectName: 'bizcard-scanner', defaults: { settings: DEFAULTS }, configFileMode: 0o600 });
    let conf: Conf<{ settings: Settings }>;
    let problem: string | null = null;
    try {
      conf = open();
      const stored = withDefaults(conf.get('settings'));
      if (!stored.success) problem = oneLine(stored.error);
    } catch (e) {
      problem = oneLine(e);
    }
    if (problem !== null) {
      // A broken settings file must not keep the app from starting, nor be thrown away:
      // it is kept beside, named, and the app starts with defaults.
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(file, aside);
      this.notice = `${file} could not be read (${problem}); it was set aside as ${aside} and the app starts with default settings`;
      conf = open();
    }
    this.conf = conf!;
    this.movePasswordOutOfConfig();
  }

  /** An older version kept `?password=` of a URL in config.json: it goes to the secret store. */
  private movePasswordOutOfConfig(): void {
    const stored = withDefaults(this.conf.get('settings'));
    if (!stored.success || !stored.data.pg) return;
    let split;
    try {
      split = pgUrlWithoutPassword(stored.data.pg.url);
    } catch {
      return;
    }
    if (!split.password && !stored.data.pg.password) return;
    if (this.secrets.get('pg.password') === null) this.secrets.set('pg.password', stored.data.pg.password || split.password);
    this.conf.set('settings', { ...stored.data, pg: { ...stored.data.pg, url: split.url, password: '' } });
  }

  /** Where secrets are kept, and whether the person should be told they are not encrypted. */
  get secretStorage(): SecretStorageInfo {
    return this.secrets.info;
  }

  /** As stored, secrets blank. */
  private stored(): Settings {
    const stored = withDefaults(this.conf.get('settings'));
    return stored.success ? stored.data : DEFAULTS;
  }

  /** For the UI: every secret blanked. */
  get(): Settings {
    const s = this.stored();
    return { ...s, pg: s.pg && { ...s.pg, password: '' }, s3: s.s3 && { ...s.s3, secretKey: '' } };
  }

  save(next: Settings): Settings {
    const s = SettingsSchema.parse(next);
    const before = this.stored();
    if (s.pg) {
      const { url, password } = splitPgUrl(s.pg.url);
      s.pg = { ...s.pg, url, password: '' };
      const given = next.pg!.password || password;
      if (given) this.secrets.set('pg.password', given);
      // Blank keeps the stored password only for the server it was typed for.
      else if (!before.pg || pgHost(before.pg.url) !== pgHost(url)) this.secrets.set('pg.password', null);
    } else this.secrets.set('pg.password', null);
    if (s.s3) {
      if (s.s3.secretKey) this.secrets.set('s3.secretKey', s.s3.secretKey);
      else if (!before.s3 || s3Host(before.s3) !== s3Host(s.s3)) this.secrets.set('s3.secretKey', null);
      s.s3 = { ...s.s3, secretKey: '' };
    } else this.secrets.set('s3.secretKey', null);
    this.conf.set('settings', s);
    return this.get();
  }

  /** Which stored secrets a form would be denied because it points somewhere else than where they were saved for. */
  withheld(pg: Settings['pg'], s3: Settings['s3']): { db: string | null; objects: string | null } {
    const before = this.stored();
    const pgFor = before.pg && pgHost(before.pg.url);
    const s3For = before.s3 && s3Host(before.s3);
    return {
      db: pg && pg.url && !pg.password && pgFor && this.secrets.get('pg.password') && pgHost(pg.url) !== pgFor ? pgFor : null,
      objects: s3 && s3.endPoint && !s3.secretKey && s3For && this.secrets.get('s3.secretKey') && s3Host(s3) !== s3For ? s3For : null,
    };
  }

  /**
   * A form (possibly with blank secrets) filled in with the stored secrets, each only when
   * the form points at the server it was saved for: a form naming another host gets none.
   */
  withSecrets(pg: Settings['pg'], s3: Settings['s3']): unknown {
    const before = this.stored();
    const pgSecret = () => (before.pg && pgHost(before.pg.url) === pgHost(pg!.url) ? this.secrets.get('pg.password') : null);
    const s3Secret = () => (before.s3 && s3Host(before.s3) === s3Host(s3!) ? this.secrets.get('s3.secretKey') : null);
    return {
      pg: pg && pg.url ? { url: pg.url, password: pg.password || pgSecret() || undefined, ssl: pg.ssl } : undefined,
      s3: s3 && s3.endPoint
        ? { endPoint: s3.endPoint, port: s3.port ?? undefined, useSSL: s3.useSSL, accessKey: s3.accessKey, secretKey: s3.secretKey || s3Secret() || '', bucket: s3.bucket || undefined, region: s3.region || undefined }
        : undefined,
    };
  }

  /**
   * What the sync engine runs with, and where each value came from: these settings (with the
   * secret store), then sync.json, then MINIO_*, AWS_*, DATABASE_URL / PG*, and BIZCARD_*
   * variables, which win (main/sync/config.ts).
   */
  syncConfig(env: NodeJS.ProcessEnv = process.env): Resolved {
    const s = this.get();
    const file = path.join(this.dataDir, 'sync.json');
    const secretSource = `secret store (${this.secrets.info.kind === 'keychain' ? 'system keychain' : this.secrets.info.location})`;
    try {
      const layers = [layerFromObject('Settings (config.json)', this.withSecrets(s.pg, s.s3), secretSource), layerFromObject('sync.json', fs.existsSync(file) ? settingsFromFile(file) : {}), ...envLayers(env)];
      return resolveSyncConfig(layers, env);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('setting', String(e));
    }
  }

  syncSettings(env: NodeJS.ProcessEnv = process.env): SyncSettings {
    return this.syncConfig(env).settings;
  }
}
