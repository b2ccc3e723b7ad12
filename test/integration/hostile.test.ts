/**
 * Tried as an attacker and as an unlucky user would (issue 8): a real `bizcard serve`
 * process gets malformed and aborted requests, split bodies, a foreign Host, partial and
 * oversized edits, a stored secret asked for another host, and a corrupt config.json; at
 * the end it must still be answering.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BizcardApp } from '../../main/app.js';
import { main } from '../../main/cli.js';
import { APP_ROOT } from '../../main/paths.js';
import { emptyFields } from '../../shared/contact.js';
import { LIMITS } from '../../shared/limits.js';
import { startServe, type Served } from '../e2e/serve-process.js';
import { tempDir } from '../helpers.js';

let served: Served;
let dataDir: string;
let uid: string;
const CORRUPT = '{"settings": {"event": "a\u0001b"}}';

beforeAll(async () => {
  if (!fs.existsSync(path.join(APP_ROOT, 'dist', 'renderer', 'index.html'))) execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], { cwd: APP_ROOT, stdio: 'ignore' });
  dataDir = tempDir();
  const app = new BizcardApp({ dataDir });
  uid = app.contacts.save({
    fields: { ...emptyFields(), name: 'Иван Петров', givenName: 'Иван', familyName: 'Петров', title: 'CEO', company: 'ООО «Ромашка»', emails: ['ivan@romashka.ru'], phones: [{ value: '+74951234567', kind: 'work' }], address: 'Москва', notes: 'met at the booth' },
    method: 'manual',
  }).contact!.uid;
  await app.close();
  // A config.json cut short by a crash, with a raw control character: JSON.parse refuses it.
  fs.writeFileSync(path.join(dataDir, 'config.json'), CORRUPT);
  served = await startServe(dataDir);
});
afterAll(async () => {
  await served?.stop();
});

/** Sends bytes as they are (in pieces, with pauses between) and returns what came back before the server closed. */
function raw(pieces: (string | Buffer)[], opts: { pauseMs?: number; abort?: 'close' | 'reset' } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(served.port, '127.0.0.1');
    sock.setNoDelay(true);
    let got = '';
    sock.on('data', (d) => (got += d.toString('utf8')));
    sock.on('error', (e) => (opts.abort ? resolve(got) : reject(e)));
    sock.on('close', () => resolve(got));
    sock.on('connect', async () => {
      for (const p of pieces) {
        sock.write(p);
        await new Promise((r) => setTimeout(r, opts.pauseMs ?? 0));
      }
      if (opts.abort === 'close') sock.destroy();
      else if (opts.abort === 'reset') sock.resetAndDestroy();
    });
  });
}

const host = () => `127.0.0.1:${served.port}`;
const auth = () => `Bearer ${served.token}`;

async function api<T = unknown>(name: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
  const res = await fetch(`${served.origin}/api/${name}`, { method: 'POST', headers: { Authorization: auth(), 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  return res.json() as never;
}

async function alive(): Promise<void> {
  expect(served.child.exitCode).toBeNull();
  const r = await api<unknown[]>('listContacts', {});
  expect(r.ok).toBe(true);
}

interface Contact {
  uid: string;
  name: string;
  title: string;
  company: string;
  notes: string;
  emails: string[];
  phones: { value: string }[];
  address: string;
  version: number;
}

describe('bizcard serve under hostile requests', () => {
  it('a corrupt config.json is named, set aside, and the server starts with defaults', async () => {
    expect(served.stderr()).toContain(path.join(dataDir, 'config.json'));
    expect(served.stderr()).toMatch(/could not be read \(.+\); it was set aside as .*config\.json\.corrupt-.* default settings/);
    const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith('config.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]!), 'utf8')).toBe(CORRUPT);
    const s = await api<{ event: string; langs: string[] }>('getSettings', {});
    expect(s.ok && s.value.langs).toEqual(['eng', 'rus']);
  });

  it('malformed request targets and request lines get a 400, never a dead server', async () => {
    for (const target of ['/%E0%A4%A', '//[::1', 'http://evil.example/x', '/api/%E0%A4%A', '/%00'])
      expect(await raw([`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`]), target).toMatch(/^HTTP\/1\.1 40[04]/);
    expect(await raw([`GET //[::1 HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`])).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(['GARBAGE\r\n\r\n'])).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw([`GET / HTTP/1.1\r\nHost: ${host()}\r\nX: ${'a'.repeat(70_000)}\r\n\r\n`], { abort: 'close', pauseMs: 300 })).toMatch(/^HTTP\/1\.1 431|^$/);
    await alive();
  });

  it('a request aborted halfway through its body (close or reset) does not kill the server', async () => {
    const head = (withToken: boolean) => `POST /api/saveSettings HTTP/1.1\r\nHost: ${host()}\r\n${withToken ? `Authorization: ${auth()}\r\n` : ''}Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n`;
    for (const abort of ['close', 'reset'] as const) {
      await raw([head(true), '{"event":"'], { pauseMs: 50, abort });
      await raw([head(false), '{"event":"'], { pauseMs: 50, abort });
    }
    await new Promise((r) => setTimeout(r, 200));
    await alive();
  });

  it('a body split inside a character arrives whole', async () => {
    const cur = await api<Contact>('getContact', { uid });
    if (!cur.ok) throw new Error(cur.error.message);
    const body = Buffer.from(JSON.stringify({ uid, patch: { department: 'Отдел продаж' }, version: cur.value.version }));
    const cut = body.indexOf(Buffer.from('Отдел')) + 1; // inside the two bytes of "О"
    const answer = await raw([`POST /api/updateContact HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: ${auth()}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`, body.subarray(0, cut), body.subarray(cut)], { pauseMs: 80 });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    const saved = await api<Contact>('getContact', { uid });
    expect(saved.ok && saved.value).toMatchObject({ department: 'Отдел продаж' });
  });

  it('a foreign Host header (DNS rebinding) is refused for the UI and the API; our own names are served', async () => {
    expect(await raw([`GET / HTTP/1.1\r\nHost: evil.example:${served.port}\r\nConnection: close\r\n\r\n`])).toMatch(/^HTTP\/1\.1 421/);
    expect(await raw([`POST /api/listContacts HTTP/1.1\r\nHost: evil.example\r\nAuthorization: ${auth()}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`])).toMatch(/^HTTP\/1\.1 421/);
    expect(await raw([`GET / HTTP/1.1\r\nConnection: close\r\n\r\n`])).toMatch(/^HTTP\/1\.1 (400|421)/);
    expect(await raw([`GET / HTTP/1.1\r\nHost: localhost:${served.port}\r\nConnection: close\r\n\r\n`])).toMatch(/^HTTP\/1\.1 200/);
    const page = await fetch(served.origin);
    expect(page.status).toBe(200);
  });

  it('serves /favicon.ico', async () => {
    const res = await fetch(`${served.origin}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg/);
  });

  it('a partial patch changes what it names and nothing else', async () => {
    const before = await api<Contact>('getContact', { uid });
    if (!before.ok) throw new Error(before.error.message);
    const r = await api<Contact>('updateContact', { uid, patch: { title: 'CTO' }, version: before.value.version });
    expect(r.ok).toBe(true);
    const after = await api<Contact>('getContact', { uid });
    expect(after.ok && after.value).toMatchObject({ ...before.value, title: 'CTO', version: before.value.version + 1, updatedAt: expect.any(String) });
    expect(after.ok && after.value.emails).toEqual(['ivan@romashka.ru']);
    expect(after.ok && after.value.notes).toBe('met at the booth');
  });

  it('over-long values are refused naming the field; NUL bytes are dropped where they come in', async () => {
    const cur = await api<Contact>('getContact', { uid });
    if (!cur.ok) throw new Error(cur.error.message);
    const long = await api('updateContact', { uid, patch: { notes: 'x'.repeat(LIMITS.notes + 1) }, version: cur.value.version });
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error.message).toMatch(/^updateContact: patch\.notes Too big: expected string to have <=5000 characters/);
    const nul = await api<Contact>('updateContact', { uid, patch: { company: 'Ромашка\u0000 Ltd', notes: 'y'.repeat(LIMITS.notes), tags: ['v\u0000ip'] }, version: cur.value.version });
    expect(nul.ok && nul.value).toMatchObject({ company: 'Ромашка Ltd', tags: ['vip'] });
    expect(nul.ok && nul.value.notes).toHaveLength(LIMITS.notes);
  });

  it('a QR value over a limit is clipped with a warning, and the card is saved', async () => {
    const tel = '1'.repeat(LIMITS.phone + 1);
    const png = await QRCode.toBuffer(`BEGIN:VCARD\nVERSION:3.0\nFN:Bob Boss\nORG:Hostile Inc\nTEL:${tel}\nEMAIL:bob@hostile.example\nNOTE:a\u0000b\nEND:VCARD`, { width: 600, margin: 4 });
    const draft = await api<{ scanId: string; warnings: string[]; fields: { phones: { value: string }[]; name: string } }>('scanImage', { name: 'qr.png', dataBase64: png.toString('base64') });
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.value.fields.name).toBe('Bob Boss');
    expect(draft.value.fields.phones[0]!.value).toBe(tel.slice(0, LIMITS.phone));
    expect(draft.value.warnings).toContain(`phone 1 was ${LIMITS.phone + 1} characters long: clipped to ${LIMITS.phone}`);
    const saved = await api<{ contact: Contact | null }>('saveScan', { scanId: draft.value.scanId, fields: draft.value.fields, tags: [], event: '', allowDuplicate: true });
    expect(saved.ok && saved.value.contact?.name).toBe('Bob Boss');
    // The vCard reader stops the note at the NUL; either way no NUL is stored.
    expect(saved.ok && saved.value.contact?.notes).toMatch(/^ab?$/);
  });

  it('a stored password only ever goes to the host it was saved for', async () => {
    const fake = new FakePostgres();
    const [portA, portB] = await Promise.all([fake.listen(), fake.listen()]);
    try {
      const form = (port: number, password = '') => ({ url: `postgresql://bob@127.0.0.1:${port}/cards`, password, ssl: false });
      const saved = await api('saveSettings', { event: '', langs: ['eng', 'rus'], defaultCountry: 'US', uiLanguage: 'en', pg: form(portA, 'sekret-A1'), s3: null });
      expect(saved.ok).toBe(true);
      // Another host, blank password: the stored one is not filled in.
      const other = await api<{ ok: boolean; message: string }[]>('testConnection', { pg: form(portB), s3: null });
      expect(other.ok && other.value[0]!.ok).toBe(false);
      expect(other.ok && other.value[0]!.message).toContain(`the saved password is for 127.0.0.1:${portA}`);
      expect(fake.passwords.filter((p) => p.port === portB).map((p) => p.password)).not.toContain('sekret-A1');
      // Its own host gets it (which also shows the fake server records what it is sent).
      await api('testConnection', { pg: form(portA), s3: null });
      expect(fake.passwords.filter((p) => p.port === portA).map((p) => p.password)).toContain('sekret-A1');
      // Saving another host with a blank password forgets the stored one (the background sync
      // that ran meanwhile logged in at A with it: that is where it belongs).
      await api('saveSettings', { event: '', langs: ['eng', 'rus'], defaultCountry: 'US', uiLanguage: 'en', pg: form(portB), s3: null });
      const sent = () => fake.passwords.filter((p) => p.password === 'sekret-A1').length;
      const atA = sent();
      await api('testConnection', { pg: form(portB), s3: null });
      await api('testConnection', { pg: form(portA), s3: null });
      expect(sent()).toBe(atA);
      expect(fake.passwords.filter((p) => p.password === 'sekret-A1').every((p) => p.port === portA)).toBe(true);
    } finally {
      await api('saveSettings', { event: '', langs: ['eng', 'rus'], defaultCountry: 'US', uiLanguage: 'en', pg: null, s3: null });
      await fake.close();
    }
  });

  it('everything in the data folder is private: folders 0700, files 0600 (database, WAL, images, config, secrets)', () => {
    const all = fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).map((e) => {
      const p = path.join(e.parentPath, e.name);
      return { p: path.relative(dataDir, p), dir: e.isDirectory(), mode: fs.statSync(p).mode & 0o777 };
    });
    expect(all.map((f) => f.p)).toEqual(expect.arrayContaining(['bizcard.db', 'bizcard.db-wal', 'config.json', expect.stringMatching(/^images\/cards\/..\/[0-9a-f]{64}\.jpg$/)]));
    expect(all.filter((f) => f.mode !== (f.dir ? 0o700 : 0o600))).toEqual([]);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('is still answering at the end', async () => {
    await alive();
    expect((await fetch(served.origin)).status).toBe(200);
  });
});

describe('bizcard serve without a built UI', () => {
  it('says how to build it instead of "not found"', async () => {
    const { serve } = await import('../../main/server.js');
    const { startServices } = await import('../../main/services.js');
    const services = await startServices({ dataDir: tempDir() });
    const server = await serve(services.api, { staticDir: tempDir() });
    try {
      expect(server.uiMissing).toMatch(/The UI is not built .*npm run build:renderer/);
      const res = await fetch(`http://127.0.0.1:${server.port}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/npm run build:renderer/);
    } finally {
      await server.close();
      await services.close();
    }
  });
});

describe('the command line shows hostile card text and file names escaped', () => {
  it('an escape sequence in a QR name and a newline in a file name cannot reach the terminal raw', async () => {
    const home = tempDir();
    const folder = tempDir();
    const png = await QRCode.toBuffer('BEGIN:VCARD\nVERSION:3.0\nFN:Eve \u001b[2JMallory\nORG:Evil\u001b]0;pwned\u0007 Corp\nTEL:+14155550132\nEND:VCARD', { width: 600, margin: 4 });
    const file = path.join(folder, 'card\nsaved      0000000000000  Forged Person  [x].png');
    fs.writeFileSync(file, png);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['scan', '--data-dir', home, file], { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect(code).toBe(0);
    const text = [...out, ...err].join('\n');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out.filter((l) => l.startsWith('saved'))).toHaveLength(1);
    expect(out[0]).toContain('Eve \\e[2JMallory');
    expect(out[0]).toContain('card\\nsaved');
    const listed: string[] = [];
    await main(['list', '--data-dir', home], { out: (s) => listed.push(s), err: () => {} });
    expect(listed.join('\n')).not.toContain('\u001b');
    const shown: string[] = [];
    await main(['show', '--data-dir', home, JSON.parse((await listJson(home))[0]!).uid], { out: (s) => shown.push(s), err: () => {} });
    expect(shown.join('\n')).not.toMatch(/\u001b|\u0007/);
  });
});

async function listJson(home: string): Promise<string[]> {
  const lines: string[] = [];
  await main(['list', '--json', '--data-dir', home], { out: (s) => lines.push(s), err: () => {} });
  return lines;
}

/**
 * Speaks just enough of PostgreSQL's protocol to ask for a clear-text password and write
 * down what it is sent, then refuses the login.
 */
class FakePostgres {
  readonly passwords: { port: number; password: string }[] = [];
  private readonly servers: net.Server[] = [];

  listen(): Promise<number> {
    const server = net.createServer((sock) => {
      const port = (server.address() as net.AddressInfo).port;
      let buf = Buffer.alloc(0);
      let started = false;
      sock.on('error', () => {});
      sock.on('data', (d) => {
        buf = Buffer.concat([buf, d]);
        for (;;) {
          if (!started) {
            if (buf.length < 8) return;
            const len = buf.readInt32BE(0);
            if (buf.length < len) return;
            const code = buf.readInt32BE(4);
            buf = buf.subarray(len);
            if (code === 80877103) {
              sock.write('N'); // no SSL
              continue;
            }
            started = true;
            const ask = Buffer.alloc(9);
            ask.write('R', 0);
            ask.writeInt32BE(8, 1);
            ask.writeInt32BE(3, 5); // AuthenticationCleartextPassword
            sock.write(ask);
            continue;
          }
          if (buf.length < 5) return;
          const len = buf.readInt32BE(1);
          if (buf.length < len + 1) return;
          if (buf[0] === 0x70) this.passwords.push({ port, password: buf.subarray(5, len).toString('utf8').replace(/\0$/, '') });
          buf = buf.subarray(len + 1);
          const fields = Buffer.from('SFATAL\0C28P01\0Mpassword authentication failed\0\0');
          const e = Buffer.alloc(5);
          e.write('E', 0);
          e.writeInt32BE(fields.length + 4, 1);
          sock.end(Buffer.concat([e, fields]));
          return;
        }
      });
    });
    this.servers.push(server);
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => new Promise((r) => s.close(r))));
  }
}
