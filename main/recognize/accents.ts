import type { Box, OcrLine } from '../../shared/contact.js';
import { intersectionArea } from './boxes.js';

/**
 * Countries whose names, streets and companies are commonly written with accented Latin
 * letters, which the main OCR languages (English, Russian) cannot read: "Lübke" comes back
 * as "Libke", "Janaína" as "Janaina".
 */
export const ACCENT_COUNTRIES: ReadonlySet<string> = new Set([
  'DE', 'AT', 'CH', 'LI', 'FR', 'BE', 'LU', 'MC', 'ES', 'PT', 'BR', 'IT', 'PL', 'CZ', 'SK', 'HU', 'RO', 'SE', 'NO', 'DK', 'FI', 'IS',
  'TR', 'VN', 'HR', 'SI', 'RS', 'LT', 'LV', 'EE', 'MX', 'AR', 'CO', 'CL', 'PE', 'NL', 'AD', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'GT',
  'SN', 'CI', 'CM', 'MA', 'TN', 'DZ', 'AO', 'MZ',
]);

/** Legal forms of countries that write accents: "GmbH", "S.A.", "Ltda.", "s.r.o.". */
const ACCENT_LEGAL_FORM = /(^|[\s,])(GmbH|AG|KG|OHG|e\.\s?V\.|S\.\s?A\.|SARL|S\.A\.R\.L\.|SAS|Ltda\.?|S\.\s?p\.\s?A\.|S\.\s?r\.\s?l\.|s\.\s?r\.\s?o\.|a\.\s?s\.|B\.\s?V\.|N\.\s?V\.|Sp\.\s?z\s?o\.\s?o\.|S\.\s?L\.|A\/S|Oy|Kft\.)(?=$|[\s,.])/u;

/**
 * Whether a card may print accented letters the main models lost: its country (from numbers,
 * domain and address) writes them, one of its words already came back accented, or it names
 * a company with a legal form of such a country. Russian, American, British... cards are not
 * read again.
 */
export function mayHaveAccents(country: string, lines: OcrLine[]): boolean {
  if (ACCENT_COUNTRIES.has(country)) return true;
  const latin = lines.filter((l) => !/[\u0400-\u04FF]/u.test(l.text));
  return latin.some((l) => l.words.some((w) => /[A-Za-z]/.test(w.text) && [...w.text].some(isAccented)) || ACCENT_LEGAL_FORM.test(l.text));
}

/** A reader of single text lines with a Latin-script model that has the accented letters. */
export interface LatinLineReader {
  /** One reading per box (null where nothing was read), in the order given. */
  readLatinLines(image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]>;
}

/**
 * The lines worth a second reading: those holding most of a box that a name, title, company,
 * department or address came from, written in Latin letters (Cyrillic lines stay as read).
 */
export function linesToReread(lines: OcrLine[], boxes: Box[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (/[\u0400-\u04FF]/u.test(l.text) || !/[A-Za-z]{2}/.test(l.text)) return;
    if (boxes.some((b) => intersectionArea(l.box, b) >= 0.5 * b.w * b.h)) out.push(i);
  });
  return out;
}

/**
 * Reads the chosen lines again with the Latin model and keeps the first reading except for
 * words the second spells the same with accents (see accentedWord). Returns the lines (the
 * same array when nothing changed), how many words took accents, and the boxes of the lines
 * both models now read word for word alike (where no accent can have been lost unseen).
 */
export async function restoreAccents(
  image: Buffer,
  lines: OcrLine[],
  which: number[],
  reader: LatinLineReader,
): Promise<{ lines: OcrLine[]; words: number; agreed: Box[] }> {
  if (!which.length) return { lines, words: 0, agreed: [] };
  const second = await reader.readLatinLines(image, which.map((i) => lines[i]!.box));
  let words = 0;
  const agreed: Box[] = [];
  const out = [...lines];
  which.forEach((i, k) => {
    const latin = second[k] ?? null;
    const merged = mergeAccents(lines[i]!, latin);
    const pairs = pairWords(merged, latin);
    if (pairs && merged.words.every((w, n) => pairs[n] === w.text || (pairs[n] === undefined && !textual(w.text)))) agreed.push(merged.box);
    if (merged === lines[i]) return;
    words += merged.words.filter((w, n) => w !== lines[i]!.words[n]).length;
    out[i] = merged;
  });
  return { lines: words ? out : lines, words, agreed };
}

/** "Lübke" -> "Lubke", "Straße" -> "Strasse": the letters without their marks. */
export function foldAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ẞ/g, 'SS')
    .replace(/[øØđĐłŁħĦıæÆœŒºª]/g, (c) => FOLD_EXTRA[c] ?? c);
}
const FOLD_EXTRA: Record<string, string> = { ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H', ı: 'i', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', º: 'o', ª: 'a' };

const isAccented = (c: string) => /\p{L}/u.test(c) && foldAccents(c) !== c;
const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);

/**
 * The accented word when it spells the same as the first reading apart from its accented
 * letters, else null. Unaccented letters must match exactly (case too); an accented letter
 * may stand where the first reading has the same letter bare ("Janaina" -> "Janaína"), or
 * where it has one or two other characters, since a model without the letter reads it as
 * something else ("Libke", "Liibke" -> "Lübke", "K6nigstraBe" -> "Königstraße", "Construcoées"
 * -> "Construções"): such guesses at most once per five letters, only in a word of letters,
 * and "ß" may stand for "ss".
 */
export function accentedWord(first: string, second: string): string | null {
  if (first === second || !/\p{L}/u.test(second) || foldAccents(second) === second) return null;
  const a = [...first];
  const b = [...second];
  // Guesses only inside words: in "7030" a "6" is a digit, not a letter read wrong.
  const maxGuesses = a.filter(isAsciiLetter).length < 2 ? 0 : Math.max(1, Math.floor(b.length / 5));
  // Depth-first over the few ways the letters align; words are short.
  const match = (i: number, j: number, guesses: number): boolean => {
    if (j === b.length) return i === a.length;
    if (i >= a.length) return false;
    const cb = b[j]!;
    const ca = a[i]!;
    if (!isAccented(cb)) return ca === cb && match(i + 1, j + 1, guesses);
    const two = a.slice(i, i + 2).join('');
    if (cb === 'ß' && (two === 'ss' || two === 'SS') && match(i + 2, j + 1, guesses)) return true;
    // "7° andar": the ordinal sign read as a degree sign.
    if ((ca === cb || foldAccents(cb) === ca || (cb === 'º' && ca === '°')) && match(i + 1, j + 1, guesses)) return true;
    if (guesses >= maxGuesses || !GUESS.test(ca)) return false;
    return match(i + 1, j + 1, guesses + 1) || (i + 1 < a.length && GUESS.test(a[i + 1]!) && match(i + 2, j + 1, guesses + 1));
  };
  return match(0, 0, 0) ? second : null;
}
/** What a model without the accented letter reads in its place: a letter or a digit ("6" for "ö"). */
const GUESS = /^[\p{L}\d]$/u;

const textual = (w: string) => /[\p{L}\p{N}]/u.test(w);

/**
 * The second reading's word for each word of the first, by position. Stray marks one model
 * saw at a line's edge ("Marlene Lübke |") are left out when the word counts differ; null
 * when they still differ.
 */
export function pairWords(first: OcrLine, second: OcrLine | null): (string | undefined)[] | null {
  if (!second) return null;
  if (second.words.length === first.words.length) return second.words.map((w) => w.text);
  const a = first.words.map((w, i) => ({ w: w.text, i })).filter((x) => textual(x.w));
  const b = second.words.map((w) => w.text).filter(textual);
  if (a.length !== b.length) return null;
  const out: (string | undefined)[] = first.words.map(() => undefined);
  a.forEach((x, k) => (out[x.i] = b[k]));
  return out;
}

/**
 * The first reading with each word the second reading spells the same but with accents
 * replaced by the accented spelling. The second model may only add marks: a word it reads
 * differently otherwise keeps the first reading. Words are paired in order, so both readings
 * must have the same number of words.
 */
export function mergeAccents(first: OcrLine, second: OcrLine | null): OcrLine {
  return mergeWords(first, second, (word, other) => accentedWord(word, other));
}

/**
 * The first reading with the words `pick` takes from the second reading in their places (paired
 * by pairWords); the same line when it takes none.
 */
export function mergeWords(first: OcrLine, second: OcrLine | null, pick: (word: string, other: string, at: number) => string | null): OcrLine {
  const pairs = pairWords(first, second);
  if (!pairs) return first;
  let changed = false;
  const words = first.words.map((w, i) => {
    const other = pairs[i];
    const better = other === undefined ? null : pick(w.text, other, i);
    if (!better) return w;
    changed = true;
    return { ...w, text: better };
  });
  return changed ? { ...first, words, text: words.map((w) => w.text).join(' ') } : first;
}

/**
 * "TAŞIMACILIK A.Ş.": the Latin model writes S and T with the comma below (Romanian); Turkish,
 * and every other language that has the letters, writes them with the cedilla.
 */
export function withCedillas(lines: OcrLine[], country: string): OcrLine[] {
  if (country === 'RO' || country === 'MD' || !lines.some((l) => /[ȘșȚț]/u.test(l.text))) return lines;
  const fix = (t: string) => t.replace(/[ȘșȚț]/gu, (c) => ({ Ș: 'Ş', ș: 'ş', Ț: 'Ţ', ț: 'ţ' })[c]!);
  return lines.map((l) => (/[ȘșȚț]/u.test(l.text) ? { ...l, text: fix(l.text), words: l.words.map((w) => ({ ...w, text: fix(w.text) })) } : l));
}
