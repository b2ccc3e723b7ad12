import crypto from 'node:crypto';
import type { ContactFields, DraftContact, FieldConfidence, FieldSources, OcrLine, SavedContact } from '../../shared/contact.js';
import { ContactFieldsSchema } from '../../shared/contact.js';
import { AppError } from '../../shared/errors.js';
import type { Db } from './db.js';
import type { ContactStore, SaveResult } from './contacts.js';
import { safeFilename, type StoredFiles } from './images.js';

/** What recognition produced for one image, as the inbox takes it. */
export interface InboxInput {
  file: string;
  bytes: Buffer;
  image: { mime: string; card: Buffer; cardWidth: number; cardHeight: number; cardQuad: { x: number; y: number }[] | null; thumbnail: Buffer; warnings: string[] };
  draft: DraftContact;
  ms: number;
}

/** A card waiting for review, read back from the store. */
export interface InboxItem {
  scanId: string;
  file: string;
  files: StoredFiles;
  mime: string;
  bytes: number;
  cardWidth: number;
  cardHeight: number;
  cardQuad: { x: number; y: number }[] | null;
  warnings: string[];
  draft: DraftContact;
  ms: number;
  state: 'pending' | 'saved' | 'joined' | 'merged';
  contactUid: string | null;
  createdAt: string;
}

interface Row {
  scan_id: string;
  file: string;
  image_hash: string;
  image_file: string;
  card_file: string;
  thumb_file: string;
  mime: string;
  bytes: number;
  card_width: number;
  card_height: number;
  card_quad: string | null;
  warnings: string;
  method: DraftContact['method'];
  fields: string;
  confidence: string;
  sources: string;
  qr_payload: string | null;
  ocr_lines: string;
  ms: number;
  state: InboxItem['state'];
  contact_uid: string | null;
  undo: string | null;
  created_at: string;
}

/** What a join or a merge changed, so Undo can put it back. */
interface UndoRecord {
  before: { fields: ContactFields; tags: string[]; event: string };
  /** The contact's version right after the change: Undo refuses if someone edited it since. */
  versionAfter: number;
}

function rowToItem(r: Row): InboxItem {
  return {
    scanId: r.scan_id,
    file: r.file,
    files: { hash: r.image_hash, file: r.image_file, cardFile: r.card_file, thumbFile: r.thumb_file },
    mime: r.mime,
    bytes: r.bytes,
    cardWidth: r.card_width,
    cardHeight: r.card_height,
    cardQuad: r.card_quad ? JSON.parse(r.card_quad) : null,
    warnings: JSON.parse(r.warnings),
    draft: {
      fields: ContactFieldsSchema.parse(JSON.parse(r.fields)),
      confidence: JSON.parse(r.confidence) as FieldConfidence,
      sources: JSON.parse(r.sources) as FieldSources,
      method: r.method,
      qrPayload: r.qr_payload,
      ocrLines: JSON.parse(r.ocr_lines) as OcrLine[],
    },
    ms: r.ms,
    state: r.state,
    contactUid: r.contact_uid,
    createdAt: r.created_at,
  };
}

const fieldsOf = (c: SavedContact): ContactFields =>
  ContactFieldsSchema.parse({
    name: c.name, givenName: c.givenName, middleName: c.middleName, familyName: c.familyName, title: c.title, company: c.company,
    department: c.department, phones: c.phones, emails: c.emails, websites: c.websites, address: c.address, notes: c.notes,
  });

/**
 * Scans waiting for review. The image files are written and fsynced first, then the row;
 * saving, joining and merging change the contact and the row in one transaction, like
 * every other write of the store.
 */
export class InboxStore {
  constructor(
    private readonly db: Db,
    private readonly contacts: ContactStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(r: InboxInput): InboxItem {
    const scanId = crypto.randomUUID();
    const d = r.draft;
    // Files and row under the write lock, as in ContactStore.save (see removeLeftovers).
    this.db.transaction(() => {
      const files = this.contacts.images.put(r.bytes, r.image.mime, r.image.card, r.image.thumbnail);
      this.db
        .prepare(
          `INSERT INTO inbox (scan_id, file, image_hash, image_file, card_file, thumb_file, mime, bytes, card_width, card_height, card_quad, warnings,
             method, fields, confidence, sources, qr_payload, ocr_lines, ms, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          scanId, r.file.slice(0, 500), files.hash, files.file, files.cardFile, files.thumbFile, r.image.mime, r.bytes.length, r.image.cardWidth, r.image.cardHeight,
          r.image.cardQuad ? JSON.stringify(r.image.cardQuad) : null, JSON.stringify(r.image.warnings), d.method, JSON.stringify(d.fields),
          JSON.stringify(d.confidence ?? {}), JSON.stringify(d.sources ?? {}), d.qrPayload, JSON.stringify(d.ocrLines ?? []), Math.round(r.ms), this.now().toISOString(),
        );
    }).immediate();
    return this.get(scanId)!;
  }

  get(scanId: string): InboxItem | null {
    const r = this.db.prepare('SELECT * FROM inbox WHERE scan_id = ?').get(scanId) as Row | undefined;
    return r ? rowToItem(r) : null;
  }

  private pendingItem(scanId: string): InboxItem {
    const it = this.get(scanId);
    if (!it) throw new AppError('not_found', `no scan ${scanId} in the inbox`);
    if (it.state !== 'pending') throw new AppError('invalid_input', `scan ${scanId} was already ${it.state}`);
    return it;
  }

  /** Oldest first: the order the cards came in. */
  pending(): InboxItem[] {
    return (this.db.prepare(`SELECT * FROM inbox WHERE state = 'pending' ORDER BY created_at, rowid`).all() as Row[]).map(rowToItem);
  }

  count(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM inbox WHERE state = 'pending'`).get() as { n: number }).n;
  }

  /** Skips a card: the row goes, and its files unless a contact or another scan uses them. */
  drop(scanId: string): boolean {
    const it = this.get(scanId);
    if (!it || it.state !== 'pending') return false;
    this.db.prepare('DELETE FROM inbox WHERE scan_id = ?').run(scanId);
    this.removeFilesIfUnused(it.files);
    return true;
  }

  /** Saves the reviewed card as a contact (unless it duplicates one) and marks the scan saved, in one transaction. */
  save(scanId: string, input: { fields: ContactFields; tags?: string[]; event?: string; allowDuplicate?: boolean }): SaveResult {
    return this.db.transaction(() => {
      const it = this.pendingItem(scanId);
      const res = this.contacts.save(
        {
          fields: input.fields,
          method: it.draft.method,
          confidence: it.draft.confidence,
          sources: it.draft.sources,
          qrPayload: it.draft.qrPayload,
          ocrLines: it.draft.ocrLines,
          tags: input.tags,
          event: input.event,
          storedImage: { files: it.files, originalFilename: it.file, mime: it.mime, bytes: it.bytes, cardWidth: it.cardWidth, cardHeight: it.cardHeight },
        },
        { allowDuplicate: input.allowDuplicate },
      );
      if (res.contact) this.markDone(scanId, 'saved', res.contact.uid, null);
      return res;
    })();
  }

  /**
   * Puts this scan's fields into an existing contact (the back of a card joined into its
   * front, or a duplicate merged field by field); Undo restores the contact as it was.
   */
  mergeInto(scanId: string, uid: string, fields: ContactFields, version: number, how: 'joined' | 'merged', extra: { tags?: string[]; event?: string } = {}): SavedContact {
    return this.db.transaction(() => {
      const it = this.pendingItem(scanId);
      const before = this.contacts.get(uid);
      if (!before) throw new AppError('not_found', `no contact with uid ${uid}`);
      const after = this.contacts.update(uid, { ...fields, ...(extra.tags ? { tags: extra.tags } : {}), ...(extra.event !== undefined ? { event: extra.event } : {}) }, version);
      const undo: UndoRecord = { before: { fields: fieldsOf(before), tags: before.tags, event: before.event }, versionAfter: after.version };
      this.keepImage(it, uid, how === 'joined' ? 'back' : 'duplicate');
      this.markDone(scanId, how, uid, undo);
      return after;
    })();
  }

  /**
   * Takes back a save, a join or a merge: the scan is pending again; a saved contact is
   * deleted, a joined or merged one gets its fields back.
   */
  undo(scanId: string): InboxItem {
    return this.db.transaction(() => {
      const r = this.db.prepare('SELECT * FROM inbox WHERE scan_id = ?').get(scanId) as Row | undefined;
      if (!r) throw new AppError('not_found', `no scan ${scanId} in the inbox`);
      if (r.state === 'pending') return rowToItem(r);
      const uid = r.contact_uid!;
      if (r.state === 'saved') {
        if (this.contacts.get(uid)) this.contacts.delete(uid);
      } else {
        const undo = JSON.parse(r.undo ?? 'null') as UndoRecord | null;
        const cur = this.contacts.get(uid);
        if (!undo || !cur) throw new AppError('not_found', `contact ${uid} is gone; nothing to undo`);
        if (cur.version !== undo.versionAfter) throw new AppError('invalid_input', `contact ${uid} was edited since; undo would lose that edit`);
        this.contacts.update(uid, { ...undo.before.fields, tags: undo.before.tags, event: undo.before.event }, cur.version);
        this.db.prepare('DELETE FROM contact_images WHERE contact_uid = ? AND scan_id = ?').run(uid, scanId);
      }
      this.db.prepare(`UPDATE inbox SET state = 'pending', contact_uid = NULL, undo = NULL, done_at = NULL WHERE scan_id = ?`).run(scanId);
      return this.get(scanId)!;
    })();
  }

  /** At start: what was saved, joined or merged before is past undoing; drop those rows (and unused files). */
  purgeDone(): number {
    const rows = (this.db.prepare(`SELECT * FROM inbox WHERE state != 'pending'`).all() as Row[]).map(rowToItem);
    for (const it of rows) {
      this.db.prepare('DELETE FROM inbox WHERE scan_id = ?').run(it.scanId);
      this.removeFilesIfUnused(it.files);
    }
    return rows.length;
  }

  /** Image file names (relative to the image folder) the inbox still needs: for orphan clean-up. */
  referencedFiles(): Set<string> {
    const out = new Set<string>();
    for (const r of this.db.prepare('SELECT image_file, card_file, thumb_file FROM inbox').all() as { image_file: string; card_file: string; thumb_file: string }[])
      for (const f of [r.image_file, r.card_file, r.thumb_file]) out.add(f);
    return out;
  }

  /** Both images stay: the scan's card becomes one more image of the contact. */
  private keepImage(it: InboxItem, uid: string, kind: 'back' | 'duplicate'): void {
    const now = this.now().toISOString();
    this.db
      .prepare(
        `INSERT OR IGNORE INTO images (hash, file, card_file, thumb_file, original_filename, safe_filename, mime, bytes, card_width, card_height, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(it.files.hash, it.files.file, it.files.cardFile, it.files.thumbFile, it.file, safeFilename(it.file, it.mime), it.mime, it.bytes, it.cardWidth, it.cardHeight, now);
    this.db.prepare('INSERT OR IGNORE INTO contact_images (contact_uid, image_hash, scan_id, kind, created_at) VALUES (?, ?, ?, ?, ?)').run(uid, it.files.hash, it.scanId, kind, now);
  }

  /** Images a contact has besides its own card (backs joined in, duplicates merged in). */
  moreImages(uid: string): { hash: string; cardFile: string; kind: 'back' | 'duplicate' }[] {
    return this.db
      .prepare(`SELECT i.hash, i.card_file AS cardFile, ci.kind FROM contact_images ci JOIN images i ON i.hash = ci.image_hash WHERE ci.contact_uid = ? ORDER BY ci.created_at`)
      .all(uid) as { hash: string; cardFile: string; kind: 'back' | 'duplicate' }[];
  }

  private markDone(scanId: string, state: 'saved' | 'joined' | 'merged', uid: string, undo: UndoRecord | null): void {
    this.db
      .prepare(`UPDATE inbox SET state = ?, contact_uid = ?, undo = ?, done_at = ? WHERE scan_id = ?`)
      .run(state, uid, undo ? JSON.stringify(undo) : null, this.now().toISOString(), scanId);
  }

  private removeFilesIfUnused(files: StoredFiles): void {
    const inImages = this.db.prepare('SELECT 1 FROM images WHERE hash = ?').get(files.hash);
    const inInbox = this.db.prepare('SELECT 1 FROM inbox WHERE image_hash = ?').get(files.hash);
    if (inImages || inInbox) return;
    for (const f of [files.file, files.cardFile, files.thumbFile]) this.contacts.images.remove(f);
  }
}
