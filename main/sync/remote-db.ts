import pg from 'pg';
import type { SavedContact } from '../../shared/contact.js';
import { splitAddress } from '../export/address.js';
import type { PgSettings } from './settings.js';

/**
 * The server side of sync: our tables live in their own PostgreSQL schema (default
 * `bizcard`), so a database that already has a `contacts` table (a CRM's, say) is no
 * obstacle. Layout (documented in the README):
 *
 *   <schema>.schema_version  one row: the migration level
 *   <schema>.desks           desk_id, name (human-readable, default the host name), first/last seen
 *   <schema>.contacts        one row per contact uid; deleted_at marks a tombstone
 *   <schema>.contacts_flat   view: live contacts, phones and e-mails as plain columns
 *   <schema>.contact_phones  view: one row per phone
 *   <schema>.contact_emails  view: one row per e-mail
 */
export const DEFAULT_PG_SCHEMA = 'bizcard';

/** A schema name we can put into SQL unquoted-safe (we still quote it). */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A contact as the server gets it: tombstones included, with the desk's merge link. */
export interface RemoteContact extends SavedContact {
  deletedAt: string | null;
  mergedInto: string | null;
}

export interface Desk {
  id: string;
  name: string;
}

/**
 * The previous version's layout: `public.contacts` and `public.bizcard_schema` (version 1),
 * made by this very DDL. Migration 1 below is the same table, so a database made by the
 * previous version is moved into our schema as is and carries on from level 1.
 */
const V1_CONTACTS = `CREATE TABLE contacts (
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
   CREATE INDEX contacts_event ON contacts (event);`;

/** Server migrations, run with search_path set to our schema only; index i brings level i to i + 1. */
const MIGRATIONS: string[] = [
  V1_CONTACTS,
  `CREATE TABLE desks (
     desk_id TEXT PRIMARY KEY,
     name TEXT NOT NULL DEFAULT '',
     first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
   );
   INSERT INTO desks (desk_id, name, first_seen_at, last_seen_at)
     SELECT desk_id, desk_id, min(received_at), max(received_at) FROM contacts GROUP BY desk_id;
   ALTER TABLE contacts
     ADD COLUMN desk_name TEXT NOT NULL DEFAULT '',
     ADD COLUMN deleted_at TIMESTAMPTZ,
     ADD COLUMN merged_into UUID,
     ADD COLUMN address_street TEXT NOT NULL DEFAULT '',
     ADD COLUMN address_city TEXT NOT NULL DEFAULT '',
     ADD COLUMN address_region TEXT NOT NULL DEFAULT '',
     ADD COLUMN address_postcode TEXT NOT NULL DEFAULT '',
     ADD COLUMN address_country TEXT NOT NULL DEFAULT '';
   UPDATE contacts SET desk_name = desk_id;
   CREATE INDEX contacts_emails ON contacts USING gin (emails);
   CREATE INDEX contacts_company ON contacts (lower(company));
   CREATE INDEX contacts_updated_at ON contacts (updated_at);
   CREATE INDEX contacts_desk ON contacts (desk_id);
   CREATE INDEX contacts_live ON contacts (created_at) WHERE deleted_at IS NULL;
   CREATE VIEW contact_phones AS
     SELECT c.id AS contact_id, c.uid, p.ord AS position, p.value->>'kind' AS kind, p.value->>'value' AS phone, coalesce(p.value->>'ext', '') AS ext
     FROM contacts c CROSS JOIN LATERAL jsonb_array_elements(c.phones) WITH ORDINALITY AS p(value, ord)
     WHERE c.deleted_at IS NULL;
   CREATE VIEW contact_emails AS
     SELECT c.id AS contact_id, c.uid, e.ord AS position, e.value AS email
     FROM contacts c CROSS JOIN LATERAL jsonb_array_elements_text(c.emails) WITH ORDINALITY AS e(value, ord)
     WHERE c.deleted_at IS NULL;
   CREATE VIEW contacts_flat AS
     SELECT c.id, c.uid, c.name, c.given_name, c.middle_name, c.family_name, c.title, c.company, c.department,
       c.emails->>0 AS email, c.emails->>1 AS email_2, c.emails->>2 AS email_3,
       (SELECT string_agg(e, ', ') FROM jsonb_array_elements_text(c.emails) e) AS emails,
       (SELECT p->>'value' FROM jsonb_array_elements(c.phones) p WHERE p->>'kind' = 'work' LIMIT 1) AS phone_work,
       (SELECT p->>'value' FROM jsonb_array_elements(c.phones) p WHERE p->>'kind' = 'mobile' LIMIT 1) AS phone_mobile,
       (SELECT p->>'value' FROM jsonb_array_elements(c.phones) p WHERE p->>'kind' = 'fax' LIMIT 1) AS phone_fax,
       (SELECT p->>'value' FROM jsonb_array_elements(c.phones) p WHERE p->>'kind' = 'other' LIMIT 1) AS phone_other,
       (SELECT string_agg(p->>'value' || coalesce(' ext. ' || (p->>'ext'), ''), ', ') FROM jsonb_array_elements(c.phones) p) AS phones,
       c.websites->>0 AS website,
       c.address, c.address_street, c.address_city, c.address_region, c.address_postcode, c.address_country,
       c.notes, (SELECT string_agg(t, ', ') FROM jsonb_array_elements_text(c.tags) t) AS tags, c.event,
       c.recognition_method, c.image_object_key, c.desk_id, d.name AS desk_name, c.created_at, c.updated_at
     FROM contacts c LEFT JOIN desks d ON d.desk_id = c.desk_id
     WHERE c.deleted_at IS NULL;`,
];
const LOCK_KEY = 0x62697a63; // "bizc"

/** The database has something in our way (a table we did not make): a person must choose another schema or move it. */
export class SchemaConflictError extends Error {
  readonly code = 'schema_conflict';
}

export interface RemoteDb {
  migrate(): Promise<void>;
  /** Inserts or updates by uid (tombstones too); an older version never overwrites a newer one. Returns uid -> server id. */
  upsert(contacts: RemoteContact[], desk: Desk): Promise<Map<string, number>>;
  /** Tombstones contacts the desk no longer has a row for (deletions are otherwise sent as tombstone upserts). */
  remove(uids: string[]): Promise<void>;
  setObjectKeys(keys: { uid: string; key: string }[]): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const COLS = [
  'uid', 'desk_id', 'desk_name', 'name', 'given_name', 'middle_name', 'family_name', 'title', 'company', 'department', 'phones', 'emails', 'websites',
  'address', 'address_street', 'address_city', 'address_region', 'address_postcode', 'address_country',
  'notes', 'tags', 'event', 'recognition_method', 'created_at', 'updated_at', 'version', 'deleted_at', 'merged_into',
];

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export class PgRemoteDb implements RemoteDb {
  private readonly pool: pg.Pool;
  readonly schema: string;
  private readonly q: string;

  constructor(s: Omit<PgSettings, 'schema' | 'verifyHost'> & { schema?: string; verifyHost?: boolean; connectTimeoutMs?: number }) {
    this.schema = s.schema ?? DEFAULT_PG_SCHEMA;
    if (!SCHEMA_NAME.test(this.schema)) throw new SchemaConflictError(`PostgreSQL schema name "${this.schema}" must be lower-case letters, digits and _`);
    this.q = ident(this.schema);
    this.pool = new pg.Pool({
      // The URL carries no ssl parameters (main/sync/config.ts decided TLS): only this option sets it.
      connectionString: s.url,
      ssl: s.ssl ? { rejectUnauthorized: true, ca: s.ca, ...(s.verifyHost === false ? { checkServerIdentity: () => undefined } : {}) } : false,
      max: 4,
      connectionTimeoutMillis: s.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 10_000,
      query_timeout: 30_000,
    });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
  }

  private async tableExists(c: pg.PoolClient, schema: string, table: string): Promise<boolean> {
    return (await c.query('SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, table])).rowCount === 1;
  }

  private async columns(c: pg.PoolClient, schema: string, table: string): Promise<Set<string>> {
    const r = await c.query<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2', [schema, table]);
    return new Set(r.rows.map((x) => x.column_name));
  }

  /**
   * Brings the server to the current layout, under an advisory lock so desks starting
   * together take turns. A database from the previous version (tables in `public`) is
   * moved into our schema in place, ids and rows kept; a table in our way that we did not
   * make is a SchemaConflictError, never a retry loop.
   */
  async migrate(): Promise<void> {
    const c = await this.pool.connect();
    let locked = false;
    try {
      await c.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
      locked = true;
      await c.query('BEGIN');
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.q}`);
      let level: number;
      if (await this.tableExists(c, this.schema, 'schema_version')) {
        level = (await c.query<{ version: number }>(`SELECT version FROM ${this.q}.schema_version`)).rows[0]?.version ?? 0;
      } else {
        level = await this.adoptPrevious(c);
      }
      if (level > MIGRATIONS.length) throw new SchemaConflictError(`PostgreSQL schema ${this.schema} is at level ${level}, newer than this app (${MIGRATIONS.length}); update the app`);
      await c.query(`SET LOCAL search_path TO ${this.q}`);
      for (let v = level; v < MIGRATIONS.length; v++) {
        await c.query(MIGRATIONS[v]!);
        if (v === 1) await this.backfillAddressParts(c);
      }
      await c.query(`UPDATE ${this.q}.schema_version SET version = $1`, [MIGRATIONS.length]);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw asSchemaConflict(e, this.schema);
    } finally {
      if (locked) await c.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
      c.release();
    }
  }

  /** A first start in this schema: take over the previous version's tables if they are there. Returns the level reached. */
  private async adoptPrevious(c: pg.PoolClient): Promise<number> {
    const s = this.schema;
    let level = 0;
    if ((await this.tableExists(c, 'public', 'bizcard_schema')) && (await this.tableExists(c, 'public', 'contacts'))) {
      const cols = await this.columns(c, 'public', 'contacts');
      const prev = (await c.query<{ version: number }>('SELECT version FROM public.bizcard_schema')).rows[0]?.version ?? 0;
      if (prev === 1 && ['uid', 'desk_id', 'recognition_method', 'image_object_key', 'received_at'].every((k) => cols.has(k))) {
        if (s !== 'public' && (await this.tableExists(c, s, 'contacts')))
          throw new SchemaConflictError(`PostgreSQL schema conflict: both public.contacts (from the previous version) and ${s}.contacts exist; move one of them`);
        // Moves the table with its rows, ids, sequence, indexes and constraints; nothing is copied.
        if (s !== 'public') await c.query(`ALTER TABLE public.contacts SET SCHEMA ${this.q}`);
        await c.query('DROP TABLE public.bizcard_schema');
        level = 1;
      }
    }
    if (level === 0 && (await this.tableExists(c, s, 'contacts')))
      throw new SchemaConflictError(`PostgreSQL schema conflict: table ${s}.contacts exists and was not made by BizCard (no ${s}.schema_version); choose another schema (BIZCARD_PG_SCHEMA) or move that table`);
    await c.query(`CREATE TABLE ${this.q}.schema_version (version INTEGER NOT NULL)`);
    await c.query(`INSERT INTO ${this.q}.schema_version VALUES ($1)`, [level]);
    return level;
  }

  /** Address parts for rows written before the server had them (split as the vCard export splits), 1,000 rows a statement. */
  private async backfillAddressParts(c: pg.PoolClient): Promise<void> {
    const rows = (await c.query<{ id: string; address: string }>(`SELECT id, address FROM contacts WHERE address <> '' ORDER BY id`)).rows;
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const parts = chunk.map((r) => splitAddress(r.address));
      await c.query(
        `UPDATE contacts c SET address_street = p.street, address_city = p.city, address_region = p.region, address_postcode = p.postcode, address_country = p.country
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS p(id, street, city, region, postcode, country) WHERE c.id = p.id`,
        [chunk.map((r) => r.id), ...(['street', 'city', 'region', 'postcode', 'country'] as const).map((k) => parts.map((a) => a[k]))],
      );
    }
  }

  async upsert(contacts: RemoteContact[], desk: Desk): Promise<Map<string, number>> {
    if (!contacts.length) return new Map();
    const params: unknown[] = [];
    const rows = contacts.map((c) => {
      const a = splitAddress(c.address);
      const vals = [
        c.uid, desk.id, desk.name, c.name, c.givenName, c.middleName, c.familyName, c.title, c.company, c.department,
        JSON.stringify(c.phones), JSON.stringify(c.emails), JSON.stringify(c.websites),
        c.address, a.street, a.city, a.region, a.postcode, a.country,
        c.notes, JSON.stringify(c.tags), c.event, c.recognitionMethod, c.createdAt, c.updatedAt, c.version, c.deletedAt, c.mergedInto,
      ];
      return `(${vals.map((v) => `$${params.push(v)}`).join(', ')})`;
    });
    const update = COLS.filter((c) => c !== 'uid').map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    // One statement (the desk's row rides along as a CTE): applied whole or not at all, and
    // a retry after a lost answer is the same idempotent upsert.
    const deskParams = [params.push(desk.id), params.push(desk.name)];
    await this.pool.query(
      `WITH desk AS (
         INSERT INTO ${this.q}.desks (desk_id, name) VALUES ($${deskParams[0]}, $${deskParams[1]})
         ON CONFLICT (desk_id) DO UPDATE SET name = EXCLUDED.name, last_seen_at = now()
       )
       INSERT INTO ${this.q}.contacts (${COLS.join(', ')}) VALUES ${rows.join(', ')}
       ON CONFLICT (uid) DO UPDATE SET ${update}, received_at = now() WHERE contacts.version <= EXCLUDED.version`,
      params,
    );
    // Rows skipped because the server holds a newer version still have their id.
    const ids = await this.pool.query<{ uid: string; id: string }>(`SELECT uid, id FROM ${this.q}.contacts WHERE uid = ANY($1::uuid[])`, [contacts.map((c) => c.uid)]);
    return new Map(ids.rows.map((r) => [r.uid, Number(r.id)]));
  }

  async remove(uids: string[]): Promise<void> {
    if (uids.length)
      await this.pool.query(`UPDATE ${this.q}.contacts SET deleted_at = now(), received_at = now() WHERE uid = ANY($1::uuid[]) AND deleted_at IS NULL`, [uids]);
  }

  async setObjectKeys(keys: { uid: string; key: string }[]): Promise<void> {
    if (!keys.length) return;
    await this.pool.query(
      `UPDATE ${this.q}.contacts c SET image_object_key = k.key FROM unnest($1::uuid[], $2::text[]) AS k(uid, key) WHERE c.uid = k.uid`,
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

/**
 * PostgreSQL's own words for "something is in the way" (a duplicate table, schema, object
 * or a wrong object type), as a SchemaConflictError naming our schema.
 */
function asSchemaConflict(e: unknown, schema: string): unknown {
  if (e instanceof SchemaConflictError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (['42P07', '42P06', '42710', '42809', '42P16'].includes(code))
    return new SchemaConflictError(`PostgreSQL schema conflict in ${schema}: ${(e as Error).message} (${code}); choose another schema (BIZCARD_PG_SCHEMA) or clear it`);
  return e;
}
