import type { OcrLine } from '../../shared/contact.js';
import { foldAccents, mergeWords, type LatinLineReader } from './accents.js';

const CYRILLIC = /[\u0400-\u04FF]/u;
const CYRILLIC_G = /[\u0400-\u04FF]/gu;
const LATIN_G = /[A-Za-z\u00C0-\u024F]/gu;
const digits = (s: string) => (s.match(/\d/g) ?? []).length;

/** Letters of the card: how many Cyrillic, how many Latin. */
function scriptCounts(lines: OcrLine[]): { cyr: number; lat: number } {
  const text = lines.map((l) => l.text).join(' ');
  return { cyr: (text.match(CYRILLIC_G) ?? []).length, lat: (text.match(LATIN_G) ?? []).length };
}

/** An all-Cyrillic word this long, read this surely, is Russian text, not a Latin word misread. */
const RUSSIAN_WORD = /^[\u0400-\u04FF]{4,}$/u;
const SURE_WORD = 0.8;

/**
 * A card printed in Latin letters. Nearly all its letters read Latin; or most do and no Cyrillic
 * word of four letters or more read surely: a logo line in capitals read as look-alikes
 * ("ВтоЕ КижЕ МА$$АСЕ & BODYWORK", 12% of an American card's letters) or small print read as
 * Cyrillic scraps ("ай сита Рог Aakach Plaza") reads at 0.76 and under, where a Russian card's
 * own words, or a Russian line on an English card, read at 0.9.
 */
export function isLatinCard(lines: OcrLine[]): boolean {
  const { cyr, lat } = scriptCounts(lines);
  if (cyr <= (cyr + lat) * 0.1) return true;
  if (cyr > (cyr + lat) * 0.3) return false;
  return !lines.some((l) => l.words.some((w) => w.confidence >= SURE_WORD && RUSSIAN_WORD.test(w.text.replace(/[^\p{L}]/gu, ''))));
}

/**
 * The lines of a card printed in Latin letters that the English-and-Russian models read partly
 * as Cyrillic: "Dipl.-Ing. Cornelius Не!де", "Politecnico di Топпо", "Samuel A. КеБе!5 у".
 * Only lines that also hold Latin words or an address read in look-alikes ("Видзоп@Кеу$юопедупатс$.сот"),
 * and only on a Latin card (isLatinCard): a Russian card's Cyrillic is its text, and so is a Russian
 * line on an English card.
 */
export function mixedScriptLines(lines: OcrLine[]): number[] {
  if (!CYRILLIC.test(lines.map((l) => l.text).join(' ')) || !isLatinCard(lines)) return [];
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.words.some((w, n) => rereadable(w.text, n === l.words.length - 1)) && ((l.text.match(LATIN_G) ?? []).length >= 2 || ADDRESS_SIGN.test(l.text))) out.push(i);
  });
  return out;
}

/**
 * A word read with Cyrillic letters that is worth reading again. A lone letter is an icon read
 * as one ("BEDNAR О Tidewater", a mark between name and company), but for an initial: with its
 * dot ("Dana В. Johnsen") or ending the line ("RAGHUL К").
 */
function rereadable(word: string, last: boolean): boolean {
  return CYRILLIC.test(word) && (word.replace(/[^\p{L}]/gu, '').length >= 2 || /^\p{L}\.$/u.test(word) || (last && /^\p{L}$/u.test(word)));
}

/**
 * The first reading with each word it read with Cyrillic letters replaced by the Latin model's
 * word in the same place, when that word is Latin letters (and maybe marks or digits). Words
 * read in Latin letters by the first models keep their reading: the Latin model has no
 * dictionary and is no better at them.
 */
export function latinWords(first: OcrLine, second: OcrLine | null): OcrLine {
  return mergeWords(first, second, (word, other, at) => {
    if (!rereadable(word, at === first.words.length - 1) || CYRILLIC.test(other) || !/[A-Za-z]/.test(other)) return null;
    // "Р.О." read "P.0.": a digit where the first reading saw a letter is the Latin model's
    // guess; look-alikes are mended letter for letter in extraction instead.
    if (digits(other) > digits(word)) return null;
    // Its letters without marks: the model guesses marks on what it misreads ("Gerńeral");
    // a card that prints them gets them back from the accent step (accents.ts).
    return foldAccents(other);
  });
}

/**
 * The lines at `which` read again by the Latin model, each merged with its first reading by
 * `merge` (given its place in `which`); how many words changed.
 */
async function rereadInLatin(image: Buffer, lines: OcrLine[], which: number[], reader: LatinLineReader, merge: (first: OcrLine, second: OcrLine | null, k: number) => OcrLine): Promise<{ lines: OcrLine[]; words: number }> {
  if (!which.length) return { lines, words: 0 };
  const second = await reader.readLatinLines(image, which.map((i) => lines[i]!.box));
  const out = [...lines];
  let words = 0;
  which.forEach((i, k) => {
    const merged = merge(lines[i]!, second[k] ?? null, k);
    if (merged === lines[i]) return;
    words += merged.words.filter((w, n) => w !== lines[i]!.words[n]).length;
    out[i] = merged;
  });
  return { lines: words ? out : lines, words };
}

/** The card's lines with mixed-script words read again by the Latin model; how many words changed. */
export function relatinise(image: Buffer, lines: OcrLine[], reader: LatinLineReader): Promise<{ lines: OcrLine[]; words: number }> {
  return rereadInLatin(image, lines, mixedScriptLines(lines), reader, (first, second) => latinWords(first, second));
}

/** A word that names its line's channel ("Эл. почта:", "Сайт:", "E-mail:"): kept as the first models read it. */
const CHANNEL_LABEL = /^[(«"]?(эл|почта|сайт|веб|web|url|site|e-?mail|е-?mail|mail)[.:;)]*$/iu;
/**
 * A word that is or holds an e-mail or web address: an at sign, a scheme or "www", or a
 * domain's ending, also in the look-alikes the Russian model reads (".ги" for .ru, ".сот").
 */
const ADDRESS_SIGN = /@|www|https?:|\.(ru|com|net|org|su|io|info|biz|ги|сот|согп)\b/iu;

/**
 * The e-mail and web lines of a card in Cyrillic, each with the places of the words after its
 * label or address that the English-and-Russian models read with Cyrillic letters
 * ("e-mail: аппа-1@\еквпо.ги", "E-mail: п.зегресуа@оКа.го", "Бир /tekhne.enen"). Addresses are
 * Latin on Russian cards too, and the Russian model reads a blurred Latin word as the Cyrillic
 * one it resembles. Labels keep their reading; so do the words before the label or address
 * (a street on the same line). A Latin card's lines are mixedScriptLines' business.
 */
export function contactLines(lines: OcrLine[]): { line: number; words: number[] }[] {
  if (isLatinCard(lines)) return [];
  const out: { line: number; words: number[] }[] = [];
  lines.forEach((l, i) => {
    // An icon read as a lone "@" marks no address ("Наталья СЕРГЕЕВА @ орбита").
    const from = l.words.findIndex((w) => (ADDRESS_SIGN.test(w.text) && /\p{L}{2}/u.test(w.text)) || CHANNEL_LABEL.test(w.text));
    if (from < 0) return;
    const words: number[] = [];
    for (let n = from; n < l.words.length; n++) {
      const w = l.words[n]!.text;
      if (!CHANNEL_LABEL.test(w) && rereadable(w, n === l.words.length - 1)) words.push(n);
    }
    if (words.length) out.push({ line: i, words });
  });
  return out;
}

/**
 * The first reading with the words at `places` replaced by the Latin model's words read where
 * they lie (paired by boxes: the two models cut an address into words their own ways), where
 * that reads them in Latin letters. Marks no address holds ("n.sergeeva®@orbita.ru") are left out.
 */
export function latinPlaces(first: OcrLine, second: OcrLine | null, places: number[]): OcrLine {
  if (!second) return first;
  const overlap = (a: OcrLine['words'][number], b: OcrLine['words'][number]) => Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
  const taken: string[][] = first.words.map(() => []);
  for (const o of second.words) {
    let best = -1;
    first.words.forEach((w, i) => {
      if (overlap(w, o) > 0 && (best < 0 || overlap(w, o) > overlap(first.words[best]!, o))) best = i;
    });
    if (best >= 0) taken[best]!.push(o.text);
  }
  let changed = false;
  const words = first.words.map((w, i) => {
    const other = taken[i]!.join('').replace(/[^A-Za-z0-9@._%+\-/:~#=?&]/g, '');
    if (!places.includes(i) || !other || CYRILLIC.test(other) || !/[A-Za-z]/.test(other)) return w;
    changed = true;
    return { ...w, text: other };
  });
  return changed ? { ...first, words, text: words.map((w) => w.text).join(' ') } : first;
}

/** A Cyrillic card's e-mail and web lines with their Cyrillic-read words read again by the Latin model; how many words changed. */
export function relatiniseContacts(image: Buffer, lines: OcrLine[], reader: LatinLineReader): Promise<{ lines: OcrLine[]; words: number }> {
  const which = contactLines(lines);
  return rereadInLatin(image, lines, which.map((c) => c.line), reader, (first, second, k) => latinPlaces(first, second, which[k]!.words));
}
