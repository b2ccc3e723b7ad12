import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../main/store/db.js';
import { ImageFiles } from '../../main/store/images.js';
import { ContactStore } from '../../main/store/contacts.js';
import { InboxStore, type InboxInput } from '../../main/store/inbox.js';
import { emptyFields, type ContactFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';

function open(dir: string) {
  const db = openDb(path.join(dir, 'bizcard.db'));
  const contacts = new ContactStore(db, new ImageFiles(path.join(dir, 'images')));
  return { db, contacts, inbox: new InboxStore(db, contacts) };
}
const fields = (f: Partial<ContactFields>): ContactFields => ({ ...emptyFields(), ...f });
const scan = (seed: string, f: Partial<ContactFields>): InboxInput => ({
  file: `card ${seed}.jpg`,
  bytes: Buffer.from(`original-${seed}`),
  image: { mime: 'image/jpeg', card: Buffer.from(`card-${seed}`), cardWidth: 1000, cardHeight: 600, cardQuad: null, thumbnail: Buffer.from(`thumb-${seed}`), warnings: ['tilted'] },
  draft: { fields: fields(f), confidence: { name: 0.95 }, sources: { name: [{ x: 1, y: 2, w: 3, h: 4 }] }, method: 'ocr', qrPayload: null, ocrLines: [{ text: 'Anna', confidence: 90, box: { x: 1, y: 2, w: 3, h: 4 }, words: [] }] },
  ms: 12,
});

describe('the inbox: scans waiting for review live in the store', () => {
  it('survives a restart with its images on disk, and saving it writes the contact with that image', () => {
    const dir = tempDir();
    const a = open(dir);
    const first = a.inbox.add(scan('a', { name: 'Anna Berg', emails: ['anna@berg.example'] }));
    a.inbox.add(scan('b', { name: 'Boris Ivanov' }));
    a.db.close();

    const b = open(dir);
    const pending = b.inbox.pending();
    expect(pending.map((p) => p.draft.fields.name)).toEqual(['Anna Berg', 'Boris Ivanov']);
    expect(pending[0]).toMatchObject({ scanId: first.scanId, file: 'card a.jpg', warnings: ['tilted'], cardWidth: 1000, ms: 12 });
    expect(pending[0]!.draft.ocrLines[0]!.text).toBe('Anna');
    expect(b.contacts.images.read(pending[0]!.files.cardFile).toString()).toBe('card-a');

    const res = b.inbox.save(first.scanId, { fields: fields({ name: 'Anna Berg', emails: ['anna@berg.example'] }), tags: ['vip'], event: 'Expo' });
    expect(res.contact).toMatchObject({ name: 'Anna Berg', tags: ['vip'], event: 'Expo' });
    const img = b.contacts.imageOf(res.contact!.uid)!;
    expect(img.originalFilename).toBe('card a.jpg');
    expect(fs.readFileSync(path.join(dir, 'images', img.file), 'utf8')).toBe('original-a');
    expect(b.inbox.pending().map((p) => p.draft.fields.name)).toEqual(['Boris Ivanov']);
    expect(() => b.inbox.save(first.scanId, { fields: fields({ name: 'again' }) })).toThrow(/already saved/);
  });

  it('undo of a save deletes the contact and puts the scan back; purge at start forgets what was done', () => {
    const { inbox, contacts } = open(tempDir());
    const s = inbox.add(scan('c', { name: 'Carl' }));
    const { contact } = inbox.save(s.scanId, { fields: fields({ name: 'Carl' }) });
    inbox.undo(s.scanId);
    expect(contacts.get(contact!.uid)).toBeNull();
    expect(inbox.pending().map((p) => p.scanId)).toEqual([s.scanId]);
    inbox.save(s.scanId, { fields: fields({ name: 'Carl' }) });
    expect(inbox.purgeDone()).toBe(1);
    expect(inbox.get(s.scanId)).toBeNull();
    expect(contacts.count()).toBe(1);
  });

  it('joining a back side changes the named contact; undo restores it exactly, and refuses after a later edit', () => {
    const { inbox, contacts } = open(tempDir());
    const front = contacts.save({ fields: fields({ name: 'Dana Roe', company: 'Roe Ltd', phones: [{ value: '+442071234567', kind: 'work' }] }), method: 'ocr', tags: ['a'] }).contact!;
    const back = inbox.add(scan('d', { company: 'Roe Ltd', emails: ['dana@roe.example'] }));
    const joined = inbox.mergeInto(back.scanId, front.uid, fields({ name: 'Dana Roe', company: 'Roe Ltd', phones: front.phones, emails: ['dana@roe.example'] }), front.version, 'joined');
    expect(joined.emails).toEqual(['dana@roe.example']);
    expect(inbox.pending()).toEqual([]);
    expect(inbox.moreImages(front.uid)).toEqual([{ hash: back.files.hash, cardFile: back.files.cardFile, kind: 'back' }]);
    inbox.undo(back.scanId);
    expect(inbox.moreImages(front.uid)).toEqual([]);
    expect(contacts.get(front.uid)).toMatchObject({ name: 'Dana Roe', emails: [], tags: ['a'], phones: front.phones });
    expect(inbox.pending().map((p) => p.scanId)).toEqual([back.scanId]);

    const again = inbox.mergeInto(back.scanId, front.uid, fields({ name: 'Dana Roe', emails: ['dana@roe.example'] }), contacts.get(front.uid)!.version, 'joined');
    contacts.update(front.uid, { title: 'CEO' }, again.version);
    expect(() => inbox.undo(back.scanId)).toThrow(/edited since/);
    inbox.purgeDone();
    expect(inbox.moreImages(front.uid)).toHaveLength(1);
    expect(contacts.images.read(back.files.cardFile).toString()).toBe('card-d'); // the back's image is kept
  });

  it('skipping removes the row and the image files no one else uses', () => {
    const dir = tempDir();
    const { inbox, contacts } = open(dir);
    const s1 = inbox.add(scan('e', { name: 'E' }));
    const s2 = inbox.add(scan('e', { name: 'E again' }));
    const abs = (rel: string) => path.join(dir, 'images', rel);
    expect(inbox.drop(s1.scanId)).toBe(true);
    expect(fs.existsSync(abs(s2.files.file))).toBe(true); // the same bytes, still waiting
    expect(inbox.drop(s2.scanId)).toBe(true);
    for (const f of [s2.files.file, s2.files.cardFile, s2.files.thumbFile]) expect(fs.existsSync(abs(f))).toBe(false);
    const s3 = inbox.add(scan('f', { name: 'F' }));
    contacts.save({ fields: fields({ name: 'F' }), method: 'ocr', storedImage: { files: s3.files, originalFilename: 'f.jpg', mime: 'image/jpeg', bytes: 1, cardWidth: 1, cardHeight: 1 } });
    inbox.add(scan('f', { name: 'F2' }));
    expect(inbox.drop(inbox.pending()[1]!.scanId)).toBe(true);
    expect(fs.existsSync(abs(s3.files.file))).toBe(true); // a contact uses it
    expect(inbox.drop('no-such-scan')).toBe(false);
  });

  it('survives the process being killed while scans come in: every row has its files', async () => {
    const dir = tempDir();
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'inbox-writer.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        await new Promise((r) => setTimeout(r, 60 + round * 41));
      } finally {
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
      }
    }
    const { db, inbox } = open(dir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const pending = inbox.pending();
    expect(pending.length).toBeGreaterThan(2);
    for (const p of pending) for (const f of [p.files.file, p.files.cardFile, p.files.thumbFile]) expect(fs.statSync(path.join(dir, 'images', f)).size).toBeGreaterThan(0);
  });
});
