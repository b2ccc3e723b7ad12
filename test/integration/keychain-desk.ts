/**
 * Child process for the secret-store test, run inside a D-Bus session with a real Secret
 * Service (gnome-keyring): the desktop app's main-process code saves a PostgreSQL password
 * in Settings, then the command line (`bizcard sync`, a fresh store opened the CLI's way)
 * uses it to sync a contact. Prints one JSON line with what it saw.
 */
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../main/cli.js';
import { openDesktopSecretStore, openSecretStore } from '../../main/secrets.js';
import { startServices } from '../../main/services.js';
import { emptyFields } from '../../shared/contact.js';

const [dataDir, url, password] = process.argv.slice(2) as [string, string, string];

// The desktop side, as main/electron/main.ts builds it; Electron's safeStorage on a desktop with a keyring.
const desktopSecrets = openDesktopSecretStore(dataDir, { isEncryptionAvailable: () => true, decryptString: () => '', getSelectedStorageBackend: () => 'gnome_libsecret' }, { platform: 'linux' });
const services = await startServices({ dataDir, secrets: desktopSecrets });
await services.api.call('saveSettings', { ...services.settings.get(), pg: { url, password, ssl: false } });
services.app.contacts.save({ fields: { ...emptyFields(), name: 'Keychain Person', emails: ['kc@example.com'] }, method: 'ocr' });
await services.close();

// The command line, in its own store opened on the same folder.
const lines: string[] = [];
const code = await main(['sync', '--data-dir', dataDir], { out: (s) => lines.push(s), err: (s) => lines.push(s) });
const cli = openSecretStore(dataDir);
process.stdout.write(
  `${JSON.stringify({
    desktop: desktopSecrets.info,
    cli: cli.info,
    cliReads: cli.get('pg.password') === password,
    syncCode: code,
    syncOutput: lines,
    files: fs.readdirSync(dataDir),
    configHasPassword: fs.readFileSync(path.join(dataDir, 'config.json'), 'utf8').includes(password),
  })}\n`,
);
cli.set('pg.password', null);
