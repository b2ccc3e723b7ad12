import type { OcrLine } from '../../shared/contact.js';
import { foldAccents, mergeWords, type LatinLineReader } from './accents.js';

const CYRILLIC = /[\u0400-\u04FF]/u;
const CYRILLIC_G = /[\u0400-\u04FF]/gu;
const LATIN_G = /[A-Za-z\u00C0-\u024F]/gu;
const digits = (s: string) => (s.match(/\d/g) ?? []).length;

/**
 * The lines of a card printed in Latin letters that the English-and-Russian models read partly
 * as Cyrillic: "Dipl.-Ing. Cornelius Не!де", "Politecnico di Топпо", "Samuel A. КеБе!5 у".
 * Only lines that also hold Latin words, and only on a card whose letters are nearly all Latin:
 * a Russian card's Cyrillic is its text, and so is a Russian line on an English card.
 */
export function mixedScriptLines(lines: OcrLine[]): number[] {
  const text = lines.map((l) => l.text).join(' ');
  const cyr = (text.match(CYRILLIC_G) ?? []).length;
  const lat = (text.match(LATIN_G) ?? []).length;
  if (!cyr || cyr > (cyr + lat) * 0.1) return [];
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.words.some((w, n) => rereadable(w.text, n === l.words.length - 1)) && (l.text.match(LATIN_G) ?? []).length >= 2) out.push(i);
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

/** The card's lines with mixed-script words read again by the Latin model; how many words changed. */
export async function relatinise(image: Buffer, lines: OcrLine[], reader: LatinLineReader): Promise<{ lines: OcrLine[]; words: number }> {
  const which = mixedScriptLines(lines);
  if (!which.length) return { lines, words: 0 };
  const second = await reader.readLatinLines(image, which.map((i) => lines[i]!.box));
  const out = [...lines];
  let words = 0;
  which.forEach((i, k) => {
    const merged = latinWords(lines[i]!, second[k] ?? null);
    if (merged === lines[i]) return;
    words += merged.words.filter((w, n) => w !== lines[i]!.words[n]).length;
    out[i] = merged;
  });
  return { lines: words ? out : lines, words };
}
