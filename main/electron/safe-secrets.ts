import fs from 'node:fs';
import type { SafeStorage } from 'electron';
import type { SecretStore } from '../settings.js';

/** Secrets encrypted with the OS keychain (safeStorage); the file holds only ciphertext. */
export class SafeStorageSecrets implements SecretStore {
  constructor(
    private readonly file: string,
    private readonly safe: Pick<SafeStorage, 'encryptString' | 'decryptString' | 'isEncryptionAvailable'>,
  ) {}
  private read(): Record<string, string> {
    return fs.existsSync(this.file) ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, string>) : {};
  }
  get(name: string): string | null {
    const v = this.read()[name];
    return v ? this.safe.decryptString(Buffer.from(v, 'base64')) : null;
  }
  set(name: string, value: string | null): void {
    if (value !== null && !this.safe.isEncryptionAvailable()) throw new Error('the system keychain is not available; secrets cannot be stored safely');
    const all = this.read();
    if (value === null) delete all[name];
    else all[name] = this.safe.encryptString(value).toString('base64');
    fs.writeFileSync(this.file, JSON.stringify(all), { mode: 0o600 });
  }
}
