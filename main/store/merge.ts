import { ContactFieldsSchema, type ContactFields, type Phone, type SavedContact } from '../../shared/contact.js';
import { AppError } from '../../shared/errors.js';
import type { ContactStore } from './contacts.js';
import type { Db } from './db.js';

/** What a person chooses per field when two contacts are one person. `name` is the name with its parts. */
export const MERGE_FIELDS = ['name', 'title', 'company', 'department', 'address', 'event', 'notes', 'phones', 'emails', 'websites', 'tags'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
/** a / b: that contact's value; both: everything from both (lists and notes only). */
export type MergeTake = 'a' | 'b' | 'both';

export interface MergeOptions {
  /** Whose value wins where both have one and no choice was made (default a). */
  prefer?: 'a' | 'b';
  take?: Partial<Record<MergeField, MergeTake>>;
}

export interface MergeConflict {
  field: MergeField;
  a: string;
  b: string;
  chosen: MergeTake;
}

export interface MergePlan {
  fields: ContactFields;
  tags: string[];
  event: string;
  conflicts: MergeConflict[];
}

const SCALARS = ['title', 'company', 'department', 'address', 'event'] as const;
const LISTS = ['phones', 'emails', 'websites', 'tags'] as const;
const LIMITS = ContactFieldsSchema.shape;

const phoneKey = (p: Phone) => `${p.value}|${p.ext ?? ''}`;

function union<T>(first: T[], second: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The merged contact, field by field, and where the two disagreed. Nothing is written. */
export function planMerge(a: SavedContact, b: SavedContact, opts: MergeOptions = {}): MergePlan {
  const prefer = opts.prefer ?? 'a';
  const take = opts.take ?? {};
  const conflicts: MergeConflict[] = [];
  const side = (s: 'a' | 'b') => (s === 'a' ? a : b);
  const other = (s: 'a' | 'b'): 'a' | 'b' => (s === 'a' ? 'b' : 'a');
  for (const [f, t] of Object.entries(take))
    if (t === 'both' && f !== 'notes' && !(LISTS as readonly string[]).includes(f)) throw new AppError('invalid_input', `merge: ${f} holds one value; take it from a or b, not both`);

  /** a or b for a one-value field: the choice, else the preferred side unless it is empty. */
  const pick = (field: MergeField, va: string, vb: string): 'a' | 'b' => {
    const chosen = take[field];
    const s = chosen === 'a' || chosen === 'b' ? chosen : !(prefer === 'a' ? va : vb).trim() ? other(prefer) : prefer;
    if (va.trim() && vb.trim() && va.trim() !== vb.trim()) conflicts.push({ field, a: va, b: vb, chosen: s });
    return s;
  };

  // The name and its parts travel together: a given name from one card and a family name from the other is nobody.
  const nameOf = (c: SavedContact) => c.name || [c.givenName, c.middleName, c.familyName].filter(Boolean).join(' ');
  const ns = side(pick('name', nameOf(a), nameOf(b)));
  const fields: ContactFields = { ...ContactFieldsSchema.parse({}), name: ns.name, givenName: ns.givenName, middleName: ns.middleName, familyName: ns.familyName };
  let event = '';
  for (const f of SCALARS) {
    const v = side(pick(f, a[f], b[f]))[f];
    if (f === 'event') event = v;
    else fields[f] = v;
  }

  const notesTake = take.notes ?? 'both';
  if (notesTake === 'both') {
    fields.notes = union([a.notes.trim()], [b.notes.trim()], (x) => x).filter(Boolean).join('\n');
    if (!LIMITS.notes.safeParse(fields.notes).success) throw new AppError('invalid_input', `merge: notes together would be ${fields.notes.length} characters, over the limit; choose --take notes=a or notes=b`);
  } else fields.notes = side(notesTake).notes;

  const listTake = (f: (typeof LISTS)[number]): MergeTake => take[f] ?? 'both';
  const both = <T>(f: (typeof LISTS)[number], get: (c: SavedContact) => T[], key: (x: T) => string): T[] => {
    const t = listTake(f);
    return t === 'both' ? union(get(side(prefer)), get(side(other(prefer))), key) : get(side(t));
  };
  fields.phones = both('phones', (c) => c.phones, phoneKey);
  fields.emails = both('emails', (c) => c.emails, (e) => e.toLowerCase());
  fields.websites = both('websites', (c) => c.websites, (w) => w.toLowerCase());
  const tags = both('tags', (c) => c.tags, (t) => t);
  for (const f of ['phones', 'emails', 'websites'] as const)
    if (fields[f].length > 20) throw new AppError('invalid_input', `merge: ${f} together would be ${fields[f].length} (limit 20); choose --take ${f}=a or ${f}=b`);
  return { fields, tags, event, conflicts };
}

/**
 * Merges contact b into contact a, in one transaction: a gets the merged fields (a new
 * version, sent to the server); b becomes a tombstone pointing at a; b's card image (and
 * any images merged into b before) become images of a, so both cards are kept.
 */
export function mergeContacts(db: Db, store: ContactStore, aUid: string, bUid: string, opts: MergeOptions = {}): { contact: SavedContact; plan: MergePlan } {
  if (aUid === bUid) throw new AppError('invalid_input', 'merge: name two different contacts');
  const a = store.get(aUid);
  const b = store.get(bUid);
  if (!a) throw new AppError('not_found', `no contact with uid ${aUid}`);
  if (!b) throw new AppError('not_found', `no contact with uid ${bUid}`);
  const plan = planMerge(a, b, opts);
  const now = new Date().toISOString();
  let merged!: SavedContact;
  db.transaction(() => {
    merged = store.update(aUid, { ...plan.fields, tags: plan.tags, event: plan.event }, a.version);
    const keep = db.prepare(`INSERT OR IGNORE INTO contact_images (contact_uid, image_hash, scan_id, kind, created_at) VALUES (?, ?, ?, 'duplicate', ?)`);
    if (b.imageHash && b.imageHash !== a.imageHash) keep.run(aUid, b.imageHash, `merge:${bUid}`, now);
    for (const r of db.prepare('SELECT image_hash FROM contact_images WHERE contact_uid = ?').all(bUid) as { image_hash: string }[])
      if (r.image_hash !== a.imageHash) keep.run(aUid, r.image_hash, `merge:${bUid}`, now);
    store.retireInto(bUid, aUid);
  })();
  return { contact: merged, plan };
}

/** Every card image of a contact: its own first, then those joined or merged into it. */
export function imagesOf(db: Db, uid: string): { hash: string; cardFile: string; kind: 'own' | 'back' | 'duplicate' }[] {
  const own = db.prepare(`SELECT i.hash, i.card_file AS cardFile FROM contacts c JOIN images i ON i.hash = c.image_hash WHERE c.uid = ?`).all(uid) as { hash: string; cardFile: string }[];
  const more = db
    .prepare(`SELECT i.hash, i.card_file AS cardFile, ci.kind FROM contact_images ci JOIN images i ON i.hash = ci.image_hash WHERE ci.contact_uid = ? ORDER BY ci.created_at`)
    .all(uid) as { hash: string; cardFile: string; kind: 'back' | 'duplicate' }[];
  return [...own.map((r) => ({ ...r, kind: 'own' as const })), ...more];
}
