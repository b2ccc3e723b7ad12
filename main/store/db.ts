import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DIR_MODE, FILE_MODE } from './data-folder.js';

export type Db = Database.Database;

/** Versioned migrations: index i brings the schema from user_version i to i + 1. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE images (
    hash TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    card_file TEXT NOT NULL,
    thumb_file TEXT NOT NULL,
    original_filename TEXT NOT NULL,
    safe_filename TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    card_width INTEGER NOT NULL,
    card_height INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE contacts (
    uid TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    phones TEXT NOT NULL DEFAULT '[]',
    emails TEXT NOT NULL DEFAULT '[]',
    websites TEXT NOT NULL DEFAULT '[]',
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    event TEXT NOT NULL DEFAULT '',
    recognition_method TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT '{}',
    sources TEXT NOT NULL DEFAULT '{}',
    image_hash TEXT REFERENCES images(hash),
    qr_payload TEXT,
    ocr_lines TEXT,
    search TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    server_id INTEGER,
    object_key TEXT
  );
  CREATE INDEX contacts_created ON contacts(created_at);
  CREATE INDEX contacts_event ON contacts(event);
  CREATE TABLE contact_keys (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    uid TEXT NOT NULL REFERENCES contacts(uid) ON DELETE CASCADE,
    PRIMARY KEY (kind, key, uid)
  );
  CREATE INDEX contact_keys_uid ON contact_keys(uid);
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_uid TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    target TEXT NOT NULL CHECK (target IN ('db', 'objects')),
    object_key TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT
  );
  CREATE INDEX outbox_pending ON outbox(status, target, id);
  `,
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) VALUES ('desk_id', lower(hex(randomblob(8))));
  CREATE TABLE sync_state (
    target TEXT PRIMARY KEY,
    reachable INTEGER,
    last_error TEXT,
    last_error_at TEXT,
    last_ok_at TEXT
  );
  `,
  // The inbox: recognised cards waiting for review, with their images already on disk, so
  // a reload, a restart or a crash loses none. A row leaves 'pending' when it is saved,
  // joined into a contact or merged; it keeps what Undo needs until the next start.
  `
  CREATE TABLE inbox (
    scan_id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    image_hash TEXT NOT NULL,
    image_file TEXT NOT NULL,
    card_file TEXT NOT NULL,
    thumb_file TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    card_width INTEGER NOT NULL,
    card_height INTEGER NOT NULL,
    card_quad TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    method TEXT NOT NULL,
    fields TEXT NOT NULL,
    confidence TEXT NOT NULL DEFAULT '{}',
    sources TEXT NOT NULL DEFAULT '{}',
    qr_payload TEXT,
    ocr_lines TEXT NOT NULL DEFAULT '[]',
    ms INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'saved', 'joined', 'merged')),
    contact_uid TEXT,
    undo TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT
  );
  CREATE INDEX inbox_state ON inbox(state, created_at);
  -- More images of one contact: the back of a card joined into it, or a duplicate's card merged into it.
  CREATE TABLE contact_images (
    contact_uid TEXT NOT NULL REFERENCES contacts(uid) ON DELETE CASCADE,
    image_hash TEXT NOT NULL REFERENCES images(hash),
    scan_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('back', 'duplicate')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (contact_uid, image_hash)
  );
  `,
  // A contact merged into another keeps its row as a tombstone pointing at the one it went
  // into (the server learns the link); sync remembers what kind of error it last met.
  `
  ALTER TABLE contacts ADD COLUMN merged_into TEXT;
  ALTER TABLE sync_state ADD COLUMN last_error_kind TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Opens (creating if needed) the desk database: WAL, foreign keys, migrated to the latest version. */
export function openDb(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE });
  // SQLite creates the database with the umask's mode (0644) and gives its -wal and -shm
  // files the database's mode: created 0600 here, all three stay private.
  fs.closeSync(fs.openSync(file, 'a', FILE_MODE));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a committed contact survives a power cut, not only a crashed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) throw new Error(`database schema v${current} is newer than this app (v${MIGRATIONS.length})`);
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
