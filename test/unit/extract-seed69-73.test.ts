/**
 * Cards of unseen synthetic seeds (69, 71, 73: the second source's photos), read by OCR: a Russian
 * surname whose last letter a photo lost, in the form the woman's patronymic beside it asks for;
 * a phone label after an icon read as a letter; a name parted from a logo at its mark.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { surnameOfHerPatronymic } from '../../main/recognize/extract/names.js';
import { boxedLine, line } from '../ocr-lines.js';

describe("a Russian woman's surname read in its man's form", () => {
  it('gets its last letter back beside her patronymic, and is not sure (seed 73 s2_002: "Елена Павловна Григорьев")', () => {
    const ex = extractFields([boxedLine('РИТМ-СТРОЙ', 0.91, 35, 45, 188, 23), boxedLine('Елена Павловна Григорьев', 0.95, 529, 46, 484, 32)], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Елена Павловна Григорьева');
    expect(ex.fields.familyName).toBe('Григорьева');
    expect(ex.confidence.name).toBeLessThan(0.9);
  });
  it('takes -а, or -ая for -ий, in the case it is printed in', () => {
    expect(surnameOfHerPatronymic('ГРИГОРЬЕВ ЕЛЕНА ПАВЛОВНА')).toBe('ГРИГОРЬЕВА ЕЛЕНА ПАВЛОВНА');
    expect(surnameOfHerPatronymic('Анна Ивановна Вишневский')).toBe('Анна Ивановна Вишневская');
    expect(surnameOfHerPatronymic('Анна Сергеевна Кузьмин')).toBe('Анна Сергеевна Кузьмина');
  });
  it("leaves her own form, a man's name, and a surname of no gender as they are", () => {
    expect(surnameOfHerPatronymic('Елена Павловна Григорьева')).toBeNull();
    expect(surnameOfHerPatronymic('Иван Павлович Григорьев')).toBeNull();
    expect(surnameOfHerPatronymic('Марина Ильинична Шевченко')).toBeNull();
    expect(surnameOfHerPatronymic('Елена Григорьев')).toBeNull();
  });
});

describe('a phone label after an icon read as a letter', () => {
  it('is the word, not the letter: "Ф Мобильный:" labels a mobile, not a fax (seed 73 s2_039)', () => {
    const ex = extractFields([
      boxedLine('ГОРБАЧЕВ БОЯН ФЕОФАНОВИЧ', 0.94, 90, 154, 878, 47),
      boxedLine('Юрист', 0.96, 499, 217, 83, 25),
      boxedLine('© Телефон: +7 (843) 479-83-33', 0.94, 52, 393, 404, 32),
      boxedLine('Ф Мобильный: 8 (992) 031-44-57', 0.83, 52, 429, 420, 34),
      boxedLine('© Факс: +7 843 479 83 34', 0.96, 52, 468, 333, 32),
      boxedLine('@ Эл. почта: boyan.gorbachev@stroysistem.com', 0.9, 52, 497, 601, 41),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.phones).toEqual([
      { value: '+78434798333', kind: 'work' },
      { value: '+79920314457', kind: 'mobile' },
      { value: '+78434798334', kind: 'fax' },
    ]);
  });
});

describe("a name beside a logo's words on its row", () => {
  it('parts them at a round logo read as "©)" (seed 73 s2_004: "Якушева Анастасия Ниловна ©) орбита")', () => {
    const ex = extractFields([
      line([['Якушева', 0.96, 41, 53, 216, 56], ['Анастасия', 0.93, 274, 54, 256, 43], ['Ниловна', 0.92, 553, 54, 215, 43], ['©)', 0.91, 805, 45, 67, 68], ['орбита', 0.96, 893, 64, 111, 38]]),
      boxedLine('Руководитель проекта', 0.96, 40, 118, 259, 29),
      boxedLine('Коммерческий отдел', 0.96, 40, 150, 227, 27),
      boxedLine('Телефон: 8 (495) 396-60-01', 0.95, 40, 328, 312, 31),
      boxedLine('Эл. почта: yakusheva@orbita.ru', 0.94, 40, 403, 367, 31),
      boxedLine('Сайт: orbita.ru', 0.85, 40, 441, 170, 25),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Якушева Анастасия Ниловна');
    expect(ex.fields.company).not.toContain('Якушева');
  });
});
