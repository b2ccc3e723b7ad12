/** The words of an English address OCR misreads the most, by the glyphs it confuses. */
const MENDED_STREET_WORDS = ['Drive', 'Suite', 'Street', 'Avenue', 'Road', 'Boulevard', 'Floor', 'Building', 'Parkway', 'Highway', 'Plaza', 'Circle', 'Court', 'Lane', 'Place', 'Terrace', 'Centre', 'Center', 'Tower', 'Square'];
/** Glyphs tesseract reads one for another in small print: "ri" as "n", "m" as "rn", "d" as "cl", "i" as "l" or "1". */
const GLYPH_SWAPS: [string, string][] = [['ri', 'n'], ['ri', 'rl'], ['i', 'l'], ['i', '1'], ['m', 'rn'], ['rn', 'm'], ['d', 'cl'], ['e', 'c'], ['u', 'ii'], ['v', 'y']];
const MISREAD_STREET_WORD: ReadonlyMap<string, string> = new Map(
  MENDED_STREET_WORDS.flatMap((word) => {
    const lower = word.toLowerCase();
    return GLYPH_SWAPS.flatMap(([from, to]) => {
      const out: [string, string][] = [];
      for (let at = lower.indexOf(from); at >= 0; at = lower.indexOf(from, at + 1)) out.push([lower.slice(0, at) + to + lower.slice(at + from.length), word]);
      return out;
    });
  }),
);

/**
 * "2300 Commonwealth Dnve, Suite Cl": a street word after the line's first number with one group
 * of glyphs misread ("ri" as "n"), respelt in its printed case; and the unit after "Suite",
 * "Ste.", "Unit" or "Room" with a digit read as the letter l or I ("C1", "100"). No misreading on
 * the list is an English word of its own.
 */
export function mendStreetWords(line: string): string {
  const from = line.search(/\d/);
  const words = from < 0 ? line : line.slice(0, from) + line.slice(from).replace(/(?<=\s)(\p{L}{4,9})(?=[\s,.]|$)/gu, respell);
  return words.replace(/(?<=\b(?:suite|ste\.?|unit|room|rm\.?)\s)([A-Z]?)([lI])(\d*)(?=[\s,]|$)/giu, (m, letter: string, _one: string, rest: string) => (letter || rest ? `${letter}1${rest}` : m));
}

function respell(w: string): string {
  const word = MISREAD_STREET_WORD.get(w.toLowerCase());
  if (!word) return w;
  return w === w.toUpperCase() ? word.toUpperCase() : /^\p{Lu}/u.test(w) ? word : word.toLowerCase();
}

/**
 * A word of letters with a nought read for the letter O ("5053 0cean Boulevard", "Saras0ta"),
 * spelt with the O. Only where the word is otherwise letters, three or more of them, so
 * postcodes ("SW1A 0AA", "H0H 0H0") and numbers keep their noughts.
 */
export function mendLetterNoughts(line: string): string {
  return line.replace(/(?<![\p{L}\p{N}])[\p{L}0]+(?![\p{L}\p{N}])/gu, (w) => {
    if (!w.includes('0') || w.replace(/0/g, '').length < 3 || /^0+$/.test(w)) return w;
    const caps = w.replace(/0/g, '') === w.replace(/0/g, '').toUpperCase();
    if (/\p{Script=Cyrillic}/u.test(w)) return w;
    return w.replace(/0/g, (_, at: number) => (caps || at === 0 ? 'O' : 'o'));
  });
}

/** "Bureau № 41" on a card printed in Latin letters: the sign was printed "N°" and read as the Cyrillic one. */
export function mendNumberSign(line: string): string {
  return /\p{Script=Cyrillic}/u.test(line) ? line : line.replace(/№\s?(?=\d)/gu, 'N° ');
}
