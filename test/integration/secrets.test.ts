import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli.js';
import { APP_NAME, defaultDataDir } from '../../main/paths.js';
import { FileSecretStore, LEGACY_SAFE_STORAGE_FILE, openDesktopSecretStore, openSecretStore, type KeychainBackend } from '../../main/secrets.js';
import { startServices } from '../../main/services.js';
import { emptyFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';
import { TestPostgres } from './servers.js';

const pgs = new TestPostgres();
beforeAll(() => pgs.start());
afterAll(() => pgs.stop());

/** Electron's safeStorage stands in here (Electron cannot run in Node): a reversible cipher, and the backend it would report. */
function safeStorage(backend: string) {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => true,
    encryptString: (s: string) => flip(Buffer.from(s, 'utf8')),
    decryptString: (b: Buffer) => flip(b).toString('utf8'),
    getSelectedStorageBackend: () => backend,
  };
}

const split = (url: string) => {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), password };
};

describe('one data folder', () => {
  it('the CLI defaults to the folder Electron names after productName', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { productName: string };
    expect(pkg.productName).toBe(APP_NAME);
    const env = { ...process.env };
    delete process.env.BIZCARD_HOME;
    try {
      // Electron's userData on Linux: $XDG_CONFIG_HOME (or ~/.config) / productName.
      expect(path.basename(defaultDataDir())).toBe(pkg.productName);
    } finally {
      process.env = env;
    }
  });
});

describe('one secret store for the app and the CLI', () => {
  it('without a keychain (this headless machine): a 0600 file, atomically written, and a warning that says it is not encrypted', () => {
    const dir = tempDir();
    // No D-Bus session: the real keychain library is asked and refuses.
    const store = openSecretStore(dir, { env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } });
    expect(store.info.kind).toBe('file');
    expect(store.info.encrypted).toBe(false);
    expect(store.info.warning).toMatch(/NOT encrypted/);
    expect(store.info.warning).toContain(path.join(dir, 'secrets.json'));
    store.set('pg.password', 'пароль "x"');
    expect((fs.statSync(path.join(dir, 'secrets.json')).mode & 0o777).toString(8)).toBe('600');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(openSecretStore(dir).get('pg.password')).toBe('пароль "x"');
    fs.chmodSync(path.join(dir, 'secrets.json'), 0o644);
    expect(() => openSecretStore(dir).get('pg.password')).toThrow(/readable by others.*chmod 600/);
  });

  it('on a desktop whose Electron reports basic_text, the warning says there is no keyring', () => {
    const store = openDesktopSecretStore(tempDir(), safeStorage('basic_text'), { keychain: null, platform: 'linux', env: {} });
    expect(store.info.kind).toBe('file');
    expect(store.info.warning).toMatch(/Electron reports no keyring.*basic_text.*NOT encrypted/);
  });

  it('passwords an older app version kept with safeStorage move into the shared store, where the CLI reads them', async () => {
    const dir = tempDir();
    const safe = safeStorage('gnome_libsecret');
    const { url, password } = split(pgs.url);
    fs.writeFileSync(path.join(dir, LEGACY_SAFE_STORAGE_FILE), JSON.stringify({ 'pg.password': safe.encryptString(password).toString('base64') }), { mode: 0o600 });
    // Settings as the older app saved them: the URL without its password.
    const old = await startServices({ dataDir: dir, secrets: new FileSecretStore(path.join(dir, 'unused.json')) });
    await old.api.call('saveSettings', { ...old.settings.get(), pg: { url, password: '', ssl: false } });
    old.app.contacts.save({ fields: { ...emptyFields(), name: 'Legacy Person' }, method: 'ocr' });
    await old.close();

    const desk = openDesktopSecretStore(dir, safe, { keychain: null });
    expect(fs.existsSync(path.join(dir, LEGACY_SAFE_STORAGE_FILE))).toBe(false);
    expect(desk.get('pg.password')).toBe(password);
    // The command line, with its own store on the same folder, syncs with that password.
    const out: string[] = [];
    expect(await main(['sync', '--data-dir', dir], { out: (s) => out.push(s), err: (s) => out.push(s) })).toBe(0);
    expect(out.join('\n')).toContain('PostgreSQL: all contacts synced');
    expect(await pgs.query(`SELECT name FROM contacts WHERE name = 'Legacy Person'`)).toHaveLength(1);
  });

  it('with a keychain, secrets left in the fallback file move into it and the file goes', () => {
    const dir = tempDir();
    new FileSecretStore(path.join(dir, 'secrets.json')).set('s3.secretKey', 'abc');
    const vault = new Map<string, string>();
    const keychain: KeychainBackend = (service, account) => ({
      getPassword: () => vault.get(`${service}|${account}`) ?? null,
      setPassword: (p) => void vault.set(`${service}|${account}`, p),
      deletePassword: () => vault.delete(`${service}|${account}`),
    });
    const store = openSecretStore(dir, { keychain, env: {} });
    expect(store.info).toMatchObject({ kind: 'keychain', encrypted: true, warning: null });
    expect(store.get('s3.secretKey')).toBe('abc');
    expect(fs.existsSync(path.join(dir, 'secrets.json'))).toBe(false);
    expect([...vault.keys()]).toEqual([`${APP_NAME}|s3.secretKey @ ${dir}`]);
  });

  it('BIZCARD_SECRET_STORE=keychain refuses to fall back', () => {
    expect(() => openSecretStore(tempDir(), { env: { BIZCARD_SECRET_STORE: 'keychain' }, keychain: null })).toThrow(/BIZCARD_SECRET_STORE=keychain, but the system keychain cannot be used/);
    expect(() => openSecretStore(tempDir(), { env: { BIZCARD_SECRET_STORE: 'vault' } })).toThrow(/auto, file or keychain/);
  });

  it('in a real Secret Service (gnome-keyring): the desktop saves, the CLI syncs with it, and no password is on disk', () => {
    const dir = tempDir();
    const home = tempDir();
    const { url, password } = split(pgs.url);
    const script = path.join(__dirname, 'keychain-desk.ts');
    // A private D-Bus session with an unlocked keyring, as a desktop login has.
    const r = spawnSync(
      'dbus-run-session',
      ['--', 'sh', '-c', `printf 'x' | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" --import tsx "$@"`, process.execPath, script, dir, url, password],
      { env: { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'data'), BIZCARD_SECRET_STORE: 'auto' }, encoding: 'utf8', timeout: 90_000 },
    );
    const line = r.stdout.trim().split('\n').pop() ?? '';
    expect(line, r.stderr).toMatch(/^\{/);
    const seen = JSON.parse(line) as Record<string, unknown>;
    expect(seen).toMatchObject({ desktop: { kind: 'keychain', encrypted: true, warning: null }, cli: { kind: 'keychain' }, cliReads: true, syncCode: 0, configHasPassword: false });
    expect(seen.files).not.toContain('secrets.json');
    expect(seen.files).not.toContain(LEGACY_SAFE_STORAGE_FILE);
    // The keyring's own file holds it (encrypted), not any file of ours.
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isFile()) expect(fs.readFileSync(p).includes(Buffer.from(password)), f).toBe(false);
    }
    expect(execFileSync('sh', ['-c', `ls "${home}/data/keyrings" 2>/dev/null || true`], { encoding: 'utf8' })).toMatch(/\.keyring/);
  });
});
