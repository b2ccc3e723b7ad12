/**
 * Cards of the fourth development set of real photos and scans: local numbers printed without
 * the area code the address's city gives, a shop's trade line in capitals that names no person,
 * and its logo in the biggest type with a colon OCR read after it.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { cardArea, withAreaCode } from '../../main/recognize/extract/area-codes.js';
import { line, lines } from '../ocr-lines.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

describe('local numbers without their area code', () => {
  it('take the code of the city the address names, never sure: "Off. : 23323856" in New Delhi (rd4b_002)', () => {
    const { fields, confidence } = extractFields(lines('U.K. SRIVASTAVA', 'Deputy Director General (Radio)', 'Off. : 23323856', '23036592', 'Fax : 23730231', 'E-mail : ddgsat.tec@gov.in', 'Room No. 375, Khurshid Lal Bhawan, Janpath,', 'New Delhi-110 001 (INDIA)'));
    expect(fields.phones).toEqual([
      { value: '+911123323856', kind: 'work' },
      { value: '+911123036592', kind: 'work' },
      { value: '+911123730231', kind: 'fax' },
    ]);
    expect(confidence.phones ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('on a card from Ufa, two seven-digit numbers on one line (rd2_014)', () => {
    const { fields } = extractFields(lines('Иванов Иван', 'Директор', 'г. Уфа, ул. Чудинова, 3', 'тел. 294-14-16, 266-41-20'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+73472941416', '+73472664120']);
  });

  it('are left alone where no one city is named, or the digits are not a local number\'s length', () => {
    expect(extractFields(lines('John Smith', 'Manager', '12 Main St, Springfield', 'Tel 2941416')).fields.phones).toEqual([]);
    const delhi = cardArea('New Delhi-110 001', 'IN')!;
    expect(withAreaCode('New Delhi-110 001', delhi, '91')).toBeNull();
    expect(withAreaCode('Off. : 23323856', delhi, '91')).toBe('Off. : +91 11 23323856');
    expect(cardArea('Mumbai and New Delhi', 'IN')).toBeNull();
  });
});

describe("a wood shop's card (rd4b_005)", () => {
  const card = [
    line([['The', 0.79, 100, 50, 200, 105], ['Little', 0.96, 320, 60, 260, 93], ['Wood', 0.93, 600, 60, 240, 92], ['Shop:', 0.76, 860, 40, 260, 132]]),
    line([['AUTHENTIC', 0.96, 100, 300, 300, 40], ['WOOD', 0.95, 420, 300, 160, 39], ['CREATIONS', 0.95, 600, 300, 300, 41]]),
    line([['LOCAL', 0.96, 100, 360, 160, 39], ['CRAFT', 0.96, 280, 360, 160, 39]]),
    line([['Furniture,', 0.96, 100, 420, 200, 39], ['Gifts,', 0.96, 320, 420, 120, 43], ['Toys', 0.96, 460, 420, 90, 40], ['and', 0.96, 570, 420, 70, 35], ['Wooden', 0.95, 660, 420, 150, 35], ['Slabs', 0.96, 830, 420, 110, 34]]),
    line([['Cnr', 0.96, 100, 480, 60, 32], ['Service', 0.96, 170, 480, 130, 34], ['Road', 0.92, 310, 480, 90, 34], ['&', 0.92, 410, 480, 20, 33], ['Mossie', 0.92, 440, 480, 120, 34], ['Street,', 0.96, 570, 480, 130, 37], ['Sedgefield', 0.96, 710, 480, 200, 44]]),
  ];

  it('names no person with a trade line whose business words outnumber its name-list words ("WOOD")', () => {
    expect(extractFields(card).fields.name).toBe('');
  });

  it('takes the logo in the biggest type with a firm\'s word for the company, the colon after it dropped', () => {
    expect(extractFields(card).fields.company).toBe('The Little Wood Shop');
  });

  it('still reads a person whose name holds a business word: "John Local", "Ji Park", "Tom Wood"', () => {
    for (const name of ['John Local', 'Ji Park', 'Tom Wood', 'Anna Green']) expect(extractFields(lines(name, 'Sales Manager', 'Tel: +1 415 555 0134')).fields.name).toBe(name);
  });
});
