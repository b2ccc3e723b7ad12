import crypto from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BizcardApp } from '../../main/app.js';
import { main } from '../../main/cli.js';
import { setDeskName } from '../../main/store/desk.js';
import { mergeContacts } from '../../main/store/merge.js';
import { SyncEngine } from '../../main/sync/engine.js';
import { decodeMetaValue, MinioObjectStore } from '../../main/sync/object-store.js';
import { PgRemoteDb, SchemaConflictError } from '../../main/sync/remote-db.js';
import { emptyFields, type ContactFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';
import { TestPostgres, TestS3 } from './servers.js';

/**
 * The previous version's server DDL (main/sync/remote-db.ts at 70523d1), word for word: the
 * tables it made in `public`, as an existing installation has them.
 */
const PREVIOUS_VERSION_DDL = `
  CREATE TABLE IF NOT EXISTS bizcard_schema (version INTEGER NOT NULL);
  INSERT INTO bizcard_schema VALUES (0);
  CREATE TABLE contacts (
     id BIGSERIAL PRIMARY KEY,
     uid UUID NOT NULL UNIQUE,
     desk_id TEXT NOT NULL,
     name TEXT NOT NULL DEFAULT '',
     given_name TEXT NOT NULL DEFAULT '',
     middle_name TEXT NOT NULL DEFAULT '',
     family_name TEXT NOT NULL DEFAULT '',
     title TEXT NOT NULL DEFAULT '',
     company TEXT NOT NULL DEFAULT '',
     department TEXT NOT NULL DEFAULT '',
     phones JSONB NOT NULL DEFAULT '[]',
     emails JSONB NOT NULL DEFAULT '[]',
     websites JSONB NOT NULL DEFAULT '[]',
     address TEXT NOT NULL DEFAULT '',
     notes TEXT NOT NULL DEFAULT '' CHECK (char_length(notes) <= 5000),
     tags JSONB NOT NULL DEFAULT '[]',
     event TEXT NOT NULL DEFAULT '',
     recognition_method TEXT NOT NULL,
     image_object_key TEXT,
     created_at TIMESTAMPTZ NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL,
     version INTEGER NOT NULL,
     received_at TIMESTAMPTZ NOT NULL DEFAULT now()
   );
   CREATE INDEX contacts_event ON contacts (event);
   UPDATE bizcard_schema SET version = 1;`;

const pgs = new TestPostgres();
const s3 = new TestS3();
const dirs: string[] = [];
beforeAll(async () => {
  await Promise.all([pgs.start(), s3.start()]);
});
afterAll(async () => {
  await Promise.all([pgs.stop(), s3.stop()]);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh database on the test server, so each case starts from its own layout. */
async function database(): Promise<string> {
  const name = `schema_${crypto.randomBytes(4).toString('hex')}`;
  await pgs.query(`CREATE DATABASE ${name}`);
  return pgs.url.replace(/\/[^/]*$/, `/${name}`);
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

function deskApp(): BizcardApp {
  const d = tempDir('bizcard-schema-desk-');
  dirs.push(d);
  return new BizcardApp({ dataDir: d });
}

async function save(app: BizcardApp, fields: Partial<ContactFields>, file?: string) {
  const jpeg = file ? await sharp({ create: { width: 48, height: 30, channels: 3, background: { r: crypto.randomInt(255), g: 9, b: 9 } } }).jpeg().toBuffer() : null;
  return app.contacts.save(
    {
      fields: { ...emptyFields(), ...fields },
      method: 'qr',
      event: 'Expo',
      image: jpeg ? { original: jpeg, originalFilename: file!, mime: 'image/jpeg', card: jpeg, cardWidth: 48, cardHeight: 30, thumbnail: jpeg } : undefined,
    },
    { allowDuplicate: true },
  ).contact!;
}

describe('the PostgreSQL schema', () => {
  it('migrates a previous version database in place: rows, ids and object keys kept, moved into bizcard, parts backfilled', async () => {
    const url = await database();
    await sql(url, PREVIOUS_VERSION_DDL);
    const oldUid = crypto.randomUUID();
    await sql(
      url,
      `INSERT INTO contacts (uid, desk_id, name, company, emails, phones, address, recognition_method, image_object_key, created_at, updated_at, version)
       VALUES ($1, 'desk-old', 'Анна Смирнова', 'Ромашка', '["anna@romashka.ru"]', '[{"value":"+74951234567","kind":"work"}]', '125009, Москва, Тверская ул., 7', 'ocr', 'contact_1_x.jpg', now(), now(), 1)`,
      [oldUid],
    );
    const remote = new PgRemoteDb({ url, ssl: false });
    try {
      await remote.migrate();
      await remote.migrate(); // a second start changes nothing
    } finally {
      await remote.close();
    }
    expect(await sql(url, `SELECT to_regclass('public.contacts') AS t, to_regclass('public.bizcard_schema') AS s`)).toEqual([{ t: null, s: null }]);
    expect(await sql(url, 'SELECT version FROM bizcard.schema_version')).toEqual([{ version: 2 }]);
    const [row] = await sql<Record<string, unknown>>(url, 'SELECT id::int, name, desk_id, desk_name, image_object_key, address_street, address_city, address_postcode, deleted_at FROM bizcard.contacts WHERE uid = $1', [oldUid]);
    expect(row).toEqual({ id: 1, name: 'Анна Смирнова', desk_id: 'desk-old', desk_name: 'desk-old', image_object_key: 'contact_1_x.jpg', address_street: 'Тверская ул., 7', address_city: 'Москва', address_postcode: '125009', deleted_at: null });
    expect(await sql(url, 'SELECT desk_id, name FROM bizcard.desks')).toEqual([{ desk_id: 'desk-old', name: 'desk-old' }]);
    // The flattened view SQL users read.
    expect(await sql(url, 'SELECT name, email, phone_work, phones, address_city FROM bizcard.contacts_flat')).toEqual([{ name: 'Анна Смирнова', email: 'anna@romashka.ru', phone_work: '+74951234567', phones: '+74951234567', address_city: 'Москва' }]);
    const indexes = (await sql<{ indexdef: string }>(url, `SELECT indexdef FROM pg_indexes WHERE schemaname = 'bizcard' AND tablename = 'contacts'`)).map((r) => r.indexdef).join('\n');
    for (const col of ['emails', 'lower(company)', 'updated_at', 'desk_id']) expect(indexes).toContain(col);

    // New contacts keep numbering after the moved rows (the sequence moved with the table).
    const app = deskApp();
    setDeskName(app.db, 'Reception, 2nd floor');
    const c = await save(app, { name: 'Olivia Collins', emails: ['olivia@bluefin.example'], address: '350 Mission Street, San Francisco, CA 94105' });
    const engine = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url, ssl: false }), null);
    await engine.run({ untilEmpty: true });
    expect(await sql(url, 'SELECT id::int, desk_name, address_region, address_postcode FROM bizcard.contacts WHERE uid = $1', [c.uid])).toEqual([{ id: 2, desk_name: 'Reception, 2nd floor', address_region: 'CA', address_postcode: '94105' }]);
    expect(await sql(url, 'SELECT name FROM bizcard.desks WHERE desk_id = $1', [engine.deskId])).toEqual([{ name: 'Reception, 2nd floor' }]);
    await app.close();
  });

  it("a database's own public.contacts does not matter, and stays untouched", async () => {
    const url = await database();
    await sql(url, `CREATE TABLE public.contacts (id SERIAL PRIMARY KEY, crm_name TEXT); INSERT INTO public.contacts (crm_name) VALUES ('theirs')`);
    const app = deskApp();
    await save(app, { name: 'Иван', emails: ['ivan@x.example'] });
    const engine = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url, ssl: false }), null);
    await engine.run({ untilEmpty: true });
    expect(await sql(url, 'SELECT crm_name FROM public.contacts')).toEqual([{ crm_name: 'theirs' }]);
    expect(await sql(url, 'SELECT name FROM bizcard.contacts')).toEqual([{ name: 'Иван' }]);
    expect(engine.status()[0]).toMatchObject({ pending: 0, reachable: true, lastError: null });
    await app.close();
  });

  it('a real conflict is reported as a schema conflict, not as an unreachable server', async () => {
    const url = await database();
    await sql(url, `CREATE SCHEMA bizcard; CREATE TABLE bizcard.contacts (id SERIAL PRIMARY KEY, other TEXT)`);
    const remote = new PgRemoteDb({ url, ssl: false });
    await expect(remote.migrate()).rejects.toThrow(SchemaConflictError);
    await expect(remote.migrate()).rejects.toThrow(/schema conflict: table bizcard\.contacts exists and was not made by BizCard/);
    await remote.close();

    const app = deskApp();
    await save(app, { name: 'Waiting' });
    const dataDir = app.dataDir;
    const engine = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url, ssl: false }), null);
    await engine.drainOnce();
    expect(engine.status()[0]).toMatchObject({ reachable: true, pending: 1, lastErrorKind: 'schema' });
    await app.close();
    const out: string[] = [];
    const saved = process.env.BIZCARD_PG_URL;
    process.env.BIZCARD_PG_URL = url;
    try {
      await main(['status', '--data-dir', dataDir], { out: (s) => out.push(s), err: () => {} });
      // A one-off sync ends with a summary that names the conflict too, and fails.
      const syncOut: string[] = [];
      const code = await main(['sync', '--data-dir', dataDir, '--timeout', '3'], { out: (s) => syncOut.push(s), err: (s) => syncOut.push(s) });
      expect(code).toBe(1);
      expect(syncOut.join('\n')).toMatch(/PostgreSQL schema conflict: 1 contacts still queued \(.*table bizcard\.contacts exists/);
      expect(syncOut.join('\n')).not.toMatch(/unreachable/);
    } finally {
      if (saved === undefined) delete process.env.BIZCARD_PG_URL;
      else process.env.BIZCARD_PG_URL = saved;
    }
    expect(out[0]).toMatch(/^PostgreSQL +schema conflict; 1 pending, 0 parked; last error .*schema conflict: table bizcard\.contacts exists/);

    // Another schema, set in the settings, is the way out.
    const other = new PgRemoteDb({ url, ssl: false, schema: 'cards_crm' });
    await other.migrate();
    await other.close();
    expect(await sql(url, 'SELECT version FROM cards_crm.schema_version')).toEqual([{ version: 2 }]);
  });

  it('deletions and merges reach the server as tombstones through the outbox', async () => {
    const url = await database();
    const app = deskApp();
    const a = await save(app, { name: 'Keep Me', emails: ['keep@x.example'] });
    const b = await save(app, { name: 'Delete Me', emails: ['del@x.example'] });
    const engine = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url, ssl: false }), null);
    await engine.run({ untilEmpty: true });
    app.contacts.delete(b.uid);
    expect(app.db.prepare(`SELECT op FROM outbox WHERE contact_uid = ? AND status = 'pending'`).all(b.uid)).toEqual([{ op: 'delete' }]);
    await engine.run({ untilEmpty: true });
    const rows = await sql<{ uid: string; deleted: boolean; version: number }>(url, 'SELECT uid::text, deleted_at IS NOT NULL AS deleted, version FROM bizcard.contacts ORDER BY id');
    expect(rows).toEqual([
      { uid: a.uid, deleted: false, version: 1 },
      { uid: b.uid, deleted: true, version: 2 },
    ]);
    expect((await sql(url, 'SELECT uid::text FROM bizcard.contacts_flat')).map((r) => r.uid)).toEqual([a.uid]);
    await app.close();
  });

  it('a merge reaches the server as a tombstone linked to the survivor, and both card images stay in the bucket', async () => {
    const url = await database();
    const app = deskApp();
    const a = await save(app, { name: 'Anna Berg', emails: ['anna@acme.example'] }, 'anna-front.jpg');
    const b = await save(app, { name: 'A. Berg', title: 'CTO', emails: ['anna@acme.example'] }, 'anna-again.jpg');
    const bucket = `merge-${crypto.randomBytes(3).toString('hex')}`;
    const objects = new MinioObjectStore({ ...s3.settings, bucket });
    const engine = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url, ssl: false }), objects);
    await engine.run({ untilEmpty: true });
    const keyB = app.contacts.get(b.uid)!.objectKey!;
    mergeContacts(app.db, app.contacts, a.uid, b.uid);
    await engine.run({ untilEmpty: true });
    const rows = await sql<{ uid: string; title: string; deleted: boolean; merged_into: string | null; image_object_key: string }>(
      url,
      'SELECT uid::text, title, deleted_at IS NOT NULL AS deleted, merged_into::text, image_object_key FROM bizcard.contacts ORDER BY id',
    );
    expect(rows).toEqual([
      { uid: a.uid, title: 'CTO', deleted: false, merged_into: null, image_object_key: app.contacts.get(a.uid)!.objectKey },
      { uid: b.uid, title: 'CTO', deleted: true, merged_into: a.uid, image_object_key: keyB },
    ]);
    // Every card image of a contact, for SQL users: its own and those of contacts merged into it.
    const images = await sql<{ k: string }>(url, 'SELECT image_object_key AS k FROM bizcard.contacts WHERE (uid = $1 OR merged_into = $1) ORDER BY id', [a.uid]);
    expect(images).toHaveLength(2);
    for (const r of images) expect(await objects.stat(r.k)).not.toBeNull();
    await app.close();
  });

  it('a non-ASCII original file name reaches object metadata RFC 2047 encoded and marked so', async () => {
    const url = await database();
    const app = deskApp();
    const name = 'Визитка — Иван Петров, выставка «Экспо» 2026 (оригинал).jpg';
    const c = await save(app, { name: 'Иван Петров' }, name);
    const bucket = `meta-${crypto.randomBytes(3).toString('hex')}`;
    const objects = new MinioObjectStore({ ...s3.settings, bucket });
    const engine = new SyncEngine(app.db, app.contacts, new PgRemoteDb({ url, ssl: false }), objects);
    await engine.run({ untilEmpty: true });
    const key = app.contacts.get(c.uid)!.objectKey!;
    const st = await objects.stat(key);
    expect(st!.metadata.original_filename_encoding).toBe('rfc2047');
    const words = st!.metadata.original_filename!.split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(words.every((w) => w.length <= 75)).toBe(true);
    expect(decodeMetaValue(st!.metadata.original_filename!, 'rfc2047')).toBe(name);
    expect(st!.metadata.safe_filename).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(st!.metadata.safe_filename_encoding).toBeUndefined();
    await app.close();
  });
});
