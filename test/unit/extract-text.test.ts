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

describe('international contact blocks', () => {
  it('reads a Japanese card: +codes, a second number with its country named on the line, a postcode that is not a phone, the head office first', () => {
    const { fields, confidence } = extractFields(
      lines('Shigeru Yamanaka', 'President and CEO', 'Techno Project Japan Co., Ltd.', 'Head Office 2-10-14, Gakuenminami, Matsue City,', 'Shimane, 690-0826 JAPAN', 'TEL +81-852-32-1140', 'Vietnam Office Room 3, Tan Chanh Hiep Ward', 'District 12, Ho Chi Minh City, Vietnam', 'TEL (VN mobile): 093-8123743', 'E-mail yamanaka@tpj.co.jp', 'URL http://www.tpj.co.jp/'),
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Shigeru Yamanaka');
    expect(fields.title).toBe('President and CEO');
    expect(fields.company).toBe('Techno Project Japan Co., Ltd.');
    expect(fields.phones.map((p) => p.value).sort()).toEqual(['+81852321140', '+84938123743']);
    expect(fields.address).toBe('2-10-14, Gakuenminami, Matsue City, Shimane, 690-0826 JAPAN');
    expect(fields.emails).toEqual(['yamanaka@tpj.co.jp']);
    expect(fields.websites).toEqual(['http://www.tpj.co.jp']);
    expect(confidence.address ?? 0).toBeLessThan(0.9);
  });

  it('reads numbers printed with the calling code but no "+", and a legal form alone on the line below the company', () => {
    const { fields } = extractFields(
      lines('JINNO INTERNATIONAL COOPERATION', 'JOINT STOCK COMPANY', 'RYO IMAI', '38B Trieu Viet Vuong, Bui Thi Xuan,', 'Hai Ba Trung, Ha Noi', 'Tel: 84-43-943-6161 / Fax: 84-43-943-4511', 'Mobile: +84-902 175 728', 'E-mail: ryo@jic.vn'),
    );
    expect(fields.company).toBe('JINNO INTERNATIONAL COOPERATION JOINT STOCK COMPANY');
    expect(fields.name).toBe('RYO IMAI');
    expect(fields.phones).toEqual([
      { value: '+84439436161', kind: 'work' },
      { value: '+84439434511', kind: 'fax' },
      { value: '+84902175728', kind: 'mobile' },
    ]);
    expect(fields.address).toBe('38B Trieu Viet Vuong, Bui Thi Xuan, Hai Ba Trung, Ha Noi');
  });

  it('reads a Brazilian block: a second number without its area code takes the first one\'s', () => {
    const { fields } = extractFields(lines('Dr. Ana Paula Souza', 'Diretora Comercial', 'Nexo Tecnologia Ltda.', 'Telefone: (11) 2747-8430 / 2746-6245', 'Rua Augusta, 1500 - São Paulo', 'ana.souza@nexo.com.br'));
    expect(fields.name).toBe('Ana Paula Souza');
    expect(fields.company).toBe('Nexo Tecnologia Ltda.');
    expect(fields.phones.map((p) => p.value)).toEqual(['+551127478430', '+551127466245']);
  });

  it('reads names with initials and apostrophes, in capitals, and takes "000" for ООО', () => {
    expect(extractFields(lines("Andrew E. O'Brien", 'Sales Director', 'andrew.obrien@kestrel.com')).fields.name).toBe("Andrew E. O'Brien");
    expect(extractFields(lines('MARIA GONZALEZ', 'Account Manager', 'maria@solvia.es')).fields.name).toBe('MARIA GONZALEZ');
    const ru = extractFields(lines('Сидорова Анна Викторовна', '000 «Вектор»', 'Тел.: +7 (812) 555-12-34')).fields;
    expect(ru.company).toBe('ООО «Вектор»');
    expect(ru.name).toBe('Сидорова Анна Викторовна');
  });

  it('never marks a company sure when the legal form was misread', () => {
    const { fields, confidence } = extractFields(lines('Newbees co, Itd.', 'Masashi Arai', 'arai@newbees.jp', 'www.newbees.jp'));
    expect(fields.company).toBe('Newbees co, Itd.');
    expect(confidence.company ?? 0).toBeLessThan(0.9);
  });
});
