/**
 * Real cards read by OCR: (realdev2 rd2_016) a Russian shop's Cyrillic logo read in the Latin
 * capitals its letters look like, its person given by the given name alone; (heldout19 h19_012)
 * a logo's word before the name on its line, a company's name that breaks after "OF"; (h19_016,
 * as the second engine reads it) a company's trade broken over two lines under its logo's word;
 * (realdev5b rd5b_001) a university's name printed between the lines of its address.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe('a Russian shop card (rd2_016)', () => {
  const card = (site: string) => [
    line([["—", 0.00, 746, 56, 67, 13], ["-", 0.66, 799, 52, 18, 23]]),
    line([["POCBOPOTA", 0.90, 714, 102, 131, 19]]),
    line([["ee.", 0.35, 38, 154, 323, 22], ["ИЯ", 0.21, 324, 150, 40, 26], ["view", 0.49, 418, 172, 22, 4]]),
    line([["АВТОМАТИЧЕСКИЕ", 0.96, 630, 227, 294, 26]]),
    line([["®", 0.89, 586, 284, 10, 11], ["СЕКЦИОННЫЕ", 0.91, 607, 279, 164, 26], ["®", 0.91, 797, 283, 11, 12], ["ОТКАТНЫЕ", 0.96, 818, 279, 125, 22]]),
    line([["®", 0.88, 585, 318, 11, 11], ["РАСПАШНЫЕ", 0.92, 607, 312, 160, 24], ["®", 0.87, 796, 317, 12, 12], ["РОЛЬСТАВНИ", 0.96, 819, 311, 166, 25]]),
    line([["®", 0.89, 585, 353, 11, 11], ["СКОРОСТНЫЕ", 0.93, 606, 348, 174, 24], ["®", 0.75, 796, 351, 13, 13], ["ШЛАГБАУМ", 0.96, 818, 347, 135, 25]]),
    line([["|", 0.96, 567, 394, 2, 25], ["продажа", 0.95, 579, 398, 97, 21], ["|", 0.95, 685, 393, 3, 26], ["монтаж", 0.96, 698, 398, 85, 16], ["|", 0.96, 791, 392, 3, 27], ["замер", 0.96, 803, 397, 67, 22], ["|", 0.96, 879, 392, 4, 27], ["гарантия", 0.96, 892, 397, 101, 22], ["|", 0.96, 1002, 392, 4, 27]]),
    line([[site, 0.75, 684, 432, 214, 21]]),
    line([["8-909-087-38-99", 0.92, 628, 469, 331, 40]]),
    line([["8-982-301-50-99", 0.91, 629, 526, 330, 39]]),
    line([["Александр", 0.96, 702, 581, 184, 35]]),
  ];
  it('spells its logo "POCBOPOTA" in Cyrillic, where that spelling is the domain transliterated', () => {
    expect(extractFields(card('zlat.ros-vorota.ru')).fields.company).toBe('РОСВОРОТА');
  });
  it('keeps the Latin letters where the domain does not witness the Cyrillic spelling', () => {
    expect(extractFields(card('zlat.vorota-shop.ru')).fields.company).not.toBe('РОСВОРОТА');
  });
  it('gives the person by the given name alone on its line, no line shaped like a full name', () => {
    expect(extractFields(card('zlat.ros-vorota.ru')).fields.name).toBe('Александр');
  });
  it('does not take a lone given name where a full name is printed', () => {
    const lines = [...card('zlat.ros-vorota.ru'), line([['Сергей', 0.95, 702, 640, 110, 30], ['Волков', 0.95, 822, 640, 120, 30]])];
    expect(extractFields(lines).fields.name).toBe('Сергей Волков');
  });
});

describe('a university card (h19_012)', () => {
  const card = (logo: boolean) => [
    line([["SEOUL", 0.81, 277, 61, 100, 23], ["NATIONAL", 0.96, 388, 61, 155, 23], ["UNIVERSITY", 0.96, 554, 60, 183, 24], ["OF", 0.96, 747, 60, 41, 23]]),
    line([["SCIENCE", 0.93, 277, 90, 129, 23], ["&", 0.92, 421, 91, 17, 21], ["TECHNOLOGY", 0.96, 444, 90, 214, 23]]),
    line([...(logo ? [["SEOULTECH", 0.39, 79, 130, 148, 17] as [string, number, number, number, number, number]] : []), ["Jongyoul", 0.91, 277, 143, 144, 26], ["Park,", 0.96, 433, 143, 76, 27], ["Ph.D", 0.63, 521, 146, 68, 22]]),
    line([["Associate", 0.95, 282, 176, 101, 15], ["Professor,", 0.95, 391, 176, 104, 18], ["Department", 0.73, 504, 178, 130, 17], ["of", 0.95, 640, 177, 22, 16], ["Applied", 0.95, 681, 178, 72, 18], ["Artificial", 0.96, 760, 177, 88, 17]]),
    line([["232", 0.92, 74, 283, 48, 17], ["Gongneung-ro,", 0.89, 133, 284, 201, 23], ["Nowon-gu", 0.88, 346, 289, 137, 21], ["Tel", 0.91, 718, 295, 34, 19], ["+82-2-970-9776", 0.87, 763, 296, 221, 19]]),
    line([["Seoul", 0.95, 74, 311, 70, 17], ["01811,", 0.94, 153, 312, 92, 21], ["Korea", 0.96, 257, 315, 73, 17], ["Fax", 0.92, 676, 321, 42, 18], ["+82-10-9631-1369", 0.92, 728, 322, 256, 19]]),
    line([["E-mail", 0.90, 558, 346, 80, 18], ["jongyoul@seoultech.ac.kr", 0.67, 647, 346, 339, 22]]),
  ];
  it("leaves the logo's word that spells the domain out of the name on its line", () => {
    expect(extractFields(card(true)).fields.name).toBe('Jongyoul Park');
  });
  it('joins a company line that ends on "OF" with the line under it', () => {
    expect(extractFields(card(false)).fields.company).toBe('SEOUL NATIONAL UNIVERSITY OF SCIENCE & TECHNOLOGY');
  });
});

describe("a pest controller's card, as the second engine reads it (h19_016)", () => {
  it('takes the logo\'s word the domain spells for the company, not the trade\'s line that opens with "and"', () => {
    const { fields } = extractFields([
      line([["Emerald", 0.90, 353, 162, 488, 88]]),
      line([["Carpet", 0.95, 407, 250, 107, 35], ["/Upholstery", 0.95, 524, 250, 143, 35], ["Cleaning", 0.95, 677, 250, 122, 35]]),
      line([["and", 0.94, 433, 287, 46, 29], ["Pest", 0.94, 490, 287, 54, 29], ["Control", 0.94, 554, 287, 93, 29], ["Services", 0.94, 658, 287, 114, 29]]),
      line([["Philip", 0.98, 68, 368, 112, 51], ["Rowe", 0.98, 197, 368, 113, 51]]),
      line([["PEST", 0.95, 66, 418, 54, 32], ["MANAGEMENT", 0.95, 131, 418, 165, 32], ["TECHNICIAN", 0.95, 306, 418, 139, 32]]),
      line([["M:0409166399", 0.98, 62, 516, 259, 41], ["E:philip@emerald4012.com.au", 0.98, 495, 516, 448, 41]]),
      line([["EMERALDCARPETANDPESTSERVICES.COM.AU", 0.98, 169, 631, 773, 35]]),
    ], { defaultCountry: 'AU' });
    expect(fields.company).toBe('Emerald');
    expect(fields.name).toBe('Philip Rowe');
  });
});

describe('a university card (rd5b_001)', () => {
  it("keeps the university's line printed between the lines of its address in the address, and as the company", () => {
    const { fields } = extractFields([
      line([["RAFAEL", 0.92, 327, 136, 140, 34], ["ULATE", 0.91, 482, 135, 128, 35]]),
      line([["DIRECTOR", 0.96, 328, 206, 149, 22], ["OF", 0.96, 485, 206, 38, 22], ["ADMISSIONS", 0.96, 532, 206, 180, 22]]),
      line([["DEPARTMENT", 0.96, 328, 240, 197, 22], ["OF", 0.96, 533, 240, 38, 22], ["ELECTRICAL", 0.96, 582, 240, 175, 22], ["ENGINEERING", 0.96, 765, 235, 201, 26]]),
      line([["DAVID", 0.96, 78, 379, 81, 22], ["PACKARD", 0.96, 166, 381, 122, 22], ["ELECTRICAL", 0.96, 296, 383, 164, 22], ["ENGINEERING", 0.96, 468, 383, 194, 22]]),
      line([["350", 0.96, 79, 412, 38, 21], ["SERRA", 0.96, 124, 412, 80, 23], ["MALL,", 0.96, 210, 415, 77, 24], ["ROOM", 0.96, 295, 416, 86, 22], ["170", 0.96, 391, 419, 39, 20], ["TEL:", 0.93, 724, 416, 59, 21], ["(650)", 0.96, 793, 414, 60, 26], ["725-9327", 0.94, 863, 412, 110, 23], ["©", 0.71, 986, 409, 2, 3]]),
      line([["STANFORD", 0.96, 80, 444, 138, 24], ["UNIVERSITY", 0.95, 226, 449, 160, 22], ["FAX:", 0.96, 718, 450, 56, 20], ["(650)", 0.93, 785, 448, 60, 25], ["723-", 0.93, 854, 447, 52, 21], ["1882", 0.96, 918, 444, 54, 21]]),
      line([["STANFORD,", 0.96, 81, 476, 144, 27], ["CALIFORNIA", 0.96, 232, 481, 163, 23], ["94305-9505", 0.96, 401, 484, 133, 23], ["ulate@ce.stanford.edu", 0.50, 727, 477, 245, 27]]),
    ]);
    expect(fields.company).toBe('STANFORD UNIVERSITY');
    expect(fields.address).toBe('350 SERRA MALL, ROOM 170, STANFORD UNIVERSITY, STANFORD, CALIFORNIA 94305-9505');
  });
});
