/**
 * Cards of an unseen synthetic seed (37, the second source's clean renders), read by OCR: each
 * lost or garbled a field the rules could mend, and each rule is checked on its card's lines.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { respellRussianGivenName } from '../../main/recognize/extract/names.js';
import { fixMixedScripts } from '../../main/recognize/extract/scripts.js';
import { line } from '../ocr-lines.js';

describe('a Russian name in capitals, its first word read in Latin look-alikes (s2_013)', () => {
  it('reads "®EKJIA" as ФЕКЛА: Ф as ®, Л as "JI"', () => {
    const { fields } = extractFields([
      line([["®EKJIA", 0.90, 63, 64, 171, 42], ["ДАНИЛОВНА", 0.89, 247, 73, 329, 39], ["СТЕПАНОВА", 0.96, 589, 73, 315, 33], ["al", 0.75, 918, 67, 65, 66]]),
      line([["ГЛАВНЫЙ", 0.96, 64, 123, 118, 29], ["БУХГАЛТЕР.", 0.85, 194, 130, 130, 22]]),
      line([["ОТДЕЛ", 0.96, 63, 166, 70, 26], ["ПРОДАЖ", 0.96, 143, 166, 97, 26]]),
      line([["ПАО", 0.95, 63, 314, 64, 19], ["\"ВОЛГА\"", 0.95, 137, 314, 117, 19]]),
      line([["©", 0.94, 63, 456, 18, 19], ["Mob.", 0.96, 95, 455, 48, 20], ["+7", 0.96, 152, 456, 21, 18], ["952", 0.96, 180, 456, 34, 19], ["931", 0.96, 222, 456, 31, 19], ["46", 0.96, 262, 456, 22, 19], ["96", 0.96, 292, 456, 22, 19]]),
      line([["&", 0.79, 63, 493, 18, 12], ["E-mail:", 0.93, 95, 489, 66, 19], ["f.stepanova@volga.com", 0.87, 168, 488, 233, 26], ["-", 0.71, 410, 497, 5, 4], ["©", 0.76, 424, 495, 11, 13], ["Web:", 0.93, 454, 489, 48, 19], ["www.volga.com/", 0.92, 510, 489, 172, 25]]),
      line([["+", 0.82, 63, 528, 12, 11], ["пр.", 0.93, 93, 528, 29, 19], ["Ленина,", 0.96, 129, 524, 79, 20], ["д.", 0.96, 215, 528, 19, 18], ["78", 0.96, 241, 524, 21, 17]]),
      line([["Екатеринбург,", 0.96, 63, 556, 138, 25], ["620346", 0.96, 210, 557, 65, 18]]),
    ], { defaultCountry: 'RU' });
    expect(fields.name).toBe('ФЕКЛА ДАНИЛОВНА СТЕПАНОВА');
    expect(fields.company).toBe('ПАО "ВОЛГА"');
  });
});

describe('a web address whose scheme OCR read apart from its slashes (s2_016)', () => {
  it('keeps "https: //pioneerstudio.com", read at 0.19', () => {
    const { fields } = extractFields([
      line([["Pioneer", 0.96, 131, 133, 130, 27], ["Studio", 0.96, 273, 132, 111, 28], ["LLP", 0.96, 396, 133, 67, 27]]),
      line([["Heather", 0.95, 145, 357, 135, 34], ["A.", 0.95, 288, 356, 34, 35], ["Howell", 0.96, 332, 357, 118, 34]]),
      line([["Customer", 0.96, 106, 408, 136, 23], ["Success", 0.96, 252, 408, 103, 23], ["Manager", 0.96, 364, 408, 123, 31]]),
      line([["Research", 0.93, 138, 444, 111, 21], ["&", 0.93, 258, 445, 20, 20], ["Development", 0.96, 287, 444, 169, 29]]),
      line([["5", 0.65, 164, 828, 26, 19], ["+44", 0.68, 197, 823, 36, 35], ["(0)131", 0.93, 248, 827, 70, 26], ["068", 0.96, 328, 828, 40, 20], ["8660", 0.96, 377, 828, 54, 20]]),
      line([["=", 0.63, 110, 867, 19, 14], ["h.howell@pioneerstudio.com", 0.91, 137, 864, 353, 28]]),
      line([["О", 0.68, 123, 902, 19, 18], ["https:", 0.19, 150, 900, 68, 28], ["//pioneerstudio.com", 0.19, 223, 900, 254, 28]]),
      line([["$", 0.74, 176, 942, 13, 13], ["Unit", 0.96, 199, 938, 51, 20], ["5,", 0.96, 257, 938, 19, 23], ["Canal", 0.96, 284, 938, 68, 20], ["Court", 0.96, 359, 938, 68, 20]]),
      line([["Edinburgh", 0.93, 173, 972, 126, 27], ["EH2", 0.91, 307, 973, 50, 19], ["4AN", 0.91, 365, 973, 55, 19]]),
    ], { defaultCountry: 'GB' });
    expect(fields.websites).toEqual(['https://pioneerstudio.com']);
  });
});

describe("a name beside the logo's words, an icon read as \"@\" between them (s2_034)", () => {
  it('parts the name from the logo at the "@" where the type changes', () => {
    const { fields } = extractFields([
      line([["Nicéphore", 0.92, 61, 63, 238, 49], ["Simon", 0.92, 314, 63, 143, 40], ["@", 0.91, 499, 62, 30, 61], ["HARrBoR", 0.72, 565, 79, 182, 25], ["Dynamics", 0.46, 765, 79, 223, 25]]),
      line([["Director", 0.96, 59, 131, 95, 20]]),
      line([["Marketing", 0.90, 60, 162, 115, 26], ["&", 0.90, 184, 163, 16, 19], ["Communications", 0.93, 209, 163, 196, 19]]),
      line([["Harbor", 0.95, 60, 285, 103, 22], ["Dynamics", 0.95, 173, 284, 144, 30], ["SARL", 0.96, 328, 286, 72, 21]]),
      line([["@", 0.89, 58, 408, 23, 22], ["MOB:06.40.11.68.75", 0.85, 92, 408, 243, 20]]),
      line([["@", 0.92, 58, 443, 23, 22], ["EMAIL:nicephore-s@harbordynamics.com", 0.91, 91, 442, 510, 26]]),
      line([["@", 0.87, 58, 477, 23, 22], ["WEB:www.harbordynamics.com", 0.91, 89, 476, 388, 27]]),
      line([["@", 0.90, 58, 512, 22, 22], ["79,", 0.95, 89, 511, 32, 22], ["boulevard", 0.96, 131, 510, 114, 20], ["Haussmann", 0.95, 256, 512, 135, 18]]),
      line([["75002", 0.96, 59, 544, 70, 18], ["Paris", 0.96, 139, 544, 54, 18]]),
    ], { defaultCountry: 'FR' });
    expect(fields.name).toBe('Nicéphore Simon');
    expect(fields.company).toBe('Harbor Dynamics SARL');
    expect(fields.emails).toEqual(['nicephore-s@harbordynamics.com']);
  });
});

describe("a wordmark whose second word lost its first letter (s2_038)", () => {
  it('drops the logo\'s bars after a bar and gives "ogistics" its l from the domain', () => {
    const { fields } = extractFields([
      line([["|", 0.69, 61, 64, 17, 42], ["il", 0.43, 86, 37, 41, 69], ["copperleaf", 0.92, 154, 54, 233, 43]]),
      line([["ogistics", 0.92, 415, 55, 164, 42]]),
      line([["Yuki", 0.96, 55, 179, 89, 35], ["Sasaki", 0.96, 160, 178, 141, 36]]),
      line([["TEL:052-521-4102", 0.91, 808, 179, 187, 19]]),
      line([["FAX:+81", 0.86, 769, 211, 84, 18], ["52", 0.96, 865, 211, 25, 18], ["521", 0.95, 898, 211, 34, 18], ["4103", 0.96, 943, 211, 52, 18]]),
      line([["Corporate", 0.95, 55, 231, 113, 21], ["Planning", 0.96, 176, 231, 93, 22], ["Dept.", 0.53, 278, 231, 56, 21]]),
      line([["E-mail:yuki_sasaki@copperleaflogistics.co.jp", 0.32, 497, 242, 498, 23]]),
      line([["URL:www.copperleaflogistics.co.jp", 0.81, 604, 273, 391, 23]]),
      line([["lidabashi", 0.91, 495, 305, 97, 17], ["Grand", 0.96, 600, 305, 69, 17], ["Bloom", 0.96, 678, 305, 66, 17], ["Bldg.", 0.12, 753, 305, 51, 22], ["16F,", 0.92, 816, 305, 36, 18], ["2-16-8", 0.93, 860, 305, 64, 17], ["Nishiki", 0.96, 932, 305, 62, 17]]),
      line([["Naka-ku,", 0.96, 618, 334, 95, 19], ["Nagoya", 0.95, 722, 334, 87, 23], ["460-0003,", 0.96, 816, 334, 101, 19], ["Japan", 0.96, 924, 334, 71, 22]]),
    ], { defaultCountry: 'JP' });
    expect(fields.company).toBe('copperleaf logistics');
  });
});

describe('a fax label run into its icon\'s word (s2_025)', () => {
  it('reads "FAXF ax:" as a fax', () => {
    const { fields } = extractFields([
      line([["Ricardo", 0.96, 538, 56, 128, 34], ["Moraes", 0.96, 679, 58, 125, 32]]),
      line([["Marketing", 0.96, 538, 106, 108, 21], ["Director", 0.96, 656, 105, 85, 17]]),
      line([["Research", 0.93, 538, 129, 86, 15], ["&", 0.93, 632, 129, 12, 15], ["Development", 0.89, 652, 129, 127, 19]]),
      line([["+", 0.95, 537, 388, 9, 9], ["Rua", 0.94, 561, 383, 35, 15], ["da", 0.93, 603, 383, 25, 15], ["Assembleia,", 0.90, 635, 383, 115, 18], ["83", 0.93, 757, 383, 21, 15], ["-", 0.93, 785, 392, 6, 2], ["sala", 0.96, 798, 383, 39, 15], ["1101", 0.95, 844, 383, 30, 15]]),
      line([["Centro,", 0.95, 537, 409, 69, 18], ["Rio", 0.96, 614, 409, 28, 15], ["de", 0.96, 649, 409, 24, 15], ["Janeiro", 0.93, 680, 409, 73, 15], ["-", 0.91, 760, 418, 6, 2], ["RJ,", 0.93, 774, 409, 25, 18], ["20011-901", 0.88, 806, 409, 80, 15]]),
      line([["®Telefone:", 0.74, 537, 434, 114, 16], ["(21)", 0.96, 658, 434, 28, 21], ["2311-0806", 0.96, 694, 434, 91, 16]]),
      line([["©", 0.93, 537, 462, 14, 15], ["Celular:", 0.95, 562, 460, 78, 16], ["+55", 0.96, 647, 460, 35, 16], ["21", 0.75, 690, 460, 16, 16], ["94980", 0.75, 714, 460, 57, 16], ["1113", 0.95, 779, 460, 32, 16]]),
      line([["FAXF", 0.84, 538, 487, 35, 16], ["ax:", 0.89, 574, 492, 27, 11], ["(21)", 0.96, 608, 487, 28, 21], ["2311-0807", 0.95, 644, 487, 90, 16]]),
      line([["я", 0.67, 537, 517, 14, 10], ["E-mail:", 0.93, 563, 513, 67, 16], ["ricardo@bluefieldengineering.com.or", 0.78, 638, 513, 387, 21]]),
      line([["о", 0.77, 537, 545, 9, 11], ["Site:", 0.93, 562, 540, 42, 16], ["bluefieldengineering.com.or", 0.76, 612, 540, 289, 21]]),
    ], { defaultCountry: 'BR' });
    expect(fields.phones).toEqual([
      { value: '+552123110806', kind: 'work' },
      { value: '+5521949801113', kind: 'mobile' },
      { value: '+552123110807', kind: 'fax' },
    ]);
  });
});

describe('a Russian address, postcode and city over the street, a speck between them (s2_001)', () => {
  it('joins the street: a speck 4 px high is no line between them', () => {
    const { fields } = extractFields([
      line([["А", 0.68, 75, 55, 17, 55], ["тел.", 0.96, 722, 59, 51, 15], ["8", 0.96, 784, 54, 13, 20], ["(499)", 0.96, 807, 54, 60, 26], ["501-90-65", 0.96, 877, 54, 122, 21]]),
      line([["e-mail:", 0.93, 606, 90, 86, 20], ["mokey_subbotin@alfa.ru", 0.90, 703, 89, 295, 26]]),
      line([["AO", 0.95, 52, 133, 47, 26], ["«Альфа»", 0.96, 112, 134, 144, 32], ["115873,", 0.96, 812, 127, 90, 23], ["Москва", 0.96, 913, 127, 87, 20]]),
      line([["Логистика", 0.92, 51, 183, 108, 18], ["без", 0.96, 168, 182, 34, 19], ["границ", 0.96, 211, 188, 73, 17], ["ул.", 0.88, 712, 167, 25, 19], ["Новый", 0.93, 755, 161, 77, 20], ["Арбат,", 0.94, 842, 160, 76, 26], ["д.", 0.94, 927, 167, 14, 16], ["113", 0.89, 959, 161, 40, 20]]),
      line([["В", 0.55, 741, 177, 3, 4], ["i", 0.69, 823, 161, 8, 4], [".", 0.76, 944, 177, 3, 4], ["11", 0.95, 974, 161, 7, 19]]),
      line([["Субботин", 0.92, 53, 416, 318, 60], ["Мокей", 0.92, 409, 422, 197, 43]]),
      line([["Валерьянович", 0.90, 55, 486, 486, 54]]),
      line([["Служба", 0.95, 52, 547, 92, 26], ["технической", 0.96, 153, 548, 146, 20], ["поддержки", 0.96, 310, 553, 128, 20]]),
    ], { defaultCountry: 'RU' });
    expect(fields.address).toBe('115873, Москва, ул. Новый Арбат, д. 113');
  });
});

describe('a patronymic with one letter read as its look-alike (s2_030)', () => {
  it('spells "Богоановна" as Богдановна, never sure', () => {
    const { fields, confidence } = extractFields([
      line([["o", 0.34, 493, 72, 65, 65]]),
      line([["Семенова", 0.96, 331, 172, 381, 50]]),
      line([["Оксана", 0.93, 123, 241, 285, 50], ["Богоановна", 0.85, 452, 242, 468, 62]]),
      line([["Руководитель", 0.96, 349, 316, 217, 31], ["проекта", 0.96, 579, 322, 123, 25]]),
      line([["@", 0.93, 364, 407, 15, 35], ["Tel.", 0.96, 400, 411, 40, 21], ["+7", 0.96, 451, 412, 28, 20], ["(499)", 0.96, 489, 412, 61, 24], ["788-88-82", 0.96, 559, 412, 124, 20]]),
      line([["@", 0.83, 356, 448, 23, 23], ["Mob.", 0.95, 391, 448, 60, 20], ["+7", 0.96, 462, 449, 28, 19], ["(968)", 0.96, 500, 448, 61, 25], ["688-74-22", 0.96, 570, 448, 124, 20]]),
      line([["@", 0.91, 222, 484, 24, 24], ["E-mail:", 0.93, 258, 483, 80, 21], ["oksana_semenova@severlogistik.com", 0.90, 349, 483, 478, 27]]),
      line([["W", 0.75, 363, 520, 23, 23], ["Web:", 0.93, 396, 519, 61, 20], ["severlogistik.com", 0.91, 468, 518, 218, 28]]),
      line([["©", 0.74, 355, 555, 21, 22], ["115020,", 0.96, 387, 555, 88, 21], ["Россия,", 0.96, 486, 555, 87, 21], ["г.", 0.96, 584, 559, 13, 14], ["Москва", 0.96, 607, 555, 88, 18]]),
      line([["ул.", 0.96, 385, 592, 32, 19], ["Профсоюзная,", 0.95, 427, 586, 174, 25], ["д.", 0.96, 610, 592, 19, 18], ["80", 0.96, 639, 587, 26, 18]]),
    ], { defaultCountry: 'RU' });
    expect(fields.name).toBe('Семенова Оксана Богдановна');
    expect(confidence.name ?? 0).toBeLessThan(0.8);
  });
});

describe('the mends leave alone', () => {
  it('Latin words with "JI" in them outside a Cyrillic line, and quoted Cyrillic ones', () => {
    expect(fixMixedScripts('JIM BEAM')).toBe('JIM BEAM');
    expect(fixMixedScripts('ПАО "BOJIГА"')).toBe('ПАО "ВОЛГА"');
  });

  it('a patronymic of a name the lists lack, a letter off a listed one but not by a look-alike', () => {
    expect(respellRussianGivenName('Владимир Давидович МИРОНОВ')).toBe('Владимир Давидович МИРОНОВ');
    expect(respellRussianGivenName('Мухин Казимир Аксёнович')).toBe('Мухин Казимир Аксёнович');
  });
});
