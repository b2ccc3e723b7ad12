import type { Box, ContactFields, FieldConfidence, FieldName, FieldSources, OcrLine } from '../../shared/contact.js';
import { overlapShare } from './boxes.js';
import { countContacts } from './evidence.js';

/**
 * Second readings of the same card, for lines the first reading lost or misread.
 *
 * OCR reads a grey, normalised copy of the card, which suits most cards. Tesseract, handed a
 * colour image, thresholds every channel on its own, so ink that greyscale flattens into the
 * paper (grey on cream, light blue on pale blue, text over a gradient) can stand out in one
 * channel; the grey image inside a black frame, or thresholded by neighbourhood, keeps lines a
 * page-wide threshold lost on unevenly lit paper (ocr-pool.ts). Neither reading wins on every
 * card (measured on held-out real photos), so the second readings only add lines where the
 * first read nothing, and replace a line only where they read more contact data in it.
 */
/**
 * Fields nearly every card prints: a reading without one of them may have lost its line. A
 * phone or e-mail that is only our repair of a misreading (`repaired`: "reye3_one@3akura.uk"
 * spelt from Cyrillic look-alikes) counts as missing too: another reading may read it cleanly.
 */
export function lacksCoreField(f: ContactFields, repaired: readonly FieldName[] = []): boolean {
  return !f.name || f.phones.length === 0 || f.emails.length === 0 || repaired.includes('emails') || repaired.includes('phones');
}

/** Specks, logo strokes and half-read garbage are no lost line. */
const MIN_CONFIDENCE = 0.5;
const MIN_CHARS = 3;
/** A line's letters and digits, lower-cased: what two readings of it are compared on. */
const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Lines of the second reading that lie where the first read nothing. */
export function lostLines(first: OcrLine[], second: OcrLine[]): OcrLine[] {
  return second.filter(
    (l) => l.confidence >= MIN_CONFIDENCE && letters(l.text).length >= MIN_CHARS && !first.some((f) => overlapShare(f.box, l.box) > 0.3 && (middleWithin(l.box, f.box) || middleWithin(f.box, l.box))),
  );
}

/**
 * `a`'s middle row lies inside `b`: one of them is the other read again (or read with a line
 * beside it). A big name's box, tall with the space under it, may reach over the top of the
 * small title under it, which is a line of its own: neither middle lies in the other's box.
 */
function middleWithin(a: Box, b: Box): boolean {
  const mid = a.y + a.h / 2;
  return mid >= b.y && mid <= b.y + b.h;
}

/** The same printed line: boxes over each other, of like height. */
function sameLine(a: OcrLine, b: OcrLine): boolean {
  const ratio = a.box.h / Math.max(1, b.box.h);
  return overlapShare(a.box, b.box) > 0.5 && ratio > 0.6 && ratio < 1.6 && Math.abs(a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2)) < Math.max(a.box.h, b.box.h) / 2;
}

/**
 * `s` reads the whole of the line `f` read only part of: "Ведущий специалист" where one
 * threshold kept only "ий специалист". Its box runs past f's, and f's letters are its start or
 * its end, with a word's worth more.
 */
function extendsLine(s: OcrLine, f: OcrLine): boolean {
  const a = letters(s.text);
  const b = letters(f.text);
  return b.length >= 3 && a.length >= b.length + 3 && (a.startsWith(b) || a.endsWith(b)) && s.box.w > f.box.w && s.confidence >= f.confidence - 0.1;
}

/**
 * `s`, another reading's line over the first reading's `f`, runs on over another line of the
 * first reading that is a line in its own right (read surely, a word or more): two columns read
 * as one row ("ВЕН ЕДИ КТОВИЧ =lebedev.v@…" over a name's last line and the e-mail beside it),
 * not a better reading of `f`. A scrap of `f` the first reading set apart ("ae" after
 * "E-mail: тс d_salet у") is no such line: `s` reads it whole.
 */
function runsOver(first: OcrLine[], f: OcrLine, s: OcrLine): boolean {
  // (0.7: "MOG-+84 346 833 834" at 0.75, its label's word read at 0.11, under "© Harbor Technologies"
  // that another reading ran on over it, seed 21 s2_002.)
  return first.some((o) => o !== f && o.confidence >= 0.7 && letters(o.text).length >= 6 && overlapShare(o.box, s.box) > 0.5);
}

/** The first reading with each line another reading read whole (extendsLine) replaced by that reading of it. */
export function longerLines(first: OcrLine[], second: OcrLine[]): { lines: OcrLine[]; swapped: OcrLine[] } {
  const swapped: OcrLine[] = [];
  const lines = first.map((f) => {
    const s = second
      .filter((l) => l.confidence >= MIN_CONFIDENCE && sameLine(f, l) && extendsLine(l, f) && !runsOver(first, f, l))
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (!s) return f;
    swapped.push(s);
    return s;
  });
  return { lines, swapped };
}

/**
 * Lines of the first reading that another reading read as more contact data: the e-mail the
 * colour image reads whole where the grey one read "геуез_опей(@закига.ик". A phone number,
 * e-mail or web address is too regular to come out of misread ink by chance, so the line that
 * yields more of them is the better reading of that line. Among several, the most contacts,
 * then the most confident.
 */
export function betterLines(first: OcrLine[], second: OcrLine[], country: string, repaired: Box[] = []): { lines: OcrLine[]; swapped: OcrLine[] } {
  const swapped: OcrLine[] = [];
  const lines = first.map((f) => {
    const have = countContacts(f.text, country);
    // A line whose contact extraction only repaired ("fmedvedeva@…" mended from the name): another
    // reading of it with as much contact data, read more surely, is worth trying; whether it is
    // taken is for its extraction to show (addsFields).
    const weak = have > 0 && repaired.some((b) => overlapShare(f.box, b) > 0.5);
    let best: OcrLine | null = null;
    let bestCount = have;
    for (const s of second) {
      if (s.confidence < MIN_CONFIDENCE || !sameLine(f, s) || runsOver(first, f, s)) continue;
      const n = countContacts(s.text, country);
      const surer = weak && !best && n === have && s.confidence > f.confidence && s.text !== f.text;
      if (n > bestCount || surer || (best && n === bestCount && s.confidence > best.confidence)) {
        best = s;
        bestCount = n;
      }
    }
    if (!best) return f;
    swapped.push(best);
    return best;
  });
  return { lines, swapped };
}

/** Both readings' lines in reading order (top to bottom, then left to right, as OCR gives them). */
export function withLines(first: OcrLine[], added: OcrLine[]): OcrLine[] {
  return [...first, ...added].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

const FILLED: (keyof ContactFields)[] = ['name', 'title', 'company', 'department', 'phones', 'emails', 'websites', 'address'];
const filled = (f: ContactFields) => FILLED.filter((k) => { const v = f[k]; return Array.isArray(v) ? v.length > 0 : !!v; });

/**
 * The merged reading is taken only when it finds a field the first did not, or reads cleanly
 * one the first only repaired (`repaired`: fields that are only a repair), and loses none: an
 * added line can also pull a good field apart (digits of a logo read into a phone line).
 */
export function addsFields(before: ContactFields, after: ContactFields, repaired: { before?: readonly FieldName[]; after?: readonly FieldName[] } = {}): boolean {
  if (!keepsFields(before, after)) return false;
  const b = filled(after);
  return b.length > filled(before).length || (repaired.before ?? []).some((k) => b.includes(k) && !(repaired.after ?? []).includes(k));
}

/** Every field `before` has, `after` has too. */
export function keepsFields(before: ContactFields, after: ContactFields): boolean {
  const b = new Set(filled(after));
  return filled(before).every((k) => b.has(k));
}

/** A field taken from a line only the second reading saw: faint ink, read once, is never sure. */
export function capAddedFields(confidence: FieldConfidence, sources: FieldSources, added: OcrLine[], max = 0.85): FieldConfidence {
  const out = { ...confidence };
  for (const k of Object.keys(sources) as FieldName[]) {
    const c = out[k];
    if (c !== undefined && sources[k]?.some((b) => added.some((l) => overlapShare(l.box, b) > 0.5))) out[k] = Math.min(c, max);
  }
  return out;
}
