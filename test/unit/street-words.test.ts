import { describe, expect, it } from 'vitest';
import { mendLetterNoughts, mendNumberSign, mendStreetWords } from '../../main/recognize/extract/street-words.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line, lines } from '../ocr-lines.js';

describe('street words OCR misread in an address', () => {
  it('respells a street word with one group of glyphs misread, in its printed case', () => {
    expect(mendStreetWords('2300 Commonwealth Dnve, Suite Cl')).toBe('2300 Commonwealth Drive, Suite C1');
    expect(mendStreetWords('77 OCEAN DNVE')).toBe('77 OCEAN DRIVE');
    expect(mendStreetWords('12 Tower Clrcle')).toBe('12 Tower Circle');
    expect(mendStreetWords('1 Infinite Loop, Suite l00')).toBe('1 Infinite Loop, Suite 100');
    expect(mendStreetWords('Room I2, 5 Kings Roacl')).toBe('Room 12, 5 Kings Road');
  });

  it('leaves words of their own, lines with no number before them, and units that are letters', () => {
    for (const t of ['10 Downing Street', '45 Baker Street, Floor 3', 'Dnve 5', 'Suite I', 'Commonwealth Dnve', '12 Main Stroet'])
      expect(mendStreetWords(t)).toBe(t);
  });

  it('gives the address as printed once extraction has it (realdev2 rd2_005, its lines as read)', () => {
    const f = extractFields(lines('SHAWNDA PEERY', 'Licensed Massage Therapist', '2300 Commonwealth Dnve, Suite Cl', 'Charlottesville VA 22901', 'ywork@gmail.com', '434 260 9924'), {}).fields;
    expect(f.address).toBe('2300 Commonwealth Drive, Suite C1, Charlottesville VA 22901');
  });

  it('reads a nought inside a word of letters as the letter O, leaving postcodes and numbers', () => {
    expect(mendLetterNoughts('5053 0cean Boulevard, PMB 111, Saras0ta, Florida')).toBe('5053 Ocean Boulevard, PMB 111, Sarasota, Florida');
    expect(mendLetterNoughts('10 B0ULEVARD HAUSSMANN')).toBe('10 BOULEVARD HAUSSMANN');
    for (const t of ['London SW1A 0AA', 'Toronto H0H 0H0', 'Suite 100', 'R00M 12', 'ул. Ленина, 0', 'офис 0А']) expect(mendLetterNoughts(t)).toBe(t);
  });

  it('gives the number sign of a Latin address as printed, and keeps a Russian one (realdev2 rd2_006)', () => {
    expect(mendNumberSign('Centre Molka RDC Bureau № 41 Manar II')).toBe('Centre Molka RDC Bureau N° 41 Manar II');
    expect(mendNumberSign('г. Уфа, офис № 12')).toBe('г. Уфа, офис № 12');
    const f = extractFields(lines('ABDELKADER ARIFI', 'Centre Molka RDC Bureau № 41 Manar II', 'Tunis 2092', '+216 58 031 933'), { defaultCountry: 'TN' }).fields;
    expect(f.address).toContain('Bureau N° 41');
  });

  it('mends an address read with a nought for an O once extraction has it', () => {
    const f = extractFields(lines('Mark Newton', '5053 0cean Boulevard, PMB 111', 'Saras0ta, Florida 34242', '(941) 555-0142'), {}).fields;
    expect(f.address).toBe('5053 Ocean Boulevard, PMB 111, Sarasota, Florida 34242');
  });
});

describe('an address row read twice', () => {
  const w = (text: string, conf: number, x: number, y: number, h = 30): [string, number, number, number, number, number] => [text, conf, x, y, text.length * 14, h];
  it('keeps the surer reading once (realdev3 rd3_006: a second reading of the row kept beside the first)', () => {
    const f = extractFields(
      [
        line([w('Sk.', 0.9, 50, 20, 40), w('BAPPA', 0.9, 100, 20, 40)]),
        line([w('+91', 0.9, 50, 90), w('9836545467', 0.9, 110, 90)]),
        line([w('Lauhati,', 0.91, 300, 200), w('Rajartiat,', 0.38, 420, 200), w('Vedie', 0.87, 570, 200), w('Village', 0.95, 650, 200)]),
        line([w('itl,', 0.43, 400, 198, 34), w('Rajarhat,', 0.64, 450, 198, 34), w('Vedie', 0.86, 590, 198, 34), w('Village', 0.96, 670, 198, 34)]),
        line([w('Kolkata', 0.9, 420, 245), w('-', 0.9, 530, 245), w('700135', 0.96, 550, 245)]),
      ],
      { defaultCountry: 'IN' },
    ).fields;
    expect(f.address).toBe('Lauhati, Rajartiat, Vedie Village, Kolkata - 700135');
  });

  it('keeps two different rows whose boxes overlap (tight lines of small print)', () => {
    const f = extractFields(
      [
        line([w('Анна', 0.95, 50, 20, 40), w('Петрова', 0.95, 130, 20, 40)]),
        line([w('630492,', 0.95, 50, 200), w('Новосибирск,', 0.95, 160, 200)]),
        line([w('ул.Ленина,', 0.9, 50, 215), w('д.', 0.9, 200, 215), w('46,', 0.9, 240, 215), w('оф.', 0.9, 290, 215), w('530', 0.9, 340, 215)]),
      ],
      { defaultCountry: 'RU' },
    ).fields;
    expect(f.address).toContain('Новосибирск');
    expect(f.address).toContain('оф. 530');
  });
});

describe('an address line of a photo', () => {
  it('runs on into the line under it that holds its postcode, though the two were measured in different type sizes (seed 27 s2_001)', () => {
    const { fields } = extractFields([
      line([["Evstafiy", 0.91, 98, 94, 194, 57], ["Veselov", 0.92, 310, 94, 196, 46], ["hana]", 0.48, 515, 91, 81, 81], ["MEKONG", 0.92, 614, 108, 198, 34], ["MEDIA", 0.95, 832, 109, 141, 33]]),
      line([["61", 0.82, 94, 427, 23, 20], ["Lenina", 0.31, 127, 427, 172, 21], ["St,", 0.77, 204, 419, 28, 37], ["office", 0.81, 244, 427, 55, 21], ["780", 0.88, 308, 427, 37, 19]]),
      line([["Yeluterintbury", 0.06, 91, 452, 145, 34], ["620702.", 0.94, 246, 452, 80, 34], ["Russe", 0.61, 340, 452, 69, 34]]),
      line([["TEL", 0.95, 95, 488, 45, 22], ["+7", 0.83, 148, 489, 23, 19], ["(343)", 0.86, 179, 489, 57, 23], ["896-50-54", 0.86, 243, 489, 110, 21]]),
    ], { defaultCountry: 'RU' });
    expect(fields.address).toBe('61 Lenina St, office 780, Yeluterintbury 620702. Russe');
  });

  it('leaves out a pin icon read as "+" before a short house number (seed 23 s2_039)', () => {
    expect(extractFields(lines('Jean Dupont', 'Directeur', '+ 29, avenue des Champs-Élysées, 75008 Paris')).fields.address).toBe('29, avenue des Champs-Élysées, 75008 Paris');
  });
});

describe('a US address line read with little confidence', () => {
  it('is kept when it spells a state before its ZIP code (heldout19 h19_024)', () => {
    const { fields } = extractFields([
      line([['David', 0.93, 100, 200, 90, 32], ['Newton', 0.93, 200, 200, 120, 31]]),
      line([['President', 0.91, 100, 250, 140, 26], ['&', 0.91, 250, 250, 20, 26], ['CEO', 0.96, 280, 250, 60, 26]]),
      line([['5053', 0.9, 100, 400, 70, 26], ['Ocean', 0.96, 180, 400, 90, 26], ['Bi', 0.38, 280, 400, 30, 26]]),
      line([['Sarasota,', 0.92, 100, 432, 120, 26], ['Florida', 0.24, 230, 432, 100, 26], ['94242', 0.73, 340, 432, 80, 26], [':', 0.0, 430, 432, 6, 13]]),
    ]);
    expect(fields.address).toBe('5053 Ocean Bi, Sarasota, Florida 94242');
  });
});
