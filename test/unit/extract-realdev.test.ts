/**
 * Real cards of a new development set (rd, 25 photos and scans from public repositories) that
 * lost a field to extraction: a column of labels joined into a "name", an initial S read as a
 * dollar sign, a logo's mark before a company's line, a web label glued on with a dash, a logo
 * read half in Cyrillic taken for the name.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { CLUES } from '../../main/recognize/extract/roles.js';
import { line, lines } from '../ocr-lines.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

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

describe("a firm's line taken for a person's name (realdev3)", () => {
  it('reads the brand printed again alone as a business\'s word, and its line as the company: "Tom Mason Volkswagen" over "VOLKSWAGEN" (rd3_026)', () => {
    const { fields } = extractFields([
      line([["(209)", 0.96, 750, 63, 73, 27], ["251-8611", 0.96, 840, 66, 131, 25]]),
      line([["®", 0.66, 100, 195, 107, 112]]),
      line([["Tom", 0.96, 398, 264, 103, 37], ["Mason", 0.96, 522, 264, 153, 38], ["Volkswagen", 0.95, 693, 265, 280, 47]]),
      line([["VOLKSWAGEN", 0.96, 78, 366, 160, 18]]),
      line([["5615", 0.96, 399, 367, 83, 28], ["Kings", 0.96, 511, 368, 90, 34], ["Canyon", 0.96, 622, 368, 126, 34], ["Road", 0.96, 774, 369, 83, 28]]),
      line([["Fresno,", 0.96, 401, 413, 121, 35], ["California", 0.96, 555, 415, 163, 28], ["93727", 0.96, 751, 415, 105, 28]]),
      line([["RES.", 0.95, 584, 538, 56, 23], ["PH.", 0.96, 660, 538, 44, 23], ["SANGER", 0.96, 723, 537, 119, 23], ["787-2701", 0.95, 860, 535, 118, 24]]),
      line([["DOUG", 0.96, 75, 536, 86, 22], ["BLOOMER", 0.96, 181, 537, 136, 23]]),
    ]);
    expect(fields.name).toBe('DOUG BLOOMER');
    // The line that ends on the brand, the owner's name before it, is the dealership's name.
    expect(fields.company).toBe('Tom Mason Volkswagen');
  });

  it('strips "M.S" before a name and prefers it to a commission\'s name (rd3_021)', () => {
    const { fields } = extractFields([
      line([["SECURITIES", 0.95, 402, 73, 241, 68], ["COMMISSION", 0.63, 657, 46, 297, 63]]),
      line([["RMATION", 0.91, 612, 118, 134, 45], ["TECHNOLOGY", 0.96, 757, 99, 203, 50]]),
      line([["STATE", 0.96, 269, 106, 119, 44]]),
      line([["THE", 0.96, 263, 163, 46, 33], ["DEPARTMENT", 0.90, 317, 144, 176, 47], ["OF", 0.96, 501, 140, 35, 33], ["INFO:", 0.82, 546, 132, 64, 37]]),
      line([["M.S", 0.58, 204, 282, 64, 34], ["NGUYEN", 0.95, 282, 268, 166, 43], ["VIET", 0.96, 462, 260, 87, 38], ["KHUONG", 0.91, 564, 244, 205, 47]]),
      line([["Deputy", 0.95, 215, 341, 124, 38], ["Chief", 0.96, 351, 332, 96, 35], ["of", 0.96, 459, 329, 37, 32], ["Department", 0.93, 509, 309, 246, 58]]),
      line([["Head", 0.96, 43, 489, 60, 26], ["Office:", 0.96, 112, 486, 79, 28], ["Tel", 0.80, 527, 473, 41, 28], [":", 0.33, 609, 458, 18, 52], ["(84-4)", 0.96, 645, 468, 84, 38], ["3935", 0.96, 741, 465, 71, 31], ["1079", 0.96, 825, 462, 70, 30]]),
      line([["464", 0.91, 43, 518, 39, 47], ["Tran", 0.94, 93, 527, 48, 26], ["Quang", 0.94, 149, 526, 77, 31], ["Khai", 0.96, 236, 522, 52, 28], ["St", 0.96, 298, 522, 24, 26], ["Fax", 0.67, 529, 517, 50, 27], ["_;", 0.52, 628, 522, 4, 21], ["(84-4)", 0.96, 645, 512, 83, 37], ["3935", 0.96, 740, 509, 71, 31], ["0943", 0.96, 822, 507, 72, 30]]),
      line([["Hoan", 0.96, 42, 566, 58, 26], ["Kiem,", 0.96, 109, 565, 64, 30], ["Hanoi,", 0.95, 183, 562, 73, 31], ["Vietnam", 0.91, 265, 562, 100, 27], ["Mobile:", 0.96, 529, 558, 103, 28], ["(84)", 0.96, 644, 556, 55, 36], ["983", 0.96, 711, 555, 52, 29], ["639", 0.96, 774, 554, 53, 29], ["448", 0.96, 837, 552, 54, 29]]),
      line([["__www.ssc.govvn", 0.16, 0, 600, 248, 56], ["=", 0.23, 280, 600, 33, 56], ["Email", 0.92, 529, 601, 79, 28], [":", 0.79, 627, 608, 5, 20], ["khuongnv@ssc.gov.vn", 0.61, 644, 597, 330, 37]]),
    ]);
    expect(fields.name).toBe('NGUYEN VIET KHUONG');
    expect(fields.title).toBe('Deputy Chief of Department');
  });

  it('takes a post in the plural for a firm and joins a name\'s first letter read apart: "A" + "nupam Sen" (rd3_008)', () => {
    const { fields } = extractFields([
      line([["A", 0.96, 33, 59, 29, 37]]),
      line([["nupam", 0.91, 65, 69, 127, 37], ["Sen", 0.96, 209, 59, 71, 38]]),
      line([["PARTNER", 0.93, 306, 298, 152, 25], [":", 0.92, 481, 308, 4, 15]]),
      line([["Biswabikash", 0.92, 306, 341, 315, 44], ["&", 0.92, 645, 341, 33, 44], ["Associates", 0.96, 696, 341, 280, 44]]),
      line([["CHARTERED", 0.96, 304, 409, 185, 25], ["ACCOUNTANTS", 0.92, 499, 409, 251, 26]]),
      line([["E-mail", 0.92, 304, 546, 80, 21], [":", 0.87, 406, 555, 4, 12], ["anupamsxc1986@gmail.com", 0.78, 429, 547, 377, 27]]),
    ]);
    expect(fields.name).toBe('Anupam Sen');
  });

  it('names no person after partners joined by "AND", nor after a phrase with "OF" (rd3_006)', () => {
    const { fields } = extractFields(lines('MOTI AND KALAM SANITARY WARE', 'ALL KINDS OF SANITARY WARE', 'PLUMBING & KITCHEN APPLIANCE', 'Kolkata - 700135', 'motiandkalam@gmail.com'));
    expect(fields.name).toBe('');
  });

  it('keeps a person\'s name ending in s beside a post: "Anna Maria Williams"', () => {
    expect(extractFields(lines('Anna Maria Williams', 'Senior Consultant', 'anna@williams.com')).fields.name).toBe('Anna Maria Williams');
  });
});

describe('what OCR makes of a line\'s marks and letters (realdev2, realdev3)', () => {
  const company = (text: string) => extractFields(lines('Kim Min', text, 'Tel: +82 2 3272 1003')).fields.company;

  it('drops a capital read twice, once small: "hHitachi, Ltd." (rd3_028); "eBay Inc." stays', () => {
    expect(company('hHitachi, Ltd.')).toBe('Hitachi, Ltd.');
    expect(company('eBay Inc.')).toBe('eBay Inc.');
  });

  it('reads an I read as a bracket at the end of a word in capitals: "ARIF] MAINTENANCE SERVICE" (rd2_007)', () => {
    expect(toSegments(lines('ARIF] MAINTENANCE SERVICE')).map((s) => s.text)).toEqual(['ARIFI MAINTENANCE SERVICE']);
    expect(toSegments(lines('[ABC] SERVICE')).map((s) => s.text)).toEqual(['[ABC] SERVICE']);
  });

  it('drops a logo\'s arrow between words in capitals: "ISLAND > ALPINE CONSTRUCTION" (rd2_004)', () => {
    expect(toSegments(lines('ISLAND > ALPINE CONSTRUCTION')).map((s) => s.text)).toEqual(['ISLAND ALPINE CONSTRUCTION']);
  });

  it('drops a name in another script read as a bracketed jumble: "(FEHHHRE| HANSUNGCOMPUTER CO.,LTD." (rd2_019)', () => {
    expect(company('(FEHHHRE| HANSUNGCOMPUTER CO.,LTD.')).toBe('HANSUNGCOMPUTER CO.,LTD.');
  });

  it('mends "Co., Led." to Co., Ltd. (new real set real_702), and leaves a company named Led alone', () => {
    expect(company('Han Sung Motor Co., Led.')).toBe('Han Sung Motor Co., Ltd.');
    expect(company('HANSUNG CO.,LED')).toBe('HANSUNG CO.,LTD');
    expect(company('Bright Led Co., Ltd.')).toBe('Bright Led Co., Ltd.');
  });

  it('mends "PVT. LIT" to PVT. LTD. (rd3_014), and joins "Private Limited" on the line under the name (rd3_012)', () => {
    expect(company('EIE INSTRUMENTS PVT. LIT')).toBe('EIE INSTRUMENTS PVT. LTD.');
    const { fields } = extractFields([
      line([['Dynagrow', 0.91, 49, 143, 220, 47], ['Enterprises', 0.96, 280, 143, 300, 52]]),
      line([['Private', 0.96, 48, 203, 180, 37], ['Limited', 0.96, 240, 203, 190, 41]]),
      line([['Kritika', 0.92, 56, 449, 150, 34], ['Maheshwari', 0.94, 215, 449, 230, 37]]),
      line([['E-mail:', 0.93, 57, 568, 110, 25], ['kritika@dynagrow.co', 0.92, 180, 568, 330, 36]]),
    ]);
    expect(fields.company).toBe('Dynagrow Enterprises Private Limited');
  });

  it('trims an underscore glued to a title: "Gérant_" (rd2_007)', () => {
    expect(extractFields(lines('ABDELKADER ARIFI', 'Gérant_', 'Tél: +216 71 123 456')).fields.title).toBe('Gérant');
  });

  it('puts back the dot a web address lost where the e-mail spells it: "www.ssc.govvn" (rd3_021)', () => {
    expect(extractFields(lines('NGUYEN VIET KHUONG', 'www.ssc.govvn', 'Email : khuongnv@ssc.gov.vn')).fields.websites).toEqual(['www.ssc.gov.vn']);
  });
});

describe('a web address alone on its line, read low (rd2_014)', () => {
  it('is kept in whatever case: "azKlinika.rU" read at 0.32', () => {
    const { fields, confidence } = extractFields([line([['Iba,', 0.69, 0, 0, 100, 176], ['ул.', 0.91, 110, 0, 80, 176], ['Чудинова,', 0.29, 200, 0, 300, 176], ['3', 0.95, 510, 0, 40, 98]]), line([['azKlinika.rU', 0.32, 0, 308, 600, 93]])]);
    expect(fields.websites).toEqual(['azklinika.ru']);
    expect(confidence.websites ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });
});

describe('web addresses and e-mails read beside other words or twice (realdev3)', () => {
  it('takes a bare domain the e-mail is at, printed before social handles: "InvestAlberta.ca @invest_alberta » /investalberta" (rd3_016)', () => {
    const { fields } = extractFields(lines('Tom Walsh', 'tom.walsh@investalberta.ca', 'InvestAlberta.ca @invest_alberta » /investalberta'));
    expect(fields.websites).toEqual(['investalberta.ca']);
    expect(fields.emails).toEqual(['tom.walsh@investalberta.ca']);
  });

  it('takes no bare domain among words when no e-mail is at it: "see example.com for more"', () => {
    expect(extractFields(lines('Tom Walsh', 'tom.walsh@investalberta.ca', 'see example.com for more')).fields.websites).toEqual([]);
  });

  it('keeps the better read of one address read twice in one place, one letter apart, not sure (rd3_001)', () => {
    const { fields, confidence } = extractFields([
      line([['Cornelius', 0.95, 100, 100, 200, 40], ['Hellge', 0.95, 310, 100, 150, 40]]),
      line([['eMail', 0.96, 593, 463, 120, 47], ['hellge@hhi.thg.de', 0.48, 720, 463, 400, 64]]),
      line([['hellge@hhi.fhg.de', 0.71, 763, 470, 360, 50]]),
    ]);
    expect(fields.emails).toEqual(['hellge@hhi.fhg.de']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });
});

describe('more of what OCR makes of realdev2 and realdev3 cards', () => {
  it('reads an address with two "@", the first before digits a 0, and takes no mail provider for the web address (rd2_001)', () => {
    const { fields, confidence } = extractFields(lines('Neel Patel', 'email: neelpatel@1061995@gmail.com', 'Tel: +1 408 708 6973'));
    expect(fields.emails).toEqual(['neelpatel01061995@gmail.com']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(fields.websites).toEqual([]);
  });

  it('reads "\\nformatics", "\\nternet", "\\nc" as In (rd3_002, rd3_004, rd3_005) and drops a speck after "Inc"', () => {
    expect(toSegments(lines('Institute for Computer Sciences, Social \\nformatics', '\\nternet Media Group', 'Securics, \\nc у')).map((s) => s.text)).toEqual(['Institute for Computer Sciences, Social Informatics', 'Internet Media Group', 'Securics, Inc']);
  });

  it('takes a German "OHG" for a legal form: "Deutsche Thomson OHG" (rd3_027)', () => {
    expect(extractFields(lines('Jens Spille', 'Deutsche Thomson OHG', 'Tel: +49 511 4185 0')).fields.company).toBe('Deutsche Thomson OHG');
  });

  it('takes no sentence about a business for its name: "by DT Global on behalf of the Australian Government" (rd3_019)', () => {
    expect(extractFields(lines('Nguyen Van An', 'Program Manager', 'by DT Global on behalf of the Australian Government', 'Tel: +84 24 3123 4567')).fields.company).toBe('');
  });

  it('takes a trade for a post: "Journeyman Carpenter" (rd2_004)', () => {
    expect(extractFields(lines('Mike Brown', 'Journeyman Carpenter', 'Tel: +1 778 269 0534')).fields.title).toBe('Journeyman Carpenter');
  });

  it('reads "Ул Зорге 45/6 2 этаж" as an address: a street without its abbreviation\'s dot (rd2_015)', () => {
    expect(extractFields(lines('Уфимский Чайный клуб', 'Ул Зорге 45/6 2 этаж', 'Тел.: +7 (347) 123-45-67')).fields.address).toBe('Ул Зорге 45/6 2 этаж');
  });
});

describe("a post with its holder's degrees after it (rd2_004)", () => {
  it('drops the dotted abbreviations after a comma: "Journeyman Carpenter, RSE. B.Comm"; keeps "Director, Sales & Marketing"', () => {
    const title = (t: string) => extractFields(lines('Mike Brown', t, 'Tel: +1 778 269 0534')).fields.title;
    expect(title('Journeyman Carpenter, RSE. B.Comm')).toBe('Journeyman Carpenter');
    expect(title('Director, Sales & Marketing')).toBe('Director, Sales & Marketing');
    expect(title('Head of Sales, EMEA')).toBe('Head of Sales, EMEA');
  });
});

describe('names with little words of their own', () => {
  const conjunction = CLUES.find((c) => c.role === 'name' && c.name === 'conjunction')!;
  const seg = (text: string) => toSegments(lines(text))[0]!;

  it('takes no Spanish "y" or Portuguese "e" between a name\'s words for a firm\'s conjunction', () => {
    expect(conjunction.score(seg('José Ortega y Gasset'), {} as never)).toBe(0);
    expect(conjunction.score(seg('Ana Santos e Costa'), {} as never)).toBe(0);
    expect(conjunction.score(seg('MOTI AND KALAM SANITARY WARE'), {} as never)).toBeLessThan(0);
  });
});

describe('a company shown only as its wordmark', () => {
  it('is a wordmark in small letters in the biggest type, its logo\'s bracket-shaped mark dropped: "packetvideo [у" (rd_025)', () => {
    const { fields, confidence } = extractFields([
      line([["packetvideo", 0.92, 545, 121, 277, 53], ["[у", 0.43, 843, 71, 102, 106]]),
      line([["Richard", 0.93, 103, 243, 114, 26], ["Svienty", 0.92, 230, 244, 113, 31]]),
      line([["member", 0.96, 430, 254, 110, 21], ["of", 0.96, 550, 253, 27, 22], ["technical", 0.96, 588, 253, 114, 22], ["staff", 0.88, 711, 252, 60, 23]]),
      line([["t", 0.92, 107, 336, 10, 23], ["847", 0.92, 134, 336, 54, 25], ["273-5617", 0.96, 203, 337, 140, 25]]),
      line([["5407", 0.93, 431, 338, 61, 21], ["trillium", 0.78, 503, 338, 85, 21], ["boulevard,", 0.96, 599, 337, 128, 24], ["suite", 0.96, 739, 337, 61, 22], ["130", 0.96, 812, 336, 45, 23]]),
      line([["f", 0.93, 108, 371, 11, 25], ["847", 0.96, 136, 375, 54, 24], ["273-5610", 0.96, 205, 375, 141, 25]]),
      line([["hoffman", 0.96, 433, 373, 111, 24], ["estates,", 0.96, 557, 376, 108, 24], ["illinois", 0.95, 678, 373, 83, 24], ["60192", 0.96, 772, 374, 76, 23]]),
      line([["svienty@", 0.90, 115, 421, 123, 36], ["pv.com", 0.90, 250, 421, 96, 36]]),
      line([["Wwww.pv.com", 0.41, 434, 428, 181, 22]]),
    ]);
    expect(fields.company).toBe('packetvideo');
    expect(confidence.company ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(fields.name).toBe('Richard Svienty');
  });

  it('is a wordmark in capitals whose tall logo mark was read as "@": "THE COUNTER @" (rd3_030); its address, "Palo Alto CA 94306" with no comma before the state, without the branch name before it', () => {
    const { fields } = extractFields([
      line([["THE", 0.95, 79, 40, 233, 82], ["COUNTER", 0.91, 335, 38, 604, 88], ["@", 0.81, 978, 18, 72, 127]]),
      line([["CUSTOM", 0.95, 420, 143, 159, 26], ["BUILT", 0.96, 602, 143, 110, 26], ["BURGERS", 0.96, 733, 143, 183, 26]]),
      line([["Jim", 0.95, 78, 286, 67, 31], ["Glover", 0.96, 158, 286, 124, 31]]),
      line([["Manager", 0.96, 80, 335, 125, 29]]),
      line([["Coniunter", 0.00, 80, 400, 113, 18], ["Intellinance", 0.52, 206, 400, 167, 18], ["-", 0.92, 386, 412, 8, 2], ["Al", 0.74, 407, 400, 32, 18], ["icanced", 0.74, 454, 400, 107, 18], ["Franchice", 0.73, 574, 400, 140, 18]]),
      line([["The", 0.96, 78, 440, 51, 23], ["Counter", 0.96, 141, 441, 115, 23], ["Palo", 0.95, 267, 418, 61, 46], ["Alto.", 0.49, 338, 418, 72, 46], ["Palo", 0.91, 419, 418, 65, 56], ["Alto", 0.96, 494, 437, 56, 37], ["CA", 0.93, 562, 418, 38, 46], ["94306", 0.96, 610, 440, 83, 23]]),
      line([["650", 0.96, 79, 482, 48, 23], ["321", 0.96, 138, 482, 45, 23], ["3900", 0.96, 198, 482, 67, 23], ["650", 0.93, 291, 482, 49, 23], ["321", 0.93, 351, 482, 45, 23], ["3902", 0.96, 410, 482, 67, 23], ["Fax", 0.96, 489, 482, 48, 23]]),
      line([["paloalto@thecounterburger.com", 0.85, 79, 523, 473, 31], ["thecounterburger.com", 0.85, 577, 523, 327, 31]]),
    ]);
    expect(fields.company).toBe('THE COUNTER');
    expect(fields.emails).toEqual(['paloalto@thecounterburger.com']);
    expect(fields.address).toBe('Palo Alto CA 94306');
  });

  it('is the name of the firm\'s Facebook page, on a line kept though a speck beside it was read at 0 (rd3_019)', () => {
    const { fields } = extractFields([
      line([["Freddy", 0.96, 69, 68, 120, 37], ["Salvador", 0.96, 200, 69, 152, 31]]),
      line([["Deputy", 0.96, 68, 122, 110, 30], ["Team", 0.96, 187, 123, 79, 24], ["Leader,", 0.95, 278, 123, 101, 28]]),
      line([[")", 0.00, 687, 150, 2, 2], ["Aus4Transport", 0.88, 716, 167, 287, 46]]),
      line([["Suite", 0.96, 67, 191, 56, 19], ["10-03,", 0.96, 133, 192, 70, 22], ["10th", 0.95, 214, 192, 49, 19], ["floor,", 0.96, 272, 192, 57, 23], ["HCO", 0.96, 340, 193, 47, 19], ["Building,", 0.96, 397, 193, 96, 24]]),
      line([["44B", 0.92, 66, 225, 43, 18], ["Ly", 0.96, 119, 225, 22, 24], ["Thuong", 0.96, 148, 225, 87, 24], ["Kiet,", 0.95, 244, 226, 48, 22], ["Hanoi", 0.96, 302, 226, 64, 19]]),
      line([["Phone:", 0.96, 66, 317, 81, 19], ["+84", 0.96, 162, 318, 42, 19], ["24", 0.92, 213, 318, 27, 18], ["3734", 0.96, 248, 318, 56, 19], ["7559", 0.96, 313, 318, 54, 19], ["|", 0.96, 386, 317, 3, 24], ["+84", 0.46, 415, 319, 41, 18], ["2432669024", 0.46, 464, 319, 155, 19], ["(Ext.", 0.96, 634, 318, 49, 24], ["107)", 0.96, 693, 318, 50, 24]]),
      line([["Mobile:", 0.96, 65, 353, 90, 19], ["+84", 0.96, 164, 353, 42, 19], ["86", 0.96, 215, 353, 26, 19], ["294", 0.96, 250, 354, 42, 18], ["4184", 0.96, 299, 353, 57, 19], ["<", 0.00, 511, 360, 3, 2]]),
      line([["Email:", 0.92, 63, 434, 68, 20], ["freddy.salvador@dt-global.com", 0.69, 166, 433, 360, 25]]),
      line([["Fb:", 0.95, 62, 473, 32, 19], ["Facebook.com/Aus4Transport.vn", 0.88, 164, 470, 375, 27]]),
      line([["Aus4Transport", 0.90, 59, 540, 157, 21], ["is", 0.96, 225, 539, 14, 18], ["an", 0.96, 247, 544, 24, 13], ["Australian", 0.92, 279, 538, 107, 19], ["Governent", 0.92, 394, 540, 113, 17], ["Initiative", 0.93, 516, 540, 91, 18], ["-", 0.34, 614, 549, 13, 3], ["managed", 0.96, 635, 541, 98, 22]]),
      line([["by", 0.96, 60, 572, 24, 22], ["DT", 0.96, 93, 573, 27, 17], ["Global", 0.96, 127, 571, 67, 19], ["on", 0.96, 203, 577, 25, 12], ["behalf", 0.96, 238, 571, 67, 18], ["of", 0.96, 313, 571, 20, 18], ["the", 0.96, 340, 571, 34, 18], ["Australian", 0.96, 382, 571, 106, 19], ["Government", 0.96, 498, 573, 134, 18]]),
    ]);
    expect(fields.company).toBe('Aus4Transport');
    expect(fields.name).toBe('Freddy Salvador');
  });

  it('is never a person\'s LinkedIn profile: linkedin.com/in/ names a person', () => {
    const { fields } = extractFields(lines('Anna Berg', 'Sales Manager', 'annaberg', 'linkedin.com/in/annaberg', 'Tel: +46 8 123 456 78'));
    expect(fields.company).toBe('');
  });
});

describe('an address of centred lines, its last line cut from a phone beside it (rd3_009)', () => {
  it('keeps the street line above the town: the rows line up as whole OCR lines', () => {
    const { fields } = extractFields([
      line([["A", 0.46, 62, 42, 30, 26], ["м", 0.29, 211, 44, 29, 27], ["Ра", 0.70, 828, 28, 33, 50], ["к", 0.34, 979, 39, 31, 27]]),
      line([["ЧЕМУ", 0.50, 48, 58, 206, 74], ["«ТЕМУ", 0.44, 818, 55, 206, 75]]),
      line([["SS", 0.30, 94, 170, 118, 11], ["Gourab", 0.91, 296, 159, 186, 35], ["Kumar", 0.96, 499, 159, 173, 35], ["Das", 0.96, 686, 158, 90, 35], ["eimim", 0.43, 865, 167, 114, 13]]),
      line([["Admission", 0.96, 395, 211, 164, 22], ["Officer", 0.96, 573, 210, 105, 23]]),
      line([["+91", 0.95, 417, 248, 48, 22], ["8013880117", 0.95, 481, 247, 175, 23]]),
      line([["UNIVERSITY", 0.96, 57, 317, 251, 31], ["OF", 0.96, 319, 317, 52, 30], ["ENGINEERING", 0.92, 381, 316, 281, 31], ["&", 0.92, 674, 316, 30, 30], ["MANAGEMENT", 0.96, 716, 315, 303, 31]]),
      line([["University", 0.96, 84, 363, 113, 27], ["Area,", 0.96, 203, 362, 60, 26], ["Plot", 0.96, 274, 362, 42, 22], ["No.", 0.96, 326, 362, 35, 22], ["III", 0.78, 373, 362, 17, 21], ["-", 0.92, 400, 374, 7, 3], ["B/5,", 0.92, 416, 361, 42, 26], ["Main", 0.96, 469, 361, 51, 22], ["Arterial", 0.96, 528, 361, 79, 22], ["Road,", 0.96, 618, 361, 64, 26], ["New", 0.97, 693, 361, 49, 22], ["Town,", 0.96, 750, 361, 65, 26], ["Action", 0.96, 823, 361, 71, 22], ["Area", 0.96, 902, 361, 54, 23], ["III,", 0.68, 967, 361, 25, 27]]),
      line([["Kolkata", 0.92, 254, 395, 99, 22], ["-", 0.92, 346, 390, 9, 36], ["700160,", 0.96, 362, 395, 89, 25], ["WB,", 0.96, 460, 394, 46, 26], ["India,", 0.95, 517, 394, 58, 26], ["Phone", 0.93, 586, 394, 85, 22], [":", 0.93, 661, 390, 12, 36], ["8274088608", 0.96, 681, 395, 141, 21]]),
      line([["Website", 0.92, 388, 428, 103, 22], [":", 0.89, 482, 423, 10, 37], ["www.uem.edu.in", 0.88, 500, 427, 186, 22]]),
      line([["INSTITUTE", 0.96, 72, 468, 217, 32], ["OF", 0.96, 303, 468, 52, 30], ["ENGINEERING", 0.92, 365, 466, 283, 31], ["&", 0.92, 660, 466, 30, 31], ["MANAGEMENT", 0.96, 698, 434, 305, 75]]),
      line([["Admission", 0.96, 45, 515, 128, 23], ["Office", 0.93, 184, 513, 84, 23], [":", 0.84, 263, 507, 10, 37], ["‘Ashram’,", 0.89, 279, 512, 110, 26], ["GN-34/2,", 0.89, 400, 511, 106, 27], ["Salt", 0.97, 518, 512, 45, 22], ["Lake", 0.97, 573, 511, 56, 23], ["Electronics", 0.96, 639, 511, 131, 23], ["Complex,", 0.96, 780, 512, 113, 28], ["Sector", 0.92, 904, 513, 96, 23], ["-", 0.92, 987, 507, 10, 37], ["V,", 0.91, 1008, 514, 22, 26], ["‹", 0.27, 1045, 523, 4, 5]]),
      line([["Kolkata", 0.93, 174, 547, 89, 23], ["-", 0.93, 272, 559, 8, 3], ["700091,", 0.96, 289, 546, 96, 26], ["WB,", 0.96, 395, 546, 48, 26], ["India,", 0.96, 456, 545, 61, 26], ["Phone", 0.93, 529, 545, 76, 22], [":", 0.93, 616, 551, 3, 16], ["91-33-2357", 0.96, 630, 545, 137, 22], ["2059/2995", 0.96, 777, 545, 129, 23]]),
      line([["E-mail", 0.93, 175, 580, 75, 24], [":", 0.88, 262, 586, 3, 16], ["gourab.das@iemcal.com", 0.90, 275, 579, 300, 29], ["Website", 0.93, 592, 579, 97, 22], [":", 0.91, 700, 585, 3, 16], ["www.iem.edu.in", 0.91, 713, 579, 191, 23]]),
    ]);
    expect(fields.address).toBe('University Area, Plot No. III - B/5, Main Arterial Road, New Town, Action Area III, Kolkata - 700160, WB, India');
  });
});

describe('a Russian clinic\'s name in capitals (rd2_014, one reading of it)', () => {
  it('is no person: "КЛИНИКА НЕВРОЛОГИИ ..." names a firm by its trade word', () => {
    const { fields } = extractFields(lines('Здоровья', 'КЛИНИКА НЕВРОЛОГИИ И. НЕЙРОРЕДБИЛИТАЦИИ.', 'г Ха, ул. Чудинова, 3', '294-14-16, 266-41-20', 'azklinixa.ru'));
    expect(fields.name).toBe('');
    expect(fields.company).toMatch(/^КЛИНИКА НЕВРОЛОГИИ/);
  });
});

describe('an icon read as one or two digits before a whole national number (rd3_006)', () => {
  it('is no part of it: "57 8442999967" on a card from Kolkata is +91 84429 99967, not a US toll-free number', () => {
    const { fields } = extractFields(lines('MOTI AND KALAM SANITARY WARE', '57 8442999967', 'Lauhati, Rajarhat, Vedic Village', 'Kolkata - 700135', 'motiandkalam@gmail.com'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+918442999967']);
  });

  it('stays a country code where the digits make a valid number with it: "49 30 12345678" in Berlin', () => {
    const { fields } = extractFields(lines('Anna Schmidt', 'Tel 49 30 12345678', 'Friedrichstr. 10, 10117 Berlin'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+493012345678']);
  });
});
