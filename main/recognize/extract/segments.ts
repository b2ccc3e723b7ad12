import type { Box, OcrLine } from '../../../shared/contact.js';
import { unionBox } from '../boxes.js';
import { wordVerdict } from './word-breaks.js';
import { PATRONYMIC, RU_SURNAME, TITLE_WORD_SET, US_STATE_ZIP } from './keywords.js';
import { fixInitialL, fixItalicCyrillic, fixMixedScripts, hasLatin, toCyrillic } from './scripts.js';
import { fixInitialCase, fixInitialIName, fixLatinLookalikeName, isFamilyName, isGivenName } from './names.js';

/** A run of words on one OCR line that belong together (columns and separators split lines). */
export interface Segment {
  text: string;
  box: Box;
  /** Mean word confidence, 0..1. */
  conf: number;
  /** The least confidence of a word with an "@" in it: an e-mail is as sure as its own word, not its label's. */
  atConf?: number;
  /** The least confidence of a word holding two digits or more: a number is as sure as its least-read group of digits. */
  digitConf?: number;
  /** Median word height: the font size, roughly. */
  size: number;
  /** Index of the OCR line it came from. */
  line: number;
  /** Ends at a separator printed on the card (an icon between name and logo): never joined across. */
  cut?: boolean;
  /** One item of a list printed on one line ("Home Loan | Mortgage Loan | Personal Loan"): services, offices, never a person. */
  listed?: boolean;
  /** Printed on one line with a person's title ("Prop. Satish Kumar", "Utsav Busa (Director)"), split from it. */
  titled?: boolean;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * Drops what OCR made of pictures: stripes, logos and QR codes come back as low-confidence
 * strings of O, E, C and dashes.
 */
function readable(lines: OcrLine[]): OcrLine[] {
  const spellsDomain = domainSpeller(lines);
  return lines
    // A dotted abbreviation ("S.A.", read "5.A.") is a legal form OCR is often unsure of, seldom a picture.
    // (A street's short word read low, "Roberts Rd.", is still the street's.)
    // A domain's ending on an e-mail or web address's line ("www tidewater. jp") is its own, read low or not.
    // So is an "@" read apart between an address's two halves ("scmrjpm @ gmail.com", the "@" at 0.00).
    .map((l) => ({ ...l, confidence: keptConfidence(l), words: l.words.filter((w, i) => w.confidence >= 0.3 || (w.text === '@' && i > 0 && i < l.words.length - 1) || /[\p{L}\d]{3}/u.test(w.text) || /^[\p{L}\d]\.(?:\p{L}\.){1,3}$/u.test(w.text) || /^(?:rd|st|ave|dr|ln|ct|pl|sq)\.,?$/iu.test(w.text) || (/^\.?[a-z]{2,3}$/.test(w.text) && WEB_SHAPE.test(l.text)) || splitCep(w.text, l.words[i + 1]?.text)) }))
    // ("Sarasota, Florida 94242 :" read at 0.38: a US state spelt out before its ZIP code is no picture's.)
    .filter((l) => l.words.length && (l.confidence >= 0.4 || CONTACT_SHAPE.test(l.text) || BARE_DOMAIN.test(l.text) || spellsDomain(l.text) || titleWordsOnly(l.text) || patronymicAlone(l.text) || US_STATE_ZIP.test(l.text)));
}

/** "01 310-293": a Brazilian postcode's first two digits read apart from the rest, both unsurely (joined where the address is put together). */
const splitCep = (word: string, next: string | undefined) => /^\d{2}$/.test(word) && /^\d{3}-\d{3}$/.test(next ?? '');

/**
 * A line's confidence without the specks dropped from it: ") Aus4Transport", a logo's word read
 * at 0.88 beside a speck two pixels high read at 0, is no picture.
 */
function keptConfidence(l: OcrLine): number {
  const specks = l.words.filter((w) => !/[\p{L}\d]/u.test(w.text) && w.box.h < median(l.words.map((o) => o.box.h)) * 0.3);
  if (!specks.length) return l.confidence;
  const kept = l.words.filter((w) => !specks.includes(w));
  return kept.length ? kept.reduce((n, w) => n + w.confidence, 0) / kept.length : 0;
}

/**
 * "Дмитриевна" under "МАТВЕЕВА Варвара", read right at a confidence of 0: a line that is one
 * Cyrillic word ending as a patronymic does and made of a given name of the lists is a name's
 * part; garbage spells none.
 */
function patronymicAlone(text: string): boolean {
  const w = text.trim();
  const stem = /^(\p{Lu}\p{Ll}{2,})(?:ович|евич|ьевич|овна|евна|ьевна|ична|инична)$/u.exec(w);
  return !!stem && [stem[1]!, `${stem[1]!}й`, `${stem[1]!}ий`, `${stem[1]!}а`].some((g) => isGivenName(g));
}

/**
 * "Начальник отдела" read right yet given a low confidence (small print in a photo): a line of
 * nothing but known title words (one of four letters or more) is kept; garbage spells none.
 */
const TITLE_JOINERS = new Set(['of', 'and', 'и', 'de', 'du', 'des', 'für']);
function titleWordsOnly(text: string): boolean {
  const ws = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return ws.length > 0 && ws.length <= 5 && ws.some((w) => w.length >= 4) && ws.every((w) => TITLE_WORD_SET.has(w) || TITLE_JOINERS.has(w));
}

/**
 * A logo's word in an unusual typeface ("iSpectruMedix") is often read right yet given almost no
 * confidence. When the card's e-mail or web domain names it (five letters or more, one or two
 * words), the line is kept all the same: the domain confirms it.
 */
function domainSpeller(lines: OcrLine[]): (text: string) => boolean {
  const stems = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(/(?:@|\bwww\.)([\p{L}\d-]{5,})\./giu)) stems.add(m[1]!.toLowerCase().replace(/-/g, ''));
  if (!stems.size) return () => false;
  return (text) => {
    if (text.trim().split(/\s+/).length > 2 || /[@.]/.test(text)) return false;
    const letters = text.toLowerCase().replace(/[^\p{L}\d]/gu, '');
    return [...stems].some((stem) => letters.includes(stem) && letters.length <= stem.length + 2);
  };
}

/**
 * An e-mail address, a web address or a phone number: tesseract often gives such a line a low
 * confidence (the "@", the dots, an icon before it), yet its shape is checked later; losing it
 * loses the contact. (An underscore before a domain's ending is its dot, read low: channels.ts.)
 * Small print loses a dot to a space: "hsuzuki@ tidewater jp", "URL www tidewater. jp".
 */
// ("WEB-www.vertexcom", read at 0.31: after "www." a domain whose dot before a common ending was lost.)
// ("__www.sino.com", read at 0.00 over a rule under it: "_" is no letter, so "www" starts there.)
// ("https: //pioneerstudio.com" at 0.19: a scheme read apart from its slashes.)
const WEB_SHAPE = /(?<![\p{L}\d])www\s?[.,]\s?[\p{L}\d-]{3,}(?:com|net|org|ru)\b|[\p{L}\d|]\s?@\s?[\p{L}\d-]+(?:_?\.|_|\s(?=[a-z]{2,3}$))[\p{L}]{2,}|(?<![\p{L}\d])www\s[\p{L}\d-]{3,}\s?[.,]\s?[a-z]{2,}|(?<![\p{L}\d])(?:(?:https?|h[il]tps?):\s?\/\/?|www\.?)[\p{L}\d-]+[._]|(?<![\p{L}\d])www\s?[.,]\s[\p{L}\d-]{3,}/u;
// "Linkedin. com/in/anna-smith", read at 0.02: a domain with a common ending and a path after it.
const PATH_SHAPE = /[\p{L}\d-]{3,}\s?\.\s?(?:com|net|org|io|co|ru|de|in|uk)\/[\p{L}\d_-]{2,}/u;
// "&E-mail:haruto_tanaka@pioneerstudiojo", read at 0.03: an address under its label, its dot lost.
const CONTACT_SHAPE = new RegExp(`${WEB_SHAPE.source}|${PATH_SHAPE.source}|(?:\\d[\\s().-]{0,2}){7,}|[eE]-?[mM][aA][iI][lL]\\s?:\\s?[\\p{L}\\d._-]+@[\\p{L}\\d-]{4,}`, 'u');

/** "azKlinika.rU" read at 0.32: a line that is a web address alone, with a common ending, in whatever case. */
const BARE_DOMAIN = /^\s*[\p{L}\d-]{3,}\.(?:com|ru|net|org|de|in|jp|io|co|uk|info|biz|рф)\s*$/iu;

/** Drops leading tokens that are icons read as symbols ("☎" -> "&", "@", "©") and stray quotes. */
export function stripIcons(s: string): string {
  return s
    // "(FEHHHRE| HANSUNGCOMPUTER CO.,LTD.": a name in another script read as a bracketed jumble before the line.
    .replace(/^\([^\s()|]{2,12}\|\s+(?=\S)/u, '')
    // "$. RAMASAMY": an initial S read as a dollar sign before its dot, not an icon.
    .replace(/^\$\.\s?(?=\p{Lu}{2})/u, 'S. ')
    // "$. 8 (812) 124-50-96": the Ф of the fax's abbreviation "ф." read so before a number.
    .replace(/^(?:\S{1,2}\s+)?\$\.\s?(?=[+(]?\d[\d\s()-]{6,})/u, 'ф. ')
    .replace(/^(?:[^\p{L}\p{N}+(]{1,3}\s+)+/u, '')
    // An icon read as a letter and a symbol ("е@ ВОЛГА", "af] Summit"): a short token with a mark in it.
    .replace(/^(?=\S{0,2}[@©®*#%\]\[|{}<>§¶~])\S{1,3}\s+(?=\S)/u, '')
    // A logo's bars read as "ll", "I|" before the text.
    .replace(/^[lI|1]{1,3}\s+(?=\p{Lu})/u, '')
    // A round icon read as bracketed marks: "(=) Evergreen", "[*] Sales".
    .replace(/^[([{][^\p{L}\p{N}\s]{1,2}[)\]}]\s+(?=\p{L})/u, '')
    // ("|.zykova@": an initial l read as a bar before an address's dot stays for channels.ts to read.)
    .replace(/^(?!\|[._][\p{L}\d][^\s@]*@)[‘’'"“”,.;:*•·|_~^`´-]+(?=[\p{L}\p{N}+(])/u, '')
    // A round phone icon read as an O before a number and nothing else: "О 0131 729 7776".
    .replace(/^[OoОо]\s+(?=[+(]?\d[\d\s().-]{6,}$)/u, '')
    // ("у, Dogran Bazar, Hisar": with a comma too.)
    .replace(/^(\p{L})[.,]?\s+(?=\S+\s+\S)/u, (m, letter: string) => (strayLetter(letter, s) ? '' : m))
    // "EoENW Siegfried Stettmayer": a logo read as a short jumble of cases before a name's two words.
    // ("DevOps Birth Assistant": one capital after a small letter is a word's own.)
    .replace(/^(?=\S*\p{Ll}\p{Lu}{2})(?=\S*\p{Lu}\p{Ll})\p{L}{3,6}\s+(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$)/u, '')
    .trim();
}

/**
 * "м Megan Serratore": a logo read as one letter of the other alphabet before a line whose
 * words are all of one script. A Russian line's "в", "с", "и" are words of its own script.
 */
function strayLetter(letter: string, line: string): boolean {
  const rest = line.slice(line.indexOf(letter) + 1);
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 2) return false;
  const cyr = (w: string) => /\p{Script=Cyrillic}/u.test(w);
  return words.every((w) => cyr(w) !== cyr(letter) && /^(?:\p{Script=Cyrillic}+|\p{Script=Latin}+)$/u.test(w));
}

/**
 * "The Little Wood:Shop": a speck between two words read as a colon. A label's colon
 * ("Tel:Office", "Email:John@...") and a colon before digits stay.
 */
function gluedColon(text: string): string {
  return text.replace(/(\p{L}{3,}):(?=\p{Lu}\p{Ll}{2,}(?:\s|$))/gu, (m, word: string) => (/^(?:tel|phone|fax|mob|mobile|cell|e-?mail|mail|web|website|url|site|address|addr|office|ofis)$/iu.test(word) || /[:]/.test(word) ? m : `${word} `));
}

/** A contact label after other text starts a new segment: "Tokyo 102-0071, JAPAN. Tel: +81 ...". */
// "... Aditya Enclave Ph: 040-6581889" ("Ph." is also a doctor's degree: only with a colon);
// "... INDIA Сей: 98480 17718", a Cell label read in Cyrillic look-alikes.
// "Falcon Systems FZ-LLC @ E: daniel-k@...": a one-letter label (after its icon) before a number or an address;
// "Pioneer Dynamics Ltd. @E j.rosenbaum@...": an icon, its label glued on, before an address.
const LABEL_SPLIT = /(?<=\S)\s+(?=(?:tel|tél|phone|fax|mobile|mob|cell|сей|e-?mail|url|web|tax code|тел|факс|моб|e-mail)\.?\s*[:.]|ph\s*:|(?:[@©®]\s+)?e-?mail\s+\S+@|(?:[@©®]\s+)?[tmfewp]\s?:\s?(?=\+?[\d(]|\S+@|www\.|https?:)|[@©®]\p{L}?\s+\S+@)/giu;

function splitAtLabels(seg: Segment): Segment[] {
  const cuts = [...seg.text.matchAll(LABEL_SPLIT)].map((m) => m.index!);
  return cuts.length ? splitAt(seg, cuts) : [seg];
}

/** The segment cut at these character offsets, each piece trimmed, with its share of the line's box. */
export function splitAt(seg: Segment, cuts: number[]): Segment[] {
  const bounds = [0, ...cuts, seg.text.length];
  const out: Segment[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    const text = seg.text.slice(a, b).trim();
    if (!text) continue;
    // The words' own boxes are gone here: share the line's box out by characters.
    const x = seg.box.x + (seg.box.w * a) / seg.text.length;
    const w = (seg.box.w * (b - a)) / seg.text.length;
    out.push({ ...seg, text, box: { ...seg.box, x: Math.round(x), w: Math.round(w) } });
  }
  return out;
}

/** Splits each line where the card put columns, separators or a second label in one row. */
export function toSegments(lines: OcrLine[]): Segment[] {
  return joinRowFragments(toLineSegments(lines)).flatMap(splitAtLabels);
}

/**
 * "DANG" + "MINH HOA": OCR cut one letter-spaced line of big type in two. Pieces of words only
 * (no digits, no contact signs) in the same row, the same type size and close together are
 * one line again; columns of a card sit further apart.
 */
/** "CUSTOMER SUC" + "CESS MANAGER": the cut fell inside a word the two halves spell. */
/** "A" + "nupam Sen": or a name's big first letter read apart from the rest of its word in small letters. */
const gluedAt = (a: Segment, b: Segment) =>
  (/\p{L}$/u.test(a.text) && /^\p{L}/u.test(b.text) && TITLE_WORD_SET.has(`${a.text.split(' ').at(-1)}${b.text.split(' ')[0]}`.toLowerCase())) ||
  (/^\p{Lu}$/u.test(a.text) && /^\p{Ll}{2,}(?:\s\p{Lu}[\p{Ll}'’-]+){1,3}$/u.test(b.text) && b.box.x - (a.box.x + a.box.w) < b.size * 0.5);

/** Letters that reach below the line, so a word holding one is boxed taller than its type. */
const DESCENDS = /[ДЦЩдцщруфgjpqyQJ]/u;

function joinRowFragments(segs: Segment[]): Segment[] {
  const wordsOnly = (s: Segment) => !/[\d@:]/.test(s.text);
  const out = [...segs];
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    const j = out.findIndex((b, k) => {
      if (k === i || a.cut || !wordsOnly(a) || !wordsOnly(b) || b.box.x <= a.box.x) return false;
      const size = Math.max(a.size, b.size);
      const overlap = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      const gap = b.box.x - (a.box.x + a.box.w);
      // "Brightwater Logistics   Galina Moiseeva": two lines of two words or more, each whole, a
      // column's gap apart, are a logo beside a name, not one line cut in two.
      const whole = a.text.split(' ').length >= 2 && b.text.split(' ').length >= 2 && gap > size && !gluedAt(a, b);
      // "АНЖЕЛА" + "БОГДАНОВА" (seed 67 s2_014): a word with a letter below the line (Д, Ц, Щ, g, p, y…) is boxed taller than its type.
      const taller = a.size > b.size ? a : b;
      const alike = Math.abs(a.size - b.size) <= size * (DESCENDS.test(taller.text) ? 0.3 : 0.12);
      return alike && overlap >= Math.min(a.box.h, b.box.h) * 0.7 && gap >= 0 && gap <= size * 3 && !whole;
    });
    if (j < 0) continue;
    const b = out[j]!;
    const y = Math.min(a.box.y, b.box.y);
    const glued = gluedAt(a, b);
    const joined: Segment = {
      text: `${a.text}${glued ? '' : ' '}${b.text}`,
      box: { x: a.box.x, y, w: b.box.x + b.box.w - a.box.x, h: Math.max(a.box.y + a.box.h, b.box.y + b.box.h) - y },
      conf: (a.conf * a.text.length + b.conf * b.text.length) / (a.text.length + b.text.length),
      size: Math.max(a.size, b.size),
      line: Math.min(a.line, b.line),
    };
    out[i] = joined;
    out.splice(j, 1);
    i--;
  }
  return out;
}

/**
 * "HIROSHI SUZUKI —", "Одинцов Автоном Юлианович ©": a speck, a rule's end or an icon read as a
 * lone mark after a line's last word. "Евсеев Мечислав Жанович A": or as a lone capital of the
 * other alphabet after words of one.
 */
const trailingSpeck = (text: string) =>
  text
    .replace(/(?<=\p{L})\s+[—–\-_|~•·©]+$/u, '')
    .replace(/^((?:\p{Script=Cyrillic}{2,}\s){1,3}\p{Script=Cyrillic}{2,})\s[A-Z]$/u, '$1')
    .replace(/^((?:\p{Script=Latin}{2,}\s){1,3}\p{Script=Latin}{2,})\s[А-ЯЁ]$/u, '$1');

/** "Импул ьс-Групп": a gap OCR put inside a Russian word, before a letter no word starts with. */
const softSignParted = (text: string) => text.replace(/(?<=\p{Script=Cyrillic})\s(?=[ьъы]\p{Ll})/gu, '');

/**
 * "Co nstant D ura nd": a name in widely spaced type OCR cut at letter gaps, its pieces after
 * the first in small letters, which no word of a name starts with. Joined where the pieces
 * together, and none alone, spell a given or family name of the lists.
 */
function spacedNameParted(text: string): string {
  if (!/(?<=\s)\p{Ll}/u.test(text)) return text;
  const ws = text.split(' ');
  // A patronymic spells a name's word as surely as the lists: "Вило рович" is Вилорович.
  const known = (w: string) => isGivenName(w) || isFamilyName(w) || (/^\p{Lu}\p{Ll}{6,}$/u.test(w) && /^\p{Script=Cyrillic}+$/u.test(w) && PATRONYMIC.test(w));
  // "МИХЕЕВ Э раст Вилорович": beside a word of a Russian name, a capital with no dot before a
  // word in small letters is that word's first letter (an initial has its dot), listed or not.
  const russian = ws.some((w) => /^\p{Script=Cyrillic}+$/u.test(w) && (known(w) || RU_SURNAME.test(w)) && w.length >= 5);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    // "В алентинович", "Co nstant": a capitalised piece that is no name by itself (one of a letter
    // or two may spell one by chance, "Co"), then pieces in small letters, which begin no name's
    // word (so "анна" after "Ж" is no name of its own).
    // ("И р ина АН тоновна Кня зева": small capitals, a piece's first letters read as capitals,
    // a Russian surname or patronymic known by its shape.)
    const shaped = (w: string) => /^\p{Script=Cyrillic}{6,}$/u.test(w) && (RU_SURNAME.test(w) || PATRONYMIC.test(w));
    const n = [3, 2].find((k) => {
      const part = ws.slice(i, i + k);
      if (part.length !== k || !part.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) || part.join('').length < 5) return false;
      const joined = part.join('');
      if (/^\p{Lu}\p{Ll}*$/u.test(part[0]!) && !(part[0]!.length > 2 && known(part[0]!)) && known(joined)) return true;
      return /^\p{Lu}{1,2}\p{Ll}{0,2}$/u.test(part[0]!) && !known(part[0]!) && (known(joined) || shaped(joined.toLowerCase()));
    });
    const capital = !n && russian && /^\p{Script=Cyrillic}$/u.test(ws[i]!) && /^\p{Lu}$/u.test(ws[i]!) && /^\p{Script=Cyrillic}{3,}$/u.test(ws[i + 1] ?? '') && /^\p{Ll}+$/u.test(ws[i + 1]!);
    const k = n ?? (capital ? 2 : 0);
    const joined = ws.slice(i, i + k).join('');
    out.push(k ? (/^\p{Lu}{2}/u.test(joined) && /\p{Ll}/u.test(joined) ? joined[0] + joined.slice(1).toLowerCase() : joined) : ws[i]!);
    if (k) i += k - 1;
  }
  // "Юри и Димитриевич": a name's й read as an и apart (or a Latin u), its breve lost; no given name ends so.
  return out.join(' ').replace(/(?<!\p{L})(\p{Lu}\p{Ll}+)\s[иu](?=\s\p{Lu}|$)/gu, (m, w: string) => (isGivenName(`${w}й`) ? `${w}й` : m));
}

/**
 * Letters and marks OCR adds to words: "hHitachi, Ltd.", a word's capital read twice, once
 * small; "\\nternet", a capital I and an n read as "\\n"; "ARIF] MAINTENANCE", a word in capitals
 * ending in an I read as a bracket no bracket opens; "ISLAND > ALPINE", a logo's mark read as an
 * arrow between two words in capitals.
 */
const letterMarks = (text: string) =>
  text
    // "Leopoldstra$e", "Kaiserstra&e", "MönckebergstraBe": the street's ß read as a sign or a B.
    .replace(/(?<=stra)[$&B](?=e\b)/giu, 'ß')
    // "Елизавета Олеговна ЖУКОВА«": an opening quote after a word's last letter opens nothing; a speck.
    .replace(/(?<=\p{L}{2})[«„](?=\s|$)/gu, '')
    // "Social \\nformatics", "\\nternet", "Securics, \\nc": a capital I and an n read as a backslash and an n.
    .replace(/(?<![\p{L}\d\\])\\n(?=\p{Ll})/gu, 'In')
    // "Securics, Inc у": a speck read as a lone small letter after a legal form.
    .replace(/(?<=\b(?:Inc|Ltd|LLC|GmbH|Corp)\.?)\s\p{Ll}$/u, '')
    .replace(/(?<![\p{L}\d])(\p{Ll})(?=(\p{Lu})\p{Ll}{2})/gu, (m, small: string, capital: string) => (small.toUpperCase() === capital ? '' : m))
    .replace(/(?<=\b\p{Lu}{3,})\](?=\s|$)/gu, (m) => (text.includes('[') ? m : 'I'))
    .replace(/(?<=\b\p{Lu}{3,})\s[<>]\s(?=\p{Lu}{3,}\b)/gu, ' ');

/** "Venkatanarayanan $": an initial S after a name, read as a dollar sign. */
const dollarInitial = (text: string) => text.replace(/^(\p{Lu}[\p{Ll}\p{Lu}]{3,}\.?\s)\$$/u, '$1S');

/**
 * "СЫ CO E B РОДИ O H": a name set in spaced capitals, read as letters and pieces of words. A run
 * of three or more pieces of capitals, half of them single letters, is joined into words where the
 * gaps are letters' gaps; a gap clearly wider than those parts two words.
 */
export function joinSpacedLetters(words: OcrLine['words']): OcrLine['words'] {
  const piece = (w: OcrLine['words'][number]) => /^\p{Lu}{1,4}$/u.test(w.text);
  const out: OcrLine['words'] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && piece(words[j]!)) j++;
    const run = words.slice(i, j);
    // Half the pieces single letters: "RUE DE LA", "ООО ПКФ" are words, however short.
    const single = run.filter((w) => w.text.length === 1).length;
    if (run.length < 3 || single < run.length * 0.5) {
      out.push(...(run.length ? run : [words[i]!]));
      i = Math.max(j, i + 1);
      continue;
    }
    const gaps = run.slice(1).map((w, k) => w.box.x - (run[k]!.box.x + run[k]!.box.w));
    const letterGap = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 3)]!;
    const wordGap = Math.max(letterGap * 1.8, letterGap + run[0]!.box.h * 0.25);
    let group = [run[0]!];
    const flush = () => out.push({ text: group.map((w) => w.text).join(''), confidence: Math.min(...group.map((w) => w.confidence)), box: unionBox(group.map((w) => w.box)) });
    run.slice(1).forEach((w, k) => {
      if (gaps[k]! > wordGap) {
        flush();
        group = [w];
      } else group.push(w);
    });
    flush();
    i = j;
  }
  return out;
}

/** Whether a word at x starts where three or more of the lines start (a column's left edge; WordContext.atColumnEdge). */
function columnEdges(lines: OcrLine[]): (x: number, h: number) => boolean {
  const starts = lines.map((l) => l.words[0]?.box.x ?? l.box.x);
  return (x, h) => starts.filter((s) => Math.abs(s - x) <= Math.max(3, h * 0.15)).length >= 3;
}

function toLineSegments(lines: OcrLine[]): Segment[] {
  const out: Segment[] = [];
  const kept = readable(lines).map((l) => ({ ...l, words: joinSpacedLetters(l.words) }));
  const atColumn = columnEdges(kept);
  kept.forEach((l, idx) => {
    let group: OcrLine['words'] = [];
    const flush = (cut = false) => {
      if (!group.length) return;
      const x0 = Math.min(...group.map((w) => w.box.x));
      const y0 = Math.min(...group.map((w) => w.box.y));
      const x1 = Math.max(...group.map((w) => w.box.x + w.box.w));
      const y1 = Math.max(...group.map((w) => w.box.y + w.box.h));
      const text = spacedNameParted(softSignParted(letterMarks(dollarInitial(fixLatinLookalikeName(fixInitialCase(fixInitialIName(fixInitialL(fixItalicCyrillic(fixMixedScripts(trailingSpeck(stripIcons(gluedColon(group.map((w) => w.text).join(' ').replace(/\s+/g, ' ').trim())))))))))))));
      const atWords = group.filter((w) => w.text.includes('@'));
      const digitWords = group.filter((w) => /\d\D*\d/.test(w.text));
      // Rules, stripes and textures read as "///// /л/,/л/": mostly marks, few letters.
      const marks = text.replace(/\s/g, '').length;
      const alnum = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
      if (text && alnum >= marks * 0.6)
        out.push({
          text,
          box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
          conf: group.reduce((s, w) => s + w.confidence, 0) / group.length,
          ...(atWords.length ? { atConf: Math.min(...atWords.map((w) => w.confidence)) } : {}),
          ...(digitWords.length ? { digitConf: Math.min(...digitWords.map((w) => w.confidence)) } : {}),
          size: median(group.map((w) => w.box.h)),
          line: idx,
          ...(cut ? { cut } : {}),
        });
      group = [];
    };
    const h = median(l.words.map((w) => w.box.h)) || l.box.h;
    const first = out.length;
    l.words.forEach((w, i) => {
      const prev = l.words[i - 1];
      // "3299" boxed 4 px wide in a 16 px line: a box too narrow for its letters ends where they would.
      const gap = prev ? w.box.x - (prev.box.x + Math.max(prev.box.w, prev.text.length * h * 0.35)) : 0;
      switch (wordVerdict({ w, i, words: l.words, prev, next: l.words[i + 1], gap, h, atColumnEdge: atColumn(w.box.x, h) })) {
        case 'separator':
          return flush(true);
        case 'part':
          return flush();
        case 'drop':
          return;
        case 'bar-after':
          if (prev && gap > h * 2.2) flush();
          group.push({ ...w, text: w.text.slice(0, -1) });
          return flush(true);
        case 'start':
          flush();
          break;
      }
      group.push(w);
    });
    flush();
    const items = out.slice(first);
    if (items.length >= 3 && items.filter((x) => x.cut).length >= 2) for (const x of items) x.listed = true;
  });
  cyrillicSurnames(out);
  return out;
}

/** A Russian given name or patronymic, spelt in Cyrillic. */
const russianNameWord = (w: string) => /^\p{Script=Cyrillic}{3,}$/u.test(w) && (PATRONYMIC.test(w) || isGivenName(w));

/**
 * "MATBEEBA" over "АНЖЕЛА РУСЛАНОВНА": a surname printed on a line of its own, in capitals that
 * are all Latin look-alikes of Cyrillic letters, read in Latin. Spelt in Cyrillic where that
 * spelling ends as Russian surnames end and a line beside it holds a Russian given name or
 * patronymic (or its own line does, in capitals).
 */
function cyrillicSurnames(segs: Segment[]): void {
  // "MEPKYLUEB" for МЕРКУШЕВ (seed 63 s2_025): Ш read as "LU" or "LLI", no one Latin letter's look-alike.
  const asCyrillic = (w: string) => toCyrillic(w.replace(/LU|LLI/g, 'Ш'));
  const lookalike = (w: string) => /^(?:[ABCEHKMOPTXY]|LU|LLI){4,}$/.test(w) && !hasLatin(asCyrillic(w));
  const surname = (w: string) => lookalike(w) && RU_SURNAME.test(asCyrillic(w));
  const namePart = (w: string) => /^\p{Script=Cyrillic}{3,}$/u.test(w) && (russianNameWord(w) || RU_SURNAME.test(w));
  for (const s of segs) {
    // "OPEXOBA ФАИНА", "ФЕДОТОВА ФАИНА CEMEHOBHA": a name's line in capitals, one word in Latin
    // look-alikes that spells a Russian surname, given name or patronymic, beside Cyrillic ones.
    const ws = s.text.split(' ');
    const latin = (w: string) => lookalike(w) && (RU_SURNAME.test(asCyrillic(w)) || russianNameWord(asCyrillic(w)));
    if (ws.length >= 2 && ws.length <= 3 && s.text === s.text.toUpperCase() && ws.some(latin) && ws.some((w) => russianNameWord(w)) && ws.every((w) => latin(w) || namePart(w))) {
      s.text = ws.map((w) => (latin(w) ? asCyrillic(w) : w)).join(' ');
      continue;
    }
    if (!surname(s.text)) continue;
    if (segs.some((o) => Math.abs(o.line - s.line) === 1 && !hasLatin(o.text) && o.text.split(' ').some(russianNameWord))) s.text = asCyrillic(s.text);
  }
}
