/**
 * Russian names as the Russian model reads them in photos (second generator, seeds 21 and 23):
 * words in Latin look-alikes with letters beyond the plain look-alikes (a small в read "b", a
 * capital Л read "N"), a patronymic read right at a confidence of 0, and two name words side
 * by side on a tilted photo read in the wrong order.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { fixLatinLookalikeName } from '../../main/recognize/extract/names.js';
import { line, lines } from '../ocr-lines.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

describe('a Russian name read in Latin look-alikes', () => {
  it('is spelt in Cyrillic where each word spells a name\'s word: "MATBEEBA Bapbapa", "АНЖЕЛА PYCNAHOBHA"', () => {
    expect(fixLatinLookalikeName('MATBEEBA Bapbapa')).toBe('МАТВЕЕВА Варвара');
    expect(fixLatinLookalikeName('АНЖЕЛА PYCNAHOBHA')).toBe('АНЖЕЛА РУСЛАНОВНА');
    expect(fixLatinLookalikeName('Одинцов ABTOHOM Юлианович')).toBe('Одинцов Автоном Юлианович');
  });

  it('leaves Latin names that spell none, or spell an English given name as read: "MARK BECK", "TOMAS HOBAK"', () => {
    expect(fixLatinLookalikeName('MARK BECK')).toBe('MARK BECK');
    expect(fixLatinLookalikeName('TOMAS HOBAK')).toBe('TOMAS HOBAK');
    expect(fixLatinLookalikeName('ИВАН MAXCOM')).toBe('ИВАН MAXCOM');
  });

  it('joins the surname above once the line under it is Cyrillic (s23 s2_012)', () => {
    const { fields } = extractFields([
      line([["®", 0.85, 66, 54, 62, 62], ["Ал", 0.96, 141, 64, 55, 60], ["Ш", 0.43, 279, 71, 40, 35], ["=", 0.49, 375, 82, 40, 19], ["пр.", 0.96, 668, 111, 32, 19], ["Ленина,", 0.93, 708, 107, 91, 22], ["a.", 0.91, 807, 115, 18, 15], ["118,", 0.93, 837, 111, 42, 21], ["офис", 0.95, 887, 113, 56, 22], ["376", 0.96, 953, 113, 38, 19]]),
      line([["|", 0.75, 226, 70, 9, 34], ["620179,", 0.95, 718, 72, 86, 22], ["г.", 0.96, 813, 80, 13, 13], ["Екатеринбург", 0.96, 836, 75, 153, 27]]),
      line([["Качество", 0.96, 66, 127, 96, 17], ["без", 0.91, 171, 130, 29, 15], ["компромиссов", 0.96, 208, 136, 143, 14]]),
      line([["Mo6.:", 0.88, 697, 142, 66, 21], ["+7", 0.96, 773, 143, 27, 20], ["(959)", 0.93, 809, 145, 59, 22], ["186-78-15", 0.87, 880, 146, 110, 23]]),
      line([["t-mail:", 0.00, 581, 177, 76, 19], ["anzhela-m@", 0.92, 677, 181, 131, 18], ["alfa", 0.95, 818, 184, 38, 17], ["prockt.com", 0.83, 868, 185, 122, 23]]),
      line([["MATBEEBA", 0.91, 69, 390, 318, 51]]),
      line([["АНЖЕЛА", 0.91, 66, 456, 272, 69], ["PYCNAHOBHA", 0.88, 358, 463, 426, 54]]),
      line([["—_—", 0.45, 770, 594, 100, 18], ["|", 0.56, 866, 590, 9, 22]]),
    ]);
    expect(fields.name).toBe('МАТВЕЕВА АНЖЕЛА РУСЛАНОВНА');
  });
});

describe('a patronymic read right at a confidence of 0 (s21 s2_024)', () => {
  it('is kept under its name: "Дмитриевна"', () => {
    const { fields } = extractFields([
      line([['МАТВЕЕВА', 0.96, 195, 388, 200, 36], ['Варвара', 0.95, 400, 388, 180, 43]]),
      line([['Дмитриевна', 0.0, 250, 440, 250, 42]]),
      line([['Тел.:', 0.9, 200, 700, 60, 20], ['+7', 0.9, 270, 700, 20, 20], ['495', 0.9, 300, 700, 40, 20], ['123-45-67', 0.9, 350, 700, 100, 20]]),
    ]);
    expect(fields.name).toBe('МАТВЕЕВА Варвара Дмитриевна');
  });

  it('drops garbage read at 0 that only ends like one: "Пшщевна"', () => {
    const { fields } = extractFields([
      line([['МАТВЕЕВА', 0.96, 195, 388, 200, 36], ['Варвара', 0.95, 400, 388, 180, 43]]),
      line([['Пшщевна', 0.0, 250, 440, 250, 42]]),
      line([['Ведущий', 0.9, 200, 500, 120, 20], ['инженер', 0.9, 330, 500, 120, 20]]),
      line([['Тел.:', 0.9, 200, 700, 60, 20], ['+7', 0.9, 270, 700, 20, 20], ['495', 0.9, 300, 700, 40, 20], ['123-45-67', 0.9, 350, 700, 100, 20]]),
    ]);
    expect(fields.name).toBe('МАТВЕЕВА Варвара');
  });
});

describe('two name words side by side on a tilted photo (s21 s2_030)', () => {
  it('are read left to right though the right one stands higher: МАСЛОВ ГРЕМИСЛАВ', () => {
    const { fields } = extractFields([
      line([['ГРЕМИСЛАВ', 0.91, 578, 81, 310, 87]]),
      line([['МАСЛОВ', 0.67, 368, 128, 198, 63]]),
      line([['руховодител»', 0.59, 380, 196, 189, 40], ['отдела', 0.8, 578, 182, 96, 27], ['мар', 0.95, 685, 172, 57, 27]]),
      line([['#7', 0.66, 468, 489, 25, 21], ['(843)', 0.47, 500, 487, 56, 24], ['599-56-05', 0.78, 562, 480, 113, 26]]),
    ]);
    expect(fields.name).toBe('МАСЛОВ ГРЕМИСЛАВ');
  });
});

describe("a Russian company's word OCR cut (s21 s2_013, s23 s2_038)", () => {
  it('is joined where the domain spells the joined word: "Им пульс-Груп п", "ПАО "Импульст рейд""', () => {
    const card = (company: string, email: string) => extractFields(lines('Третьякова Иванна', 'Менеджер', company, `E-mail: ${email}`, 'Тел.: +7 (495) 123-45-67'));
    const cut = card('Им пульс-Груп п', 'ivannatretyakova@impulsgrupp.ru');
    expect(cut.fields.company).toBe('Импульс-Групп');
    expect(cut.confidence.company ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(card('ПАО "Импульст рейд"', 'guseva@impulstreyd.ru').fields.company).toBe('ПАО "Импульстрейд"');
  });

  it('leaves a logo in small letters and a preposition: "байкал софт", "Дом на набережной"', () => {
    const card = (company: string, email: string) => extractFields(lines('Третьякова Иванна', 'Менеджер', company, `E-mail: ${email}`, 'Тел.: +7 (495) 123-45-67'));
    expect(card('ООО "байкал софт"', 'info@baikalsoft.ru').fields.company).toBe('ООО "байкал софт"');
    expect(card('ООО "Дом на набережной"', 'info@domnanaberezhnoy.ru').fields.company).toBe('ООО "Дом на набережной"');
  });
});
