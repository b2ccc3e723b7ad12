import { describe, expect, it } from 'vitest';
import { latinWords, mixedScriptLines } from '../../main/recognize/latin-reread.js';
import { lines } from '../ocr-lines.js';

describe('Latin words read in Cyrillic letters', () => {
  it('picks the mixed lines of a Latin card only', () => {
    const card = lines('Enrico Masala, Ph.D.', 'Post-doc Researcher', 'Politecnico di Топпо', 'Corso Duca degli Abruzzi, 24', 'masala@polito.it');
    expect(mixedScriptLines(card)).toEqual([2]);
    // A Russian card's Cyrillic is its text; so is a Russian line of its own.
    expect(mixedScriptLines(lines('Иван Петров', 'Генеральный директор', 'ООО «Ромашка» (Romashka LLC)', 'ivan@romashka.ru'))).toEqual([]);
    expect(mixedScriptLines(lines('Anna Smith', 'Sales Director', 'Анна Смит', 'anna@smith.com', '+1 415 555 0100'))).toEqual([]);
    // Look-alikes only ("Р.О." for "P.O."): extraction mends them letter for letter, the Latin model would read "P.0.".
    expect(mixedScriptLines(lines('Dale L. Cook', 'Р.О. Box 5190, Kent, Ohio 44242-0001', 'dcook@kent.edu'))).toEqual([]);
  });

  it('takes the Latin model’s word only where the first reading has Cyrillic letters', () => {
    const [first] = lines('Politecnico di Топпо');
    const [second] = lines('Politecnlco di Torino');
    expect(latinWords(first!, second!).text).toBe('Politecnico di Torino');
    // Another count of words: nothing is paired, nothing changes.
    const [other] = lines('Politecnico diTorino');
    expect(latinWords(first!, other!)).toBe(first);
  });
});
