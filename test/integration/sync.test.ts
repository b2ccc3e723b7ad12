import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BizcardApp } from '../../main/app.js';
import { main } from '../../main/cli.js';
import { SyncEngine } from '../../main/sync/engine.js';
import { classifyS3 } from '../../main/sync/errors.js';
import { decodeMetaValue, MinioObjectStore } from '../../main/sync/object-store.js';
import { PgRemoteDb } from '../../main/sync/remote-db.js';
import { parseSettings } from '../../main/sync/settings.js';
import { emptyFields } from '../../shared/contact.js';
import { LIMITS } from '../../shared/limits.js';
import { tempDir } from '../helpers.js';
import { spawnGuarded, stopGroup } from '../process-guard.js';
import { FaultProxy, TestPostgres, TestS3 } from './servers.js';

const pgs = new TestPostgres();
const s3 = new TestS3();
beforeAll(async () => {
  await Promise.all([pgs.start(), s3.start()]);
});
afterAll(async () => {
  await Promise.all([pgs.stop(), s3.stop()]);
});

/** A desk with `n` saved cards, each with a distinct real JPEG. */
async function desk(n: number, opts: { notes?: (i: number) => string } = {}) {
  const app = new BizcardApp({ dataDir: tempDir() });
  for (let i = 0; i < n; i++) {
    const tag = crypto.randomBytes(5).toString('hex');
    const jpeg = await sharp({ create: { width: 64, height: 40, channels: 3, background: { r: i % 255, g: 80, b: crypto.randomInt(255) } } }).jpeg().toBuffer();
    app.contacts.save({
      fields: { ...emptyFields(), name: `Анна ${tag}`, company: 'ООО «Ромашка»', emails: [`${tag}@example.com`], notes: opts.notes?.(i) ?? '' },
      method: 'ocr',
      event: 'Expo',
      image: { original: jpeg, originalFilename: `визитка ${i}.jpg`, mime: 'image/jpeg', card: jpeg, cardWidth: 64, cardHeight: 40, thumbnail: jpeg },
    });
  }
  return app;
}

function engineFor(app: BizcardApp, s3Override: Partial<typeof s3.settings> = {}) {
  const remote = new PgRemoteDb({ url: pgs.url, ssl: false });
  const objects = new MinioObjectStore({ ...s3.settings, ...s3Override });
  const engine = new SyncEngine(app.db, app.contacts, remote, objects, { batchSize: 25, random: () => 0.05 });
  return { engine, remote, objects };
}

/** Every contact of the desk exactly once on the server, with its verified object; nothing queued. */
async function expectExactlyOnce(app: BizcardApp) {
  const local = app.contacts.list();
  const rows = await pgs.query<{ uid: string; image_object_key: string | null; n: string }>(
    `SELECT uid::text, image_object_key, count(*) OVER (PARTITION BY uid) AS n FROM bizcard.contacts WHERE uid = ANY($1::uuid[])`,
    [local.map((c) => c.uid)],
  );
  expect(rows).toHaveLength(local.length);
  expect(rows.every((r) => r.n === '1')).toBe(true);
  const store = new MinioObjectStore(s3.settings);
  for (const r of rows) {
    expect(r.image_object_key).toMatch(/^contact_\d+_\d{8}T\d{6}Z_vizitka_\d+\.jpg$/);
    const st = await store.stat(r.image_object_key!);
    const img = app.contacts.imageOf(r.uid)!;
    const bytes = app.contacts.images.read(img.file);
    expect(st).not.toBeNull();
    expect(st!.size).toBe(bytes.length);
    expect(st!.etag.replace(/"/g, '')).toBe(crypto.createHash('md5').update(bytes).digest('hex'));
    expect(st!.metadata).toMatchObject({ contact_uid: r.uid, recognition_method: 'ocr', safe_filename: img.safeFilename, original_filename_encoding: 'rfc2047', sha256: crypto.createHash('sha256').update(bytes).digest('hex') });
    // A non-ASCII name travels as RFC 2047 encoded-words, marked so, and decodes to the original.
    expect(st!.metadata.original_filename).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=( =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=)*$/);
    expect(decodeMetaValue(st!.metadata.original_filename!, st!.metadata.original_filename_encoding)).toBe(img.originalFilename);
  }
  expect(app.db.prepare(`SELECT count(*) AS n FROM outbox WHERE status != 'done'`).get()).toEqual({ n: 0 });
}

/** No object in the bucket whose contact is not on the server. */
async function expectNoOrphanObjects() {
  const store = new MinioObjectStore(s3.settings);
  const keys: string[] = [];
  for await (const o of store.client.listObjectsV2(s3.settings.bucket, 'contact_', true)) keys.push((o as { name: string }).name);
  const known = new Set((await pgs.query<{ k: string }>('SELECT image_object_key AS k FROM bizcard.contacts WHERE image_object_key IS NOT NULL')).map((r) => r.k));
  expect(keys.filter((k) => !known.has(k))).toEqual([]);
}

describe('sync to PostgreSQL and S3', () => {
  it('pushes every contact once with its image, then pushes edits and deletes', async () => {
    const app = await desk(30);
    const { engine, remote } = engineFor(app);
    const progress: number[] = [];
    engine.on('progress', (p: { target: string; done: number }) => p.target === 'db' && progress.push(p.done));
    await engine.run({ untilEmpty: true });
    await expectExactlyOnce(app);
    expect(progress).toEqual([25, 30]);
    // Replaying (a crash before the desk recorded success) changes nothing.
    await engine.run({ untilEmpty: true });
    const [c1, c2] = app.contacts.list();
    app.contacts.update(c1!.uid, { title: 'CEO' });
    app.contacts.delete(c2!.uid);
    await engine.run({ untilEmpty: true });
    expect(await pgs.query('SELECT title, version FROM bizcard.contacts WHERE uid = $1', [c1!.uid])).toEqual([{ title: 'CEO', version: 2 }]);
    // A delete reaches the server as a tombstone, so a downstream copy learns of it.
    expect(await pgs.query('SELECT deleted_at IS NOT NULL AS gone, version FROM bizcard.contacts WHERE uid = $1', [c2!.uid])).toEqual([{ gone: true, version: 2 }]);
    expect(await pgs.query('SELECT 1 FROM bizcard.contacts_flat WHERE uid = $1', [c2!.uid])).toEqual([]);
    expect(await new MinioObjectStore(s3.settings).stat(c2!.objectKey!)).toBeNull();
    // An older edit arriving late never overwrites a newer server version.
    await remote.upsert([{ ...app.contacts.get(c1!.uid)!, title: 'stale', version: 1, deletedAt: null, mergedInto: null }], { id: 'other-desk', name: 'Other desk' });
    expect(await pgs.query('SELECT title FROM bizcard.contacts WHERE uid = $1', [c1!.uid])).toEqual([{ title: 'CEO' }]);
    await remote.close();
    await app.close();
  });

  it('contacts go through while the object store is down; images follow when it is back', async () => {
    const app = await desk(12);
    const { engine, remote } = engineFor(app);
    await s3.pause();
    await engine.drainOnce();
    const st = engine.status();
    expect(st[0]).toMatchObject({ target: 'db', pending: 0, reachable: true });
    expect(st[1]).toMatchObject({ target: 'objects', pending: 12, reachable: false });
    expect(st[1]!.lastError).toMatch(/ECONNREFUSED/);
    await s3.resume();
    engine.poke();
    await engine.run({ untilEmpty: true });
    await expectExactlyOnce(app);
    await remote.close();
    await app.close();
  });

  it('survives PostgreSQL going away mid-batch and coming back', async () => {
    const app = await desk(40);
    const proxy = new FaultProxy(Number(new URL(pgs.url).port));
    await proxy.start();
    const viaProxy = pgs.url.replace(/:(\d+)\//, `:${proxy.port}/`);
    const remote = new PgRemoteDb({ url: viaProxy, ssl: false });
    const engine = new SyncEngine(app.db, app.contacts, remote, new MinioObjectStore(s3.settings), { batchSize: 10, random: () => 0.05 });
    let cut = false;
    engine.on('progress', (p: { target: string; done: number }) => {
      if (p.target === 'db' && p.done === 20 && !cut) {
        cut = true;
        void proxy.stop().then(() => setTimeout(() => void proxy.start().then(() => engine.poke()), 400));
      }
    });
    await engine.run({ untilEmpty: true, pollMs: 100 });
    expect(cut).toBe(true);
    await expectExactlyOnce(app);
    await remote.close();
    await proxy.stop();
    await app.close();
  });

  it('a write the server applied but whose answer was lost is not applied twice', async () => {
    const app = await desk(15);
    const proxy = new FaultProxy(Number(new URL(pgs.url).port));
    await proxy.start();
    proxy.dropAnswerTo = /INSERT INTO "bizcard"\.contacts/;
    const remote = new PgRemoteDb({ url: pgs.url.replace(/:(\d+)\//, `:${proxy.port}/`), ssl: false });
    const engine = new SyncEngine(app.db, app.contacts, remote, new MinioObjectStore(s3.settings), { random: () => 0.05 });
    await engine.run({ untilEmpty: true, pollMs: 100 });
    expect(proxy.dropped).toBe(1);
    expect(engine.status()[0]!.lastError).toMatch(/terminated|ECONNRESET|closed/i);
    await expectExactlyOnce(app);
    await remote.close();
    await proxy.stop();
    await app.close();
  });

  it('wrong credentials are reported, nothing is parked, and fixing them drains the queue', async () => {
    const app = await desk(3);
    const bad = engineFor(app, { secretKey: 'not-the-secret' });
    await bad.engine.drainOnce();
    const objects = bad.engine.status()[1]!;
    expect(objects.lastError).toMatch(/SignatureDoesNotMatch|AccessDenied|InvalidAccessKeyId/);
    expect(objects.parked).toEqual([]);
    expect(objects.pending).toBe(3);
    await bad.remote.close();
    const badPg = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url: pgs.url.replace(/:[^:@/]+@/, ':wrong@'), ssl: false }), null);
    await badPg.drainOnce();
    expect(badPg.status()[0]!.lastError).toMatch(/password authentication failed/);
    const good = engineFor(app);
    await good.engine.run({ untilEmpty: true });
    await expectExactlyOnce(app);
    await good.remote.close();
    await app.close();
  });

  it('a contact the server refuses is parked with its reason and the rest go on', async () => {
    const app = await desk(10);
    // Saved by an older version, which allowed 10,000 characters of notes (the server takes 5,000).
    app.db.prepare('UPDATE contacts SET notes = ? WHERE uid = ?').run('x'.repeat(6000), app.contacts.list()[5]!.uid);
    const { engine, remote } = engineFor(app);
    await engine.run({ untilEmpty: true });
    const st = engine.status()[0]!;
    expect(st.parked).toHaveLength(1);
    expect(st.parked[0]!.error).toMatch(/23514.*check constraint/);
    expect(st.pending).toBe(0);
    expect(await pgs.query('SELECT count(*)::int AS n FROM bizcard.contacts WHERE uid = ANY($1::uuid[])', [app.contacts.list().map((c) => c.uid)])).toEqual([{ n: 9 }]);
    await remote.close();
    await app.close();
    // `bizcard status` shows it, with its reason, per target.
    const out: string[] = [];
    const env = { BIZCARD_PG_URL: pgs.url, BIZCARD_S3_ENDPOINT: s3.settings.endPoint, BIZCARD_S3_PORT: String(s3.settings.port), BIZCARD_S3_SSL: 'false', BIZCARD_S3_ACCESS_KEY: s3.settings.accessKey, BIZCARD_S3_SECRET_KEY: s3.settings.secretKey };
    Object.assign(process.env, env);
    try {
      expect(await main(['status', '--data-dir', app.dataDir], { out: (l) => out.push(l), err: () => {} })).toBe(0);
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
    }
    expect(out[0]).toMatch(/^PostgreSQL {3}reachable; 0 pending, 1 parked/);
    expect(out[1]).toMatch(/^ {2}parked #\d+ upsert [0-9a-f-]{36}: 23514 .*check constraint/);
    expect(out[2]).toMatch(/^Object store reachable; 0 pending, 1 parked/);
    expect(out[3]).toMatch(/contact not on the server: 23514/);
  });

  it('two desks syncing into the same database and bucket at once', async () => {
    const [a, b] = await Promise.all([desk(20), desk(20)]);
    const ea = engineFor(a!);
    const eb = engineFor(b!);
    await Promise.all([ea.engine.run({ untilEmpty: true }), eb.engine.run({ untilEmpty: true })]);
    await expectExactlyOnce(a!);
    await expectExactlyOnce(b!);
    const desks = await pgs.query<{ desk_id: string }>('SELECT DISTINCT desk_id FROM bizcard.contacts WHERE uid = ANY($1::uuid[])', [[...a!.contacts.list(), ...b!.contacts.list()].map((c) => c.uid)]);
    expect(desks).toHaveLength(2);
    await Promise.all([ea.remote.close(), eb.remote.close(), a!.close(), b!.close()]);
    await expectNoOrphanObjects();
  });

  it('`bizcard sync` killed with SIGKILL at many points, then run again: exactly once', async () => {
    const app = await desk(60);
    const dataDir = app.dataDir;
    await app.close();
    const env = {
      ...process.env,
      BIZCARD_PG_URL: pgs.url,
      BIZCARD_S3_ENDPOINT: s3.settings.endPoint,
      BIZCARD_S3_PORT: String(s3.settings.port),
      BIZCARD_S3_SSL: 'false',
      BIZCARD_S3_ACCESS_KEY: s3.settings.accessKey,
      BIZCARD_S3_SECRET_KEY: s3.settings.secretKey,
      BIZCARD_SYNC_BATCH_SIZE: '7',
    };
    const cli = path.resolve(__dirname, '../../main/cli.ts');
    const runSync = (killAfterMs: number | null) =>
      new Promise<number | null>((resolve) => {
        const child = spawnGuarded(process.execPath, ['--import', 'tsx', cli, 'sync', '--data-dir', dataDir], { env, stdio: 'ignore' });
        const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        child.on('exit', (code) => {
          if (timer) clearTimeout(timer);
          resolve(code);
        });
      });
    for (const ms of [900, 1100, 1300, 1500, 1700, 2000]) await runSync(ms);
    expect(await runSync(null)).toBe(0);
    const again = new BizcardApp({ dataDir });
    await expectExactlyOnce(again);
    await again.close();
    await expectNoOrphanObjects();
  });
});

describe('one set of limits (issue 8)', () => {
  it('values at the limits, with NUL bytes, reach PostgreSQL instead of parking; over the limit is refused at the desk', async () => {
    const app = await desk(0);
    const saved = app.contacts.save({ fields: { ...emptyFields(), name: 'Анна\u0000 Смирнова', company: 'Nul\u0000 Ltd', emails: ['a\u0000@example.com'], notes: 'n'.repeat(LIMITS.notes) }, method: 'manual', tags: ['t\u0000ag'], event: 'Ex\u0000po' }).contact!;
    expect(() => app.contacts.save({ fields: { ...emptyFields(), name: 'Long Notes', notes: 'n'.repeat(LIMITS.notes + 1) }, method: 'manual' })).toThrow(/notes/);
    app.contacts.update(saved.uid, { title: 'C\u0000TO' });
    const { engine, remote } = engineFor(app);
    await engine.run({ untilEmpty: true });
    expect(engine.status()[0]!.parked).toEqual([]);
    const rows = await pgs.query<{ name: string; title: string; company: string; emails: string[]; tags: string[]; event: string; n: number }>('SELECT name, title, company, emails, tags, event, char_length(notes) AS n FROM bizcard.contacts WHERE uid = $1', [saved.uid]);
    expect(rows).toEqual([{ name: 'Анна Смирнова', title: 'CTO', company: 'Nul Ltd', emails: ['a@example.com'], tags: ['tag'], event: 'Expo', n: LIMITS.notes }]);
    await remote.close();
    await app.close();
  });
});

describe('bizcard sync (one-off) with a server down', () => {
  async function runSync(dataDir: string, env: Record<string, string>, ...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    Object.assign(process.env, env);
    const t0 = Date.now();
    try {
      const code = await main(['sync', '--data-dir', dataDir, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out, err, ms: Date.now() - t0 };
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
    }
  }
  const envFor = (pgUrl: string) => ({ BIZCARD_PG_URL: pgUrl, BIZCARD_S3_ENDPOINT: s3.settings.endPoint, BIZCARD_S3_PORT: String(s3.settings.port), BIZCARD_S3_SSL: 'false', BIZCARD_S3_ACCESS_KEY: s3.settings.accessKey, BIZCARD_S3_SECRET_KEY: s3.settings.secretKey });

  it('drains what it can, retries within its bound, exits 1 with a line per server; with both up, everything once', async () => {
    const app = await desk(5);
    const dataDir = app.dataDir;
    await app.close();
    await s3.pause();
    let r;
    try {
      r = await runSync(dataDir, envFor(pgs.url), '--timeout', '3');
    } finally {
      await s3.resume();
    }
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(3000 + 5000);
    expect(r.out).toEqual(['PostgreSQL: all contacts synced']);
    expect(r.err[r.err.length - 1]).toMatch(/^S3 unreachable: 5 images still queued \(.*ECONNREFUSED.*\)$/);
    // PostgreSQL down (nothing listens there): contacts wait, and so do their images.
    const other = await desk(2);
    const closed = pgs.url.replace(/:(\d+)\//, ':1/');
    const r2 = await runSync(other.dataDir, envFor(closed), '--timeout', '2');
    expect(r2.code).toBe(1);
    expect(r2.ms).toBeLessThan(2000 + 5000);
    expect(r2.err.slice(-2)).toEqual([expect.stringMatching(/^PostgreSQL unreachable: 2 contacts still queued \(.*ECONNREFUSED.*\)$/), 'S3 2 images still queued (waiting for their contacts to reach PostgreSQL)']);
    await other.close();
    // An S3 endpoint that accepts connections and never answers: the command stops waiting.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((sock) => void sockets.add(sock.on('error', () => {})));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const hungDesk = await desk(1);
    try {
      const r3 = await runSync(hungDesk.dataDir, { ...envFor(pgs.url), BIZCARD_S3_PORT: String((silent.address() as net.AddressInfo).port) }, '--timeout', '2');
      expect(r3.code).toBe(1);
      expect(r3.ms).toBeLessThan(2000 + 5000 + 3000);
      expect(r3.err).toContain('sync: a server took more than 2 s to answer; stopped waiting');
      expect(r3.out).toEqual(['PostgreSQL: all contacts synced']);
      // As its own process: the request the silent server holds open is cut, so the command ends
      // by itself (no forced exit), with the same answer.
      const env = { ...process.env, ...envFor(pgs.url), BIZCARD_S3_PORT: String((silent.address() as net.AddressInfo).port) };
      const t0 = Date.now();
      const code = await new Promise<number | null>((resolve) => {
        const child = spawnGuarded(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../main/cli.ts'), 'sync', '--data-dir', hungDesk.dataDir, '--timeout', '2'], { env, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect(code).toBe(1);
      expect(Date.now() - t0).toBeLessThan(15_000);
    } finally {
      for (const sock of sockets) sock.destroy();
      await new Promise((r) => silent.close(r));
      await hungDesk.close();
    }
    // Both up: everything, exactly once.
    const ok = await runSync(dataDir, envFor(pgs.url));
    expect(ok.code).toBe(0);
    expect(ok.out).toEqual(['PostgreSQL: all contacts synced', 'S3: all images synced']);
    const again = new BizcardApp({ dataDir });
    await expectExactlyOnce(again);
    await again.close();
  });
});

describe('a hung S3 server (accepts, never answers)', () => {
  /** Polls `cond` every 200 ms; fails the test with `what` after `ms`. */
  async function until(what: string, cond: () => boolean | Promise<boolean>, ms: number): Promise<void> {
    const end = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('every S3 request is cut after the time-out as a network failure: no answer at all, or headers and then nothing', async () => {
    const sockets = new Set<net.Socket>();
    const hold = (sock: net.Socket) => {
      sockets.add(sock.on('error', () => {}));
      return sock;
    };
    const silent = net.createServer(hold);
    // Answers a request's head and never sends the body it announced.
    const headOnly = net.createServer((sock) => hold(sock).once('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n')));
    await Promise.all([silent, headOnly].map((srv) => new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))));
    const storeAt = (srv: net.Server) => new MinioObjectStore({ ...s3.settings, port: (srv.address() as net.AddressInfo).port, timeout: 0.5 });
    try {
      const cases: [string, () => Promise<unknown>][] = [
        ['ensureBucket, no answer', () => storeAt(silent).ensureBucket()],
        ['putVerified, no answer', () => storeAt(silent).putVerified('k', Buffer.from('jpeg'), { contentType: 'image/jpeg', metadata: {} })],
        ['stat, no answer', () => storeAt(silent).stat('k')],
        ['putVerified, headers then nothing', () => storeAt(headOnly).putVerified('k', Buffer.from('jpeg'), { contentType: 'image/jpeg', metadata: {} })],
      ];
      for (const [name, call] of cases) {
        const t0 = Date.now();
        const e = await call().then(
          () => null,
          (err: unknown) => err,
        );
        expect(e, name).toMatchObject({ code: 'ETIMEDOUT' });
        expect(classifyS3(e), name).toEqual({ kind: 'transient', message: 'ETIMEDOUT: S3 server sent nothing for 0.5 s' });
        expect(Date.now() - t0, name).toBeLessThan(3000);
      }
    } finally {
      for (const sock of sockets) sock.destroy();
      await Promise.all([silent, headOnly].map((srv) => new Promise((r) => srv.close(r))));
    }
  });

  it('`bizcard sync --watch` cuts the request a silent S3 holds, goes on retrying, and once S3 answers every image arrives once', async () => {
    const app = await desk(3);
    const dataDir = app.dataDir;
    const uids = app.contacts.list().map((c) => c.uid);
    await app.close();
    const proxy = new FaultProxy(s3.settings.port!);
    await proxy.start();
    proxy.silent = true;
    const env = {
      ...process.env,
      BIZCARD_PG_URL: pgs.url,
      BIZCARD_S3_ENDPOINT: s3.settings.endPoint,
      BIZCARD_S3_PORT: String(proxy.port),
      BIZCARD_S3_SSL: 'false',
      BIZCARD_S3_ACCESS_KEY: s3.settings.accessKey,
      BIZCARD_S3_SECRET_KEY: s3.settings.secretKey,
      BIZCARD_S3_TIMEOUT: '1',
    };
    const child = spawnGuarded(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../main/cli.ts'), 'sync', '--watch', '--data-dir', dataDir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const onServer = async (withImage: boolean) =>
      (await pgs.query<{ n: number }>(`SELECT count(*)::int AS n FROM bizcard.contacts WHERE uid = ANY($1::uuid[])${withImage ? ' AND image_object_key IS NOT NULL' : ''}`, [uids]))[0]!.n;
    try {
      // Without a time-out the first request is held for good and no second one ever comes.
      await until('a second S3 request after the first was cut', () => proxy.held >= 2, 30_000);
      expect(stderr).toContain('S3: ETIMEDOUT: S3 server sent nothing for 1 s (will retry)');
      // The loop goes on: contacts reach PostgreSQL while S3 hangs.
      await until('the contacts on PostgreSQL', async () => (await onServer(false)) === 3, 15_000);
      proxy.silent = false;
      await until('every image on S3 and its key on PostgreSQL', async () => (await onServer(true)) === 3, 30_000);
    } finally {
      await stopGroup(child);
      await proxy.stop();
    }
    const again = new BizcardApp({ dataDir });
    await expectExactlyOnce(again);
    await again.close();
    await expectNoOrphanObjects();
  });
});

describe('retention', () => {
  it('removes a local original only after its object is confirmed on the server', async () => {
    const app = await desk(4);
    const originals = app.contacts.list().map((c) => app.contacts.imageOf(c.uid)!.file);
    await s3.pause();
    const remote = new PgRemoteDb({ url: pgs.url, ssl: false });
    const engine = new SyncEngine(app.db, app.contacts, remote, new MinioObjectStore(s3.settings), { removeLocalAfterUpload: true, random: () => 0.05 });
    await engine.drainOnce();
    // Object store down: every original stays.
    expect(originals.every((f) => fs.existsSync(app.contacts.images.abs(f)))).toBe(true);
    await s3.resume();
    engine.poke();
    await engine.run({ untilEmpty: true });
    expect(originals.some((f) => fs.existsSync(app.contacts.images.abs(f)))).toBe(false);
    const c = app.contacts.list()[0]!;
    expect(await new MinioObjectStore(s3.settings).stat(c.objectKey!)).not.toBeNull();
    // The card picture and thumbnail the UI shows stay local.
    expect(fs.existsSync(app.contacts.images.abs(app.contacts.imageOf(c.uid)!.thumbFile))).toBe(true);
    await remote.close();
    await app.close();
  });
});

describe('sync settings', () => {
  it('names the setting that is wrong, never its value', () => {
    expect(() => parseSettings({ pg: { url: 'mysql://x:secret@h/db' } })).toThrow(/setting pg.url \(from settings\): must start with postgres/);
    expect(() => parseSettings({ s3: { endPoint: 'h', accessKey: 'a', secretKey: '' } })).toThrow(/setting s3.secretKey \(give it in Settings, sync.json or BIZCARD_S3_SECRET_KEY or AWS_SECRET_ACCESS_KEY\) is empty/);
    try {
      parseSettings({ pg: { url: 'mysql://x:secret@h/db' } });
    } catch (e) {
      expect(String(e)).not.toContain('secret');
    }
  });
});
