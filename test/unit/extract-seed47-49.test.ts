/**
 * Cards of unseen synthetic seeds (47 and 49, the second source's clean renders), read by OCR.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe('names', () => {
  it("a logo repeating the company's words is no name; the mailbox gives the spaced name OCR read in pieces (seed 47 s2_018)", () => {
    const { fields, confidence } = extractFields([
      line([["So", 0.45, 55, 34, 70, 84], ["Mekong", 0.96, 156, 53, 195, 47], ["Works", 0.96, 372, 53, 150, 37], ["Mekong", 0.96, 701, 61, 125, 33], ["Works", 0.96, 835, 61, 98, 27], ["SAS", 0.96, 943, 62, 56, 26]]),
      line([["Art", 0.96, 50, 263, 41, 21], ["Director", 0.96, 100, 262, 104, 22], ["Web", 0.93, 624, 255, 48, 18], ["https://www.mekong-works.fr", 0.92, 680, 255, 320, 23]]),
      line([["M", 0.92, 55, 190, 47, 42], ["a", 0.96, 109, 200, 26, 32], ["rcea", 0.89, 141, 200, 106, 32], ["Ч", 0.61, 253, 200, 28, 32], ["Ph", 0.96, 302, 187, 62, 45], ["i", 0.89, 370, 187, 10, 45], ["|", 0.87, 386, 187, 9, 45], ["i", 0.92, 401, 187, 10, 45], ["p", 0.92, 418, 200, 28, 42], ["pe", 0.96, 452, 200, 61, 42]]),
      line([["Email", 0.92, 542, 221, 57, 18], ["marceau_philippe@mekong-works.fr", 0.91, 608, 221, 390, 23]]),
    ], { defaultCountry: 'FR' });
    expect(fields.name).toBe('Marceau Philippe');
    expect(confidence.name ?? 0).toBeLessThan(0.9);
    expect(fields.company).toBe('Mekong Works SAS');
  });

  it('a surname beside the name on its row, read as a line of its own (seed 49 s2_018)', () => {
    const { fields } = extractFields([
      line([["©", 0.96, 341, 58, 60, 61], ["БАЙКАЛ-ИНВЕСТ", 0.91, 421, 68, 290, 33]]),
      line([["ООО", 0.92, 352, 142, 78, 25], ["«Байкал-Инвест»", 0.91, 440, 142, 259, 25]]),
      line([["Мария", 0.96, 40, 211, 215, 61], ["Геннадиевна", 0.96, 294, 211, 441, 52]]),
      line([["Белова", 0.96, 769, 211, 235, 45]]),
      line([["Юрист", 0.96, 479, 283, 94, 29]]),
      line([["85", 0.40, 389, 374, 23, 32], ["Тел.:", 0.51, 418, 374, 52, 32], ["+7-495-304-91-91", 0.91, 479, 378, 184, 19]]),
      line([["©", 0.93, 391, 412, 18, 18], ["Моб.:", 0.87, 416, 412, 59, 18], ["8", 0.96, 484, 412, 11, 18], ["(958)", 0.96, 503, 411, 52, 24], ["902-99-64", 0.96, 563, 412, 103, 18]]),
      line([["=", 0.52, 329, 447, 17, 12], ["E-mail:", 0.93, 355, 444, 79, 18], ["mariya@baykalinvest.com", 0.91, 442, 444, 287, 25]]),
      line([["O", 0.89, 422, 478, 17, 17], ["baykalinvest.com", 0.89, 446, 477, 190, 26]]),
      line([["+", 0.70, 329, 515, 10, 10], ["Ленинградский", 0.96, 349, 511, 177, 23], ["пр-т,", 0.96, 534, 516, 51, 18], ["д.", 0.96, 592, 516, 18, 14], ["44,", 0.95, 618, 511, 29, 20], ["оф.", 0.96, 654, 511, 35, 23], ["837", 0.96, 697, 511, 35, 18]]),
      line([["Москва,", 0.96, 443, 542, 87, 21], ["101157", 0.96, 538, 542, 71, 18]]),
      line([["Логистика", 0.93, 422, 602, 103, 16], ["без", 0.96, 533, 603, 26, 15], ["границ", 0.70, 566, 607, 62, 17]]),
    ], { defaultCountry: 'RU' });
    expect(fields.name).toBe('Мария Геннадиевна Белова');
  });
});

describe('e-mail and web addresses', () => {
  it('an accented initial is its letter in the mailbox, not an icon read into it (seed 47 s2_004: ÉLODIE, elodie@)', () => {
    const { fields } = extractFields([
      line([["©", 0.84, 54, 55, 48, 48]]),
      line([["ÉLODIE", 0.96, 56, 212, 161, 46], ["MENARD", 0.96, 235, 223, 203, 34]]),
      line([["Director", 0.96, 52, 274, 118, 23]]),
      line([["Brightwater", 0.96, 53, 318, 198, 36], ["Foods", 0.95, 261, 318, 97, 27], ["SAS", 0.96, 371, 318, 68, 27]]),
      line([["Phone:", 0.96, 53, 447, 76, 18], ["+33", 0.93, 137, 447, 38, 18], ["(0)1", 0.92, 183, 447, 38, 23], ["45", 0.96, 229, 447, 24, 18], ["56", 0.95, 260, 447, 24, 18], ["95", 0.95, 291, 447, 24, 18], ["23", 0.93, 322, 447, 24, 18]]),
      line([["Email:", 0.92, 53, 479, 70, 19], ["elodie@brightwaterfoods.com", 0.91, 130, 479, 324, 25]]),
      line([["URL:", 0.96, 52, 513, 57, 17], ["https:", 0.91, 116, 512, 62, 25], ["//brightwaterfoods.com", 0.91, 182, 512, 263, 25]]),
    ], { defaultCountry: 'FR' });
    expect(fields.emails).toEqual(['elodie@brightwaterfoods.com']);
  });

  it("a country's ending with its first letter read twice (seed 47 s2_017: evergreen.co.jjp)", () => {
    const { fields } = extractFields([
      line([["Evergreen", 0.90, 238, 66, 143, 29], ["K.K.", 0.90, 393, 66, 50, 22]]),
      line([["Tomoko", 0.96, 22, 411, 254, 43], ["Watanabe", 0.95, 308, 411, 342, 43]]),
      line([["Financial", 0.96, 216, 480, 131, 24], ["Analyst", 0.96, 358, 480, 109, 30]]),
      line([["Overseas", 0.96, 160, 516, 129, 23], ["Business", 0.96, 300, 516, 109, 23], ["Division", 0.96, 420, 516, 101, 23]]),
      line([["MOBILE", 0.96, 140, 862, 90, 20], ["+81", 0.93, 240, 861, 39, 21], ["(0)70", 0.91, 292, 861, 61, 24], ["7711", 0.96, 362, 862, 52, 20], ["1856", 0.96, 430, 861, 54, 21]]),
      line([["URL", 0.93, 140, 896, 43, 20], ["http://www.evergreen.co.jjp", 0.42, 192, 896, 350, 26]]),
      line([["3F,", 0.92, 138, 929, 30, 21], ["4-20-29", 0.96, 175, 929, 86, 20], ["Umeda", 0.96, 270, 929, 88, 20]]),
      line([["Kita-ku,", 0.96, 139, 962, 86, 21], ["Osaka", 0.95, 233, 962, 76, 19], ["530-0001", 0.95, 318, 962, 100, 19]]),
    ], { defaultCountry: 'JP' });
    expect(fields.websites).toEqual(['http://www.evergreen.co.jp']);
  });
});

describe('company and department', () => {
  it("the logo's word read before the same word of the name (seed 49 s2_003: \"Nova Nova LLP\" beside nova.uk)", () => {
    const { fields } = extractFields([
      line([["ul", 0.32, 61, 49, 38, 38], ["Nova", 0.96, 112, 60, 55, 19], ["Nova", 0.93, 187, 59, 57, 19], ["LLP", 0.93, 252, 59, 32, 18]]),
      line([["CANDICE", 0.92, 312, 178, 196, 35], ["D'ANGELO", 0.91, 525, 178, 213, 35]]),
      line([["СТО", 0.85, 502, 231, 48, 19]]),
      line([["BT", 0.93, 59, 455, 32, 16], ["+44", 0.93, 97, 455, 33, 16], ["131", 0.95, 139, 455, 27, 16], ["632", 0.94, 175, 455, 32, 16], ["8600", 0.96, 214, 455, 43, 16]]),
      line([["©", 0.93, 58, 482, 16, 15], ["M07929", 0.84, 84, 481, 77, 16], ["544061", 0.95, 167, 481, 62, 16]]),
      line([["я", 0.61, 59, 511, 14, 11], ["E", 0.53, 84, 509, 8, 15], ["cdangelo@nova.uk", 0.53, 99, 508, 189, 20]]),
      line([["O", 0.88, 60, 537, 15, 14], ["Wnova.uk", 0.89, 83, 536, 99, 16]]),
      line([["+", 0.91, 58, 566, 10, 9], ["95", 0.93, 81, 561, 21, 16], ["Albion", 0.93, 107, 561, 58, 16], ["Street", 0.96, 171, 561, 52, 16]]),
      line([["Edinburgh", 0.96, 59, 586, 90, 19]]),
      line([["EH2", 0.90, 59, 610, 32, 15], ["4AN", 0.93, 96, 611, 38, 14]]),
    ], { defaultCountry: 'GB' });
    expect(fields.company).toBe('Nova LLP');
  });

  it("a firm's function with no post in it is a department, not a title (seed 49 s2_008: GLOBAL BUSINESS DEVELOPMENT)", () => {
    const { fields } = extractFields([
      line([["PROF.", 0.96, 354, 55, 115, 30], ["DR.", 0.95, 485, 56, 66, 29], ["CHET", 0.94, 567, 55, 114, 30], ["KUTCH", 0.95, 694, 55, 150, 30]]),
      line([["GLOBAL", 0.96, 354, 100, 60, 14], ["BUSINESS", 0.96, 420, 100, 75, 14], ["DEVELOPMENT", 0.96, 501, 100, 114, 14]]),
      line([["HORIZON", 0.96, 12, 289, 155, 23], ["DESIGN", 0.96, 179, 289, 123, 23]]),
      line([["TEL:020", 0.93, 354, 452, 64, 15], ["7946", 0.96, 424, 452, 38, 15], ["1635", 0.96, 468, 452, 38, 15]]),
      line([["MoOB:+44", 0.30, 354, 479, 72, 15], ["(0)7407", 0.86, 432, 478, 61, 21], ["755031", 0.96, 498, 479, 56, 15]]),
      line([["EMAIL:chetkutch@horizondesign.co.uk", 0.64, 354, 505, 309, 20]]),
      line([["WEB:http://www.horizondesign.co.uk", 0.34, 354, 532, 292, 19]]),
    ], { defaultCountry: 'GB' });
    expect(fields.title).toBe('');
    expect(fields.department).toBe('GLOBAL BUSINESS DEVELOPMENT');
    expect(fields.name).toBe('CHET KUTCH');
  });

  it('a web address run on into the company\'s line is cut off', () => {
    const { fields } = extractFields([
      line([["HORIZON", 0.9, 60, 60, 200, 40], ["VENTURES", 0.9, 280, 60, 220, 40], ["WURLwww.horizonventures.jp", 0.6, 520, 60, 300, 30]]),
      line([["Daisuke", 0.95, 85, 171, 184, 40], ["Yoshida", 0.95, 283, 171, 186, 40]]),
      line([["MAIL", 0.92, 593, 458, 60, 18], ["yoshida@horizonventures.jp", 0.88, 660, 456, 325, 26]]),
    ], { defaultCountry: 'JP' });
    expect(fields.company).toBe('HORIZON VENTURES');
  });
});
