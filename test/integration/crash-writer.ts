/** Child process for the crash test: saves contacts with images as fast as it can until killed. */
import crypto from 'node:crypto';
import { BizcardApp } from '../../main/app.js';
import { emptyFields } from '../../shared/contact.js';

const dir = process.argv[2]!;
// As the app opens its folder (the start-up clean-up of what the previous round left included).
const app = new BizcardApp({ dataDir: dir });
for (let i = 0; ; i++) {
  const tag = crypto.randomBytes(6).toString('hex');
  const image = crypto.randomBytes(20_000 + (i % 7) * 5000);
  app.contacts.save({
    fields: { ...emptyFields(), name: `Person ${tag}`, emails: [`${tag}@example.com`] },
    method: 'ocr',
    image: { original: image, originalFilename: `card ${i}.jpg`, mime: 'image/jpeg', card: image.subarray(0, 5000), cardWidth: 1400, cardHeight: 800, thumbnail: image.subarray(0, 1000) },
  });
  if (i === 0) process.stdout.write('started\n');
}
