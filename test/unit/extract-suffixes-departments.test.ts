/**
 * Shapes found on cards nobody tuned on (described to us by shape only: letters as A/a, digits
 * as 9): a licence in small letters after the name, a title and its department on one line, a
 * Kathmandu landline printed without its area code under a mobile number, a title in capitals
 * one of whose words OCR boxed tall, an e-mail and a profile's address with a space read after a dot.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { line, lines } from '../ocr-lines.js';

/** `lines` with every word read at the given confidence. */
const readAt = (confidence: number, ...texts: string[]) => lines(...texts).map((l) => ({ ...l, confidence, words: l.words.map((w) => ({ ...w, confidence })) }));

describe('a licence or degree in small letters after the name', () => {
  it('is left out of the name, listed or not', () => {
    // "lmft" is read "Imft" (fixInitialL): still no word of a name.
    for (const suffix of ['lmft', 'cfre', 'phd']) {
      const { fields } = extractFields(lines(`Robert Allen Smith, ${suffix}`, 'Senior Project Manager', '+1 214 555 0100'));
      expect(fields.name).toBe('Robert Allen Smith');
    }
  });

  it('keeps a given name after a family name and its comma', () => {
    expect(extractFields(lines('Smith, Ivo', 'Senior Project Manager', '+1 214 555 0100')).fields.name).toBe('Smith Ivo');
  });
});

describe('a title and its department on one line', () => {
  it('parts them at the comma or the dash', () => {
    const a = extractFields(lines('Robert Allen Smith', 'Assistant Professor, Department of Civil Engineering', '+1 214 555 0100')).fields;
    expect(a.title).toBe('Assistant Professor');
    expect(a.department).toBe('Department of Civil Engineering');
    const b = extractFields(lines('Robert Allen Smith', 'Head of Marketing - Retail Division', '+1 214 555 0100')).fields;
    expect(b.title).toBe('Head of Marketing');
    expect(b.department).toBe('Retail Division');
  });

  it('keeps in the title what is no department of the card ("School of …")', () => {
    expect(extractFields(lines('Robert Allen Smith', 'Associate Professor, School of Computer Science', '+1 214 555 0100')).fields.title).toBe('Associate Professor, School of Computer Science');
  });

  it('keeps a title and its region whole', () => {
    expect(extractFields(lines('Robert Allen Smith', 'Sales Manager, Northern Europe Region', '+1 214 555 0100')).fields.title).toBe('Sales Manager, Northern Europe Region');
  });
});

describe('a local number under a mobile number', () => {
  it('takes the area code of the city the address names, not the mobile prefix', () => {
    const { fields } = extractFields(lines('Ram Sharma', '9841234567', '4412345 ® www.example.com.np', 'Kathmandu, Nepal'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+9779841234567', '+97714412345']);
  });

  it('is dropped where the city gives no code', () => {
    const { fields } = extractFields(lines('Ram Sharma', '9841234567', '4412345 ® www.example.com.np', 'Pokhara, Nepal'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+9779841234567']);
  });
});

describe('a word boxed taller than its type', () => {
  // Boxes as tesseract gave them on a photo: the second word boxed 33 px high, the third 21.
  const title = line([['VICE', 0.81, 69, 416, 36, 19], ['PRESIDENT,', 0.96, 141, 412, 139, 33], ['OPERATIONS', 0.95, 302, 418, 137, 21]]);

  it('starts no column of bigger type', () => {
    expect(toSegments([title]).map((s) => s.text)).toEqual(['VICE PRESIDENT, OPERATIONS']);
  });

  it('still parts type that changes size on both words beyond the gap', () => {
    const row = line([['Majd', 0.95, 50, 40, 110, 50], ['Wehbeh', 0.95, 175, 40, 170, 50], ['Beirut', 0.95, 390, 55, 70, 20], ['Lebanon', 0.95, 470, 55, 90, 20]]);
    expect(toSegments([row]).map((s) => s.text)).toEqual(['Majd Wehbeh', 'Beirut Lebanon']);
  });
});

describe('a space read after a dot', () => {
  it("joins an e-mail's first part alone before it on its line, a name's part or not, never sure", () => {
    const { fields, confidence } = extractFields(lines('Robert Smith', 'Sales Director', '+1 214 555 0100', 'bob. smith@acme.com'));
    expect(fields.emails).toEqual(['bob.smith@acme.com']);
    expect(confidence.emails).toBeLessThan(0.9);
  });

  it('leaves a sentence before an address apart', () => {
    expect(extractFields(lines('Robert Smith', '+1 214 555 0100', 'Contact us. info@acme.com')).fields.emails).toEqual(['info@acme.com']);
  });

  it('keeps a profile address read at almost no confidence, its word capitalised', () => {
    const card = [...lines('Robert Smith', '+1 214 555 0100'), ...readAt(0.02, 'Linkedin. com/in/robert-smith').map((l) => ({ ...l, box: { ...l.box, y: 200 }, words: l.words.map((w) => ({ ...w, box: { ...w.box, y: 200 } })) }))];
    expect(extractFields(card).fields.websites).toEqual(['linkedin.com/in/robert-smith']);
    expect(extractFields(lines('Robert Smith', '+1 214 555 0100', 'Dept. IT/Admin')).fields.websites).toEqual([]);
  });
});

describe("an internet provider's mail", () => {
  it("names no company, and is spelt as the provider spells it (realdev rd_014's 'vsni.com')", () => {
    const { fields } = extractFields([
      ...lines('S. RAMASAMY', 'Technical Manager', 'E-mail : scmrjpm@vsni.com'),
      // "@" read at 0.00 between the address's halves: still the address's.
      line([['scmrjpm', 0.71, 728, 224, 120, 36], ['@', 0, 860, 224, 30, 42], ['gmail.com', 0.6, 900, 224, 150, 36]]),
      ...lines('', '', '', '', '', 'www.scmrjpm.com', 'VEE BEE YARN TEX PRIVATE LIMITED').slice(5),
    ]);
    expect(fields.emails).toEqual(['scmrjpm@vsnl.com', 'scmrjpm@gmail.com']);
    expect(fields.company).toBe('VEE BEE YARN TEX PRIVATE LIMITED');
  });
});

describe("a small business's occupation under the name", () => {
  it('is the title', () => {
    for (const post of ['HAIR STYLIST', 'Wedding Videographer', 'Licensed Esthetician', 'Certified Translator']) {
      expect(extractFields(lines('MARIA LOPEZ', post, '+1 214 555 0100')).fields.title).toBe(post);
    }
  });

  it('is not read into a word of its own one letter off a post', () => {
    const { fields } = extractFields(lines('Anil Kapoor', 'Rotary Club of Delhi', '+91 98100 12345'));
    expect(fields.title).toBe('');
    expect(extractFields(lines('Anna Smith', 'Stylish Interiors', '+1 214 555 0100')).fields.title).toBe('');
  });

  it('is not made of a word that starts a post', () => {
    expect(extractFields(lines('MAHENDERA', 'FURNITURE HOUSE', '+91 92156 26059')).fields.title).toBe('');
    expect(extractFields(lines('Anna Smith', 'Land Survey', '+1 214 555 0100')).fields.title).toBe('');
  });
});

describe('one letter in brackets after a number', () => {
  it("marks it office, mobile or fax, as Indian cards print them", () => {
    const { fields } = extractFields(lines('Ram Sharma', '+91 98100 12345 (M)', '+91 11 2345 6789 (O)', '+91 11 2345 6799 (F)', 'New Delhi 110001'));
    expect(fields.phones).toEqual([
      { value: '+919810012345', kind: 'mobile' },
      { value: '+911123456789', kind: 'work' },
      { value: '+911123456799', kind: 'fax' },
    ]);
  });

  it('marks a second number after a bar, which takes its area code from the first', () => {
    const phones = (text: string) => extractFields(lines('Ram Sharma', text, 'Pune 411001')).fields.phones;
    expect(phones('+91 11 2345 6789 (O) | 2345 6700 (F)')).toEqual([{ value: '+911123456789', kind: 'work' }, { value: '+911123456700', kind: 'fax' }]);
    // Unmarked, the two are lines of one office, not a phone and its fax.
    expect(phones('+91 11 2345 6789 | 2345 6700')).toEqual([{ value: '+911123456789', kind: 'work' }, { value: '+911123456700', kind: 'work' }]);
    expect(phones('+91 11 2345 6789 | 2345 6700 (R)').map((p) => p.value)).toEqual(['+911123456789', '+911123456700']);
    // The number before the bar with a second line's last digits after it: the code is the whole number's.
    expect(phones('+91 11 2345 6789/90 | 2345 6700 (R)').map((p) => p.value)).toEqual(['+911123456789', '+911123456790', '+911123456700']);
  });
});

describe('a Vietnamese title', () => {
  it('is the title', () => {
    const { fields } = extractFields(lines('Nguyen Van An', 'Giám đốc', 'Công ty TNHH Sao Mai', 'ĐT: 028 3823 4567', 'an.nguyen@saomai.vn'));
    expect(fields.title).toBe('Giám đốc');
    expect(fields.company).toBe('Công ty TNHH Sao Mai');
  });
});

describe('cards written as people write them', () => {
  it("keeps an initial and its dot glued to the e-mail address, and still drops an 'E.' label", () => {
    expect(extractFields(lines('Елена Козлова', 'e.kozlova@alfa-log.ru')).fields.emails).toEqual(['e.kozlova@alfa-log.ru']);
    expect(extractFields(lines('Елена Козлова', 'E. kozlova@alfa-log.ru')).fields.emails).toEqual(['kozlova@alfa-log.ru']);
  });

  it('leaves Spanish and Italian forms of address out of the name', () => {
    expect(extractFields(lines('Lic. Juan Pérez González', 'Director de Ventas', 'Tel. +52 55 1234 5678')).fields.name).toBe('Juan Pérez González');
    expect(extractFields(lines('Dott.ssa Giulia Rossi', 'Responsabile Commerciale', 'Tel. +39 02 1234567')).fields.name).toBe('Giulia Rossi');
  });

  it('reads a nickname in quotes as part of a name, not as a firm in quotes', () => {
    const { fields } = extractFields(lines('Robert "Bob" Johnson', 'Owner', "Bob's Auto Repair", '555 Elm St, Springfield, IL 62701', '(217) 555-0142', 'bob@bobsautorepair.com'));
    expect(fields.name).toBe('Robert "Bob" Johnson');
    expect([fields.givenName, fields.middleName, fields.familyName]).toEqual(['Robert', '', 'Johnson']);
    expect(fields.company).toBe("Bob's Auto Repair");
    expect(extractFields(lines('ООО "Вектор"', 'Иванов Иван', '+7 495 123 45 67')).fields.company).toBe('ООО "Вектор"');
  });
});

describe('phones and posts as cards elsewhere print them', () => {
  it('takes a number labelled "Tel/Fax" as a phone', () => {
    expect(extractFields(lines('Oliver Brown', 'Director', 'Tel/Fax: +44 20 7946 0321')).fields.phones).toEqual([{ value: '+442079460321', kind: 'work' }]);
    expect(extractFields(lines('Елена Козлова', 'тел./факс: (343) 222-33-44', 'г. Екатеринбург')).fields.phones).toEqual([{ value: '+73432223344', kind: 'work' }]);
  });

  it("reads an Indian mobile number after its trunk 0 on a card that names no country", () => {
    expect(extractFields(lines('Rahul Verma', 'Sr. Software Engineer', 'Cell: 098450 12345', 'rahul.verma@tcs.com')).fields.phones).toEqual([{ value: '+919845012345', kind: 'mobile' }]);
  });

  it("takes a profession in French or Spanish for the title", () => {
    expect(extractFields(lines('Chloé Dubois', 'Architecte DPLG', 'Atelier Dubois', '06 12 34 56 78')).fields.title).toBe('Architecte DPLG');
    expect(extractFields(lines('Juan Pérez', 'Abogado', 'Bufete Pérez', 'Tel. +52 55 1234 5678')).fields.title).toBe('Abogado');
  });
});

describe('a Russian title set on two lines', () => {
  it("joins the line that opens with 'по' to the post above it", () => {
    const title = (...ls: string[]) => extractFields(lines('Кузнецов Дмитрий Александрович', ...ls, '+7 (495) 987-65-43')).fields.title;
    expect(title('заместитель генерального директора', 'по капитальному строительству')).toBe('заместитель генерального директора по капитальному строительству');
    expect(title('Начальник отдела', 'по работе с клиентами')).toBe('Начальник отдела по работе с клиентами');
  });
});

describe("a city by its own name", () => {
  it("says which country a number without its code is dialled in", () => {
    const { fields } = extractFields(lines('Maria Rossi', 'Titolare', 'Pasticceria Rossi', 'Via Garibaldi 12, 10122 Torino', 'Tel. 011 123 4567', 'info@pasticceriarossi.it'));
    expect(fields.phones).toEqual([{ value: '+390111234567', kind: 'work' }]);
  });
});
