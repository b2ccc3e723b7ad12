import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli.js';
import { startServices } from '../../main/services.js';
import { loadSyncSettings } from '../../main/sync/create.js';
import { MinioObjectStore } from '../../main/sync/object-store.js';
import { PgRemoteDb } from '../../main/sync/remote-db.js';
import { parseS3Endpoint, parsePg } from '../../main/sync/connection.js';
import type { SyncSettings } from '../../main/sync/settings.js';
import { tempDir } from '../helpers.js';
import { TestPostgres, TestS3 } from './servers.js';

/** A private CA and a server certificate for 127.0.0.1, made with openssl for this run. */
function makeCa(dir: string) {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=BizCard Test CA');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=127.0.0.1');
  fs.writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  run('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'san.ext');
  return { ca: path.join(dir, 'ca.pem'), key: fs.readFileSync(path.join(dir, 'srv.key'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'srv.pem'), 'utf8') };
}

const pgs = new TestPostgres();
const s3 = new TestS3();
const caDir = tempDir();
const certs = makeCa(caDir);
const s3tls = new TestS3({ key: certs.key, cert: certs.cert });
let pgUrl: URL;
beforeAll(async () => {
  await Promise.all([pgs.start(), s3.start(), s3tls.start()]);
  pgUrl = new URL(pgs.url);
});
afterAll(async () => {
  await Promise.all([pgs.stop(), s3.stop(), s3tls.stop()]);
});

/** Settings from these variables only (never the developer's own), in a fresh data folder. */
const fromEnv = (env: Record<string, string>, dir = tempDir()) => loadSyncSettings(dir, { BIZCARD_SECRET_STORE: 'file', ...env });

async function pgWorks(s: SyncSettings) {
  const db = new PgRemoteDb(s.pg!);
  try {
    await db.ping();
  } finally {
    await db.close();
  }
}
async function s3Works(s: SyncSettings) {
  const store = new MinioObjectStore(s.s3!);
  await store.ensureBucket();
  await store.putVerified(`probe-${Date.now()}`, Buffer.from('ok'), { contentType: 'text/plain', metadata: {} });
}

const pw = () => decodeURIComponent(pgUrl.password);
const s3Url = (t: TestS3, scheme = 'http') => `${scheme}://127.0.0.1:${t.settings.port}`;

describe('PostgreSQL in the names people use', () => {
  it('DATABASE_URL', async () => {
    await pgWorks(fromEnv({ DATABASE_URL: pgs.url }));
  });

  it('libpq PGHOST / PGPORT / PGUSER / PGPASSWORD / PGDATABASE, and PG* filling what a URL leaves out', async () => {
    const env = { PGHOST: pgUrl.hostname, PGPORT: pgUrl.port, PGUSER: pgUrl.username, PGPASSWORD: pw(), PGDATABASE: pgUrl.pathname.slice(1) };
    await pgWorks(fromEnv(env));
    await pgWorks(fromEnv({ DATABASE_URL: `postgresql://${pgUrl.username}@${pgUrl.host}${pgUrl.pathname}`, PGPASSWORD: pw() }));
    await expect(pgWorks(fromEnv({ ...env, PGPASSWORD: 'wrong' }))).rejects.toThrow(/password authentication failed/);
  });

  it('PGSSLMODE is applied (this server has no TLS, so require fails), and disagreeing with BIZCARD_PG_SSL is refused', async () => {
    await expect(pgWorks(fromEnv({ DATABASE_URL: pgs.url, PGSSLMODE: 'require' }))).rejects.toThrow(/does not support SSL/);
    expect(() => fromEnv({ DATABASE_URL: pgs.url, PGSSLMODE: 'disable', BIZCARD_PG_SSL: 'true' })).toThrow(/env PGSSLMODE says sslmode=disable but env BIZCARD_PG_SSL \(TLS switch\) turns TLS on; make them agree/);
    await pgWorks(fromEnv({ DATABASE_URL: pgs.url, PGSSLMODE: 'disable', BIZCARD_PG_SSL: 'false' }));
  });

  it('a keyword connection string (quoted password with a space and a quote)', async () => {
    const c = await pgs.query<{ x: number }>(`ALTER USER ${pgUrl.username} PASSWORD 'a b''c ${pw()}'`).then(() => 0);
    expect(c).toBe(0);
    try {
      const kw = `host=${pgUrl.hostname} port=${pgUrl.port} user=${pgUrl.username} password='a b\\'c ${pw()}' dbname=${pgUrl.pathname.slice(1)}`;
      expect(parsePg(kw).password).toBe(`a b'c ${pw()}`);
      await pgWorks(fromEnv({ DATABASE_URL: kw }));
      await pgWorks(fromEnv({ BIZCARD_PG_URL: kw }));
    } finally {
      const admin = new URL(pgs.url);
      admin.password = encodeURIComponent(`a b'c ${pw()}`);
      const { default: pg } = await import('pg');
      const client = new pg.Client(admin.toString());
      await client.connect();
      await client.query(`ALTER USER ${pgUrl.username} PASSWORD '${pw()}'`);
      await client.end();
    }
  });

  it('BIZCARD_PG_URL wins over DATABASE_URL', async () => {
    await pgWorks(fromEnv({ BIZCARD_PG_URL: pgs.url, DATABASE_URL: pgs.url.replace(`:${pgUrl.password}@`, ':wrong@') }));
    await expect(pgWorks(fromEnv({ DATABASE_URL: pgs.url, BIZCARD_PG_URL: pgs.url.replace(`:${pgUrl.password}@`, ':wrong@') }))).rejects.toThrow(/password authentication failed/);
  });

  it('one place decides SSL: ?sslmode=disable and the Settings TLS switch that disagree are an error, not a silent choice (issue 8)', async () => {
    const dir = tempDir();
    const services = await startServices({ dataDir: dir });
    try {
      await services.api.call('saveSettings', { ...services.settings.get(), pg: { url: `${pgs.url}?sslmode=disable`, password: '', ssl: true } });
      expect(() => services.settings.syncSettings({})).toThrow(/Settings \(config.json\) says sslmode=disable but Settings \(config.json\) \(TLS switch\) turns TLS on/);
      const [res] = await services.api.call('testConnection', { pg: { url: `${pgs.url}?sslmode=disable`, password: '', ssl: true }, s3: null });
      expect(res).toMatchObject({ ok: false });
      expect(res!.message).toMatch(/sslmode=disable.*TLS on; make them agree/);
    } finally {
      await services.close();
    }
  });

  it('?password= in a Settings URL goes to the secret store, never to config.json or the UI (issue 8), and sync still uses it', async () => {
    const dir = tempDir();
    const services = await startServices({ dataDir: dir });
    const bare = new URL(pgs.url);
    bare.password = '';
    try {
      const saved = await services.api.call('saveSettings', { ...services.settings.get(), pg: { url: `${bare}?password=${encodeURIComponent(pw())}&application_name=desk`, password: '', ssl: false } });
      expect(saved.pg!.url).not.toContain(pw());
      expect(saved.pg!.url).toContain('application_name=desk');
      expect((await services.api.call('getSettings', {})).pg!.url).not.toContain('password');
      expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).not.toContain(pw());
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8'))).toEqual({ 'pg.password': pw() });
      await pgWorks(services.settings.syncSettings({}));
    } finally {
      await services.close();
    }
  });

  it('a password an older version left in config.json is moved to the secret store at start', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ settings: { event: '', langs: ['eng'], defaultCountry: 'US', uiLanguage: 'en', pg: { url: pgs.url, password: '', ssl: false }, s3: null } }));
    const services = await startServices({ dataDir: dir });
    try {
      expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).not.toContain(pw());
      await pgWorks(services.settings.syncSettings({}));
    } finally {
      await services.close();
    }
  });
});

describe('S3 in the names people use', () => {
  const keys = () => ({ AWS_ACCESS_KEY_ID: s3.settings.accessKey, AWS_SECRET_ACCESS_KEY: s3.settings.secretKey });

  it('an endpoint URL (https://minio.example:9000 used to fail "Invalid endPoint")', () => {
    expect(parseS3Endpoint('https://minio.example:9000')).toEqual({ endPoint: 'minio.example', port: 9000, useSSL: true });
    expect(parseS3Endpoint('http://[::1]:9000/')).toEqual({ endPoint: '::1', port: 9000, useSSL: false });
    expect(parseS3Endpoint('minio.example:9000')).toEqual({ endPoint: 'minio.example', port: 9000 });
    expect(() => parseS3Endpoint('https://minio.example/bucket')).toThrow(/no path/);
  });

  it('AWS_ENDPOINT_URL_S3 + AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION', async () => {
    const s = fromEnv({ AWS_ENDPOINT_URL_S3: s3Url(s3), ...keys(), AWS_REGION: 'us-east-1' });
    expect(s.s3).toMatchObject({ endPoint: '127.0.0.1', port: s3.settings.port, useSSL: false, region: 'us-east-1' });
    await s3Works(s);
  });

  it('MINIO_ENDPOINT / MINIO_ACCESS_KEY / MINIO_SECRET_KEY, and AWS_ENDPOINT_URL', async () => {
    await s3Works(fromEnv({ MINIO_ENDPOINT: s3Url(s3), MINIO_ACCESS_KEY: s3.settings.accessKey, MINIO_SECRET_KEY: s3.settings.secretKey }));
    await s3Works(fromEnv({ AWS_ENDPOINT_URL: s3Url(s3), MINIO_ROOT_USER: s3.settings.accessKey, MINIO_ROOT_PASSWORD: s3.settings.secretKey }));
  });

  it('BIZCARD_* win over AWS_* and MINIO_*', async () => {
    await s3Works(fromEnv({ AWS_ENDPOINT_URL_S3: s3Url(s3), AWS_ACCESS_KEY_ID: s3.settings.accessKey, AWS_SECRET_ACCESS_KEY: 'wrong', BIZCARD_S3_SECRET_KEY: s3.settings.secretKey }));
    await expect(s3Works(fromEnv({ AWS_ENDPOINT_URL_S3: s3Url(s3), ...keys(), BIZCARD_S3_SECRET_KEY: 'wrong' }))).rejects.toThrow(/signature|credentials/i);
    await s3Works(fromEnv({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:1', BIZCARD_S3_ENDPOINT: s3Url(s3), ...keys() }));
  });

  it('an endpoint scheme and a TLS switch that disagree are an error', () => {
    expect(() => fromEnv({ BIZCARD_S3_ENDPOINT: s3Url(s3), BIZCARD_S3_SSL: 'true', ...keys() })).toThrow(/env BIZCARD_S3_ENDPOINT is an http:\/\/ URL but env BIZCARD_S3_SSL \(TLS switch\) turns TLS on/);
  });

  it('a private CA (BIZCARD_S3_CA, AWS_CA_BUNDLE), as there is for PostgreSQL; without it the certificate is refused', async () => {
    const base = { AWS_ENDPOINT_URL_S3: s3Url(s3tls, 'https'), AWS_ACCESS_KEY_ID: s3tls.settings.accessKey, AWS_SECRET_ACCESS_KEY: s3tls.settings.secretKey };
    await s3Works(fromEnv({ ...base, BIZCARD_S3_CA: certs.ca }));
    await s3Works(fromEnv({ ...base, AWS_CA_BUNDLE: certs.ca }));
    await expect(s3Works(fromEnv(base))).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
    expect(() => fromEnv({ ...base, BIZCARD_S3_CA: path.join(caDir, 'missing.pem') })).toThrow(/BIZCARD_S3_CA: cannot read the CA file .*missing.pem \(ENOENT\)/);
  });

  it('the time-out of each S3 request, in seconds: BIZCARD_S3_TIMEOUT or "timeout" in sync.json; a bad value names where it came from', () => {
    const base = { BIZCARD_S3_ENDPOINT: s3Url(s3), ...keys() };
    expect(fromEnv(base).s3!.timeout).toBeUndefined();
    expect(fromEnv({ ...base, BIZCARD_S3_TIMEOUT: '2.5' }).s3).toMatchObject({ timeout: 2.5 });
    expect(() => fromEnv({ ...base, BIZCARD_S3_TIMEOUT: '10s' })).toThrow('BIZCARD_S3_TIMEOUT must be a number of seconds, not "10s"');
    expect(() => fromEnv({ ...base, BIZCARD_S3_TIMEOUT: '0' })).toThrow('setting s3.timeout (from env BIZCARD_S3_TIMEOUT) must be more than 0 seconds');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sync.json'), JSON.stringify({ s3: { endPoint: s3Url(s3), accessKey: s3.settings.accessKey, secretKey: s3.settings.secretKey, timeout: 5 } }), { mode: 0o600 });
    expect(fromEnv({}, dir).s3).toMatchObject({ timeout: 5 });
    expect(fromEnv({ BIZCARD_S3_TIMEOUT: '7' }, dir).s3).toMatchObject({ timeout: 7 });
  });
});

describe('bizcard config', () => {
  it('prints each effective value and where it came from, secrets masked', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const env = { ...process.env };
    Object.assign(process.env, { BIZCARD_HOME: dir, DATABASE_URL: pgs.url, AWS_ENDPOINT_URL_S3: s3Url(s3), ...keys(), BIZCARD_S3_BUCKET: 'cards-b', BIZCARD_S3_TIMEOUT: '12' });
    delete process.env.AWS_CA_BUNDLE;
    try {
      expect(await main(['config'], { out: (s) => lines.push(s), err: (s) => lines.push(s) })).toBe(0);
    } finally {
      process.env = env;
    }
    const text = lines.join('\n');
    expect(text).toMatch(/^pg\.url\s+postgresql:\/\/bizcard@127\.0\.0\.1:\d+\/\w+\s+\[env DATABASE_URL\]$/m);
    expect(text).toMatch(/^pg\.password\s+\*{8}\s+\[env DATABASE_URL\]$/m);
    expect(text).toMatch(/^pg\.ssl\s+off\s+\[default\]$/m);
    expect(text).toMatch(/^s3\.endPoint\s+127\.0\.0\.1\s+\[env AWS_ENDPOINT_URL_S3\]$/m);
    expect(text).toMatch(/^s3\.secretKey\s+\*{8}\s+\[env AWS_SECRET_ACCESS_KEY\]$/m);
    expect(text).toMatch(/^s3\.bucket\s+cards-b\s+\[env BIZCARD_S3_BUCKET\]$/m);
    expect(text).toMatch(/^s3\.timeout\s+12\s+\[env BIZCARD_S3_TIMEOUT\]$/m);
    expect(text).toMatch(/^secrets\s+/m);
    expect(text).not.toContain(pw());
    expect(text).not.toContain(s3.settings.secretKey);
  });

  function keys() {
    return { AWS_ACCESS_KEY_ID: s3.settings.accessKey, AWS_SECRET_ACCESS_KEY: s3.settings.secretKey };
  }
});
