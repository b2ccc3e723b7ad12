/** Child process for the inbox crash test: puts scans into the inbox as fast as it can until killed. */
import crypto from 'node:crypto';
import path from 'node:path';
import { openDb } from '../../main/store/db.js';
import { ImageFiles } from '../../main/store/images.js';
import { ContactStore } from '../../main/store/contacts.js';
import { InboxStore } from '../../main/store/inbox.js';
import { emptyFields } from '../../shared/contact.js';

const dir = process.argv[2]!;
const db = openDb(path.join(dir, 'bizcard.db'));
const inbox = new InboxStore(db, new ContactStore(db, new ImageFiles(path.join(dir, 'images'))));
for (let i = 0; ; i++) {
  const tag = crypto.randomBytes(6).toString('hex');
  const bytes = crypto.randomBytes(20_000 + (i % 7) * 5000);
  inbox.add({
    file: `card ${i}.jpg`,
    bytes,
    image: { mime: 'image/jpeg', card: bytes.subarray(0, 5000), cardWidth: 1400, cardHeight: 800, cardQuad: null, thumbnail: bytes.subarray(0, 1000), warnings: [] },
    draft: { fields: { ...emptyFields(), name: `Person ${tag}` }, confidence: { name: 0.8 }, sources: {}, method: 'ocr', qrPayload: null, ocrLines: [] },
    ms: 5,
  });
  if (i === 0) process.stdout.write('started\n');
}
