/**
 * `npm run bench:sync`: N queued contacts with ~150 KB images synced on loopback to a real
 * PostgreSQL and S3 server, beside a raw baseline in the same run (plain `pg` multi-row
 * inserts and plain `minio` putObject of the same data, same concurrency).
 */
import crypto from 'node:crypto';
import pg from 'pg';
import * as Minio from 'minio';
import { BizcardApp } from '../../main/app.js';
import { SyncEngine } from '../../main/sync/engine.js';
import { MinioObjectStore } from '../../main/sync/object-store.js';
import { PgRemoteDb } from '../../main/sync/remote-db.js';
import { emptyFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';
import { TestPostgres, TestS3 } from '../integration/servers.js';

const N = Number(process.env.BENCH_SYNC_CONTACTS ?? 2000);
const IMG = 150 * 1024;
const CONC = 4;
const pgs = new TestPostgres();
const s3 = new TestS3();
await Promise.all([pgs.start(), s3.start()]);

const app = new BizcardApp({ dataDir: tempDir() });
const images: Buffer[] = [];
for (let i = 0; i < N; i++) {
  const img = crypto.randomBytes(IMG);
  images.push(img);
  const tag = crypto.randomBytes(5).toString('hex');
  app.contacts.save({ fields: { ...emptyFields(), name: `Person ${tag}`, company: 'Acme Inc.', emails: [`${tag}@example.com`] }, method: 'ocr', image: { original: img, originalFilename: `card-${i}.jpg`, mime: 'image/jpeg', card: img.subarray(0, 100), cardWidth: 10, cardHeight: 10, thumbnail: img.subarray(0, 50) } });
}
const contacts = app.contacts.list();

// Raw baseline: what the same servers take with no queue, no verification, no bookkeeping.
const client = new pg.Client(pgs.url);
await client.connect();
await client.query('CREATE TABLE raw_contacts (uid uuid primary key, name text, company text, emails jsonb)');
const minio = new Minio.Client({ ...s3.settings });
if (!(await minio.bucketExists('raw-baseline'))) await minio.makeBucket('raw-baseline');
let t = performance.now();
for (let i = 0; i < contacts.length; i += 200) {
  const batch = contacts.slice(i, i + 200);
  const params: unknown[] = [];
  const values = batch.map((c) => `($${params.push(c.uid)}, $${params.push(c.name)}, $${params.push(c.company)}, $${params.push(JSON.stringify(c.emails))})`);
  await client.query(`INSERT INTO raw_contacts VALUES ${values.join(',')}`, params);
}
let next = 0;
await Promise.all(Array.from({ length: CONC }, async () => { while (next < N) { const i = next++; await minio.putObject('raw-baseline', `raw_${i}.jpg`, images[i]!, IMG); } }));
const rawSecs = (performance.now() - t) / 1000;
await client.end();

const remote = new PgRemoteDb({ url: pgs.url, ssl: false });
const engine = new SyncEngine(app.db, app.contacts, remote, new MinioObjectStore(s3.settings), { objectConcurrency: CONC });
const rss: Record<number, number> = {};
let dbDoneAt = 0;
engine.on('progress', (p: { target: string; done: number }) => {
  if (p.target === 'db' && p.done === N) dbDoneAt = performance.now();
  if (p.target !== 'objects') return;
  for (const mark of [200, N]) if (p.done >= mark && !rss[mark]) rss[mark] = process.memoryUsage().rss;
});
t = performance.now();
await engine.run({ untilEmpty: true });
const oursSecs = (performance.now() - t) / 1000;
const dbSecs = (dbDoneAt - t) / 1000;
const mb = (N * IMG) / 1048576;
console.log(`${N} contacts, ${IMG / 1024} KB images, ${CONC} uploads at a time, loopback\n`);
console.log(`raw pg + minio       ${rawSecs.toFixed(1).padStart(6)} s  ${(N / rawSecs).toFixed(0).padStart(5)} contacts/s  ${(mb / rawSecs).toFixed(1).padStart(6)} MB/s`);
console.log(`bizcard sync         ${oursSecs.toFixed(1).padStart(6)} s  ${(N / oursSecs).toFixed(0).padStart(5)} contacts/s  ${(mb / oursSecs).toFixed(1).padStart(6)} MB/s`);
console.log(`  of which contacts to PostgreSQL ${dbSecs.toFixed(1)} s, images ${(oursSecs - dbSecs).toFixed(1)} s`);
console.log(`\nratio sync/raw time: ${(oursSecs / rawSecs).toFixed(2)}x (target <= 1.5x; sync also checks each upload against its MD5, records keys on the server rows and its own queue)`);
console.log(`RSS at 200 uploaded: ${((rss[200] ?? 0) / 1048576).toFixed(0)} MB, at ${N}: ${((rss[N] ?? 0) / 1048576).toFixed(0)} MB`);
await remote.close();
await app.close();
await Promise.all([pgs.stop(), s3.stop()]);
