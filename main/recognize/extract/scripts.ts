/** Script look-alikes OCR swaps when it reads English and Russian at once. */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  г: 'r', п: 'n', і: 'i', ј: 'j', ѕ: 's', ш: 'w', и: 'u', ь: 'b', д: 'd', л: 'l', з: '3',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S', З: '3', Г: 'r', П: 'n',
};
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', k: 'к', m: 'м', n: 'п', r: 'г', u: 'и', b: 'ь', t: 'т',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У', '3': 'З',
};

const CYR = /[\u0400-\u04FF]/u;
const LAT = /[A-Za-z]/;
export const hasCyrillic = (s: string) => CYR.test(s);
export const hasLatin = (s: string) => LAT.test(s);

export function toLatin(s: string): string {
  return [...s].map((c) => CYR_TO_LAT[c] ?? c).join('');
}

export function toCyrillic(s: string): string {
  return [...s].map((c) => LAT_TO_CYR[c] ?? c).join('');
}

function counts(w: string): { cyr: number; lat: number } {
  let cyr = 0;
  let lat = 0;
  for (const c of w) {
    if (CYR.test(c)) cyr++;
    else if (LAT.test(c)) lat++;
  }
  return { cyr, lat };
}

/**
 * Inside one word, letters of the minority script are look-alikes of the majority's
 * ("Пеtров", "Sаles"): map them over. Ties go to the line's majority script.
 */
export function fixMixedScripts(read: string): string {
  const total = counts(read);
  const letters = total.cyr + total.lat;
  const line = total.cyr > total.lat ? cyrillicCapitalsInLatin(read) : read;
  return line.replace(/[\p{L}\d]+/gu, (w) => {
    const { cyr, lat } = counts(w);
    if (!cyr && !lat) return w;
    if (cyr && lat) {
      // "CЫCOEB": a letter only one script has decides, when every letter of the other is a look-alike.
      const latinLooksCyrillic = [...w].every((c) => !LAT.test(c) || c in LAT_TO_CYR);
      const cyrillicLooksLatin = [...w].every((c) => !CYR.test(c) || c in CYR_TO_LAT);
      if (latinLooksCyrillic !== cyrillicLooksLatin) return latinLooksCyrillic ? toCyrillic(w) : toLatin(w);
      const toCyr = cyr > lat || (cyr === lat && total.cyr >= total.lat);
      return toCyr ? toCyrillic(w) : toLatin(w);
    }
    // A whole short or capitalised word of look-alikes in a line of the other script
    // ("London NW1 6ХЕ", "Невский np.") was read in the wrong alphabet.
    const short = cyr + lat <= 4 || w === w.toUpperCase();
    if (!short) return w;
    if (cyr && total.lat >= letters * 0.6 && [...w].every((c) => !CYR.test(c) || c in CYR_TO_LAT)) return toLatin(w);
    if (lat && total.cyr >= letters * 0.7 && [...w].every((c) => !LAT.test(c) || c in LAT_TO_CYR)) return toCyrillic(w);
    return w;
  });
}

/**
 * "®EKJIA ДАНИЛОВНА": in capitals, Л reads as the two Latin letters "JI" and Ф as "®" or "Φ",
 * which no Latin look-alike table holds. A word of capitals with Latin ones in a Cyrillic line, with
 * such a pair in it or such a sign before it and every other letter a look-alike, is Cyrillic.
 */
function cyrillicCapitalsInLatin(line: string): string {
  return line.replace(/(?<![\p{L}\d])[®Φ]?[A-ZА-ЯЁ]{2,}(?![\p{L}\d])/gu, (w) => {
    if (!/JI|^[®Φ]/.test(w) || !LAT.test(w)) return w;
    const t = w.replace(/^[®Φ]/, 'Ф').replace(/JI/g, 'Л');
    return [...t].every((c) => !LAT.test(c) || c in LAT_TO_CYR) ? toCyrillic(t) : w;
  });
}

/** Italic Cyrillic letters read as the Latin ones they look like ("gupeKmopa" for "директора"). */
const ITALIC_CYR: Record<string, string> = {
  a: 'а', g: 'д', e: 'е', u: 'и', k: 'к', K: 'к', m: 'т', n: 'п', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', r: 'г',
};

/**
 * A Russian line set in italics: tesseract may read a whole word as Latin ("Заместитель
 * gupeKmopa"). A word of four or more Latin letters, every one an italic Cyrillic look-alike,
 * in a line whose other words are all Cyrillic, is that word in Cyrillic. E-mails, web
 * addresses and words with other Latin letters stay.
 */
export function fixItalicCyrillic(line: string): string {
  const tokens = line.split(/(\s+)/);
  const wordy = tokens.filter((t) => /\p{L}/u.test(t));
  return tokens
    .map((t) => {
      const core = /^([«"(]?)([A-Za-z]{4,})([»".,:;)]?)$/.exec(t);
      if (!core || ![...core[2]!].every((c) => c in ITALIC_CYR)) return t;
      const others = wordy.filter((w) => w !== t);
      if (!others.length || !others.every((w) => CYR.test(w) && !LAT.test(w))) return t;
      return core[1]! + [...core[2]!].map((c) => ITALIC_CYR[c]!).join('') + core[3]!;
    })
    .join('');
}

/**
 * A capital I read as a small l at the start of a word ("lronbridge", "lnternational",
 * "lRONBRIDGE"): a word of small letters that starts with l and a consonant l is never
 * followed by in English, or an l before capitals. E-mail and web addresses stay as read.
 */
export function fixInitialL(line: string): string {
  return line
    .split(/(\s+)/)
    .map((t) => {
      if (/[@/]|\.\p{L}/u.test(t)) return t;
      return t.replace(/^([«"(]?)l(?=[bcdfghjkmnpqrstvwxz][a-z]{2,}\b|[A-Z]{2,})/, '$1I');
    })
    .join('');
}

/** Share of letters that are Cyrillic, 0..1. */
export function cyrillicShare(s: string): number {
  const { cyr, lat } = counts(s);
  return cyr + lat ? cyr / (cyr + lat) : 0;
}

/** In a digit run, letters that look like digits are digits: "555-0l32" -> "555-0132". */
export function fixDigits(s: string): string {
  return s.replace(/(?<!\p{L})[\dOoОоlI|ЗбB$]+(?:[\s().-]+[\dOoОоlI|ЗбB$]+)*/gu, (run) => {
    const digits = (run.match(/\d/g) ?? []).length;
    const letters = (run.match(/[OoОоlI|ЗбB$]/gu) ?? []).length;
    if (digits < 3 || letters > digits / 2) return run;
    // "+$5-11-94932-3502" (seed 73 s2_012): a 5 read as a dollar sign.
    return run
      .replace(/\$/g, '5')
      .replace(/[OoОо]/gu, '0')
      .replace(/[lI|]/g, '1')
      .replace(/З/g, '3')
      .replace(/б/g, '6')
      .replace(/B/g, '8');
  });
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Russian -> Latin transliteration (simplified BGN/PCGN), lower case. */
export function transliterate(s: string): string {
  return [...s.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
}

/**
 * A spelling-insensitive key for comparing names across scripts: transliterated,
 * letters only, with the sounds transliteration systems spell differently merged.
 */
export function nameKey(s: string): string {
  // "HELOÍSA" is "heloisa" in her mailbox: a Latin letter's accent goes (Cyrillic й and ё stay whole).
  const plain = /[\u00C0-\u024F]/.test(s) ? s.normalize('NFD').replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, '').normalize('NFC') : s;
  return transliterate(plain)
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/kh|ch|h/g, 'h')
    .replace(/ts|tz|c(?=[eiy])/g, 'c')
    .replace(/ck|k|q|c/g, 'k')
    .replace(/y|j|i/g, 'i')
    .replace(/w|v/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Dice coefficient on letter bigrams: 1 for equal strings, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
