import { EventEmitter } from 'node:events';
import type { Db } from '../store/db.js';
import { rowToContact, type ContactStore } from '../store/contacts.js';
import { classifyPg, classifyS3, type Failure } from './errors.js';
import type { ObjectStore } from './object-store.js';
import type { Desk, RemoteContact, RemoteDb } from './remote-db.js';
import { deskName } from '../store/desk.js';

export type Target = 'db' | 'objects';

export interface SyncProgress {
  target: Target;
  done: number;
  total: number;
  current: string;
  /** Items per second since this drain began. */
  rate: number;
}

export interface TargetStatus {
  target: Target;
  configured: boolean;
  reachable: boolean | null;
  pending: number;
  parked: { id: number; uid: string; op: string; error: string }[];
  lastError: string | null;
  /** What kind of error that was: 'schema' is a conflict in the database, not an outage. */
  lastErrorKind: Failure['kind'] | null;
  lastErrorAt: string | null;
  lastOkAt: string | null;
}

interface Entry {
  id: number;
  contact_uid: string;
  op: 'upsert' | 'delete';
  target: Target;
  object_key: string | null;
  attempts: number;
  created_at: string;
}

interface Uploaded {
  entry: Entry;
  key: string;
  file: string;
}

export interface SyncOptions {
  batchSize?: number;
  objectConcurrency?: number;
  removeLocalAfterUpload?: boolean;
  now?: () => number;
  random?: () => number;
}

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 60_000;

/** Full-jitter exponential backoff (AWS architecture blog): spreads desks that come back together. */
export function backoffMs(attempt: number, random = Math.random): number {
  return Math.round(random() * Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 16)));
}

/** `contact_{id}_{timestamp}_{safe_filename}`, the seed system's object naming. */
export function objectKey(serverId: number, createdAt: string, safeFilename: string): string {
  const ts = createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `contact_${serverId}_${ts}_${safeFilename}`;
}

/**
 * Drains the outbox: contacts to PostgreSQL (batched upserts keyed by uid), then images to
 * the object store. Each target has its own reachability and backoff, so a dead object
 * store never holds back contacts. An entry is marked done only after the server
 * confirmed; a rejection the server will repeat forever parks the entry with its reason.
 */
export class SyncEngine extends EventEmitter {
  private readonly batchSize: number;
  private readonly objectConcurrency: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly backoffUntil: Record<Target, number> = { db: 0, objects: 0 };
  private readonly failures: Record<Target, number> = { db: 0, objects: 0 };
  private migrated = false;
  private bucketReady = false;
  private stopped = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly contacts: ContactStore,
    private readonly remote: RemoteDb | null,
    private readonly objects: ObjectStore | null,
    private readonly opts: SyncOptions = {},
  ) {
    super();
    this.batchSize = opts.batchSize ?? 200;
    this.objectConcurrency = opts.objectConcurrency ?? 4;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
  }

  get deskId(): string {
    return (this.db.prepare(`SELECT value FROM meta WHERE key = 'desk_id'`).get() as { value: string }).value;
  }

  /** The desk as the server records it: its id and a name people recognise. */
  get desk(): Desk {
    return { id: this.deskId, name: deskName(this.db) };
  }

  private pendingCount(target: Target): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending' AND target = ?`).get(target) as { n: number }).n;
  }

  private record(target: Target, ok: boolean, error?: string, kind?: Failure['kind']): void {
    const at = new Date(this.now()).toISOString();
    this.db
      .prepare(
        `INSERT INTO sync_state (target, reachable, last_error, last_error_kind, last_error_at, last_ok_at) VALUES (@target, @reachable, @error, @kind, @errorAt, @okAt)
         ON CONFLICT (target) DO UPDATE SET reachable = excluded.reachable,
           last_error = coalesce(excluded.last_error, sync_state.last_error), last_error_at = coalesce(excluded.last_error_at, sync_state.last_error_at),
           last_error_kind = CASE WHEN excluded.last_error IS NULL THEN sync_state.last_error_kind ELSE excluded.last_error_kind END,
           last_ok_at = coalesce(excluded.last_ok_at, sync_state.last_ok_at)`,
      )
      // A schema conflict came from a server that answered: it is reachable, and in trouble.
      .run({ target, reachable: ok || kind === 'schema' ? 1 : 0, error: ok ? null : error, kind: ok ? null : (kind ?? null), errorAt: ok ? null : at, okAt: ok ? at : null });
    if (ok) {
      this.failures[target] = 0;
      this.backoffUntil[target] = 0;
    } else {
      this.failures[target]++;
      this.backoffUntil[target] = this.now() + backoffMs(this.failures[target], this.random);
    }
    this.emit('state', { target, reachable: ok, error });
  }

  private park(ids: number[], reason: string): void {
    const stmt = this.db.prepare(`UPDATE outbox SET status = 'parked', last_error = ?, attempts = attempts + 1 WHERE id = ?`);
    this.db.transaction(() => ids.forEach((id) => stmt.run(reason, id)))();
    this.emit('parked', { ids, reason });
  }

  /** Entries a parked person may push again (after fixing the contact, say). */
  retryParked(target?: Target): number {
    return this.db.prepare(`UPDATE outbox SET status = 'pending', next_attempt_at = 0 WHERE status = 'parked'${target ? ' AND target = ?' : ''}`).run(...(target ? [target] : [])).changes;
  }

  status(): TargetStatus[] {
    return (['db', 'objects'] as Target[]).map((target) => {
      const st = this.db.prepare('SELECT * FROM sync_state WHERE target = ?').get(target) as
        | { reachable: number | null; last_error: string | null; last_error_kind: Failure['kind'] | null; last_error_at: string | null; last_ok_at: string | null }
        | undefined;
      const parked = this.db
        .prepare(`SELECT id, contact_uid AS uid, op, last_error AS error FROM outbox WHERE status = 'parked' AND target = ? ORDER BY id`)
        .all(target) as TargetStatus['parked'];
      return {
        target,
        configured: target === 'db' ? !!this.remote : !!this.objects,
        reachable: st?.reachable === null || st?.reachable === undefined ? null : !!st.reachable,
        pending: this.pendingCount(target),
        parked,
        lastError: st?.last_error ?? null,
        lastErrorKind: st?.last_error_kind ?? null,
        lastErrorAt: st?.last_error_at ?? null,
        lastOkAt: st?.last_ok_at ?? null,
      };
    });
  }

  /** One pass over both targets; returns what is still pending. */
  async drainOnce(): Promise<{ db: number; objects: number }> {
    if (this.remote && this.now() >= this.backoffUntil.db) await this.drainDb();
    if (this.objects && this.now() >= this.backoffUntil.objects) await this.drainObjects();
    return { db: this.pendingCount('db'), objects: this.pendingCount('objects') };
  }

  /**
   * Drains until nothing is pending (or only parked), retrying through outages, until
   * `stop()`. With `untilEmpty` it is a one-off: it also gives up once `deadlineMs` (from
   * the start) has passed or the next retry would fall after it, so a server that stays
   * down cannot keep it running; `status()` then says what is still queued.
   */
  async run(opts: { untilEmpty?: boolean; pollMs?: number; deadlineMs?: number } = {}): Promise<void> {
    this.stopped = false;
    const pollMs = opts.pollMs ?? 2000;
    const deadline = opts.untilEmpty && opts.deadlineMs !== undefined ? this.now() + opts.deadlineMs : Infinity;
    let before = Infinity;
    while (!this.stopped) {
      const left = await this.drainOnce();
      const waiting = (this.remote ? left.db : 0) + (this.objects ? left.objects : 0);
      if (opts.untilEmpty && waiting === 0) return;
      const progressed = waiting < before;
      before = waiting;
      const backoff = (['db', 'objects'] as Target[]).map((t) => this.backoffUntil[t] - this.now()).filter((ms) => ms > 0);
      // Nothing moved and no retry is due: a one-off drain is done (images may be waiting for
      // a server that is not configured); a watcher sleeps until new work or the next poll.
      if (opts.untilEmpty && !progressed && !backoff.length) return;
      const sleep = progressed && !backoff.length ? 0 : backoff.length ? Math.min(...backoff) : pollMs;
      if (this.now() + sleep >= deadline) return;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, sleep);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  /** New work or a settings change: try now instead of waiting out the backoff. */
  poke(): void {
    this.backoffUntil.db = 0;
    this.backoffUntil.objects = 0;
    this.wake?.();
  }

  private progress(target: Target, done: number, total: number, current: string, started: number): void {
    const secs = (this.now() - started) / 1000;
    this.emit('progress', { target, done, total, current, rate: secs > 0 ? done / secs : 0 } satisfies SyncProgress);
  }

  private async drainDb(): Promise<void> {
    const remote = this.remote!;
    try {
      if (!this.migrated) {
        await remote.migrate();
        this.migrated = true;
      }
    } catch (e) {
      const f = classifyPg(e);
      this.record('db', false, f.message, f.kind);
      return;
    }
    const total = this.pendingCount('db');
    const started = this.now();
    let done = 0;
    const select = this.db.prepare(`SELECT * FROM outbox WHERE status = 'pending' AND target = 'db' AND id > ? ORDER BY id LIMIT ?`);
    let after = 0;
    for (;;) {
      const batch = select.all(after, this.batchSize) as Entry[];
      if (!batch.length) return;
      after = batch[batch.length - 1]!.id;
      const failure = await this.pushDbBatch(batch);
      if (failure) {
        this.record('db', false, failure.message, failure.kind);
        return;
      }
      this.record('db', true);
      done += batch.length;
      this.progress('db', done, total, batch[batch.length - 1]!.contact_uid, started);
    }
  }

  /** Pushes a batch; on a rejection, splits it to find and park the entries at fault. */
  private async pushDbBatch(batch: Entry[]): Promise<Failure | null> {
    // A delete is the row as it is now, a tombstone (deleted_at set, version raised), so a
    // downstream copy learns of it; the version guard keeps an older upsert from undoing it.
    const uids = [...new Set(batch.map((e) => e.contact_uid))];
    const rows = uids.map((uid) => this.rawContact(uid)).filter((c): c is RemoteContact => !!c);
    const gone = uids.filter((uid) => !rows.some((r) => r.uid === uid) && batch.some((e) => e.contact_uid === uid && e.op === 'delete'));
    try {
      const ids = await this.remote!.upsert(rows, this.desk);
      await this.remote!.remove(gone);
      const setId = this.db.prepare('UPDATE contacts SET server_id = ? WHERE uid = ?');
      const doneStmt = this.db.prepare(`UPDATE outbox SET status = 'done', done_at = ?, attempts = attempts + 1 WHERE id = ?`);
      const at = new Date(this.now()).toISOString();
      this.db.transaction(() => {
        for (const [uid, id] of ids) setId.run(id, uid);
        for (const e of batch) doneStmt.run(at, e.id);
      })();
      return null;
    } catch (e) {
      const f = classifyPg(e);
      if (f.kind !== 'rejected') return f;
      if (batch.length === 1) {
        const e0 = batch[0]!;
        // Its image cannot be named without a server id: it waits parked beside it.
        const images = this.db.prepare(`SELECT id FROM outbox WHERE contact_uid = ? AND target = 'objects' AND status = 'pending'`).all(e0.contact_uid) as { id: number }[];
        this.park([e0.id], f.message);
        if (images.length) this.park(images.map((i) => i.id), `contact not on the server: ${f.message}`);
        return null;
      }
      const mid = Math.ceil(batch.length / 2);
      return (await this.pushDbBatch(batch.slice(0, mid))) ?? (await this.pushDbBatch(batch.slice(mid)));
    }
  }

  /** The row as stored, deleted or not: the server gets the desk's latest version. */
  private rawContact(uid: string): RemoteContact | null {
    const r = this.db.prepare('SELECT * FROM contacts WHERE uid = ?').get(uid) as (Parameters<typeof rowToContact>[0] & { deleted_at: string | null; merged_into: string | null }) | undefined;
    return r ? { ...rowToContact(r), deletedAt: r.deleted_at, mergedInto: r.merged_into ?? null } : null;
  }

  private async drainObjects(): Promise<void> {
    const store = this.objects!;
    try {
      if (!this.bucketReady) {
        await store.ensureBucket();
        this.bucketReady = true;
      }
    } catch (e) {
      this.record('objects', false, classifyS3(e).message);
      return;
    }
    // Images wait for their contact's server id, which names the object.
    const ready = this.db.prepare(
      `SELECT o.* FROM outbox o JOIN contacts c ON c.uid = o.contact_uid
       WHERE o.status = 'pending' AND o.target = 'objects' AND (c.server_id IS NOT NULL OR o.op = 'delete') AND o.id > ?
       ORDER BY o.id LIMIT ?`,
    );
    const total = this.pendingCount('objects');
    const started = this.now();
    let done = 0;
    let after = 0;
    for (;;) {
      const batch = ready.all(after, this.objectConcurrency * 16) as Entry[];
      if (!batch.length) return;
      after = batch[batch.length - 1]!.id;
      let failure: Failure | null = null;
      const uploaded: Uploaded[] = [];
      let next = 0;
      const worker = async () => {
        while (next < batch.length && !failure) {
          const e = batch[next++]!;
          const r = await this.pushObject(e);
          if (r && 'failure' in r) failure ??= r.failure;
          else if (r) uploaded.push(r);
        }
      };
      await Promise.all(Array.from({ length: this.objectConcurrency }, worker));
      // The server rows learn their keys in one statement; only then are the entries done.
      if (uploaded.length) {
        try {
          if (this.remote) await this.remote.setObjectKeys(uploaded.map((u) => ({ uid: u.entry.contact_uid, key: u.key })));
          this.markObjectsDone(uploaded);
          for (const u of uploaded) this.progress('objects', ++done, total, u.entry.contact_uid, started);
        } catch (err) {
          failure ??= classifyPg(err);
        }
      }
      if (failure) {
        this.record('objects', false, (failure as Failure).message);
        return;
      }
      this.record('objects', true);
    }
  }

  private markObjectsDone(list: { entry: Entry; key: string | null; file?: string }[]): void {
    const at = new Date(this.now()).toISOString();
    const doneStmt = this.db.prepare(`UPDATE outbox SET status = 'done', done_at = ?, attempts = attempts + 1 WHERE id = ?`);
    const keyStmt = this.db.prepare('UPDATE contacts SET object_key = ? WHERE uid = ?');
    this.db.transaction(() => {
      for (const u of list) {
        doneStmt.run(at, u.entry.id);
        if (u.key) keyStmt.run(u.key, u.entry.contact_uid);
      }
    })();
    if (this.opts.removeLocalAfterUpload) for (const u of list) if (u.file && u.key) this.contacts.images.remove(u.file);
  }

  /** Uploads one image (or removes it); the caller records the key and marks it done. */
  private async pushObject(e: Entry): Promise<Uploaded | { failure: Failure } | null> {
    const c = this.rawContact(e.contact_uid);
    const img = this.contacts.imageOf(e.contact_uid);
    const markDone = (key: string | null) => this.markObjectsDone([{ entry: e, key }]);
    try {
      if (e.op === 'delete') {
        const key = c?.objectKey ?? (this.db.prepare(`SELECT object_key FROM outbox WHERE contact_uid = ? AND target = 'objects' AND object_key IS NOT NULL ORDER BY id DESC LIMIT 1`).get(e.contact_uid) as { object_key: string } | undefined)?.object_key;
        if (key) await this.objects!.remove(key);
        markDone(null);
        return null;
      }
      if (!c || !img) {
        markDone(null);
        return null;
      }
      // A contact deleted after it was queued: its delete entry follows; nothing to upload.
      if (c.serverId === null) return null;
      let key = e.object_key;
      if (!key) {
        // Fixed before the first try and kept: a retry overwrites the same object.
        key = objectKey(c.serverId, e.created_at, img.safeFilename);
        this.db.prepare('UPDATE outbox SET object_key = ? WHERE id = ?').run(key, e.id);
      }
      const bytes = this.contacts.images.read(img.file);
      await this.objects!.putVerified(key, bytes, {
        contentType: img.mime,
        sha256: img.hash,
        metadata: { original_filename: img.originalFilename, safe_filename: img.safeFilename, recognition_method: c.recognitionMethod, contact_uid: c.uid },
      });
      return { entry: e, key, file: img.file };
    } catch (err) {
      const f = classifyS3(err);
      if (f.kind === 'rejected') {
        this.park([e.id], f.message);
        return null;
      }
      this.db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(f.message, e.id);
      return { failure: f };
    }
  }
}
