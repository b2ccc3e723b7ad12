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
    // An icon read as a lone letter between two items costs no second reading.
    expect(mixedScriptLines(lines('LAURENCE B. BEDNAR О Tidewater Design', 'Design LLC', '127 Peachtree St. NE'))).toEqual([]);

  });

  it('takes the Latin model’s word only where the first reading has Cyrillic letters', () => {
    const [first] = lines('Politecnico di Топпо');
    const [second] = lines('Politecnlco di Torino');
    expect(latinWords(first!, second!).text).toBe('Politecnico di Torino');
    // "Р.О." read "P.0." by the Latin model: a digit for a letter is its guess; "В." read "R." is taken.
    const [box] = lines('Р.О. Box 5190, Kent, Ohio');
    expect(latinWords(box!, lines('P.0. Box 5190, Kent, Ohio')[0]!)).toBe(box);
    expect(latinWords(lines('Dana В. Johnsen')[0]!, lines('Dana R. Johnsen')[0]!).text).toBe('Dana R. Johnsen');
    // The marks the Latin model guessed on a misread word are no reading.
    expect(latinWords(lines('епега! Manager')[0]!, lines('Gerńeral Manager')[0]!).text).toBe('Gerneral Manager');
    // A lone letter is an icon between two items, not a word.
    const [icon] = lines('LAURENCE B. BEDNAR О Tidewater Design');
    expect(latinWords(icon!, lines('LAURENCE B. BEDNAR m] Tidewater Design')[0]!)).toBe(icon);
    // A lone letter ending the line is an initial after a name.
    expect(latinWords(lines('RAGHUL К')[0]!, lines('RAGHUL R')[0]!).text).toBe('RAGHUL R');
    // Another count of words: nothing is paired, nothing changes.
    const [other] = lines('Politecnico diTorino');
    expect(latinWords(first!, other!)).toBe(first);
  });
});
