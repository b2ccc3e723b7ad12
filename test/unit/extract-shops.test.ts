/**
 * Cards of small businesses and of countries the first rules never saw: an Indian shop's card
 * (a proprietor's name on its number's line, five-and-five mobile numbers, a bazaar for an
 * address), degrees after a name, a title in brackets, a card set all in small letters, a
 * German street written as one word.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { cityCountry } from '../../main/recognize/extract/places.js';
import { rankCountries } from '../../main/recognize/extract/phones.js';
import { titleScore } from '../../main/recognize/extract/roles.js';
import { joinSplitTitleWords } from '../../main/recognize/extract/keywords.js';
import { withoutHonorific, withoutStrayComma } from '../../main/recognize/extract/names.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { line, lines } from '../ocr-lines.js';

describe("an Indian shop's card", () => {
  it("reads the proprietor's name off its number's line, the numbers as Indian, the bazaar as the address", () => {
    const { fields, country } = extractFields(
      lines('Prop. Ramesh Chand Gupta © 98765-43210', '91234-56789', 'GUPTA ELECTRONICS', 'Sale & Repair of Inverters', 'Shop No. 12, Main Bazar, Near Bus Stand, Rohtak'),
    );
    expect(country).toBe('IN');
    expect(fields.phones.map((p) => p.value)).toEqual(['+919876543210', '+919123456789']);
    expect(fields.name).toBe('Ramesh Chand Gupta');
    expect(fields.title).toBe('Prop.');
    expect(fields.company).toBe('GUPTA ELECTRONICS');
    expect(fields.address).toBe('Shop No. 12, Main Bazar, Near Bus Stand, Rohtak');
  });

  it("takes the name printed with the proprietor's mark over a blessing shaped like a name above it", () => {
    const { fields } = extractFields(lines('Authorised Dealer | Jai Mata Di', 'Prop. Suresh Kumar Yadav | 98765-43210', 'YADAV ELECTRICALS'));
    expect(fields.name).toBe('Suresh Kumar Yadav');
    expect(fields.title).toBe('Prop.');
  });

  it('takes the country from the city an address ends with, when the numbers say nothing', () => {
    // 0172 is Chandigarh's area code: valid in India, not in the United States.
    const { fields, country } = extractFields(lines('Anil Verma', 'Verma Traders', '45, Industrial Area, Phase 2, Chandigarh', 'Tel 0172 265 4321'));
    expect(country).toBe('IN');
    expect(fields.phones.map((p) => p.value)).toEqual(['+911722654321']);
    expect(fields.address).toBe('45, Industrial Area, Phase 2, Chandigarh');
  });

  it("does not take a shop named after its trade for a person: its mailbox spells it, and it is the company", () => {
    for (const [name, shop, phone, mail] of [
      ['Vikram Sood', 'MEERA SALES', 'M: +91 98123-45678', 'meerasales.delhi@gmail.com'],
      ['Anil Verma', 'VERMA TRADING CO.', '+91 98123 45678', 'vermatrading.rohtak@gmail.com'],
    ]) {
      const { fields } = extractFields(lines(name!, shop!, phone!, mail!));
      expect(fields.name).toBe(name);
      expect(fields.company).toBe(shop);
    }
  });
});

describe('the city of an address line', () => {
  it('is found after a comma or beside a postcode, in any country', () => {
    expect(cityCountry('Camp Chowk, Hisar 125001')).toBe('IN');
    expect(cityCountry('CH-8001 Zürich')).toBe('CH');
    expect(cityCountry('72000 Zenica')).toBe('BA');
    expect(cityCountry('Opp. Asija Agency, Dogran Bazar, Hisar')).toBe('IN');
  });

  it('is not read into a line that is only a word or a name', () => {
    expect(cityCountry('Austin')).toBeNull();
    expect(cityCountry('Jackson Smith')).toBeNull();
    expect(cityCountry('Sales Manager, Marketing')).toBeNull();
  });

  it('is weaker evidence than a postcode of another country', () => {
    expect(rankCountries('Florence, SC 29501\n(843) 555-0147')[0]).toBe('US');
  });
});

describe('a name with its degrees', () => {
  it('leaves degrees after a comma out of the name, listed or spelt with dots', () => {
    expect(withoutHonorific('Maria Elena Cruz, B.S.N.')).toBe('Maria Elena Cruz');
    expect(withoutHonorific('Anna Smith, MBA, CPA')).toBe('Anna Smith');
    expect(withoutHonorific('Ravi Shankar MBBS')).toBe('Ravi Shankar');
  });

  it('keeps a name word that is also a short degree when no comma sets it apart', () => {
    expect(withoutHonorific('Tran Thi Ba')).toBe('Tran Thi Ba');
  });

  it('finds the name on a card that prints degrees after it', () => {
    const { fields } = extractFields(lines('HARBOR INSURANCE', 'Maria Elena Cruz, B.S.B.A.', 'Insurance Agent', 'Tel 650.555.0142', 'harborins@gmail.com'));
    expect(fields.name).toBe('Maria Elena Cruz');
    expect(fields.title).toBe('Insurance Agent');
  });
});

describe('a speck read as a comma inside a name', () => {
  it('is dropped between two words of one style, and the name is found', () => {
    const { fields } = extractFields(lines('GARNET TRAVEL', 'ROSALIND, TEAGUE', 'Manager', 'Ph. 603-555-0160'));
    expect(fields.name).toBe('ROSALIND TEAGUE');
    expect(withoutStrayComma('Tokyo, Japan')).toBe('Tokyo Japan');
    // A family name in capitals before the given name: the comma is printed.
    expect(withoutStrayComma('SMITH, John')).toBe('SMITH, John');
  });
});

describe('a title on the name line or of an unlisted profession', () => {
  it('splits a title in brackets after the name into the title', () => {
    const { fields } = extractFields(lines('NORTHWIND INDIA LIM ITED', 'Nikhil Rao (Director)', '+91 93123 45678', 'nikhil@northwindindia.com'));
    expect(fields.name).toBe('Nikhil Rao');
    expect(fields.title).toBe('Director');
    // The legal form OCR cut in two at a wide letter gap is one word again.
    expect(fields.company).toBe('NORTHWIND INDIA LIMITED');
  });

  it('splits a title with the name in brackets after it', () => {
    const { fields } = extractFields(lines('founder(Dana Whitfield),', 'phone (423.555.0142);', 'email(dana@brightlabs.com);'));
    expect([fields.name, fields.title]).toEqual(['Dana Whitfield', 'founder']);
  });

  it('splits a title after a comma or a dash on the name line, and an icon before the proprietor mark', () => {
    const comma = extractFields(lines('Jane Doe, President', 'Acme Holdings LLC', 'jane@acme.com')).fields;
    expect([comma.name, comma.title]).toEqual(['Jane Doe', 'President']);
    const dash = extractFields(lines('Ravi Menon - General Manager', 'ravi@menonfreight.net')).fields;
    expect([dash.name, dash.title]).toEqual(['Ravi Menon', 'General Manager']);
    const icon = extractFields(lines('5 Prop. Ramesh Chand Gupta', '+91 98765-43210')).fields;
    expect([icon.name, icon.title]).toEqual(['Ramesh Chand Gupta', 'Prop.']);
    // A place and a country are no name and title.
    expect(extractFields(lines('Kenji Sato', 'Tokyo, Japan')).fields.title).toBe('');
  });

  it('joins a title word OCR cut in two at a wide letter gap, and no two words that are words of their own', () => {
    expect(extractFields(lines('Семен Бирюков', 'Рук оводитель отдела маркетинга', 'Моб.: +7 (969) 348-44-65')).fields.title).toBe('Руководитель отдела маркетинга');
    expect(extractFields(lines('John Smith', 'Sales Man ager', '+1 212 555 0147')).fields.title).toBe('Sales Manager');
    expect(joinSplitTitleWords('Head of Sales')).toBe('Head of Sales');
  });

  it('knows professions by their ending and a few more titles', () => {
    for (const t of ['Orthodontist', 'Dental surgeon & Implantologist', 'Career Counselor, Engineering', 'Personal Banker', 'Paediatrician']) expect(titleScore(t), t).toBeGreaterThanOrEqual(0.5);
  });

  it('takes a title in brackets without its brackets', () => {
    const { fields } = extractFields(lines('Dr Meera Shah', '(Dental surgeon & Implantologist)', '+91 98250 12345'));
    expect(fields.name).toBe('Meera Shah');
    expect(fields.title).toBe('Dental surgeon & Implantologist');
  });
});

describe('a card set all in small letters', () => {
  it('takes a name in small letters when the e-mail spells its given name', () => {
    const { fields } = extractFields(lines('general manager', 'dana lee', 't 65 6379 5248', 'dana@acecomm.sg').reverse());
    expect(fields.name).toBe('dana lee');
  });

  it('takes no phrase in small letters for a name', () => {
    const { fields } = extractFields(lines('John Carter', 'grace under pressure', 'john@carterlaw.com'));
    expect(fields.name).toBe('John Carter');
  });
});

describe('addresses of other countries', () => {
  it('reads a street written as one word with its number, and a postcode after the country letters', () => {
    const { fields, country } = extractFields(lines('Jonas Weber', 'Projektleiter', 'Bahnhofstrasse 12', 'CH-8001 Zürich', 'T 044 123 45 67'));
    expect(fields.address).toBe('Bahnhofstrasse 12, CH-8001 Zürich');
    expect(country).toBe('CH');
  });

  it('reads an office number after a number sign as an address, not a department', () => {
    const { fields } = extractFields(lines('Karim Ben Salah', 'Gérant', 'Centre Urbain Nord, Bureau N° 41, Tunis', '+216 71 123 456'));
    expect(fields.address).toBe('Centre Urbain Nord, Bureau N° 41, Tunis');
    expect(fields.department).toBe('');
  });
});

describe('a line of contacts set apart by stars', () => {
  it('reads the web address before the first star', () => {
    const { fields } = extractFields(lines('Luis Ortega', 'Sales Consultant', 'ortegamotors.com * 909.555.0134 * Fax 909.555.0135'));
    expect(fields.websites).toEqual(['ortegamotors.com']);
    expect(fields.phones.map((p) => p.value)).toEqual(['+19095550134', '+19095550135']);
  });
});

describe('a row OCR read across two columns', () => {
  it('parts a name in big type from an address in small type beside it, and keeps a title on its e-mail line', () => {
    // A photo's reading: the name (type ~40 px) and "Beirut - Lebanon" (~20 px) one line; the
    // title and the e-mail one line.
    const ls = [
      line([['Harbour', 0.95, 460, 125, 171, 41]]),
      line([['Freight', 0.95, 460, 181, 146, 41], ['&', 0.95, 621, 181, 24, 29], ['Logistics', 0.95, 659, 181, 168, 41]]),
      line([['Karim', 0.95, 59, 401, 137, 40], ['N.', 0.95, 202, 401, 50, 40], ['Haddad', 0.95, 262, 401, 198, 39], ['Beirut', 0.95, 520, 410, 155, 21], ['-', 0.95, 700, 420, 8, 3], ['Lebanon', 0.95, 720, 410, 203, 20]]),
      line([['Tel', 0.95, 60, 447, 63, 25], ['+961', 0.95, 557, 447, 80, 34], ['81176900', 0.95, 650, 447, 200, 34]]),
      line([['General', 0.95, 90, 478, 106, 24], ['Manager', 0.95, 207, 478, 158, 30], ['-', 0.95, 373, 490, 10, 4], ['Owner', 0.95, 393, 478, 114, 25], ['karim@harbour-freight.net', 0.95, 561, 478, 431, 39]]),
    ];
    const { fields } = extractFields(ls);
    expect(fields.name).toBe('Karim N. Haddad');
    expect(fields.address).toBe('Beirut - Lebanon');
    expect(fields.title).toBe('General Manager - Owner');
    expect(fields.emails).toEqual(['karim@harbour-freight.net']);
    expect(fields.company).toBe('Harbour Freight & Logistics');
  });

  it('keeps a line of one type size whole: a short word of small letters, a dash, an initial are no change of type', () => {
    const ls = [
      line([['Sales', 0.95, 50, 40, 90, 30], ['and', 0.95, 150, 40, 60, 30], ['on', 0.95, 222, 48, 34, 14], ['Holiday', 0.95, 268, 40, 150, 38], ['-', 0.95, 430, 55, 10, 3], ['Hedgehog', 0.95, 452, 40, 170, 38]]),
      line([['Majd', 0.95, 50, 100, 120, 40], ['S.', 0.95, 180, 100, 40, 70], ['Wehbeh', 0.95, 240, 100, 190, 40]]),
    ];
    expect(toSegments(ls).map((s) => s.text)).toEqual(['Sales and on Holiday - Hedgehog', 'Majd S. Wehbeh']);
  });

  it("keeps a photo's e-mail line whole though its words' boxes differ in height (seed 2 s2_046, its hyphen's speck of a box left out as OCR does)", () => {
    const ls = [line([['E', 0.9, 56, 494, 5, 21], ['tran@', 0.9, 81, 494, 71, 35], ['nove', 0.9, 159, 494, 54, 35], ['robotics', 0.9, 234, 500, 96, 20], ['com', 0.9, 340, 506, 47, 14], ['vn', 0.9, 400, 508, 24, 11]])];
    expect(toSegments(ls)).toHaveLength(1);
  });
});

describe('an address at a free mail provider', () => {
  it("names no company: a shop's logo in big type is still taken", () => {
    const ls = [
      line([['ZENITH', 0.95, 60, 20, 400, 90]]),
      line([['Anil', 0.95, 60, 130, 80, 26], ['Verma', 0.95, 150, 130, 110, 26]]),
      line([['Proprietor', 0.95, 60, 165, 150, 24]]),
      line([['+91', 0.95, 60, 200, 50, 26], ['98123', 0.95, 120, 200, 90, 26], ['45678', 0.95, 220, 200, 90, 26]]),
      line([['anilverma@gmail.com', 0.95, 60, 240, 300, 26]]),
      line([['12,', 0.95, 60, 280, 40, 24], ['Model', 0.95, 110, 280, 90, 24], ['Town,', 0.95, 210, 280, 80, 24], ['Rohtak', 0.95, 300, 280, 100, 24]]),
    ];
    const { fields, confidence } = extractFields(ls);
    expect(fields.company).toBe('ZENITH');
    expect(confidence.company).toBeLessThan(0.9);
    expect(fields.name).toBe('Anil Verma');
  });

  it("prefers the line that spells the whole mailbox for the person's name", () => {
    const { fields } = extractFields(lines('Vikram Sood', 'Optician', 'Sood Eye Care', 'vikram.sood@gmail.com', '+91 98123 45678'));
    expect(fields.name).toBe('Vikram Sood');
    expect(fields.title).toBe('Optician');
  });
});
