import { describe, expect, it } from 'vitest';
import type { Box, OcrLine } from '../../shared/contact.js';
import { accentedWord, foldAccents, linesToReread, mayHaveAccents, mergeAccents, restoreAccents, withCedillas } from '../../main/recognize/accents.js';

function line(text: string, y = 0, x = 0): OcrLine {
  let at = x;
  const words = text.split(' ').map((t) => {
    const w = { text: t, confidence: 0.9, box: { x: at, y, w: t.length * 10, h: 20 } };
    at += t.length * 10 + 8;
    return w;
  });
  return { text, confidence: 0.9, box: { x, y, w: at - x - 8, h: 20 }, words };
}

describe('accentedWord: the second model may only add marks', () => {
  it('takes marks on letters the first reading had bare', () => {
    expect(accentedWord('Janaina', 'Janaína')).toBe('Janaína');
    expect(accentedWord('JEROME', 'JÉRÔME')).toBe('JÉRÔME');
    expect(accentedWord('Republique,', 'République,')).toBe('République,');
  });

  it('takes one accented letter where the first model guessed another letter', () => {
    expect(accentedWord('Libke', 'Lübke')).toBe('Lübke');
    expect(accentedWord('FriedrichstraBe', 'Friedrichstraße')).toBe('Friedrichstraße');
    expect(accentedWord('Friedrichstrasse', 'Friedrichstraße')).toBe('Friedrichstraße');
    expect(accentedWord('Liibke', 'Lübke')).toBe('Lübke');
    expect(accentedWord('19°', '19º')).toBe('19º');
    expect(accentedWord('K6nigstraBe', 'Königstraße')).toBe('Königstraße');
    expect(accentedWord('Construcoées', 'Construções')).toBe('Construções');
    expect(accentedWord('S6hne', 'Söhne')).toBe('Söhne');
  });

  it('refuses any other change', () => {
    // An unaccented letter read differently.
    expect(accentedWord('Moraes', 'Morais')).toBeNull();
    expect(accentedWord('gall', 'Gäll')).toBeNull();
    // Two guessed letters in a short word.
    expect(accentedWord('Libkc', 'Lübké')).toBeNull();
    expect(accentedWord('Liibkc', 'Lübké')).toBeNull();
    // A number is not a word whose letters the first model guessed.
    expect(accentedWord('7030', '7Ø30')).toBeNull();
    expect(accentedWord('S.6', 'S.ö')).toBeNull();
    // Lengths differ.
    expect(accentedWord('Rantsch', 'Räntschs')).toBeNull();
    // Nothing accented: nothing to take.
    expect(accentedWord('Lubke', 'Lubke')).toBeNull();
    expect(accentedWord('Lubke', 'Lubbe')).toBeNull();
  });

  it('folds marks away', () => {
    expect(foldAccents('Lübke Straße Øre Łódź')).toBe('Lubke Strasse Ore Lodz');
  });
});

describe('mayHaveAccents: which cards are read again', () => {
  it('cards of countries that write accents, with an accented word, or with such a legal form', () => {
    expect(mayHaveAccents('DE', [line('Marlene Libke')])).toBe(true);
    expect(mayHaveAccents('US', [line('Salomé Gerard')])).toBe(true);
    expect(mayHaveAccents('US', [line('Riverstone Analytics GmbH')])).toBe(true);
    expect(mayHaveAccents('US', [line('Cedar Studio S.A.')])).toBe(true);
  });

  it('not American or Russian cards, whatever their Cyrillic lines hold', () => {
    expect(mayHaveAccents('US', [line('Andrew Brooks'), line('Bluefin Analytics LLC'), line('BAGEL CO.')])).toBe(false);
    expect(mayHaveAccents('RU', [line('Иван Петров'), line('ООО «Ромашка» АО'), line('Ёлкин')])).toBe(false);
  });
});

describe('mergeAccents and restoreAccents', () => {
  it('replaces only the words that qualify, keeping boxes and the rest of the line', () => {
    const first = line('Marlene Libke Gmbh');
    const second = line('Marléne Lübke GmbH');
    const merged = mergeAccents(first, second);
    expect(merged.text).toBe('Marléne Lübke Gmbh');
    expect(merged.words.map((w) => w.box)).toEqual(first.words.map((w) => w.box));
  });

  it('keeps the first reading when the word counts differ or nothing was read', () => {
    const first = line('Bryan Rantsch');
    expect(mergeAccents(first, line('Bryan Rän tsch'))).toBe(first);
    // Stray marks at the edge do not count as words.
    expect(mergeAccents(line('Marlene Liibke'), line('Marlene Lübke |')).text).toBe('Marlene Lübke');
    expect(mergeAccents(line('© Marlene Libke'), line('Marlene Lübke')).text).toBe('© Marlene Lübke');
    expect(mergeAccents(first, null)).toBe(first);
  });

  it('re-reads only Latin lines under a text field box, and reports what changed', async () => {
    const lines = [line('Bryan Rantsch', 0), line('Иван Петров', 40), line('bryan@lotus.de', 80), line('Lotus Capital AG', 120)];
    const boxes: Box[] = [lines[0]!.box, lines[1]!.box, lines[3]!.box];
    expect(linesToReread(lines, boxes)).toEqual([0, 3]);
    const asked: Box[][] = [];
    const reader = {
      readLatinLines: async (_img: Buffer, bs: Box[]) => {
        asked.push(bs);
        return [line('Bryan Räntsch'), line('Lotus Capitál AG ltd')];
      },
    };
    const out = await restoreAccents(Buffer.alloc(0), lines, [0, 3], reader);
    expect(asked).toEqual([[lines[0]!.box, lines[3]!.box]]);
    expect(out.words).toBe(1);
    expect(out.agreed).toEqual([lines[0]!.box]);
    expect(out.lines.map((l) => l.text)).toEqual(['Bryan Räntsch', 'Иван Петров', 'bryan@lotus.de', 'Lotus Capital AG']);
  });
});

describe('cedillas', () => {
  it('writes the Latin model’s S and T with the comma below with the cedilla, but on Romanian cards', () => {
    const read = [line('ASIAPAC TURKEY A.Ș.'), line('Ștefan Țurcanu', 30)];
    expect(withCedillas(read, 'TR').map((l) => l.text)).toEqual(['ASIAPAC TURKEY A.Ş.', 'Ştefan Ţurcanu']);
    expect(withCedillas(read, 'TR')[0]!.words.at(-1)!.text).toBe('A.Ş.');
    expect(withCedillas(read, 'RO')).toBe(read);
  });
});
