import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../shared/contact.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones, guessCountry } from '../../main/recognize/extract/phones.js';
import { fixDigits, fixMixedScripts, nameKey } from '../../main/recognize/extract/scripts.js';

/** OCR-shaped input: one line per string, stacked, each word with a box. */
function lines(...texts: string[]): OcrLine[] {
  return texts.map((text, i) => {
    let x = 50;
    const words = text.split(' ').map((w) => {
      const box = { x, y: 40 + i * 50, w: w.length * 14, h: 30 };
      x += box.w + 12;
      return { text: w, confidence: 0.95, box };
    });
    return { text, confidence: 0.95, box: { x: 50, y: 40 + i * 50, w: x - 50, h: 30 }, words };
  });
}

describe('OCR text clean-up', () => {
  it('maps letters that look like digits inside numbers', () => {
    expect(fixDigits('(9l6) 555-0l32')).toBe('(916) 555-0132');
    expect(fixDigits('Oleg O. Smith')).toBe('Oleg O. Smith');
  });

  it('maps look-alikes to the word\'s own script', () => {
    expect(fixMixedScripts('Пеtров')).toBe('Петров');
    expect(fixMixedScripts('Sаles Manager')).toBe('Sales Manager');
    expect(fixMixedScripts('London NW1 6ХЕ')).toBe('London NW1 6XE');
  });

  it('compares names across Latin and Cyrillic', () => {
    expect(nameKey('Кузнецов')).toBe(nameKey('Kuznetsov'));
    expect(nameKey('Харитонов')).toBe(nameKey('Kharitonov'));
  });
});

describe('phones', () => {
  it('picks the country from the card, not the default', () => {
    expect(guessCountry('Tel (415) 555-0132\nSan Francisco, CA 94105', 'RU')).toBe('US');
    expect(guessCountry('Тел. 8 (495) 123-45-67\nМосква', 'US')).toBe('RU');
  });

  it('reads labels, kinds and extensions', () => {
    expect(findPhones('Tel: +1 (415) 555-0132 ext. 204', ['US'])).toEqual([{ value: '+14155550132', kind: 'work', labelled: true, ext: '204' }]);
    expect(findPhones('моб. +7 916 123-45-67', ['RU'])[0]).toMatchObject({ value: '+79161234567', kind: 'mobile' });
    expect(findPhones('Факс: 8 (495) 123-45-68', ['RU'])[0]).toMatchObject({ value: '+74951234568', kind: 'fax' });
    expect(findPhones('T +1 415 555 0132  M +1 415 555 0199', ['US']).map((p) => p.kind)).toEqual(['work', 'mobile']);
    expect(findPhones('тел. 8 (495) 123-45-67 доб. 123', ['RU'])[0]).toMatchObject({ value: '+74951234567', ext: '123' });
  });
});

describe('field extraction from text lines', () => {
  it('reads an English card', () => {
    const { fields, confidence } = extractFields(
      lines('NORTHWIND', 'John A. Smith', 'Senior Software Engineer', 'Northwind Traders Inc.', 'Quality you can trust', 'Tel: (415) 555-0132', 'Mob: (415) 555-0199', 'john.smith@northwind.corn', 'www.northwind.com', '350 Mission Street, Suite 200', 'San Francisco, CA 94105'),
    );
    expect(fields.name).toBe('John A. Smith');
    expect([fields.givenName, fields.middleName, fields.familyName]).toEqual(['John', 'A.', 'Smith']);
    expect(fields.title).toBe('Senior Software Engineer');
    expect(fields.company).toBe('Northwind Traders Inc.');
    expect(fields.phones).toEqual([
      { value: '+14155550132', kind: 'work' },
      { value: '+14155550199', kind: 'mobile' },
    ]);
    expect(fields.emails).toEqual(['john.smith@northwind.com']);
    // The ending was mended (".corn"), so the e-mail is not claimed as sure.
    expect(confidence.emails).toBeLessThan(0.9);
    expect(fields.address).toBe('350 Mission Street, Suite 200, San Francisco, CA 94105');
  });

  it('reads a Russian card in Фамилия Имя Отчество order with look-alikes in the e-mail', () => {
    const { fields } = extractFields(
      lines('Петров Иван Сергеевич', 'Генеральный директор', 'Отдел продаж', 'ООО «Ромашка»', 'Тел.: +7 (495) 123-45-67', 'Факс: +7 (495) 123-45-68', 'i.petrov@romashka.ry', 'ул. Тверская, д. 12, офис 305', 'Москва, 125009'),
    );
    expect(fields.name).toBe('Петров Иван Сергеевич');
    expect([fields.familyName, fields.givenName, fields.middleName]).toEqual(['Петров', 'Иван', 'Сергеевич']);
    expect(fields.title).toBe('Генеральный директор');
    expect(fields.department).toBe('Отдел продаж');
    expect(fields.company).toBe('ООО «Ромашка»');
    expect(fields.phones).toEqual([
      { value: '+74951234567', kind: 'work' },
      { value: '+74951234568', kind: 'fax' },
    ]);
    expect(fields.emails).toEqual(['i.petrov@romashka.ru']);
    expect(fields.address).toBe('ул. Тверская, д. 12, офис 305, Москва, 125009');
  });

  it('does not take a tagline or a logo for the company', () => {
    const { fields } = extractFields(lines('ACME', 'Acme Robotics Corp.', 'Building smarter machines', 'Emily Foster', 'Lead Designer', 'emily.foster@acmerobotics.io'));
    expect(fields.company).toBe('Acme Robotics Corp.');
    expect(fields.name).toBe('Emily Foster');
  });
});
