import pg from 'pg';
import type { SavedContact } from '../../shared/contact.js';
import type { PgSettings } from './settings.js';

/** Server-side migrations, applied under an advisory lock so desks starting together take turns. */
const MIGRATIONS = [
  `CREATE TABLE contacts (
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
   CREATE INDEX contacts_event ON contacts (event);`,
];
const LOCK_KEY = 0x62697a63; // "bizc"

export interface RemoteDb {
  migrate(): Promise<void>;
  /** Inserts or updates by uid; an older version never overwrites a newer one. Returns uid -> server id. */
  upsert(contacts: SavedContact[], deskId: string): Promise<Map<string, number>>;
  remove(uids: string[]): Promise<void>;
  setObjectKeys(keys: { uid: string; key: string }[]): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const COLS = ['uid', 'desk_id', 'name', 'given_name', 'middle_name', 'family_name', 'title', 'company', 'department', 'phones', 'emails', 'websites', 'address', 'notes', 'tags', 'event', 'recognition_method', 'created_at', 'updated_at', 'version'];

export class PgRemoteDb implements RemoteDb {
  private readonly pool: pg.Pool;

  constructor(s: PgSettings) {
    this.pool = new pg.Pool({
      connectionString: s.url,
      ssl: s.ssl ? { rejectUnauthorized: true, ca: s.ca } : undefined,
      max: 4,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 10_000,
      query_timeout: 30_000,
    });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
  }

  async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
      await c.query('CREATE TABLE IF NOT EXISTS bizcard_schema (version INTEGER NOT NULL)');
      const r = await c.query<{ version: number }>('SELECT version FROM bizcard_schema');
      let v = r.rows[0]?.version ?? 0;
      if (!r.rows.length) await c.query('INSERT INTO bizcard_schema VALUES (0)');
      for (; v < MIGRATIONS.length; v++) {
        await c.query('BEGIN');
        await c.query(MIGRATIONS[v]!);
        await c.query('UPDATE bizcard_schema SET version = $1', [v + 1]);
        await c.query('COMMIT');
      }
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
      c.release();
    }
  }

  async upsert(contacts: SavedContact[], deskId: string): Promise<Map<string, number>> {
    if (!contacts.length) return new Map();
    const params: unknown[] = [];
    const rows = contacts.map((c) => {
      const vals = [c.uid, deskId, c.name, c.givenName, c.middleName, c.familyName, c.title, c.company, c.department, JSON.stringify(c.phones), JSON.stringify(c.emails), JSON.stringify(c.websites), c.address, c.notes, JSON.stringify(c.tags), c.event, c.recognitionMethod, c.createdAt, c.updatedAt, c.version];
      return `(${vals.map((v) => `$${params.push(v)}`).join(', ')})`;
    });
    const update = COLS.filter((c) => c !== 'uid').map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    await this.pool.query(
      `INSERT INTO contacts (${COLS.join(', ')}) VALUES ${rows.join(', ')}
       ON CONFLICT (uid) DO UPDATE SET ${update}, received_at = now() WHERE contacts.version <= EXCLUDED.version`,
      params,
    );
    // Rows skipped because the server holds a newer version still have their id.
    const ids = await this.pool.query<{ uid: string; id: string }>('SELECT uid, id FROM contacts WHERE uid = ANY($1::uuid[])', [contacts.map((c) => c.uid)]);
    return new Map(ids.rows.map((r) => [r.uid, Number(r.id)]));
  }

  async remove(uids: string[]): Promise<void> {
    if (uids.length) await this.pool.query('DELETE FROM contacts WHERE uid = ANY($1::uuid[])', [uids]);
  }

  async setObjectKeys(keys: { uid: string; key: string }[]): Promise<void> {
    if (!keys.length) return;
    await this.pool.query(
      `UPDATE contacts c SET image_object_key = k.key FROM unnest($1::uuid[], $2::text[]) AS k(uid, key) WHERE c.uid = k.uid`,
      [keys.map((k) => k.uid), keys.map((k) => k.key)],
    );
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
