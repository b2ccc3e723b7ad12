/**
 * A card whose company is only its logo's word: the word in smaller type than the name, under a
 * logo's mark read as bigger letters, or read right with almost no confidence. Word boxes as
 * tesseract gave them on the cards named. And titles cut short, which must not be sure.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { line } from '../ocr-lines.js';

describe('a company shown only as its logo’s word', () => {
  it('takes the card’s first line, in big type though smaller than the name’s, beside a name found elsewhere (synthetic s2_006)', () => {
    const { fields, confidence } = extractFields(
      [
        line([['АЛЬФА', 0.96, 65, 174, 194, 42], ['СТРОЙ', 0.96, 278, 162, 177, 49]]),
        line([['Семен', 0.96, 67, 364, 194, 49], ['Бирюков', 0.95, 283, 354, 256, 55]]),
        line([['Руководитель', 0.96, 93, 430, 180, 34], ['отдела', 0.96, 282, 427, 84, 19], ['маркетинга', 0.96, 376, 415, 138, 33]]),
        line([['Ваш', 0.88, 71, 599, 42, 18], ['надёжный', 0.83, 124, 594, 115, 19], ['партнёр', 0.59, 247, 585, 85, 21]]),
        line([['Тел.:', 0.81, 72, 757, 66, 23], ['8', 0.95, 146, 752, 17, 23], ['(812)', 0.95, 172, 746, 67, 31], ['471-81-56', 0.96, 247, 734, 132, 31]]),
        line([['Моб.:', 0.91, 74, 795, 72, 23], ['+7', 0.96, 159, 788, 30, 21], ['(969)', 0.96, 199, 783, 65, 27], ['348-44-65', 0.96, 275, 769, 129, 32]]),
        line([['190051,', 0.95, 76, 902, 101, 29], ['Санкт-Петербург', 0.96, 184, 897, 177, 24]]),
        line([['ул.', 0.9, 69, 941, 38, 38], ['Садовая,', 0.92, 112, 930, 117, 40], ['д.', 0.79, 242, 930, 27, 40], ['52,', 0.91, 279, 930, 34, 40], ['корп.', 0.83, 321, 930, 83, 39], ['1', 0.86, 395, 930, 12, 40]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('Семен Бирюков');
    expect(fields.company).toBe('АЛЬФА СТРОЙ');
    expect(confidence.company).toBeLessThan(SURE_CONFIDENCE);
  });

  it('takes the first line alone on its row in type no bigger than the rest, beside a name found elsewhere (synthetic s2_016: "пром-систем")', () => {
    const { fields } = extractFields(
      [
        line([['пром-систем', 0.92, 49, 62, 341, 34]]),
        line([['Елисей', 0.93, 50, 425, 155, 37], ['Адрианович', 0.91, 216, 423, 262, 48]]),
        line([['Дроздов', 0.83, 176, 481, 173, 43]]),
        line([['Заместитель', 0.93, 95, 541, 182, 22], ['оуректоро', 0.32, 284, 547, 152, 21]]),
        line([['8', 0.70, 49, 905, 25, 18], ['Tel.', 0.85, 83, 903, 29, 20], ['+7-343-863-49-87', 0.89, 129, 903, 213, 23]]),
        line([['*', 0.41, 50, 947, 5, 4], ['620417,', 0.96, 78, 937, 81, 23], ['Екатеринбург', 0.87, 168, 937, 190, 28]]),
        line([['пр.', 0.94, 48, 975, 37, 19], ['Ленина,', 0.91, 94, 970, 102, 23], ['9.', 0.74, 204, 977, 15, 19], ['4,', 0.73, 234, 972, 17, 22], ['стр.', 0.16, 260, 976, 57, 20], ['9', 0.16, 326, 972, 13, 18]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.company).toBe('пром-систем');
    expect(fields.name).toBe('Елисей Адрианович Дроздов');
  });

  it('leaves a logo’s words parted on one row to be read whole (hc_021: "BAY TECH" beside "INSURANCE")', () => {
    const { fields } = extractFields([
      line([['|', 0.86, 35, 98, 35, 59], ['BAY', 0.92, 221, 98, 120, 59], ['TECH', 0.96, 368, 98, 159, 59], ['INSURANCE', 0.96, 586, 98, 413, 59]]),
      line([['INSURANCE', 0.95, 586, 105, 413, 45]]),
      line([['BAY', 0.96, 221, 109, 121, 38], ['TECH', 0.96, 367, 109, 160, 39]]),
      line([['SERVICES', 0.96, 635, 170, 310, 46]]),
      line([['lic.', 0.93, 969, 253, 31, 20], ['007', 0.91, 1010, 252, 40, 21]]),
      line([['Diana', 0.95, 102, 266, 128, 34], ['Monica', 0.95, 248, 266, 157, 35], ['Rios,', 0.93, 425, 266, 101, 41], ['B.S.B.A.', 0.92, 546, 267, 172, 35]]),
      line([['Insurance', 0.96, 102, 321, 136, 27], ['Agent', 0.96, 250, 321, 87, 36]]),
      line([['Tel', 0.92, 100, 386, 42, 33], ['650.260.2218', 0.93, 169, 388, 249, 32]]),
      line([['Cell', 0.96, 101, 438, 60, 33], ['408.728.3333', 0.95, 176, 440, 246, 32]]),
      line([['Fax', 0.96, 102, 493, 55, 31], ['408.516.9995', 0.96, 182, 492, 250, 32]]),
      line([['baytechins@gmail.com', 0.92, 102, 542, 370, 44]]),
      line([['3125', 0.96, 188, 614, 88, 32], ['Middlefield', 0.96, 292, 612, 182, 34], ['Road', 0.93, 491, 613, 81, 34], ['-', 0.92, 588, 630, 5, 4], ['Redwood', 0.96, 610, 614, 149, 33], ['City,', 0.96, 773, 616, 69, 41], ['CA', 0.96, 859, 616, 52, 31], ['94063', 0.95, 924, 616, 107, 32]]),
    ]);
    expect(fields.company).toBe('BAY TECH INSURANCE');
  });

  it('is not outsized by a logo’s mark read as short letters (h8_022: "an aa" over "ramsys")', () => {
    const { fields } = extractFields(
      [
        line([['Balakrishna', 0.93, 73, 44, 198, 29], ['S', 0.92, 286, 45, 22, 28]]),
        line([['Managing', 0.96, 74, 86, 131, 27], ['Director', 0.96, 218, 86, 104, 23]]),
        line([['an', 0.41, 490, 220, 237, 142], ['aa', 0.4, 785, 220, 214, 142]]),
        line([['ramsys', 0.92, 529, 341, 442, 97]]),
        line([['309.', 0.94, 172, 453, 55, 25], ['Annapurna', 0.95, 239, 453, 160, 29], ['Block.', 0.87, 411, 451, 84, 25], ['Aditya', 0.96, 507, 452, 86, 30], ['Enclave', 0.96, 605, 452, 106, 25]]),
        line([['Ameerpet.', 0.92, 108, 493, 147, 30], ['Hyderabad-500', 0.91, 269, 492, 212, 31], ['038', 0.95, 492, 492, 47, 25], ['INDIA', 0.56, 632, 492, 83, 24]]),
      ],
      { defaultCountry: 'IN' },
    );
    expect(fields.company).toBe('ramsys');
    expect(fields.name).toBe('Balakrishna S');
  });

  it('keeps a logo’s word read with almost no confidence when the domain spells it, without the icon read as a letter (h6_017)', () => {
    const { fields } = extractFields([
      line([['iSpectruMedix', 0.15, 100, 99, 839, 158]]),
      line([['JOHN', 0.93, 394, 298, 89, 26], ['W.', 0.92, 495, 299, 37, 24], ['BEST', 0.96, 546, 298, 86, 25]]),
      line([['SENIOR', 0.96, 206, 349, 110, 22], ['ELECTRONICS', 0.96, 330, 348, 204, 22], ['DESIGN', 0.96, 549, 347, 107, 22], ['ENGINEER', 0.96, 672, 347, 148, 22]]),
      line([['jbest@spectrumedix.com', 0.91, 670, 536, 331, 29]]),
    ]);
    expect(fields.company).toBe('SpectruMedix');
    // A line read that unsurely and not spelling the domain is still dropped.
    const other = extractFields([line([['Qzvbrtlkwm', 0.15, 100, 99, 839, 158]]), line([['JOHN', 0.93, 394, 298, 89, 26], ['BEST', 0.96, 546, 298, 86, 25]]), line([['jbest@spectrumedix.com', 0.91, 670, 536, 331, 29]])]);
    expect(other.fields.company).not.toContain('Qzvbrtlkwm');
  });
});

describe('a title cut short by OCR is never sure', () => {
  it('words of its line read too faintly to keep ("Attorney" of "Attorney at Law", synthetic seed 11 s2_039)', () => {
    const { fields, confidence } = extractFields([
      line([['}', 0.0, 267, 133, 35, 31], ['Falcon', 0.95, 315, 137, 82, 18], ['Analytics', 0.94, 409, 130, 122, 20]]),
      line([['Sakura', 0.96, 293, 203, 107, 27], ['Sasaki', 0.95, 410, 199, 96, 25]]),
      line([['Attorney', 0.93, 339, 239, 63, 12], ['at', 0.25, 412, 238, 13, 9], ['La', 0.25, 449, 239, 1, 5]]),
      line([['+81', 0.47, 319, 342, 44, 13], ['(0)6', 0.88, 371, 342, 29, 11], ['9796', 0.96, 407, 339, 36, 12], ['2062', 0.95, 451, 338, 35, 13]]),
      line([['1-2-4', 0.86, 271, 410, 18, 12], ['Nishiki,', 0.91, 300, 406, 62, 15], ['Kita-ku,', 0.94, 374, 405, 53, 13], ['Osaka', 0.95, 438, 404, 45, 12], ['530-0001', 0.96, 495, 402, 61, 13]]),
    ]);
    expect(fields.title).toBe('Attorney');
    expect(confidence.title).toBeLessThan(SURE_CONFIDENCE);
  });

  it('a word of its row read apart from it ("Busines" beside "Development Manager", synthetic seed 11 s2_035)', () => {
    const { fields, confidence } = extractFields([
      line([['Edna', 0.95, 302, 86, 124, 47], ["O'Connor", 0.95, 443, 93, 229, 50]]),
      line([['Busines', 0.93, 312, 150, 103, 22]]),
      line([['$', 0.92, 420, 163, 10, 12], ['Development', 0.87, 442, 160, 170, 22], ['Manager', 0.88, 625, 164, 109, 23]]),
      line([['TEL:+44-20-7946-3916', 0.89, 364, 446, 311, 29], ['FAX:+44', 0.76, 698, 451, 106, 24], ['20', 0.94, 813, 454, 31, 23], ['7946', 0.78, 851, 454, 66, 25], ['3917', 0.96, 924, 455, 61, 24]]),
      line([['Unit', 0.96, 381, 535, 58, 23], ['4,', 0.95, 447, 535, 23, 26], ['Canal', 0.8, 479, 534, 75, 25], ['Court', 0.96, 563, 536, 74, 24]]),
      line([['London', 0.94, 388, 577, 106, 24], ['E14', 0.75, 503, 577, 48, 24], ['5AB', 0.93, 560, 578, 53, 23]]),
    ]);
    expect(fields.title).toMatch(/Development Manager$/);
    expect(confidence.title).toBeLessThan(SURE_CONFIDENCE);
  });
});
