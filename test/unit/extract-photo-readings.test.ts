/**
 * Synthetic photos of the second source, as OCR read them: seed 35 s2_030, a portrait card read
 * as one block per half after tesseract's layout analysis called each half an empty page
 * (ocr-pool.ts), the П of ПАО read as a Latin T and the opening quote lost; seed 23 s2_031, a
 * Brazilian postcode read in two pieces; seed 63 s2_003, an e-mail line cut before its
 * mailbox's last letter; seed 65 s2_029, a name line read twice over.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

describe('ПАО read in Latin look-alikes', () => {
  it('"TAO Гранит”" before a Cyrillic name is ПАО, and the line is the company', () => {
    const { fields } = extractFields(
      [
        line([["@", 0.31, 256, 49, 55, 55]]),
        line([["TAO", 0.78, 171, 123, 71, 25], ["Гранит”", 0.25, 252, 124, 146, 31]]),
        line([["ЛАВРЕНТЬЕВ", 0.95, 114, 354, 344, 48]]),
        line([["_", 0.64, 0, 445, 1, 26], ["Исай", 0.90, 95, 409, 110, 41], ["Антипович", 0.88, 221, 415, 259, 45]]),
        line([["th", 0.65, 159, 462, 28, 42], ["UDA", 0.24, 194, 467, 87, 24], ["икахмер", 0.00, 291, 477, 118, 23]]),
        line([["ven.", 0.44, 141, 891, 57, 26], ["*7", 0.90, 216, 896, 24, 18], ["499", 0.73, 254, 891, 39, 42], ["263", 0.93, 303, 891, 42, 42], ["06", 0.83, 359, 891, 25, 42], ["54", 0.93, 397, 891, 30, 42]]),
        line([["Omall:", 0.00, 109, 917, 89, 56], ["теме", 0.07, 207, 926, 252, 40], ["grant", 0.00, 342, 917, 80, 56], ["ry", 0.75, 431, 917, 33, 56]]),
        line([["Wee", 0.17, 158, 958, 61, 43], ["www", 0.73, 240, 958, 51, 43], ["grant", 0.50, 304, 958, 66, 43], ["ry", 0.80, 380, 958, 33, 43]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.company).toBe('ПАО Гранит');
    expect(fields.name).toBe('ЛАВРЕНТЬЕВ Исай Антипович');
    expect(fields.phones.map((p) => p.value)).toEqual(['+74992630654']);
  });

  it('a Latin "TAO" before a Latin word is left alone', () => {
    const { fields } = extractFields(
      [
        line([["TAO", 0.95, 100, 100, 90, 40], ["Group", 0.95, 200, 100, 150, 40]]),
        line([["Jane", 0.95, 100, 300, 120, 50], ["Doe", 0.95, 240, 300, 100, 50]]),
        line([["jane@taogroup.com", 0.95, 100, 500, 400, 25]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.company).not.toMatch(/ПАО/);
  });
});

describe('a Brazilian postcode read in two pieces', () => {
  it('"SP, 01 310-293", both pieces read unsurely, is one postcode (seed 23 s2_031)', () => {
    const { fields } = extractFields(
      [
        line([["CÉLIA", 0.96, 41, 35, 240, 68], ["ALBUQUERQUE", 0.95, 318, 56, 610, 58]]),
        line([["RESEARCH", 0.96, 41, 127, 154, 27], ["SCIENTIST", 0.96, 203, 129, 147, 24]]),
        line([["OVERSEAS", 0.93, 40, 164, 137, 22], ["BUSINESS", 0.96, 184, 164, 122, 22], ["DIVISION", 0.96, 313, 165, 115, 21]]),
        line([["@", 0.92, 761, 388, 28, 26], ["(11)", 0.91, 800, 388, 51, 21], ["2876-1593", 0.93, 862, 387, 132, 23]]),
        line([["@", 0.69, 542, 428, 29, 28], ["celia-a@brightwaterboldings.com", 0.62, 581, 429, 414, 29]]),
        line([["©", 0.85, 564, 470, 28, 28], ["hntps://brightwaterholdings.com", 0.00, 603, 471, 392, 29]]),
        line([["©", 0.51, 627, 512, 27, 26], ["Av.", 0.95, 668, 514, 23, 19], ["Paulista,", 0.79, 713, 513, 94, 21], ["864", 0.92, 818, 514, 41, 18], ["-", 0.91, 870, 525, 6, 2], ["14°", 0.72, 891, 513, 33, 19], ["andar", 0.92, 933, 514, 62, 19]]),
        line([["©", 0.47, 44, 522, 60, 59], ["Bela", 0.96, 548, 553, 49, 20], ["Vista,", 0.92, 607, 552, 65, 22], ["Sio", 0.18, 683, 553, 40, 20], ["Paulo", 0.88, 733, 552, 63, 21], ["-", 0.92, 799, 548, 12, 34], ["SP,", 0.69, 823, 552, 36, 22], ["01", 0.18, 869, 553, 24, 20], ["310-293", 0.18, 904, 552, 91, 22]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.address).toBe('Av. Paulista, 864 - 14° andar, Bela Vista, Sio Paulo - SP, 01310-293');
    expect(fields.phones.map((p) => p.value)).toEqual(['+551128761593']);
  });
});

describe('readings that are never sure', () => {
  it('a mailbox of one character, the end of one cut off (seed 63 s2_003, "E-mail: ver" | "a@stroysoft.com")', () => {
    const { fields, confidence } = extractFields(
      [
        line([["Вера", 0.91, 32, 445, 135, 61], ["Григорьева", 0.96, 185, 445, 326, 60]]),
        line([["Архитектор", 0.96, 188, 518, 170, 29]]),
        line([["a@stroysoft.com", 0.92, 177, 902, 214, 30]]),
        line([["E-mail:", 0.95, 35, 906, 81, 21], ["ver", 0.96, 135, 910, 40, 15]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.emails).toEqual(['a@stroysoft.com']);
    expect(confidence.emails).toBeLessThan(SURE_CONFIDENCE);
  });

  it('a name with a word twice over, a line read twice (seed 65 s2_029: "Beaulah Bode Bode" for Beaulah D. Bode)', () => {
    const { fields, confidence } = extractFields(
      [
        line([["harbor", 0.95, 159, 158, 52, 17], ["holdings", 0.91, 217, 147, 67, 22], ["Harbor", 0.91, 296, 142, 54, 21], ["Holdings,", 0.93, 355, 124, 74, 42], ["Inc", 0.96, 436, 129, 22, 17], ["ь", 0.00, 848, 84, 4, 4]]),
        line([["Beaulah", 0.91, 403, 198, 90, 30], ["Bode", 0.86, 499, 196, 22, 19], ["Bode", 0.96, 528, 187, 57, 25], [".", 0.00, 855, 173, 1, 3]]),
        line([["Founder", 0.93, 458, 226, 80, 20], ["&", 0.92, 505, 220, 10, 29], ["aEo", 0.31, 517, 217, 25, 31]]),
        line([["Ti", 0.06, 850, 235, 40, 36], ["ial", 0.28, 843, 185, 40, 34]]),
        line([["7:", 0.59, 190, 392, 4, 9], ["9-206-737-6724", 0.18, 205, 376, 99, 25]]),
        line([["м:", 0.90, 192, 411, 10, 10], ["646-607-4607", 0.74, 211, 398, 82, 23]]),
        line([["F:", 0.84, 195, 433, 3, 6], ["206-737-6725", 0.94, 209, 420, 80, 21]]),
        line([["E:", 0.89, 198, 452, 4, 10], ["bode@harbor-holdings.io", 0.86, 212, 430, 154, 34]]),
        line([["iMamin", 0.20, 202, 472, 8, 10], ["https://harbor-holdings.io", 0.57, 220, 448, 160, 36]]),
        line([["А:", 0.93, 204, 493, 5, 8], ["405", 0.93, 218, 488, 20, 13], ["Main", 0.94, 242, 484, 29, 14], ["St,", 0.74, 276, 483, 9, 11], ["Ste,", 0.88, 297, 478, 17, 12], ["421", 0.95, 322, 474, 19, 12]]),
        line([["Seattle,", 0.81, 205, 507, 43, 17], ["WA", 0.77, 252, 504, 18, 12], ["98165", 0.77, 275, 499, 33, 14]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Beaulah Bode Bode');
    expect(confidence.name).toBeLessThan(SURE_CONFIDENCE);
    expect(fields.emails).toEqual(['bode@harbor-holdings.io']);
  });
});
