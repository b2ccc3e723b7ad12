/**
 * Where an OCR line breaks into segments, word by word. A logo, an icon or a rule printed
 * between a name and a company comes back as a word of marks, a bracket, a tall digit, a lone
 * letter of the other alphabet; a column starts where the type changes size across a gap.
 * Each such clue is one named rule here: a new clue is one more entry in WORD_RULES, not a
 * branch in the segmenter's loop (segments.ts toLineSegments acts on the verdict).
 */
import type { OcrWord } from '../../../shared/contact.js';
import { hasCyrillic, hasLatin } from './scripts.js';

/** A word and its neighbours on the line, with the line's typical word height. */
export interface WordContext {
  w: OcrWord;
  i: number;
  words: OcrWord[];
  prev?: OcrWord;
  next?: OcrWord;
  /** Room between the word and the one before it. */
  gap: number;
  /** Median word height of the line. */
  h: number;
  /** The word starts where three or more of the card's lines start: a column's left edge. */
  atColumnEdge?: boolean;
}

/**
 * What the segmenter does with a word:
 * - separator: ends the segment (which is never joined across) and is dropped;
 * - part: ends the segment and is dropped;
 * - drop: is dropped, the segment runs on;
 * - bar-after: a word with a separating bar glued on its end: the word ends its segment;
 * - start: starts a new segment and is kept.
 */
export type WordVerdict = 'separator' | 'part' | 'drop' | 'bar-after' | 'start';

export interface WordRule {
  name: string;
  verdict: WordVerdict;
  test(c: WordContext): boolean;
}

/** Word heights this far apart are two sizes of type, not a word with descenders beside one without. */
const typeChanges = (a: number, b: number, ratio = 1.7) => Math.max(a, b) >= Math.min(a, b) * ratio;
/**
 * A mark taller than the type either side of it: by half again, or by a third where the type
 * changes across it ("Isabell J. DuBuque © falcon media": a name at 50 px, a logo's words at 33).
 */
const tallAmong = (mark: number, line: number, before: number, after: number) => {
  const tallest = Math.max(line, before, after);
  return mark >= tallest * 1.6 || (mark >= tallest * 1.3 && Math.max(before, after) >= Math.min(before, after) * 1.4);
};
/** Marks, dashes and initials have boxes of any height: only words of three letters or digits show the type's size. */
const wordOfType = (w: string) => (w.match(/[\p{L}\d]/gu) ?? []).length >= 3;
/** The smallest box height of the word at `from` and the next word of type beyond it (step -1: leftwards). */
const sideType = (words: { text: string; box: { h: number } }[], from: number, step: 1 | -1) => {
  const beyond = words[from + step];
  return Math.min(words[from]!.box.h, beyond && wordOfType(beyond.text) ? beyond.box.h : Infinity);
};

/**
 * A lone letter of the other script between two words of one ("LAURENCE B. BEDNAR О Tidewater
 * Design"): a round logo read as a letter, which separates what stands either side of it.
 */
function loneGlyph(w: string, prev: string | undefined, next: string | undefined): boolean {
  if (!prev || !next || !/^\p{L}$/u.test(w)) return false;
  const cyr = hasCyrillic(w);
  const other = (s: string) => /^\p{L}{2,}/u.test(s) && (cyr ? hasLatin(s) && !hasCyrillic(s) : hasCyrillic(s) && !hasLatin(s));
  return other(prev) && other(next);
}

/** In order: the first rule that holds gives the word's verdict. */
export const WORD_RULES: WordRule[] = [
  // "ВОРОНОВ ИОСИФ • ВОЛГА-МЕДИА": an icon or a bar read as a mark of its own.
  { name: 'icon-mark', verdict: 'separator', test: ({ w }) => /^[|•·*✱◆♦■●]$/.test(w.text) },
  // "Mahender Kumar @ 92156-26059": a phone's icon read as an "@" between a name and its
  // number (no e-mail's domain is digits and dashes alone: "@ 163.com" is one).
  { name: 'phone-icon-at', verdict: 'separator', test: ({ w, prev, next }) => !!prev && !!next && w.text === '@' && /\p{L}{2}$/u.test(prev.text) && /^[+(]?\d[\d()-]*$/u.test(next.text) },
  // "ВОРОНОВ ИОСИФ [вм] ВОЛГА-МЕДИА", "AMIE O'KEEFE al] FALCON TECHNOLOGIES": a logo's icon
  // read as a bracketed token, or with one bracket only.
  { name: 'bracketed-icon', verdict: 'separator', test: ({ w, prev }) => !!prev && /^(?:\[[^\]\s]{1,3}\]|[^\[\]\s]{1,3}\])$/.test(w.text) },
  // "QY VEE BEE YARN TEX PRIVATE LIMITED": a logo beside the line's first word, read as a few
  // letters at a low confidence, standing far taller than the line's type.
  { name: 'logo-before-line', verdict: 'drop', test: ({ w, i, next, h, words }) => i === 0 && !!next && w.box.h >= h * 2.5 && w.confidence < 0.5 && /^\S{1,3}$/u.test(w.text) && words.length >= 3 },
  // "al NORTHSTAR LABS", "ill Riverstone Dynamics", "all сфера-логистик": a logo's bars before
  // the line's first word, read as small l's and an a or i, standing half again as tall as it.
  // ("| il copperleaf": after a bar read as a mark too.)
  { name: 'leading-bars', verdict: 'drop', test: ({ w, i, words, next }) => words.slice(0, i).every((o) => !/[\p{L}\d]/u.test(o.text)) && !!next && /^(?:[aiu]?l{1,2}|[|!1]{2,3})$/.test(w.text) && /\p{L}{3}/u.test(next.text) && w.box.h >= next.box.h * 1.5 },
  // "ОРЕХОВА ФАИНА © СТРОЙ-КОНСАЛТ", "Laurence Heller 6 ironbridge foods", "Veselov hana] MEKONG":
  // a logo's mark read as a sign, a digit or a few letters with a mark, standing taller than
  // the type either side of it, parts the name from the logo ("Service © MIG 193" is a sign
  // of the text's size; "Founder & CEO" keeps its tall ampersand, "fatima.alfarsi @ falcon…" its "@").
  // ("ВЛАДИЛЕН ОРЛОВ (вк) Вектор Консалт", "Kazuya Yamamoto @) quantum Networks", "CAROL FUNK @ FALCON":
  // or bracketed, or an "@" with a bracket, or alone between capitalised words: no e-mail's halves.)
  {
    name: 'tall-mark',
    verdict: 'part',
    test: ({ w, prev, next, h }) =>
      !!prev && !!next && /\p{L}{2}/u.test(prev.text) && /\p{L}{2}/u.test(next.text) && tallAmong(w.box.h, h, prev.box.h, next.box.h) && (/^(?:[^\p{L}\s&+/\\|–—,.@-]{1,3}|\p{L}{0,4}[\][)(}{<>]|[\][)(}{<>]\p{L}{0,4}|[([{<]\p{L}{1,3}[)\]}>]|@[)\]}>])$/u.test(w.text) || (w.text === '@' && /^\p{Lu}[\p{L}-]*$/u.test(next.text) && /^\p{Lu}/u.test(prev.text))),
  },
  // "Якушева Анастасия Ниловна ©) орбита" (seed 73 s2_004): a round logo read as a sign and a
  // bracket, no text's, standing well above the words either side, though not above a word whose
  // descender stretched its box ("Якушева"). No text's mark: the two sides are never joined again.
  {
    name: 'bracketed-sign',
    verdict: 'separator',
    test: ({ w, prev, next }) => !!prev && !!next && /\p{L}{2}/u.test(prev.text) && /\p{L}{2}/u.test(next.text) && /^(?:[©®@][)\]}>]|[([{<][©®@])$/u.test(w.text) && w.box.h >= Math.max(prev.box.h, next.box.h) * 1.3,
  },
  // "Claudine Fleury © Keystone Consulting", "Susie Schamberger ll ironbridge networks",
  // "Isabell J. DuBuque So falcon media": a name and a logo's words side by side in two sizes of
  // type, the logo's mark between them read as a sign or a few letters standing above both. A
  // word of the line is as tall as the type it is set in, and a mark stands apart from the words
  // either side ("Co nstant D ura nd", a name read in pieces, is one run); "Founder & CEO" keeps
  // its ampersand.
  {
    name: 'mark-at-type-change',
    verdict: 'part',
    test: ({ w, prev, next, gap }) => {
      // A middle initial ("Isabell J. DuBuque") is the name's own, however tall OCR boxed it;
      // so is a short word read surely ("Lee", "Jr."): a logo's mark read as letters reads unsurely.
      // ("Nicéphore Simon @ HARrBoR Dynamics": an "@" too; an e-mail's halves read apart are one type.)
      if (!prev || !next || !wordOfType(prev.text) || !wordOfType(next.text) || !/^(?:[^\s&+@]{1,3}|@)$/u.test(w.text) || /^\p{Lu}\.$/u.test(w.text)) return false;
      if (/\p{L}/u.test(w.text) && w.confidence >= 0.8) return false;
      const type = Math.min(prev.box.h, next.box.h);
      const after = next.box.x - (w.box.x + w.box.w);
      return typeChanges(prev.box.h, next.box.h, 1.3) && w.box.h >= Math.max(prev.box.h, next.box.h) * 1.15 && gap >= type * 0.4 && after >= type * 0.25;
    },
  },
  // "Владимир Давидович МИРОНОВ ll" (or "all"): a logo's mark after a line's last word, read as
  // small Latin letters or bars, standing taller than the line's type or read low.
  { name: 'trailing-logo-mark', verdict: 'drop', test: ({ w, i, words, prev, gap, h }) => !!prev && i === words.length - 1 && /^[a-z|1!]{1,3}$/.test(w.text) && gap > h * 0.6 && (w.box.h >= h * 1.5 || (/[l|]/.test(w.text) && w.confidence < 0.5)) },
  // "Наумов Ким Ефстафьевич О" (seed 65 s2_004): a round logo read as an O, two words' gaps after
  // the line's last word and standing taller than its type. A name's initial follows a word's gap.
  { name: 'trailing-round-mark', verdict: 'drop', test: ({ w, i, words, prev, gap, h }) => !!prev && i === words.length - 1 && /\p{L}{3}/u.test(prev.text) && /^[OoОо0]$/u.test(w.text) && gap > h && w.box.h >= h * 1.1 },
  // "THE COUNTER @", "packetvideo [у": a logo's mark after a wordmark, read as a sign or a bracket
  // and a letter, standing well above the word before it: no e-mail's "@", no text.
  { name: 'trailing-tall-sign', verdict: 'drop', test: ({ w, i, words, prev }) => !!prev && i === words.length - 1 && /\p{L}{3}/u.test(prev.text) && /^(?:[@©®™]|[\][)(}{<>]\p{L}?|\p{L}?[\][)(}{<>])$/u.test(w.text) && w.box.h >= prev.box.h * 1.4 },
  // "Kenji Suzuki = @& nortustar roops": a logo's mark read as an equals sign between two words.
  // (Not "©", "#": "Flat # 205", "Service © MIG 193" are handled as they were.)
  { name: 'equals-mark', verdict: 'part', test: ({ w, prev, next }) => !!prev && !!next && /^=[=@&~*]{0,2}$/u.test(w.text) },
  // "Susie Schamberger ll ironbridge networks": a logo's bars, read low, between a name and the logo's words in small letters.
  { name: 'low-bars', verdict: 'separator', test: ({ w, prev, next }) => !!prev && /^[lI|1]{2,3}$/.test(w.text) && w.confidence < 0.5 && /^\p{Lu}/u.test(prev.text) && /^\p{Ll}/u.test(next?.text ?? '') },
  // "Lumen Technologies| Drew Frami": a separating bar read glued to the word before it.
  { name: 'glued-bar', verdict: 'bar-after', test: ({ w, next }) => /^\p{L}{3,}\|$/u.test(w.text) && /^\p{Lu}/u.test(next?.text ?? '') },
  { name: 'lone-glyph', verdict: 'separator', test: ({ w, prev, next }) => loneGlyph(w.text, prev?.text, next?.text) },
  // "© Silverline Analytics  Ryo Suzuki", "… Co., Ltd.) Kita-ku, Osaka" (seed 73 s2_014): a word a
  // line runs into at the left edge of a column of other lines, after two words of another column,
  // starts a segment. Not a value after its label ("Tel:  +81 …").
  {
    name: 'column-edge',
    verdict: 'start',
    test: ({ w, i, words, prev, h, atColumnEdge }) =>
      !!prev && !!atColumnEdge && w.box.x - (prev.box.x + prev.box.w) > Math.min(prev.box.h, w.box.h) * 0.4 && w.box.x > words[0]!.box.x + h * 2 && words.slice(0, i).filter((o) => /^\P{L}*\p{L}{3,}\P{L}*$/u.test(o.text)).length >= 2,
  },
  // Words a column's gap apart.
  { name: 'wide-gap', verdict: 'start', test: ({ prev, gap, h }) => !!prev && gap > h * 2.2 },
  // "… Кня зева   irinaknyazeva@tekhnotreyd.ru": an e-mail or web address whole, a word's gap or
  // more after words that are none, starts a column of its own. (Not after a word in small Latin
  // letters: "yanuarly f@…", the mailbox's first part read apart, fields.ts joins on.)
  { name: 'address-after-words', verdict: 'start', test: ({ w, prev, gap, h }) => !!prev && gap > h * 0.6 && /^[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]{2,}$|^(?:https?:\/\/|www\.)\S+\.\S{2,}$/iu.test(w.text) && !/[@\d/]/.test(prev.text) && !/^[a-z._-]+$/.test(prev.text) },
  // "Majd S. Wehbeh   Beirut - Lebanon": a name in big type and an address in small type
  // beside it, read as one row. Type that changes size across a wide gap starts a column.
  // Each side's type is its smallest box among its two words nearest the gap: a box OCR drew tall
  // (a J's tail, a speck above) is no bigger type ("SALES [19 px]   DIRECTOR [33 px] EUROPE [21 px]").
  { name: 'type-change', verdict: 'start', test: ({ w, i, words, prev, gap }) => !!prev && wordOfType(prev.text) && wordOfType(w.text) && typeChanges(sideType(words, i - 1, -1), sideType(words, i, 1)) && gap > Math.min(prev.box.h, w.box.h) * 1.8 },
];

/** The verdict of the first rule that holds for the word, or null: it runs on in its segment. */
export function wordVerdict(c: WordContext, rules: WordRule[] = WORD_RULES): WordVerdict | null {
  return rules.find((r) => r.test(c))?.verdict ?? null;
}
