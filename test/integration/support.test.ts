import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli.js';
import { closeLog, lastLogLines, LOG_DIR, openLog } from '../../main/log.js';
import { startServices } from '../../main/services.js';
import { emptyFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';
import { TestPostgres, TestS3 } from './servers.js';

const pgs = new TestPostgres();
const s3 = new TestS3();
let silent: net.Server;
let silentPort = 0;
beforeAll(async () => {
  await Promise.all([pgs.start(), s3.start()]);
  // A server that accepts connections and never answers: what a hung or firewalled host looks like.
  silent = net.createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  silentPort = (silent.address() as net.AddressInfo).port;
});
afterAll(async () => {
  silent.close();
  await Promise.all([pgs.stop(), s3.stop()]);
});

/** Runs the CLI with these variables set, and only for the call. */
async function cli(argv: string[], env: Record<string, string>) {
  const lines: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const t0 = Date.now();
  try {
    const code = await main(argv, { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    return { code, out: lines.join('\n'), ms: Date.now() - t0 };
  } finally {
    process.env = saved;
  }
}

const s3Env = () => ({ AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${s3.settings.port}`, AWS_ACCESS_KEY_ID: s3.settings.accessKey, AWS_SECRET_ACCESS_KEY: s3.settings.secretKey });
const password = () => decodeURIComponent(new URL(pgs.url).password);

describe('bizcard status', () => {
  it('asks each server now and shows the last successful sync', async () => {
    const dir = tempDir();
    const services = await startServices({ dataDir: dir, proc: 'serve' });
    services.app.contacts.save({ fields: { ...emptyFields(), name: 'Status Person' }, method: 'ocr' });
    await services.close();
    const env = { DATABASE_URL: pgs.url, ...s3Env() };
    const before = await cli(['status', '--data-dir', dir], env);
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/^PostgreSQL {3}reachable; 1 pending, 0 parked; answered in \d+ ms; last synced never$/m);
    expect((await cli(['sync', '--data-dir', dir], env)).code).toBe(0);
    const after = await cli(['status', '--data-dir', dir], env);
    expect(after.out).toMatch(/^PostgreSQL {3}reachable; 0 pending, 0 parked; answered in \d+ ms; last synced \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/m);
    expect(after.out).toMatch(/^Object store reachable; 0 pending, 0 parked; answered in \d+ ms; last synced never$/m);
  });

  it('a server that never answers is reported within the time-out, and the command fails', async () => {
    const dir = tempDir();
    const r = await cli(['status', '--data-dir', dir, '--timeout', '1'], { DATABASE_URL: `postgresql://u:p@127.0.0.1:${silentPort}/db`, ...s3Env(), AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${silentPort}` });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(4000);
    expect(r.out).toMatch(/^PostgreSQL {3}unreachable \((no answer within 1 s|.*timeout.*)\); 0 pending/m);
    expect(r.out).toMatch(/^Object store unreachable \(no answer within 1 s\); 0 pending/m);
  });

  it('the API carries the last successful sync for the sync bar', async () => {
    const dir = tempDir();
    const services = await startServices({ dataDir: dir, proc: 'serve' });
    try {
      const [db] = await services.api.call('syncStatus', {});
      expect(db).toHaveProperty('lastOkAt', null);
    } finally {
      await services.close();
    }
  });
});

describe('the support log', () => {
  it('app, serve and CLI write levelled lines into <data folder>/logs, private, and never a secret', async () => {
    const dir = tempDir();
    const env = { DATABASE_URL: pgs.url, ...s3Env(), BIZCARD_LOG_LEVEL: 'debug' };
    const services = await startServices({ dataDir: dir, proc: 'app' });
    const bare = new URL(pgs.url);
    bare.password = '';
    // Secrets pass through every path that handles them: saved, tested (right and wrong), refused, synced.
    await services.api.call('saveSettings', { ...services.settings.get(), pg: { url: `${bare}?password=${encodeURIComponent(password())}`, password: '', ssl: false }, s3: { ...s3.settings, port: s3.settings.port ?? null, secretKey: s3.settings.secretKey, useSSL: false } });
    await services.api.call('testConnection', { pg: { url: pgs.url.replace(`:${new URL(pgs.url).password}@`, ':wrong-pw-123@'), password: '', ssl: false }, s3: null });
    await services.api.dispatch('saveSettings', { bogus: `postgresql://x:${password()}@h/db` });
    services.app.contacts.save({ fields: { ...emptyFields(), name: 'Log Person' }, method: 'ocr' });
    await services.close();
    expect((await cli(['sync', '--data-dir', dir], env)).code).toBe(0);
    await cli(['status', '--data-dir', dir], { ...env, AWS_SECRET_ACCESS_KEY: 'wrong-secret-456' });
    await cli(['config', '--data-dir', dir], env);

    const logDir = path.join(dir, LOG_DIR);
    expect((fs.statSync(logDir).mode & 0o777).toString(8)).toBe('700');
    const files = fs.readdirSync(logDir);
    expect(files.length).toBeGreaterThan(0);
    const text = files.map((f) => fs.readFileSync(path.join(logDir, f), 'utf8')).join('');
    for (const f of files) expect((fs.statSync(path.join(logDir, f)).mode & 0o777).toString(8)).toBe('600');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { level: number; proc: string; msg: string });
    expect(new Set(lines.map((l) => l.proc))).toEqual(new Set(['app', 'cli']));
    expect(lines.some((l) => l.level === 30 && l.msg === 'command finished')).toBe(true);
    expect(lines.some((l) => l.level >= 40)).toBe(true); // the refused call and the bad secret are warnings
    for (const secret of [password(), s3.settings.secretKey, 'wrong-pw-123', 'wrong-secret-456']) expect(text, secret).not.toContain(secret);
    expect(lastLogLines(dir, 3)).toHaveLength(3);
  });

  it('rotates by size and keeps the newest files', async () => {
    const dir = tempDir();
    const log = await openLog(dir, { proc: 'cli', size: '1k', keep: 3 });
    for (let i = 0; i < 60; i++) {
      log.info(`line ${i} ${'x'.repeat(100)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
    // Whatever a caller hands the logger, a password does not reach the file.
    log.error({ err: new Error('connect failed: postgresql://bob:pw-in-url@db/x'), pg: { password: 'pw-in-object' } }, "DATABASE_URL=host=db password='pw in kw' AWS_SECRET_ACCESS_KEY=pw-in-env Authorization: Bearer pw-token");
    await closeLog(log);
    const files = fs.readdirSync(path.join(dir, LOG_DIR)).filter((f) => /^bizcard\.\d+\.log$/.test(f));
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(4);
    expect(lastLogLines(dir, 2)[0]).toContain('line 59');
    const all = fs.readdirSync(path.join(dir, LOG_DIR)).map((f) => fs.readFileSync(path.join(dir, LOG_DIR, f), 'utf8')).join('');
    for (const secret of ['pw-in-url', 'pw-in-object', 'pw in kw', 'pw-in-env', 'pw-token']) expect(all, secret).not.toContain(secret);
  });
});

describe('copy diagnostics', () => {
  it('versions, paths, secret storage, settings with sources, servers asked now, last log lines, and no secret', async () => {
    const dir = tempDir();
    const services = await startServices({ dataDir: dir, proc: 'app' });
    try {
      await services.api.call('saveSettings', { ...services.settings.get(), pg: { url: pgs.url, password: '', ssl: false }, s3: { ...s3.settings, port: s3.settings.port ?? null, useSSL: false } });
      const { text } = await services.api.call('diagnostics', {});
      const version = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
      expect(text).toContain(`version ${version}; node ${process.versions.node}`);
      expect(text).toContain(`data folder: ${dir}`);
      expect(text).toMatch(/log file: .*logs\/bizcard\.\d+\.log/);
      expect(text).toMatch(/secret storage file .*NOT encrypted/);
      expect(text).toMatch(/pg\.url = postgresql:\/\/bizcard@127\.0\.0\.1:\d+\/\w+ {2}\[Settings \(config\.json\)\]/);
      expect(text).toMatch(/pg\.password = \*{8}/);
      expect(text).toMatch(/PostgreSQL: answered in \d+ ms; 0 pending, 0 parked; last synced never/);
      expect(text).toMatch(/S3: answered in \d+ ms/);
      expect(text).toMatch(/last log lines:\n.*"msg":"started"/);
      for (const secret of [password(), s3.settings.secretKey]) expect(text).not.toContain(secret);
      // The honest fallback is what Settings shows (tests run with BIZCARD_SECRET_STORE=file).
      expect(await services.api.call('secretStorage', {})).toMatchObject({ kind: 'file', encrypted: false, warning: expect.stringMatching(/NOT encrypted/) });
    } finally {
      await services.close();
    }
  });
});

