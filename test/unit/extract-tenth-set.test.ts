/**
 * What held-out 10 (Singapore, Vietnam and Korea) taught: an office's other lines written as
 * their last digits or as a range, a post with its country after a dash, a post in the plural,
 * a misread "https", degrees in capitals, "Pte. Ltd." whole, a hyphen in an e-mail not sure.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones } from '../../main/recognize/extract/phones.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { lines } from '../ocr-lines.js';

describe('an office’s lines written short', () => {
  it('reads the last digits listed after slashes and a range after a tilde', () => {
    expect(findPhones('+84-283-9105 477/78/79', ['VN']).map((p) => p.value)).toEqual(['+842839105477', '+842839105478', '+842839105479']);
    expect(findPhones('Tel 052-711-5591~3', ['KR']).map((p) => p.value)).toEqual(['+82527115591', '+82527115592', '+82527115593']);
    // A second whole number after a slash is read as before.
    expect(findPhones('(11) 2747-8430 / 2746-6245', ['BR']).map((p) => p.value)).toEqual(['+551127478430', '+551127466245']);
  });
});

describe('posts', () => {
  it('reads a post with its country after a dash as the title, not an address', () => {
    const { fields } = extractFields(lines('HÀ VĂN VIỆT', 'Sales Manager - Vietnam', 'Dobot Robotics', 'M: +84 968065683'), { defaultCountry: 'VN' });
    expect(fields.title).toBe('Sales Manager - Vietnam');
    expect(fields.address).toBe('');
  });

  it('reads a post in the plural, but no firm of associates or consultants as a post', () => {
    expect(extractFields(lines('Chung Minh Gia Hy', 'Sales Executives', 'KAMOGAWA VIETNAM CO., LTD')).fields.title).toBe('Sales Executives');
    const firm = extractFields(lines('LOBO ASSOCIATES', 'Anil Lobo', 'lobo@loboassociates.com'));
    expect(firm.fields.title).toBe('');
    expect(firm.fields.company).toBe('LOBO ASSOCIATES');
  });
});

describe('names, companies and addresses as printed', () => {
  it('drops a degree in capitals after a name in mixed case, and writes "Pte. Ltd." whole', () => {
    expect(extractFields(lines('Chang Sau Sheong BE', 'Chief Executive Officer')).fields.name).toBe('Chang Sau Sheong');
    expect(extractFields(lines('Beckhoff Automation Pte. Ltd', 'David Chia', 'Managing Director')).fields.company).toBe('Beckhoff Automation Pte. Ltd.');
  });

  it('reads "hitps://" as https, and is not sure of an e-mail with a hyphen between its words', () => {
    expect(extractFields(lines(' hitps://kamogawa-vn.com')).fields.websites).toEqual(['https://kamogawa-vn.com']);
    const { fields, confidence } = extractFields(lines('HÀ VĂN VIỆT', 'E: vanviet-ha@dobot-global.com'));
    expect(fields.emails).toEqual(['vanviet-ha@dobot-global.com']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });
});

describe('Korean cards, whose Hangul the models cannot read', () => {
  it('places numbers in Korea by its mobile numbers’ shape and its own mail, and drops a range’s tail as an extension', () => {
    const { fields } = extractFields(lines('CJ LIVECITY', 'T 02-2193-7484', 'F 02-6226-4802', 'M 010-2227-9593', 'E bwjeon@cj.net'));
    expect(fields.phones.map((p) => [p.value, p.kind])).toEqual([
      ['+82221937484', 'work'],
      ['+82262264802', 'fax'],
      ['+821022279593', 'mobile'],
    ]);
    const naver = extractFields(lines('Fax. 070-4079-9744 E-mail. seojjinu@naver.com', '@ 5:(02)2263 -2762~5'));
    expect(naver.fields.phones.map((p) => p.value)).toContain('+82222632765');
    expect(naver.fields.phones.every((p) => !p.ext)).toBe(true);
  });

  it('takes a registration number’s line for no company', () => {
    expect(extractFields(lines('HSAs : Sa 38$! 531012-56-124592', 'Mobile. 010-4600-9744')).fields.company).toBe('');
  });
});

describe('an e-mail domain whose last dot was lost', () => {
  it('puts back the dot before the ending the card’s web address has', () => {
    const { fields, confidence } = extractFields(lines('Dominika Pytlik', 'uvex-safety.pl', 'Е DPytlik@uvex-integrapl', 'T +48 77 482 62 58'));
    expect(fields.emails).toEqual(['dpytlik@uvex-integra.pl']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });
});

describe('older numbers with their country code in brackets', () => {
  it('reads "(86-10) 843-7042" as a Beijing number, not Brazil’s area code 55 as a country', () => {
    expect(findPhones('Add : Beijing Commercial College, Tel : (86-10) 843-7042', ['CN']).map((p) => p.value)).toEqual(['+86108437042']);
    expect(findPhones('(55) 3221-1234', ['BR']).map((p) => p.value)).toEqual(['+555532211234']);
  });

  it('leaves the address’s and the postcode’s labels out of the address', () => {
    const { fields } = extractFields(lines('Add : Beijing Commercial College, 33 Fucheng Road, Beijing,', 'Post Code : 100037', 'Tel : (86-10) 843-7042'), { defaultCountry: 'CN' });
    expect(fields.address).toBe('Beijing Commercial College, 33 Fucheng Road, Beijing, 100037');
  });
});

describe('a free mail provider’s domain misread', () => {
  it('spells it as the provider does, and is not sure of it; a company’s own domain on its web address stays', () => {
    const { fields, confidence } = extractFields(lines('John Smith', 'john.smith@gmaii.com'));
    expect(fields.emails).toEqual(['john.smith@gmail.com']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(extractFields(lines('John Smith', 'john@yah0o.com')).fields.emails).toEqual(['john@yahoo.com']);
    expect(extractFields(lines('Anna Lee', 'anna@gmaii.com', 'www.gmaii.com')).fields.emails).toEqual(['anna@gmaii.com']);
  });
});
