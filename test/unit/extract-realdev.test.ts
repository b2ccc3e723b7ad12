/**
 * Real cards of a new development set (rd, 25 photos and scans from public repositories) that
 * lost a field to extraction: a column of labels joined into a "name", an initial S read as a
 * dollar sign, a logo's mark before a company's line, a web label glued on with a dash, a logo
 * read half in Cyrillic taken for the name.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { line, lines } from '../ocr-lines.js';

describe('a scanned card with its labels in a column apart from their values (rd_014)', () => {
  const card = [
    line([[':', 0.88, 702, 67, 3, 19], ['0091', 0.95, 728, 62, 60, 26], ['4563', 0.95, 803, 61, 64, 26], ['230096', 0.96, 879, 60, 97, 26]]),
    line([['Tel', 0.96, 583, 62, 38, 26]]),
    line([['$.', 0.93, 26, 66, 39, 33], ['RAMASAMY', 0.92, 86, 65, 272, 36]]),
    line([[':', 0.86, 702, 110, 3, 18], ['0091', 0.95, 728, 103, 59, 26], ['4549', 0.95, 802, 102, 64, 27], ['270767', 0.96, 879, 102, 97, 25]]),
    line([['Technical', 0.96, 24, 115, 135, 26], ['Manager', 0.96, 172, 114, 129, 32]]),
    line([['Fax', 0.96, 583, 145, 46, 26], [':', 0.87, 703, 151, 2, 18], ['0091', 0.96, 727, 145, 60, 26], ['4563', 0.96, 802, 144, 64, 26], ['230193', 0.96, 878, 143, 97, 27]]),
    line([['Fax', 0.96, 583, 145, 46, 26]]),
    line([['E-mail', 0.64, 584, 187, 81, 27], [':', 0.7, 702, 193, 3, 18], ['scmrjpm@vsnl.com', 0.8, 728, 184, 258, 35]]),
    line([['E-mail', 0.96, 584, 187, 81, 27]]),
    line([['www.scmrjpm.com', 0.83, 728, 268, 248, 34]]),
    line([['Website', 0.93, 583, 269, 105, 27], [':', 0.91, 702, 276, 3, 19]]),
    line([[':', 0.82, 702, 318, 3, 18], ['73737', 0.96, 728, 310, 80, 27], ['69970', 0.96, 819, 310, 81, 26]]),
    line([['Mobile', 0.96, 583, 312, 85, 27]]),
    line([['QY', 0.33, 24, 469, 143, 135], ['VEE', 0.95, 185, 499, 81, 29], ['BEE', 0.96, 291, 499, 78, 29], ['YARN', 0.96, 391, 497, 116, 30], ['TEX', 0.95, 531, 497, 76, 29], ['PRIVATE', 0.95, 632, 494, 184, 31], ['LIMITED', 0.95, 840, 493, 165, 31]]),
    line([['Madurai', 0.95, 186, 574, 101, 25], ['Road,', 0.93, 305, 573, 71, 27], ['T.Kunnathur,', 0.91, 393, 572, 164, 29], ['Madurai', 0.93, 576, 571, 99, 25], ['Dt.,', 0.93, 693, 570, 42, 27], ['Tamilnadu.', 0.96, 752, 569, 140, 25], ['India.', 0.92, 910, 568, 68, 25]]),
  ];

  it('takes no name from two "Fax" labels, and reads "$. RAMASAMY" as S. RAMASAMY', () => {
    const { fields } = extractFields(card);
    expect(fields.name).toBe('S. RAMASAMY');
    expect(fields.title).toBe('Technical Manager');
  });

  it("drops the logo read as a tall low 'QY' before the company's line", () => {
    expect(extractFields(card).fields.company).toBe('VEE BEE YARN TEX PRIVATE LIMITED');
  });

  it('keeps a line whose first word is big type read well: a drop capital is no logo', () => {
    expect(toSegments([line([['DE', 0.93, 24, 469, 143, 135], ['VEE', 0.95, 185, 499, 81, 29], ['BEE', 0.96, 291, 499, 78, 29]])]).map((s) => s.text)).toEqual(['DE VEE BEE']);
  });

  it('gives a number the kind of its label read as a line of its own level with it ("Fax" / ": 0091 4563 230193")', () => {
    const { fields } = extractFields([
      line([['$.', 0.93, 26, 66, 39, 33], ['RAMASAMY', 0.92, 86, 65, 272, 36]]),
        line([[":", 0.88, 702, 67, 3, 19], ["0091", 0.95, 728, 62, 60, 26], ["4563", 0.95, 803, 61, 64, 26], ["230096", 0.96, 879, 60, 97, 26]]),
        line([["Tel", 0.96, 583, 62, 38, 26]]),
        line([[":", 0.90, 702, 151, 3, 18], ["0091", 0.95, 727, 144, 60, 27], ["4563", 0.96, 802, 144, 64, 26], ["230193", 0.96, 878, 143, 98, 27]]),
        line([["Fax", 0.96, 583, 145, 46, 26]]),
        line([[":", 0.82, 702, 318, 3, 18], ["73737", 0.96, 728, 310, 80, 27], ["69970", 0.96, 819, 310, 81, 26]]),
        line([["Mobile", 0.96, 583, 312, 85, 27]]),
    ]);
    expect(fields.phones).toEqual([
      { value: '+914563230096', kind: 'work' },
      { value: '+914563230193', kind: 'fax' },
      { value: '+917373769970', kind: 'mobile' },
    ]);
  });

  it('never names a person after labels alone', () => {
    expect(extractFields(lines('Fax', 'Fax', 'Tel +1 212 555 0100')).fields.name).toBe('');
  });
});

describe('a web label glued to its address by a dash (rd_012)', () => {
  it('reads "website-grandcolumbus.com" as the address grandcolumbus.com', () => {
    const { fields } = extractFields(lines('Vasim Khan', 'Email-it@grandcolumbus.com', 'website-grandcolumbus.com'));
    expect(fields.websites).toEqual(['grandcolumbus.com']);
    expect(fields.emails).toEqual(['it@grandcolumbus.com']);
  });

  it('keeps a hyphenated domain whole: "web-studio.ru"', () => {
    expect(extractFields(lines('Иван Петров', 'www.web-studio.ru')).fields.websites).toEqual(['www.web-studio.ru']);
  });
});

describe('a logo read half in Cyrillic above the name (rd_003)', () => {
  it('is no name beside a person\'s own line: "YOKO САМА" over "Laxminarayana Rai"', () => {
    const card = [
      line([['YOKO', 0.91, 86, 401, 330, 63], ['САМА', 0.89, 420, 404, 250, 54], ['Co-innovating', 0.65, 722, 425, 170, 19], ['tomorrow™', 0.87, 897, 426, 140, 16]]),
      line([['Laxminarayana', 0.91, 89, 494, 320, 45], ['Rai', 0.96, 420, 494, 70, 34]]),
      line([['Sourcing', 0.96, 88, 542, 120, 23], ['Department', 0.96, 214, 542, 160, 22], ['Head', 0.96, 380, 542, 70, 18]]),
      line([['SCM', 0.96, 87, 565, 60, 19], ['Division', 0.96, 152, 565, 110, 18]]),
      line([['Yokogawa', 0.93, 100, 650, 190, 31], ['Middle', 0.95, 300, 655, 100, 24], ['East', 0.93, 410, 655, 70, 24], ['&', 0.93, 490, 656, 20, 21], ['Africa', 0.93, 520, 655, 100, 23], ['B.S.C.', 0.87, 630, 655, 90, 24], ['(c)', 0.96, 730, 652, 40, 28]]),
      // (The e-mail's line was lost to OCR: nothing spells the name.)
      line([['www.yokogawa.com/bh', 0.87, 341, 756, 300, 22]]),
    ];
    expect(extractFields(card).fields.name).toBe('Laxminarayana Rai');
  });

  it('leaves a Russian name in one alphabet as it was', () => {
    expect(extractFields(lines('ИВАНОВ Иван Петрович', 'Директор', 'ivanov@mail.ru')).fields.name).toBe('ИВАНОВ Иван Петрович');
  });
});

describe('a shop card naming two people, each with a number (rd_019)', () => {
  const card = [
    line([["@", 0.90, 314, 12, 71, 72], [":", 0.10, 709, 0, 14, 97]]),
    line([["Mahender", 0.92, 48, 95, 169, 34], ["Kumar", 0.96, 230, 96, 113, 33], ["@", 0.31, 390, 125, 25, 30], ["92156-26059", 0.96, 443, 98, 215, 34]]),
    line([["Kartik", 0.96, 46, 146, 101, 35], ["Jawa", 0.96, 158, 147, 89, 35], ["©", 0.93, 389, 125, 40, 44], ["90342-33692", 0.92, 443, 151, 217, 35]]),
    line([["©", 0.88, 402, 207, 24, 26], ["79883-07922", 0.96, 445, 205, 215, 34]]),
    line([["Mahendera", 0.58, 42, 263, 618, 100]]),
    line([["И", 0.67, 0, 385, 1, 62], ["FURNITURE", 0.96, 73, 385, 331, 62], ["HOUSE", 0.96, 440, 385, 157, 62], ["№", 0.93, 716, 385, 7, 62]]),
    line([["Deals", 0.96, 44, 466, 82, 34], ["in:", 0.69, 140, 468, 43, 33]]),
    line([["All", 0.90, 43, 522, 38, 36], ["Type", 0.96, 94, 523, 70, 44], ["of", 0.96, 176, 524, 30, 35], ["Wooden", 0.96, 218, 525, 119, 35], ["Furniture,", 0.96, 350, 526, 139, 39]]),
    line([["_", 0.83, 8, 623, 5, 6], ["Steel,", 0.96, 42, 578, 88, 42], ["TV", 0.96, 143, 580, 42, 35], ["Panel,", 0.96, 197, 581, 89, 39], ["Moulded", 0.96, 300, 582, 127, 35], ["Furniture,", 0.96, 440, 584, 141, 39]]),
    line([["Mandir,", 0.93, 43, 636, 113, 41], ["Invertor", 0.90, 170, 638, 120, 36], ["Trolly,", 0.92, 300, 638, 85, 44], ["Bed", 0.96, 400, 639, 55, 36], ["Table,", 0.96, 467, 641, 84, 39]]),
    line([["_", 0.76, 0, 713, 1, 18], ["Cloth", 0.92, 44, 693, 79, 38], ["Stand", 0.93, 135, 694, 91, 38], ["&", 0.93, 238, 695, 26, 37], ["Gifts", 0.96, 276, 695, 74, 37], ["|", 0.61, 722, 698, 1, 15]]),
    line([["ee", 0.70, 272, 779, 220, 163]]),
    line([["4", 0.78, 24, 821, 33, 25], ["Home", 0.96, 84, 821, 57, 25], ["Decor", 0.96, 153, 821, 57, 25], ["|", 0.02, 232, 821, 51, 25]]),
    line([["у,", 0.93, 372, 1026, 5, 10], ["Dogran", 0.90, 440, 1016, 55, 28], ["Bazar,", 0.95, 510, 1007, 73, 29], ["Hisar", 0.95, 604, 1007, 66, 29]]),
  ];

  it('reads a phone icon taken for an "@" as an icon: the first person is the name, and their number is kept', () => {
    const { fields } = extractFields(card, { defaultCountry: 'IN' });
    expect(fields.name).toBe('Mahender Kumar');
    expect(fields.phones.map((p) => p.value)).toEqual(['+919215626059', '+919034233692', '+917988307922']);
  });

  it('drops a lone letter of the other alphabet with a comma before an address line', () => {
    expect(extractFields(card, { defaultCountry: 'IN' }).fields.address).toBe('Dogran Bazar, Hisar');
  });

  it('keeps an e-mail whose domain starts with digits: "zhang @ 163.com"', () => {
    expect(extractFields(lines('Zhang Wei', 'zhang @ 163.com')).fields.emails).toEqual(['zhang@163.com']);
  });
});
