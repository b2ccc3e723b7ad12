import { describe, expect, it } from 'vitest';
import { contactLines, isLatinCard, latinPlaces, latinWords, mixedScriptLines } from '../../main/recognize/latin-reread.js';
import { line, lines } from '../ocr-lines.js';

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

  it('knows a Latin card by how surely its Cyrillic words read, when the look-alikes are many', () => {
    // realdev2 rd2_005: a logo in capitals read as Cyrillic look-alikes, 16% of the card's letters.
    const logo = line([['ВтоЕ', 0.76, 61, 53, 120, 41], ['КижЕ', 0.76, 190, 53, 120, 40], ['МА$$АСЕ', 0.69, 320, 53, 200, 38], ['&', 0.93, 530, 60, 20, 28], ['BODYWORK', 0.06, 560, 53, 220, 39]]);
    const rest = lines('SHAWNDA PEERY', 'Licensed Massage Therapist', 'rn С!', 'Charlottesville VA 22901', 'ywork@gmail.com');
    expect(isLatinCard([logo, ...rest])).toBe(true);
    expect(mixedScriptLines([logo, ...rest])).toEqual([0]);
    // The same share of Cyrillic read surely is Russian: a line of the card's own, not look-alikes.
    const sure = line([['ВтоЕ', 0.76, 61, 53, 120, 41], ['Кижи', 0.93, 190, 53, 120, 40], ['МА$$АСЕ', 0.69, 320, 53, 200, 38], ['&', 0.93, 530, 60, 20, 28], ['BODYWORK', 0.06, 560, 53, 220, 39]]);
    expect(isLatinCard([sure, ...rest])).toBe(false);
    expect(mixedScriptLines([sure, ...rest])).toEqual([]);
    // Past a third of the letters, Cyrillic is the card's script however it reads.
    const russian = lines('Иван Петров', 'Генеральный директор', 'ivan@romashka.ru').map((l) => ({ ...l, confidence: 0.5, words: l.words.map((w) => ({ ...w, confidence: 0.5 })) }));
    expect(isLatinCard(russian)).toBe(false);
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

describe('e-mail and web lines of a Cyrillic card read in Cyrillic look-alikes', () => {
  const russian = (...extra: string[]) => lines('Наталья Сергеева', 'Менеджер по продажам', 'ООО «Орбита»', 'Тел: +7 (499) 198-55-71', ...extra);

  it('picks the words after the label or the address, not the label, not a street before it', () => {
    const card = russian('e-mail: аппа-1@\\еквпо.ги', 'Эл. почта: иван@ромашка.ги', 'ул. Тверская, д. 7 Сайт: www.орбита.ги');
    expect(contactLines(card)).toEqual([
      { line: 4, words: [1] },
      { line: 5, words: [2] },
      { line: 6, words: [5] },
    ]);
    // An icon read as a lone "@" beside a name is no address; a Latin card is mixedScriptLines' business.
    expect(contactLines(russian('Наталья СЕРГЕЕВА @ орбита'))).toEqual([]);
    expect(contactLines(lines('Anna Smith', 'Sales Director', 'Smith & Partners LLC', '100 Market Street, San Francisco', 'e-mail: аппа@smith.com', '+1 415 555 0100'))).toEqual([]);
  });

  it('takes the Latin model’s words where they lie, whatever its count of words, without marks no address holds', () => {
    // seed 33 photo 33: the first reading and the Latin model's, as OCR boxed them.
    const first = line([['@', 0.85, 72, 459, 25, 24], ['E-mail:', 0.7, 110, 458, 78, 21], ['п.зегресуа@оКа.го', 0.41, 207, 459, 274, 27], ['Ф', 0.83, 505, 461, 24, 24], ['www.orbitaru', 0.65, 540, 461, 186, 21]]);
    const second = line([['@', 0, 71, 457, 19, 28], ['E-mail:', 0.43, 108, 452, 89, 40], ['n.sergeeva®@orbita.ru', 0.14, 206, 456, 276, 31], ['@', 0.59, 509, 459, 18, 28], ['www.orbita.ru', 0.4, 539, 458, 189, 29]]);
    const [c] = contactLines([...russian(), first]);
    expect(latinPlaces(first, second, c!.words).text).toBe('@ E-mail: n.sergeeva@orbita.ru Ф www.orbitaru');
    // The Latin model cut it otherwise: its pieces over the word are joined.
    const cut = line([['E-mail:', 0.43, 108, 452, 89, 40], ['n.sergeeva', 0.3, 206, 456, 130, 31], ['@orbita.ru', 0.3, 340, 456, 140, 31]]);
    expect(latinPlaces(first, cut, c!.words).words[2]!.text).toBe('n.sergeeva@orbita.ru');
    // A reading in Cyrillic again, or none, changes nothing.
    expect(latinPlaces(first, line([['п.зегресуа@оКа.го', 0.2, 206, 456, 276, 31]]), c!.words)).toBe(first);
    expect(latinPlaces(first, null, c!.words)).toBe(first);
  });
});
