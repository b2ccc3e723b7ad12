import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BizcardApp } from '../../main/app.js';
import { openDb } from '../../main/store/db.js';
import { ImageFiles, safeFilename } from '../../main/store/images.js';
import { ContactStore } from '../../main/store/contacts.js';
import { emptyFields, type ContactFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';

/** Every file and folder under `dir`, with its permission bits. */
function modes(dir: string): { path: string; dir: boolean; mode: number }[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
    const p = path.join(e.parentPath, e.name);
    return { path: p, dir: e.isDirectory(), mode: fs.statSync(p).mode & 0o777 };
  });
}

function store(dir = tempDir()) {
  const db = openDb(path.join(dir, 'bizcard.db'));
  return { db, dir, store: new ContactStore(db, new ImageFiles(path.join(dir, 'images'))) };
}
const fields = (f: Partial<ContactFields>): ContactFields => ({ ...emptyFields(), ...f });
const image = (seed: string) => ({ original: Buffer.from(`jpeg-bytes-${seed}`), originalFilename: `../../etc/Визитка ${seed}.jpg`, mime: 'image/jpeg', card: Buffer.from('card'), cardWidth: 1400, cardHeight: 800, thumbnail: Buffer.from('thumb') });

describe('contact store', () => {
  it('writes the contact, its image record and its outbox entries together', () => {
    const { db, dir, store: s } = store();
    const { contact } = s.save({ fields: fields({ name: 'Иван Петров', emails: ['i.petrov@romashka.ru'] }), method: 'ocr', image: image('a'), event: 'Expo 2026', tags: ['vip', 'vip', ' '] });
    expect(contact!.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(contact!.tags).toEqual(['vip']);
    const outbox = db.prepare('SELECT op, target, status FROM outbox WHERE contact_uid = ? ORDER BY id').all(contact!.uid);
    expect(outbox).toEqual([
      { op: 'upsert', target: 'db', status: 'pending' },
      { op: 'upsert', target: 'objects', status: 'pending' },
    ]);
    const img = s.imageOf(contact!.uid)!;
    expect(img.safeFilename).toBe('vizitka_a.jpg');
    expect(img.originalFilename).toBe('../../etc/Визитка a.jpg');
    expect(fs.readFileSync(path.join(dir, 'images', img.file), 'utf8')).toBe('jpeg-bytes-a');
  });

  it('never trusts a path from a file name', () => {
    expect(safeFilename('../../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(safeFilename('C:\\Users\\x\\Моя карта.JPG', 'image/jpeg')).toBe('moya_karta.jpg');
    expect(safeFilename('...', 'image/webp')).toBe('card.webp');
  });

  it('reports duplicates by e-mail, phone, and name + company across scripts', () => {
    const { store: s } = store();
    const first = s.save({ fields: fields({ name: 'Ivan Petrov', givenName: 'Ivan', familyName: 'Petrov', company: 'Romashka LLC', emails: ['ivan@romashka.ru'], phones: [{ value: '+74951234567', kind: 'work' }] }), method: 'ocr' }).contact!;
    const byEmail = s.save({ fields: fields({ name: 'I. P.', emails: ['IVAN@romashka.ru'] }), method: 'ocr' });
    expect(byEmail.contact).toBeNull();
    expect(byEmail.duplicates).toEqual([{ uid: first.uid, name: 'Ivan Petrov', company: 'Romashka LLC', reason: 'email' }]);
    expect(s.save({ fields: fields({ name: 'X', phones: [{ value: '+74951234567', kind: 'mobile' }] }), method: 'ocr' }).duplicates[0]!.reason).toBe('phone');
    const cyr = s.save({ fields: fields({ name: 'Петров Иван', givenName: 'Иван', familyName: 'Петров', company: 'ООО «Ромашка»' }), method: 'ocr' });
    expect(cyr.duplicates[0]).toMatchObject({ uid: first.uid, reason: 'person' });
    const kept = s.save({ fields: fields({ name: 'Петров Иван', givenName: 'Иван', familyName: 'Петров', company: 'ООО «Ромашка»' }), method: 'ocr' }, { allowDuplicate: true });
    expect(kept.contact).not.toBeNull();
    expect(s.count()).toBe(2);
  });

  it('searches across fields in Latin and Cyrillic, filters by event and tag', () => {
    const { store: s } = store();
    s.save({ fields: fields({ name: 'Кузнецов Дмитрий', company: 'ООО «Прогресс»' }), method: 'ocr', event: 'Expo', tags: ['hot'] });
    s.save({ fields: fields({ name: 'John Smith', company: 'Acme Inc.' }), method: 'qr', event: 'Office' });
    expect(s.list({ search: 'kuznetsov' }).map((c) => c.name)).toEqual(['Кузнецов Дмитрий']);
    expect(s.list({ search: 'прогресс' })).toHaveLength(1);
    expect(s.list({ search: 'acme smith' })).toHaveLength(1);
    expect(s.list({ search: 'mith' })).toHaveLength(0);
    expect(s.list({ event: 'Expo' })).toHaveLength(1);
    expect(s.list({ tag: 'hot' })[0]!.name).toBe('Кузнецов Дмитрий');
  });

  it('edits bump the version and queue one pending upsert; a stale edit is refused; deletes queue deletes', () => {
    const { db, store: s } = store();
    const c = s.save({ fields: fields({ name: 'A' }), method: 'manual', image: image('b') }).contact!;
    const e1 = s.update(c.uid, { title: 'CEO' }, 1);
    expect(e1.version).toBe(2);
    s.update(c.uid, { title: 'CTO' });
    expect(() => s.update(c.uid, { title: 'stale' }, 1)).toThrow(/changed meanwhile/);
    expect((db.prepare(`SELECT count(*) n FROM outbox WHERE contact_uid = ? AND target = 'db' AND status = 'pending'`).get(c.uid) as { n: number }).n).toBe(1);
    s.delete(c.uid);
    expect(s.get(c.uid)).toBeNull();
    expect(db.prepare(`SELECT op, target FROM outbox WHERE contact_uid = ? ORDER BY id`).all(c.uid)).toEqual([
      { op: 'upsert', target: 'db' },
      { op: 'upsert', target: 'objects' },
      { op: 'delete', target: 'db' },
      { op: 'delete', target: 'objects' },
    ]);
  });

  it('the image folder is searched for leftovers only after a process using it died without closing', async () => {
    const dir = tempDir();
    await new BizcardApp({ dataDir: dir }).close();
    expect(fs.readdirSync(path.join(dir, 'run'))).toEqual([]);
    const sub = path.join(dir, 'images', 'thumbs', 'cd');
    fs.mkdirSync(sub, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(sub, `cd${'2'.repeat(62)}.jpg`), 'orphan');
    const clean = new BizcardApp({ dataDir: dir });
    expect(clean.leftovers).toEqual({ tmp: 0, orphans: 0 });
    await clean.close();
    // A process that had the folder open and is gone now (its marker stayed).
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.once('exit', r));
    fs.writeFileSync(path.join(dir, 'run', `${dead.pid}-0000`), '');
    const after = new BizcardApp({ dataDir: dir });
    expect(after.leftovers).toEqual({ tmp: 0, orphans: 1 });
    expect(fs.readdirSync(path.join(dir, 'run'))).toHaveLength(1); // its own
    await after.close();
  });

  it('a process killed mid-write leaves whole contacts with their outbox entries, or nothing', async () => {
    const dir = tempDir();
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-writer.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 40 + round * 37));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    // Everything the killed writer created is private already (umask 022 here).
    expect(modes(dir).filter((m) => m.mode !== (m.dir ? 0o700 : 0o600))).toEqual([]);
    expect(modes(dir).map((m) => path.basename(m.path))).toEqual(expect.arrayContaining(['bizcard.db', 'bizcard.db-wal']));
    // What a full disk leaves (a 0-byte temporary file) and an image written just before a kill, beside what the rounds left.
    const sub = path.join(dir, 'images', 'originals', 'ab');
    fs.mkdirSync(sub, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(sub, `ab${'0'.repeat(62)}.jpg.4242.tmp`), '');
    fs.writeFileSync(path.join(sub, `ab${'1'.repeat(62)}.jpg`), 'orphan');
    fs.chmodSync(path.join(dir, 'bizcard.db'), 0o644);
    const app = new BizcardApp({ dataDir: dir });
    expect(app.leftovers.tmp).toBeGreaterThanOrEqual(1);
    expect(app.leftovers.orphans).toBeGreaterThanOrEqual(1);
    await app.close();
    const files = modes(dir).filter((m) => !m.dir);
    expect(files.filter((f) => f.path.endsWith('.tmp'))).toEqual([]);
    expect(modes(dir).filter((m) => m.mode !== (m.dir ? 0o700 : 0o600))).toEqual([]);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);

    const { db, store: s } = store(dir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every image file belongs to a row.
    const known = new Set((db.prepare('SELECT file, card_file, thumb_file FROM images').all() as Record<string, string>[]).flatMap((r) => Object.values(r).map((f) => path.join(dir, 'images', f))));
    expect(files.filter((f) => f.path.startsWith(path.join(dir, 'images')) && !known.has(f.path))).toEqual([]);
    const n = s.count();
    expect(n).toBeGreaterThan(6);
    const orphans = db
      .prepare(
        `SELECT c.uid FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.contact_uid = c.uid AND o.target = 'db')
           OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.contact_uid = c.uid AND o.target = 'objects')
           OR NOT EXISTS (SELECT 1 FROM images i WHERE i.hash = c.image_hash)`,
      )
      .all();
    expect(orphans).toEqual([]);
    expect((db.prepare('SELECT count(*) n FROM outbox WHERE contact_uid NOT IN (SELECT uid FROM contacts)').get() as { n: number }).n).toBe(0);
    for (const c of s.list()) {
      const img = s.imageOf(c.uid)!;
      expect(fs.statSync(path.join(dir, 'images', img.file)).size).toBeGreaterThan(0);
    }
  });
});
