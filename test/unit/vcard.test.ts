import { describe, expect, it } from 'vitest';
import { parseMeCard, parsePayload, parseVCard } from '../../main/recognize/vcard.js';
import { toVCard21, toVCard30 } from '../../main/export/vcard-writer.js';
import { emptyFields } from '../../shared/contact.js';

describe('vCard parsing', () => {
  it('takes a TITLE of only an honorific for no job title (real_103: "TITLE:Dr")', () => {
    const card = (title: string) => parseVCard(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Paul Wilkinson', `TITLE:${title}`, 'END:VCARD'].join('\r\n'));
    expect(card('Dr').title).toBe('');
    expect(card('Prof.').title).toBe('');
    expect(card('Director').title).toBe('Director');
    expect(card('Dr. of Engineering').title).toBe('Dr. of Engineering');
  });

  it('reads vCard 3.0 with folded lines, escaped commas and typed phones', () => {
    const f = parseVCard(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Collins;Olivia;J.;;',
        'FN:Olivia J. Collins',
        'ORG:Bluefin Analytics\\, LLC;Marketing',
        'TITLE:Head of Operations',
        'TEL;TYPE=WORK,VOICE:+1 (617) 555-0126',
        'TEL;TYPE=CELL:+16175550127',
        'TEL;TYPE=FAX:+16175550128',
        'EMAIL;TYPE=INTERNET:Olivia.Collins@Bluefin.com',
        'ADR;TYPE=WORK:;Suite 200;350 Mission Street;San Francisco;CA;94105;USA',
        'NOTE:met at the stand\\, wants a demo',
        ' tomorrow',
        'END:VCARD',
      ].join('\r\n'),
    );
    expect(f.name).toBe('Olivia J. Collins');
    expect([f.givenName, f.middleName, f.familyName]).toEqual(['Olivia', 'J.', 'Collins']);
    expect(f.company).toBe('Bluefin Analytics, LLC');
    expect(f.department).toBe('Marketing');
    expect(f.phones).toEqual([
      { value: '+16175550126', kind: 'work' },
      { value: '+16175550127', kind: 'mobile' },
      { value: '+16175550128', kind: 'fax' },
    ]);
    expect(f.emails).toEqual(['olivia.collins@bluefin.com']);
    expect(f.address).toBe('350 Mission Street, Suite 200, San Francisco, CA 94105, USA');
    expect(f.notes).toBe('met at the stand, wants a demotomorrow');
  });

  it('reads vCard 2.1 quoted-printable UTF-8 with soft line breaks and bare types', () => {
    const f = parseVCard(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;=D0=98=D0=B2=D0=B0=D0=BD;;;',
        'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=',
        '=D1=80=D0=BE=D0=B2',
        'TEL;WORK;VOICE:+7 (495) 123-45-67',
        'TEL;CELL:+7 916 123-45-67',
        'END:VCARD',
      ].join('\r\n'),
    );
    expect(f.name).toBe('Иван Петров');
    expect(f.familyName).toBe('Петров');
    expect(f.phones).toEqual([
      { value: '+74951234567', kind: 'work' },
      { value: '+79161234567', kind: 'mobile' },
    ]);
  });

  it('reads a windows-1251 quoted-printable value', () => {
    const f = parseVCard('BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED\nEND:VCARD');
    expect(f.name).toBe('Иван');
  });

  it('reads vCard 4.0 tel: URIs with extensions', () => {
    const f = parseVCard('BEGIN:VCARD\nVERSION:4.0\nFN:A B\nTEL;VALUE=uri;TYPE="work,voice":tel:+1-312-555-0173;ext=148\nEND:VCARD');
    expect(f.phones).toEqual([{ value: '+13125550173', kind: 'work', ext: '148' }]);
  });

  it('reads MECARD with escaped separators', () => {
    const f = parseMeCard('MECARD:N:Smith,John;ORG:Acme\\; Sons;TEL:+14155550132;EMAIL:john@acme.com;URL:https\\://acme.com;;');
    expect(f.name).toBe('John Smith');
    expect(f.company).toBe('Acme; Sons');
    expect(f.phones[0]!.value).toBe('+14155550132');
    expect(f.websites).toEqual(['https://acme.com']);
  });

  it('recognises payloads that hold only a URL, e-mail or phone', () => {
    expect(parsePayload('https://acme.com/team').kind).toBe('url');
    expect(parsePayload('mailto:Jo@Acme.com').fields.emails).toEqual(['jo@acme.com']);
    expect(parsePayload('tel:+14155550132').fields.phones[0]!.value).toBe('+14155550132');
    expect(parsePayload('hello').kind).toBe('text');
  });
});

describe('vCard export', () => {
  const contact = {
    ...emptyFields(),
    name: 'Петров Иван Сергеевич',
    givenName: 'Иван',
    middleName: 'Сергеевич',
    familyName: 'Петров',
    title: 'Генеральный директор',
    company: 'ООО «Ромашка», филиал',
    department: 'Отдел продаж',
    phones: [
      { value: '+74951234567', kind: 'work' as const, ext: '123' },
      { value: '+79161234567', kind: 'mobile' as const },
      { value: '+74951234568', kind: 'fax' as const },
    ],
    emails: ['i.petrov@romashka.ru'],
    websites: ['www.romashka.ru'],
    address: 'ул. Тверская, д. 12; офис 305, Москва, 125009 — a long line that must be folded at seventy-five octets',
    notes: 'встреча на выставке\nперезвонить',
  };
  // The address comes back from the structured ADR (street, city, postcode: see export.test.ts),
  // websites with their scheme, and 2.1 line breaks as the CRLF quoted-printable carries.
  const keys = ['name', 'givenName', 'middleName', 'familyName', 'title', 'company', 'department', 'phones', 'emails', 'notes'] as const;
  const pick = (f: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, typeof f[k] === 'string' ? (f[k] as string).replace(/\r\n/g, '\n') : f[k]]));
  const sameAddressText = (a: string) => expect(a.split(/[\s,;]+/).filter(Boolean).sort()).toEqual(contact.address.split(/[\s,;]+/).sort());

  it('vCard 3.0 reads back through our parser to the same fields', () => {
    const text = toVCard30(contact);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const back = parseVCard(text);
    expect(pick(back)).toEqual(pick(contact));
    expect(back.websites).toEqual(['https://www.romashka.ru/']);
    sameAddressText(back.address);
  });

  it('vCard 2.1 (quoted-printable) reads back to the same fields', () => {
    const text = toVCard21(contact);
    expect(text).toContain('ENCODING=QUOTED-PRINTABLE');
    expect(text.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    const back = parseVCard(text);
    expect(pick(back)).toEqual(pick(contact));
    expect(back.websites).toEqual(['https://www.romashka.ru/']);
    sameAddressText(back.address);
  });
});
