/**
 * Cards of an unseen synthetic seed (41, the second source's clean renders), read by OCR: an
 * e-mail's initial read as a capital I, a Russian address under a label, a logo's "@" between a
 * name and the logo's words, a web address under its label with its dot lost.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe("an e-mail's initial read as a capital I (s2_021: \"Itarasova@\" beside Тарасова Лукия)", () => {
  it("is the given name's initial, wherever the name prints the given name", () => {
    const { fields } = extractFields([
      line([["©", 0.94, 315, 48, 52, 52], ["ООО", 0.95, 387, 65, 80, 24], ["«Спектр", 0.95, 480, 65, 138, 31], ["Софт»", 0.95, 629, 64, 107, 32]]),
      line([["Качество", 0.96, 382, 109, 91, 16], ["без", 0.96, 481, 108, 31, 18], ["компромиссов", 0.96, 521, 114, 150, 17]]),
      line([["Тарасова", 0.93, 166, 198, 247, 51], ["Лукия", 0.92, 428, 198, 161, 51], ["Наумовна", 0.96, 613, 198, 272, 50]]),
      line([["Юрист", 0.96, 484, 261, 83, 27]]),
      line([["Мобильный:", 0.96, 57, 417, 166, 23], ["8", 0.96, 225, 413, 13, 37], ["(930)", 0.93, 256, 417, 60, 28], ["019-15-13", 0.96, 326, 420, 119, 20]]),
      line([["Эл.", 0.96, 56, 459, 39, 22], ["почта:", 0.93, 108, 466, 80, 15], ["Itarasova@spektrsoft.ru", 0.83, 199, 458, 302, 29]]),
      line([["Сайт:", 0.92, 56, 500, 72, 21], ["https://spektrsoft.ru", 0.90, 139, 499, 249, 29]]),
      line([["Адрес:", 0.96, 56, 540, 78, 26], ["630924,", 0.96, 144, 541, 85, 22], ["г.", 0.96, 240, 546, 14, 13], ["Новосибирск,", 0.96, 265, 539, 168, 27], ["Красный", 0.96, 444, 540, 107, 26], ["пр-т,", 0.96, 564, 546, 57, 20], ["д.", 0.96, 630, 546, 19, 17], ["97,", 0.96, 659, 541, 31, 22], ["стр.", 0.96, 699, 546, 45, 20], ["3,", 0.96, 754, 541, 17, 22], ["оф.", 0.96, 781, 539, 39, 27], ["39", 0.96, 830, 541, 24, 19]]),
    ], { defaultCountry: 'RU' });
    expect(fields.emails).toEqual(['ltarasova@spektrsoft.ru']);
  });
});

describe('a Russian address opening with its label, postcode and country (s2_004)', () => {
  it('runs on to the city and the street, the city\'s "г." read as "т."', () => {
    const { fields } = extractFields([
      line([["©", 0.67, 59, 59, 58, 58], ["гранит-медиа", 0.92, 136, 81, 243, 26]]),
      line([["ООО", 0.91, 57, 140, 56, 18], ["'Гранит-Медиа\"", 0.26, 119, 140, 176, 24]]),
      line([["КОШЕЛЕВА", 0.92, 213, 455, 215, 28]]),
      line([["ЕВПРАКСИЯ", 0.91, 57, 497, 224, 28], ["ФИЛИППОВНА", 0.92, 291, 497, 292, 28]]),
      line([["Ведущий", 0.96, 233, 541, 73, 18], ["специалист", 0.95, 312, 545, 95, 10]]),
      line([["Телефон:", 0.95, 56, 847, 69, 17], ["8", 0.96, 130, 847, 8, 13], ["(812)", 0.96, 143, 847, 35, 16], ["961-97-60", 0.92, 183, 847, 70, 13]]),
      line([["Мобильный:", 0.93, 57, 870, 94, 13], ["+7-953-131-46-88", 0.84, 157, 870, 124, 13]]),
      line([["Сайт:", 0.92, 57, 892, 40, 13], ["https://www.granitmedia.ru", 0.73, 103, 892, 215, 17]]),
      line([["Адрес:", 0.55, 56, 914, 47, 15], ["190416,", 0.88, 109, 914, 49, 13], ["Россия", 0.93, 163, 914, 48, 12]]),
      line([["т.", 0.80, 56, 938, 8, 8], ["Санкт-Петербург", 0.93, 69, 934, 126, 17]]),
      line([["наб.", 0.95, 56, 955, 29, 11], ["реки", 0.96, 90, 958, 34, 12], ["Мойки", 0.96, 129, 954, 50, 13]]),
      line([["д.74,", 0.76, 56, 975, 36, 14], ["корп.4", 0.91, 97, 976, 50, 15]]),
    ], { defaultCountry: 'RU' });
    expect(fields.address).toBe('190416, Россия, г. Санкт-Петербург, наб. реки Мойки, д. 74, корп. 4');
  });
});

describe('a name and the logo\'s words on one row, the logo\'s "@" between them (s2_015)', () => {
  it('parts them: "CAROL FUNK @ FALCON NETWORKS"', () => {
    const { fields } = extractFields([
      line([["CAROL", 0.95, 61, 63, 179, 36], ["FUNK", 0.96, 255, 64, 145, 35], ["@", 0.76, 477, 62, 66, 66], ["FALCON", 0.96, 563, 75, 169, 29], ["NETWORKS", 0.95, 746, 75, 243, 29]]),
      line([["SALES", 0.95, 60, 120, 77, 20], ["MANAGER", 0.95, 144, 120, 136, 20]]),
      line([["FALCON", 0.96, 60, 246, 121, 21], ["NETWORKS", 0.96, 190, 246, 175, 21], ["LLP", 0.96, 374, 246, 52, 20]]),
      line([["Phone:", 0.96, 60, 371, 83, 20], ["0131", 0.96, 152, 371, 51, 20], ["726", 0.95, 213, 371, 39, 20], ["6982", 0.96, 260, 371, 53, 20]]),
      line([["Email:", 0.93, 60, 406, 76, 20], ["funk.c@falconnetworks.co.uk", 0.91, 145, 405, 347, 21]]),
      line([["30", 0.96, 59, 442, 25, 19], ["HANOVER", 0.96, 92, 441, 134, 20], ["SQUARE", 0.96, 232, 441, 104, 24]]),
      line([["EDINBURGH", 0.96, 59, 475, 159, 20]]),
      line([["EH2", 0.87, 59, 511, 50, 18], ["4AN", 0.69, 116, 511, 55, 19]]),
    ], { defaultCountry: 'GB' });
    expect(fields.name).toBe('CAROL FUNK');
    expect(fields.company).toBe('FALCON NETWORKS LLP');
  });

  it('keeps an e-mail whole whose "@" OCR boxed taller than its halves (seed 25 s2_031)', () => {
    const { fields } = extractFields([
      line([["=E", 0.80, 602, 66, 21, 15], ["beranger_dumont", 0.67, 646, 63, 235, 24], ["@", 0.67, 867, 59, 17, 32], ["nova.com", 0.89, 892, 67, 117, 12]]),
      line([["Béranger", 0.93, 60, 300, 200, 40], ["Dumont", 0.93, 280, 300, 170, 40]]),
    ], { defaultCountry: 'FR' });
    expect(fields.emails).toEqual(['beranger_dumont@nova.com']);
  });
});

describe('a web address under its label, its dot lost (s2_002: "URL:harborjp")', () => {
  it("is the e-mail's domain, never sure", () => {
    const { fields, confidence } = extractFields([
      line([["Sakura", 0.94, 70, 79, 179, 47], ["Watanabe", 0.96, 268, 79, 276, 47]]),
      line([["Research", 0.96, 71, 147, 132, 24], ["Scientist", 0.96, 217, 147, 124, 24]]),
      line([["Research", 0.93, 71, 185, 119, 22], ["&", 0.93, 202, 186, 18, 21], ["Development", 0.95, 233, 185, 180, 28]]),
      line([["Harbor", 0.96, 71, 315, 125, 28], ["Co.,Ltd.", 0.95, 209, 315, 132, 32]]),
      line([["TEL:03-3597-1579", 0.91, 68, 448, 223, 20]]),
      line([["E-mail:watanabe.s@harborjp", 0.91, 70, 483, 367, 27]]),
      line([["URL:harborjp", 0.62, 70, 518, 169, 28]]),
      line([["3-12-23", 0.96, 69, 555, 85, 18], ["Nishiki", 0.96, 164, 554, 75, 19]]),
      line([["Shibuya-ku,", 0.96, 69, 586, 134, 25], ["Tokyo", 0.96, 212, 586, 67, 25], ["150-0002", 0.96, 289, 587, 105, 18]]),
    ], { defaultCountry: 'JP' });
    expect(fields.websites).toEqual(['harbor.jp']);
    expect(confidence.websites ?? 0).toBeLessThan(0.8);
  });
});
