/** Child process for the crash test: saves contacts with images as fast as it can until killed. */
import crypto from 'node:crypto';
import path from 'node:path';
import { openDb } from '../../main/store/db.js';
import { ImageFiles } from '../../main/store/images.js';
import { ContactStore } from '../../main/store/contacts.js';
import { emptyFields } from '../../shared/contact.js';

const dir = process.argv[2]!;
const store = new ContactStore(openDb(path.join(dir, 'bizcard.db')), new ImageFiles(path.join(dir, 'images')));
for (let i = 0; ; i++) {
  const tag = crypto.randomBytes(6).toString('hex');
  const image = crypto.randomBytes(20_000 + (i % 7) * 5000);
  store.save({
    fields: { ...emptyFields(), name: `Person ${tag}`, emails: [`${tag}@example.com`] },
    method: 'ocr',
    image: { original: image, originalFilename: `card ${i}.jpg`, mime: 'image/jpeg', card: image.subarray(0, 5000), cardWidth: 1400, cardHeight: 800, thumbnail: image.subarray(0, 1000) },
  });
  if (i === 0) process.stdout.write('started\n');
}
