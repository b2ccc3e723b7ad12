/**
 * Cards of unseen synthetic seeds (51 and 53, the second source's clean renders), read by OCR:
 * a Russian name in small capitals read as pieces beside the e-mail on its row; a Brazilian
 * number on a card with no other sign of its country.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe('a Russian name in small capitals, the e-mail on its row (seed 51 s2_018)', () => {
  it('joins "И р ина АН тоновна Кня зева" into the name and parts the e-mail from it', () => {
    const { fields } = extractFields([
      line([["190523,", 0.96, 752, 285, 66, 17], ["Санкт-Петербург", 0.96, 826, 283, 170, 22]]),
      line([["Лиговский", 0.93, 715, 314, 108, 15], ["пр.,", 0.88, 830, 319, 34, 16], ["д.", 0.96, 871, 319, 16, 13], ["34,", 0.96, 895, 315, 24, 17], ["кори.", 0.68, 927, 319, 51, 16], ["2", 0.96, 987, 315, 8, 14]]),
      line([["т.", 0.95, 797, 350, 13, 10], ["+7", 0.96, 819, 345, 22, 15], ["(812)", 0.96, 849, 343, 46, 22], ["178-57-00", 0.96, 904, 345, 91, 16]]),
      line([["ф.", 0.90, 792, 376, 18, 22], ["+7", 0.96, 819, 377, 22, 15], ["(812)", 0.96, 849, 375, 46, 22], ["178-57-01", 0.96, 904, 377, 90, 16]]),
      line([["И", 0.79, 63, 383, 27, 35], ["р", 0.96, 98, 391, 23, 39], ["ина", 0.96, 127, 391, 78, 28], ["АН", 0.96, 220, 383, 55, 35], ["тоновна", 0.92, 280, 391, 185, 28], ["Кня", 0.91, 485, 383, 76, 35], ["зева", 0.96, 566, 391, 96, 28], ["irinaknyazeva@tekhnotreyd.ru", 0.91, 691, 403, 305, 31]]),
      line([["Генеральный", 0.96, 59, 438, 156, 24], ["директор", 0.96, 223, 444, 108, 18], ["https://www.tekhnotreyd.ru", 0.90, 721, 438, 275, 23]]),
      line([["A", 0.96, 64, 535, 76, 72], ["ТЕХНО", 0.96, 164, 556, 162, 32], ["ТРЕЙД", 0.96, 339, 549, 154, 45]]),
    ], { defaultCountry: 'RU' });
    expect(fields.name).toBe('Ирина Антоновна Князева');
    expect(fields.emails).toEqual(['irinaknyazeva@tekhnotreyd.ru']);
  });
});

describe('a number with a two-digit area code in brackets (seed 53 s2_023)', () => {
  it('is Brazilian, not an American number read across its brackets', () => {
    const { fields } = extractFields([
      line([["Elisa", 0.96, 63, 222, 81, 32], ["Franco", 0.96, 160, 223, 123, 31]]),
      line([["Attorney", 0.96, 61, 276, 110, 25], ["at", 0.95, 180, 276, 23, 20], ["Law", 0.96, 213, 276, 49, 20]]),
      line([["Horizon", 0.95, 62, 320, 124, 28], ["S.A.", 0.95, 198, 322, 60, 26]]),
      line([["Direct:", 0.96, 62, 485, 65, 18], ["(21)", 0.96, 136, 485, 37, 21], ["5658-0862", 0.96, 181, 485, 106, 18]]),
      line([["Email:", 0.93, 62, 518, 60, 17], ["elisa-f@horizon.com", 0.84, 130, 518, 205, 20]]),
    ], { defaultCountry: 'US' });
    expect(fields.phones).toEqual([{ value: '+552156580862', kind: 'work' }]);
  });
});

describe('a Russian surname alone in bigger type over the given name and patronymic (seed 53 s2_036)', () => {
  it('joins "КУЗЬМИН" to "ИПАТИЙ ИГНАТОВИЧ", a given name the lists lack', () => {
    const { fields } = extractFields([
      line([["КУЗЬМИН", 0.91, 364, 69, 241, 57]]),
      line([["ИПАТИЙ", 0.91, 364, 127, 210, 37], ["ИГНАТОВИЧ", 0.92, 589, 127, 300, 38]]),
      line([["Генеральный", 0.96, 363, 185, 192, 29], ["директор", 0.96, 563, 191, 137, 23]]),
      line([["Решения", 0.79, 362, 329, 84, 16], ["для", 0.96, 453, 328, 31, 17], ["бизнеса", 0.97, 491, 328, 74, 17]]),
      line([["Тел.:", 0.88, 363, 465, 57, 18], ["8", 0.96, 428, 465, 12, 18], ["(812)", 0.96, 448, 465, 55, 23], ["805-05-61", 0.96, 512, 464, 111, 19]]),
      line([["E-mail:", 0.93, 363, 496, 86, 19], ["ipatiykuzmin@info-grupp.ru", 0.90, 457, 496, 325, 25], ["/", 0.91, 794, 497, 10, 21], ["www.info-grupp.ru", 0.82, 816, 496, 213, 25]]),
      line([["190377,", 0.93, 365, 529, 74, 21], ["Россия,", 0.96, 446, 529, 77, 21], ["г.", 0.96, 530, 534, 12, 12], ["Санкт-Петербург", 0.96, 550, 528, 183, 22]]),
      line([["наб.", 0.95, 363, 558, 42, 18], ["реки", 0.96, 412, 564, 50, 17], ["Мойки,", 0.96, 469, 559, 78, 21], ["д.", 0.96, 552, 564, 19, 15], ["59,", 0.96, 578, 558, 28, 22], ["стр.", 0.94, 613, 564, 39, 17], ["3", 0.90, 659, 559, 11, 17]]),
    ], { defaultCountry: 'RU' });
    expect(fields.name).toBe('КУЗЬМИН ИПАТИЙ ИГНАТОВИЧ');
  });
});
