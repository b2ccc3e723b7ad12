import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/api.js';
import { FileSecretStore } from '../../main/secrets.js';
import { SettingsService } from '../../main/settings.js';
import { tempDir } from '../helpers.js';

const base: Settings = { event: '', langs: ['eng', 'rus'], defaultCountry: 'US', uiLanguage: 'en', pg: null, s3: null };
const s3 = (endPoint: string, secretKey = '', port: number | null = 9000) => ({ endPoint, port, useSSL: false, accessKey: 'AK', secretKey, bucket: 'cards', region: 'us-east-1' });
const pg = (host: string, password = '') => ({ url: `postgresql://bob@${host}/cards`, password, ssl: false });

function service(dir = tempDir()) {
  return { dir, settings: new SettingsService(dir, new FileSecretStore(path.join(dir, 'secrets.json'))) };
}

describe('stored secrets go only to the host they were saved for', () => {
  it('fills in a blank S3 secret key for its own endpoint and port only', () => {
    const { settings } = service();
    settings.save({ ...base, s3: s3('minio.example', 'S3CRET') });
    const filled = (f: ReturnType<typeof s3>) => (settings.withSecrets(null, f) as { s3: { secretKey: string } }).s3.secretKey;
    expect(filled(s3('minio.example'))).toBe('S3CRET');
    expect(filled(s3('MINIO.example'))).toBe('S3CRET');
    expect(filled(s3('evil.example'))).toBe('');
    expect(filled(s3('minio.example', '', 9001))).toBe('');
    expect(settings.withheld(null, s3('evil.example'))).toEqual({ db: null, objects: 'minio.example:9000' });
  });

  it('fills in a blank PostgreSQL password for its own host and port only', () => {
    const { settings } = service();
    settings.save({ ...base, pg: pg('db.example:5432', 'pw-1') });
    const password = (host: string) => (settings.withSecrets(pg(host), null) as { pg: { password?: string } }).pg.password;
    expect(password('db.example')).toBe('pw-1');
    expect(password('evil.example')).toBeUndefined();
    expect(password('db.example:6543')).toBeUndefined();
    expect(settings.withheld(pg('evil.example'), null)).toEqual({ db: 'db.example:5432', objects: null });
  });

  it('saving another host with a blank secret forgets the stored one; the same host keeps it', () => {
    const { settings } = service();
    settings.save({ ...base, pg: pg('db.example', 'pw-1'), s3: s3('minio.example', 'S3CRET') });
    settings.save({ ...base, pg: pg('db.example'), s3: s3('minio.example') });
    expect(settings.withSecrets(pg('db.example'), s3('minio.example'))).toMatchObject({ pg: { password: 'pw-1' }, s3: { secretKey: 'S3CRET' } });
    settings.save({ ...base, pg: pg('other.example'), s3: s3('other.example') });
    // Back to the first host: the secrets are gone, not silently restored.
    settings.save({ ...base, pg: pg('db.example'), s3: s3('minio.example') });
    expect(() => settings.syncSettings({})).toThrow(/s3\.secretKey/);
    expect(settings.withSecrets(pg('db.example'), s3('minio.example'))).toMatchObject({ pg: { password: undefined }, s3: { secretKey: '' } });
  });
});

describe('a corrupt config.json', () => {
  it('is named, set aside, and the settings start from defaults; the file written again is private', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), '{"settings": {"event": "\u0001');
    const { settings } = service(dir);
    expect(settings.notice).toMatch(new RegExp(`^${path.join(dir, 'config.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} could not be read \\(.+\\); it was set aside as .+config\\.json\\.corrupt-`));
    expect(settings.get()).toEqual(base);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('config.json.corrupt-'))).toHaveLength(1);
    settings.save({ ...base, event: 'Expo' });
    expect(fs.statSync(path.join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(service(dir).settings.notice).toBeNull();
  });

  it('valid JSON with settings of the wrong shape is set aside too; keys an older version did not write take their defaults', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ settings: { langs: 'klingon' } }));
    const { settings } = service(dir);
    expect(settings.notice).toMatch(/could not be read \(langs .*\)/);
    expect(settings.get()).toEqual(base);
    const older = tempDir();
    fs.writeFileSync(path.join(older, 'config.json'), JSON.stringify({ settings: { event: 'Expo', langs: ['eng'] } }));
    const kept = service(older).settings;
    expect(kept.notice).toBeNull();
    expect(kept.get()).toEqual({ ...base, event: 'Expo', langs: ['eng'] });
  });
});
