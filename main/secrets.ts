import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../shared/errors.js';
import { APP_NAME } from './paths.js';

/**
 * Where passwords and secret keys live. ONE store for the desktop app and the command line
 * (both open it with openSecretStore on the same data folder): the OS keychain where there
 * is one, else a 0600 file that the person is told is not encrypted.
 */
export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string | null): void;
  readonly info: SecretStorageInfo;
}

export interface SecretStorageInfo {
  kind: 'keychain' | 'file';
  /** Where: the keychain service and account prefix, or the file. */
  location: string;
  encrypted: boolean;
  /** Set when secrets are not protected as a person would expect; shown in Settings, `bizcard config` and the log. */
  warning: string | null;
}

/** Secrets in a JSON file readable by its owner only, written atomically (temp file, fsync, rename). */
export class FileSecretStore implements SecretStore {
  readonly info: SecretStorageInfo;

  constructor(
    readonly file: string,
    warning: string | null = null,
  ) {
    this.info = { kind: 'file', location: file, encrypted: false, warning };
  }

  read(): Record<string, string> {
    if (!fs.existsSync(this.file)) return {};
    const st = fs.statSync(this.file);
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0)
      throw new AppError('setting', `${this.file} is readable by others (mode ${(st.mode & 0o777).toString(8)}); run chmod 600 "${this.file}"`);
    try {
      const all = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      if (!all || typeof all !== 'object' || Array.isArray(all)) throw new Error('not an object');
      return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch (e) {
      throw new AppError('setting', `${this.file} is not valid JSON (${(e as Error).message})`);
    }
  }

  get(name: string): string | null {
    return this.read()[name] ?? null;
  }

  set(name: string, value: string | null): void {
    const all = this.read();
    if (value === null) delete all[name];
    else all[name] = value;
    this.write(all);
  }

  write(all: Record<string, string>): void {
    if (!Object.keys(all).length) {
      fs.rmSync(this.file, { force: true });
      return;
    }
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeSync(fd, JSON.stringify(all));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
  }
}

/** The part of @napi-rs/keyring's Entry this store uses. */
export interface KeychainEntry {
  getPassword(): string | null;
  setPassword(password: string): void;
  deletePassword(): boolean;
}
export type KeychainBackend = (service: string, account: string) => KeychainEntry;

/** The OS keychain through @napi-rs/keyring (N-API: the same binary loads in Node and in Electron). */
export function napiKeychain(): KeychainBackend {
  const { Entry } = createRequire(import.meta.url)('@napi-rs/keyring') as {
    Entry: new (service: string, account: string, options?: { linux?: { store?: 'secret-service' | 'keyutils' } }) => KeychainEntry;
  };
  // On Linux only the Secret Service: the kernel keyring it would fall back to forgets
  // everything at reboot, which would lose a saved password without a word.
  return (service, account) => new Entry(service, account, { linux: { store: 'secret-service' } });
}

/** Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux), one entry per secret and data folder. */
export class KeychainSecretStore implements SecretStore {
  readonly info: SecretStorageInfo;

  constructor(
    private readonly backend: KeychainBackend,
    private readonly dataDir: string,
  ) {
    this.info = { kind: 'keychain', location: `${APP_NAME} / ${dataDir}`, encrypted: true, warning: null };
  }

  private entry(name: string): KeychainEntry {
    // The account names the data folder too, so two desks (or test runs) on one login never share a password.
    return this.backend(APP_NAME, `${name} @ ${this.dataDir}`);
  }
  get(name: string): string | null {
    return this.entry(name).getPassword();
  }
  set(name: string, value: string | null): void {
    if (value === null) this.entry(name).deletePassword();
    else this.entry(name).setPassword(value);
  }
}

export const SECRETS_FILE = 'secrets.json';

export interface OpenSecretsOptions {
  env?: NodeJS.ProcessEnv;
  /** The keychain to use; the real one by default. */
  keychain?: KeychainBackend | null;
  /** Extra words for the fallback warning (the desktop adds what Electron found). */
  noKeychainReason?: string;
}

/**
 * Opens the data folder's secret store: the keychain when one answers (secrets left in the
 * fallback file are moved into it), else the 0600 file with a warning that says so.
 * BIZCARD_SECRET_STORE=file|keychain chooses explicitly (keychain: fail rather than fall back).
 */
export function openSecretStore(dataDir: string, opts: OpenSecretsOptions = {}): SecretStore {
  const env = opts.env ?? process.env;
  const mode = (env.BIZCARD_SECRET_STORE || 'auto').toLowerCase();
  if (!['auto', 'file', 'keychain'].includes(mode)) throw new AppError('setting', `BIZCARD_SECRET_STORE must be auto, file or keychain, not "${env.BIZCARD_SECRET_STORE}"`);
  const file = new FileSecretStore(path.join(dataDir, SECRETS_FILE));
  if (mode === 'file') return new FileSecretStore(file.file, `secrets are kept in ${file.file}: readable only by you (mode 0600) but NOT encrypted (BIZCARD_SECRET_STORE=file)`);

  let reason: string;
  try {
    const store = new KeychainSecretStore(opts.keychain === undefined ? napiKeychain() : (opts.keychain ?? noKeychain), dataDir);
    store.get('probe'); // throws when there is no keychain service or it refuses us
    moveInto(store, file);
    return store;
  } catch (e) {
    reason = (e as Error).message.split('\n')[0]!.replace(/\s+/g, ' ');
    if (mode === 'keychain') throw new AppError('setting', `BIZCARD_SECRET_STORE=keychain, but the system keychain cannot be used: ${reason}`);
  }
  const why = [opts.noKeychainReason, reason].filter(Boolean).join('; ');
  return new FileSecretStore(file.file, `no system keychain could be used (${why}): secrets are kept in ${file.file}, readable only by you (mode 0600) but NOT encrypted`);
}

const noKeychain: KeychainBackend = () => {
  throw new Error('no keychain library');
};

/** Secrets the fallback file holds from a time without a keychain go into the keychain, then the file goes. */
function moveInto(store: KeychainSecretStore, file: FileSecretStore): void {
  if (!fs.existsSync(file.file)) return;
  const all = file.read();
  for (const [k, v] of Object.entries(all)) if (store.get(k) === null) store.set(k, v);
  file.write({});
}

/** What the desktop's Electron safeStorage offers, for reading secrets an older version saved with it. */
export interface LegacySafeStorage {
  isEncryptionAvailable(): boolean;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, the "encryption" uses a fixed key. */
  getSelectedStorageBackend?(): string;
}

export const LEGACY_SAFE_STORAGE_FILE = 'secrets.bin.json';

/**
 * The desktop app's secret store: the same store as the CLI's. Passwords that an older
 * version kept in secrets.bin.json (safeStorage, unreadable by the CLI) are moved into it.
 * When Electron itself reports no keyring ('basic_text'), the warning says so.
 */
export function openDesktopSecretStore(dataDir: string, safe: LegacySafeStorage, opts: OpenSecretsOptions & { platform?: NodeJS.Platform } = {}): SecretStore {
  const backend = (opts.platform ?? process.platform) === 'linux' ? safe.getSelectedStorageBackend?.() : undefined;
  const noKeychainReason = backend === 'basic_text' ? 'Electron reports no keyring on this desktop (safeStorage backend basic_text)' : undefined;
  const store = openSecretStore(dataDir, { ...opts, noKeychainReason });
  const legacy = path.join(dataDir, LEGACY_SAFE_STORAGE_FILE);
  if (fs.existsSync(legacy) && safe.isEncryptionAvailable()) {
    // Kept when anything in it cannot be read: a secret is never thrown away unread.
    let moved = true;
    try {
      const all = JSON.parse(fs.readFileSync(legacy, 'utf8')) as Record<string, string>;
      for (const [k, v] of Object.entries(all)) if (store.get(k) === null) store.set(k, safe.decryptString(Buffer.from(v, 'base64')));
    } catch {
      moved = false;
    }
    if (moved) fs.rmSync(legacy);
  }
  return store;
}
