import { v7 as uuidv7 } from 'uuid';
import type { Box, ContactFields, FieldConfidence, FieldSources, OcrLine, RecognitionMethod, SavedContact } from '../../shared/contact.js';
import { ContactFieldsSchema } from '../../shared/contact.js';
import { AppError } from '../../shared/errors.js';
import { stripNul } from '../../shared/limits.js';
import type { Db } from './db.js';
import { dedupeKeys, searchText } from './dedupe.js';
import { prefilterNeedles, searchContacts } from './search.js';
import { ImageFiles, safeFilename, type StoredFiles } from './images.js';

export interface NewImage {
  original: Buffer;
  originalFilename: string;
  mime: string;
  card: Buffer;
  cardWidth: number;
  cardHeight: number;
  thumbnail: Buffer;
}

/** An image whose files are already on disk (a card from the inbox): nothing to write again. */
export interface StoredImage {
  files: StoredFiles;
  originalFilename: string;
  mime: string;
  bytes: number;
  cardWidth: number;
  cardHeight: number;
}

export interface NewContact {
  fields: ContactFields;
  method: RecognitionMethod;
  confidence?: FieldConfidence;
  sources?: FieldSources;
  qrPayload?: string | null;
  ocrLines?: OcrLine[];
  tags?: string[];
  event?: string;
  image?: NewImage;
  storedImage?: StoredImage;
}

export interface Duplicate {
  uid: string;
  name: string;
  company: string;
  reason: 'email' | 'phone' | 'person';
}

export interface SaveResult {
  contact: SavedContact | null;
  duplicates: Duplicate[];
}

export interface ListQuery {
  search?: string;
  event?: string;
  tag?: string;
  limit?: number;
  offset?: number;
}

interface Row {
  uid: string;
  name: string;
  given_name: string;
  middle_name: string;
  family_name: string;
  title: string;
  company: string;
  department: string;
  phones: string;
  emails: string;
  websites: string;
  address: string;
  notes: string;
  tags: string;
  event: string;
  recognition_method: RecognitionMethod;
  confidence: string;
  image_hash: string | null;
  qr_payload: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  server_id: number | null;
  object_key: string | null;
}

export function rowToContact(r: Row): SavedContact {
  return {
    uid: r.uid,
    name: r.name,
    givenName: r.given_name,
    middleName: r.middle_name,
    familyName: r.family_name,
    title: r.title,
    company: r.company,
    department: r.department,
    phones: JSON.parse(r.phones),
    emails: JSON.parse(r.emails),
    websites: JSON.parse(r.websites),
    address: r.address,
    notes: r.notes,
    tags: JSON.parse(r.tags),
    event: r.event,
    recognitionMethod: r.recognition_method,
    confidence: JSON.parse(r.confidence),
    imageHash: r.image_hash,
    qrPayload: r.qr_payload,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    serverId: r.server_id,
    objectKey: r.object_key,
  };
}

const cleanList = (xs: string[] | undefined) => [...new Set((xs ?? []).map((x) => stripNul(x).trim()).filter(Boolean))];

/** The named parameters both INSERT and UPDATE bind for a contact's own fields. */
function fieldParams(uid: string, fields: ContactFields, tags: string[], event: string) {
  return {
    ...fields,
    uid,
    phones: JSON.stringify(fields.phones),
    emails: JSON.stringify(cleanList(fields.emails)),
    websites: JSON.stringify(cleanList(fields.websites)),
    tags: JSON.stringify(tags),
    event,
    search: searchText(fields, [...tags, event]),
  };
}

/**
 * Contacts, their image records and their outbox entries. Every write that changes what
 * the servers should hold adds its outbox entry in the same transaction as the change.
 */
export class ContactStore {
  constructor(
    private readonly db: Db,
    readonly images: ImageFiles,
    private readonly now: () => Date = () => new Date(),
  ) {}

  findDuplicates(fields: ContactFields, excludeUid?: string): Duplicate[] {
    const found = new Map<string, Duplicate>();
    const q = this.db.prepare(
      `SELECT c.uid, c.name, c.company FROM contact_keys k JOIN contacts c ON c.uid = k.uid
       WHERE k.kind = ? AND k.key = ? AND c.deleted_at IS NULL`,
    );
    for (const k of dedupeKeys(fields))
      for (const r of q.all(k.kind, k.key) as { uid: string; name: string; company: string }[])
        if (r.uid !== excludeUid && !found.has(r.uid)) found.set(r.uid, { ...r, reason: k.kind });
    return [...found.values()];
  }

  /** Saves a contact with its image and outbox entries, unless it duplicates one (then reports it). */
  save(input: NewContact, opts: { allowDuplicate?: boolean } = {}): SaveResult {
    const fields = ContactFieldsSchema.parse(input.fields);
    const duplicates = this.findDuplicates(fields);
    if (duplicates.length && !opts.allowDuplicate) return { contact: null, duplicates };
    const meta = input.storedImage ?? (input.image && { originalFilename: input.image.originalFilename, mime: input.image.mime, bytes: input.image.original.length, cardWidth: input.image.cardWidth, cardHeight: input.image.cardHeight });
    const uid = uuidv7();
    const now = this.now().toISOString();
    const tags = cleanList(input.tags);
    // Under the write lock (IMMEDIATE) from the first image byte to the commit, so a
    // clean-up at start (removeLeftovers) never takes another process's images for orphans.
    this.db.transaction(() => {
      // Files first, fsynced: a row never points at an image that is not on disk.
      const stored = input.storedImage?.files ?? (input.image && this.images.put(input.image.original, input.image.mime, input.image.card, input.image.thumbnail));
      if (stored && meta)
        this.db
          .prepare(
            `INSERT OR IGNORE INTO images (hash, file, card_file, thumb_file, original_filename, safe_filename, mime, bytes, card_width, card_height, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(stored.hash, stored.file, stored.cardFile, stored.thumbFile, meta.originalFilename.slice(0, 500), safeFilename(meta.originalFilename, meta.mime), meta.mime, meta.bytes, meta.cardWidth, meta.cardHeight, now);
      this.db
        .prepare(
          `INSERT INTO contacts (uid, name, given_name, middle_name, family_name, title, company, department, phones, emails, websites, address, notes,
             tags, event, recognition_method, confidence, sources, image_hash, qr_payload, ocr_lines, search, created_at, updated_at, version)
           VALUES (@uid, @name, @givenName, @middleName, @familyName, @title, @company, @department, @phones, @emails, @websites, @address, @notes,
             @tags, @event, @method, @confidence, @sources, @imageHash, @qrPayload, @ocrLines, @search, @now, @now, 1)`,
        )
        .run({
          ...fieldParams(uid, fields, tags, stripNul(input.event ?? '').trim()),
          method: input.method,
          confidence: JSON.stringify(input.confidence ?? {}),
          sources: JSON.stringify(input.sources ?? {}),
          imageHash: stored?.hash ?? null,
          qrPayload: input.qrPayload ?? null,
          ocrLines: input.ocrLines ? JSON.stringify(input.ocrLines) : null,
          now,
        });
      this.writeKeys(uid, fields);
      this.enqueue(uid, 'upsert', 'db', now);
      if (stored) this.enqueue(uid, 'upsert', 'objects', now);
    }).immediate();
    return { contact: this.get(uid), duplicates };
  }

  private writeKeys(uid: string, fields: ContactFields): void {
    this.db.prepare('DELETE FROM contact_keys WHERE uid = ?').run(uid);
    const ins = this.db.prepare('INSERT OR IGNORE INTO contact_keys (kind, key, uid) VALUES (?, ?, ?)');
    for (const k of dedupeKeys(fields)) ins.run(k.kind, k.key, uid);
  }

  /** One pending entry per contact and target is enough: the worker sends the row as it is then. */
  private enqueue(uid: string, op: 'upsert' | 'delete', target: 'db' | 'objects', now: string): void {
    const pending = this.db
      .prepare(`SELECT id, op FROM outbox WHERE contact_uid = ? AND target = ? AND status = 'pending' ORDER BY id DESC LIMIT 1`)
      .get(uid, target) as { id: number; op: string } | undefined;
    if (pending && pending.op === op) return;
    this.db.prepare(`INSERT INTO outbox (contact_uid, op, target, created_at) VALUES (?, ?, ?, ?)`).run(uid, op, target, now);
  }

  get(uid: string): SavedContact | null {
    const r = this.db.prepare('SELECT * FROM contacts WHERE uid = ? AND deleted_at IS NULL').get(uid) as Row | undefined;
    return r ? rowToContact(r) : null;
  }

  /** A uid or a unique prefix of one (as printed by `bizcard list`). */
  resolveUid(prefix: string): string {
    const rows = this.db.prepare(`SELECT uid FROM contacts WHERE uid LIKE ? AND deleted_at IS NULL LIMIT 2`).all(`${prefix.replace(/[%_]/g, '')}%`) as { uid: string }[];
    if (rows.length === 1) return rows[0]!.uid;
    throw new AppError(rows.length ? 'invalid_input' : 'not_found', rows.length ? `uid prefix "${prefix}" is ambiguous` : `no contact with uid ${prefix}`);
  }

  /** Filters by event and tag in SQL; a search ranks by token-prefix match (see search.ts), best first. */
  list(q: ListQuery = {}): SavedContact[] {
    const where = ['deleted_at IS NULL'];
    const params: unknown[] = [];
    if (q.event) {
      where.push('event = ?');
      params.push(q.event);
    }
    if (q.tag) {
      where.push(`EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE value = ?)`);
      params.push(q.tag);
    }
    const searching = !!q.search?.trim();
    if (searching)
      for (const needles of prefilterNeedles(q.search!)) {
        if (!needles.length) continue;
        where.push(`(${needles.map(() => 'instr(search, ?) > 0').join(' OR ')})`);
        params.push(...needles);
      }
    const rows = this.db
      .prepare(`SELECT * FROM contacts WHERE ${where.join(' AND ')} ORDER BY created_at DESC, uid DESC LIMIT ? OFFSET ?`)
      .all(...params, searching ? -1 : (q.limit ?? 10_000), searching ? 0 : (q.offset ?? 0)) as Row[];
    const all = rows.map(rowToContact);
    if (!searching) return all;
    const offset = q.offset ?? 0;
    return searchContacts(all, q.search!).slice(offset, offset + (q.limit ?? 10_000));
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM contacts WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  /** Applies a person's edit; `expectedVersion` guards against overwriting an edit made meanwhile. */
  update(uid: string, patch: Partial<ContactFields> & { tags?: string[]; event?: string }, expectedVersion?: number): SavedContact {
    const cur = this.get(uid);
    if (!cur) throw new AppError('not_found', `no contact with uid ${uid}`);
    if (expectedVersion !== undefined && cur.version !== expectedVersion)
      throw new AppError('invalid_input', `contact ${uid} changed meanwhile (version ${cur.version}, edit was made on ${expectedVersion})`);
    // A key given as undefined means "not part of this edit", never "erase".
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as typeof patch;
    const fields = ContactFieldsSchema.parse({ ...cur, ...given });
    const tags = cleanList(given.tags ?? cur.tags);
    const event = stripNul(given.event ?? cur.event).trim();
    const now = this.now().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE contacts SET name=@name, given_name=@givenName, middle_name=@middleName, family_name=@familyName, title=@title, company=@company,
             department=@department, phones=@phones, emails=@emails, websites=@websites, address=@address, notes=@notes, tags=@tags, event=@event,
             search=@search, updated_at=@now, version=version+1 WHERE uid=@uid`,
        )
        .run({ ...fieldParams(uid, fields, tags, event), now });
      this.writeKeys(uid, fields);
      this.enqueue(uid, 'upsert', 'db', now);
    })();
    return this.get(uid)!;
  }

  delete(uid: string): void {
    const cur = this.get(uid);
    if (!cur) throw new AppError('not_found', `no contact with uid ${uid}`);
    const now = this.now().toISOString();
    this.db.transaction(() => {
      this.db.prepare('UPDATE contacts SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE uid = ?').run(now, now, uid);
      this.db.prepare('DELETE FROM contact_keys WHERE uid = ?').run(uid);
      this.enqueue(uid, 'delete', 'db', now);
      if (cur.imageHash) this.enqueue(uid, 'delete', 'objects', now);
    })();
  }

  /**
   * Retires a contact merged into another: a tombstone that points at the survivor, sent
   * to the server like a delete. Its image is not removed anywhere: it is one of the
   * survivor's images now (see store/merge.ts).
   */
  retireInto(uid: string, into: string): void {
    const cur = this.get(uid);
    if (!cur) throw new AppError('not_found', `no contact with uid ${uid}`);
    const now = this.now().toISOString();
    this.db.transaction(() => {
      this.db.prepare('UPDATE contacts SET deleted_at = ?, merged_into = ?, updated_at = ?, version = version + 1 WHERE uid = ?').run(now, into, now, uid);
      this.db.prepare('DELETE FROM contact_keys WHERE uid = ?').run(uid);
      this.enqueue(uid, 'delete', 'db', now);
    })();
  }

  imageOf(uid: string): { hash: string; file: string; cardFile: string; thumbFile: string; originalFilename: string; safeFilename: string; mime: string; sources: Record<string, Box[]> } | null {
    const r = this.db
      .prepare(
        `SELECT i.hash, i.file, i.card_file AS cardFile, i.thumb_file AS thumbFile, i.original_filename AS originalFilename, i.safe_filename AS safeFilename, i.mime, c.sources
         FROM contacts c JOIN images i ON i.hash = c.image_hash WHERE c.uid = ?`,
      )
      .get(uid) as (Record<string, string> & { sources: string }) | undefined;
    if (!r) return null;
    return { hash: r.hash!, file: r.file!, cardFile: r.cardFile!, thumbFile: r.thumbFile!, originalFilename: r.originalFilename!, safeFilename: r.safeFilename!, mime: r.mime!, sources: JSON.parse(r.sources) };
  }
}
