import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli.js';
import { parseVCard } from '../../main/recognize/vcard.js';
import { fixture, tempDir } from '../helpers.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe('bizcard command line', () => {
  const home = tempDir();

  it('extract --json prints one line per image in input order and exits 1 after doing all', async () => {
    const a = await fixture('en', 0);
    const b = await fixture('ru', 1);
    const junk = path.join(home, 'notes.jpg');
    fs.writeFileSync(junk, 'not really a jpeg');
    const r = await run('extract', '--json', '--data-dir', home, a.clean, junk, b.photo, path.join(home, 'missing.png'));
    expect(r.code).toBe(1);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a.clean, junk, b.photo, path.join(home, 'missing.png')]);
    expect(lines[0]).toMatchObject({ ok: true, contact: { name: a.spec.truth.name, emails: a.spec.truth.emails } });
    expect(['qr', 'ocr', 'qr+ocr']).toContain(lines[0].method);
    expect(typeof lines[0].ms).toBe('number');
    expect(lines[0].contact.phones[0].value).toMatch(/^\+\d+$/);
    expect(lines[1]).toEqual({ file: junk, ok: false, error: 'not an image (unrecognised content)' });
    expect(lines[2]).toMatchObject({ ok: true, contact: { name: b.spec.truth.name } });
    expect(lines[3]).toEqual({ file: path.join(home, 'missing.png'), ok: false, error: 'no such file' });
    expect(fs.existsSync(path.join(home, 'bizcard.db'))).toBe(true);
  });

  it('scan saves a folder, goes past a bad file, then reports the same cards as duplicates', async () => {
    const folder = tempDir();
    for (const i of [0, 1, 2]) fs.copyFileSync((await fixture('en', i)).photo, path.join(folder, `card-${i}.jpg`));
    fs.copyFileSync((await fixture('ru', 2)).clean, path.join(folder, 'визитка.png'));
    fs.writeFileSync(path.join(folder, 'broken.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    fs.writeFileSync(path.join(folder, 'readme.txt'), 'skipped: not an image name');
    const r = await run('scan', '--data-dir', home, folder, '--event', 'Expo 2026', '--tag', 'booth-a');
    expect(r.code).toBe(1);
    expect(r.out[r.out.length - 1]).toBe('4 saved, 0 duplicates, 1 failed');
    expect(r.err).toEqual([expect.stringMatching(/^failed +.*broken\.jpg: .+/)]);
    const again = await run('scan', '--data-dir', home, folder);
    expect(again.out[again.out.length - 1]).toBe('0 saved, 4 duplicates, 1 failed');

    const list = await run('list', '--json', '--data-dir', home, '--event', 'Expo 2026');
    const contacts = list.out.map((l) => JSON.parse(l));
    expect(contacts).toHaveLength(4);
    expect(contacts.every((c) => c.tags[0] === 'booth-a')).toBe(true);
    const shown = await run('show', '--data-dir', home, contacts[0].uid.slice(0, 13));
    expect(shown.out[0]).toContain(contacts[0].uid);
  });

  it('export writes vCard that reads back, and CSV with a BOM', async () => {
    const vcf = path.join(home, 'out.vcf');
    expect((await run('export', '--data-dir', home, '--format', 'vcf', '-o', vcf)).code).toBe(0);
    const cards = fs.readFileSync(vcf, 'utf8').split(/(?=BEGIN:VCARD)/);
    const list = (await run('list', '--json', '--data-dir', home)).out.map((l) => JSON.parse(l));
    expect(cards).toHaveLength(list.length);
    const byName = new Map(list.map((c) => [c.name, c]));
    for (const card of cards) {
      const f = parseVCard(card);
      const c = byName.get(f.name)!;
      expect(f.emails).toEqual(c.emails);
      expect(f.phones).toEqual(c.phones);
      expect(f.company).toBe(c.company);
    }
    const csv = path.join(home, 'out.csv');
    await run('export', '--data-dir', home, '--format', 'csv', '-o', csv);
    const bytes = fs.readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/[А-Яа-я]/);
    expect((await run('export', '--data-dir', home, '--format', 'pdf')).err[0]).toMatch(/--format must be one of vcf, vcf21, csv, google-csv, outlook-csv/);
  });
});
