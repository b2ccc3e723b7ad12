import { findNumbers, getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { PhoneKind } from '../../../shared/contact.js';
import { COUNTRY_CODES, isCountryCode } from './countries.js';
import { COUNTRY_NAMES, countryAtEnd, PHONE_LABEL_WORDS, US_STATE_ZIP } from './keywords.js';
import { cityCountry } from './places.js';
import { cyrillicShare, fixDigits } from './scripts.js';

export function normalisePhone(text: string, country?: string): string | null {
  const p = parsePhoneNumberFromString(fixDigits(text), country as CountryCode | undefined);
  return p && p.isValid() ? p.number : null;
}

const LABELS: [RegExp, PhoneKind][] = [
  // "Рах.:": OCR reads a faint "Fax" in Cyrillic look-alikes with its F as a P.
  // "Е: +91-40-39144455": a lone "F" misread as an E (Latin or Cyrillic); no card labels a number "E".
  // "ЕАХ:+65 6690 2140": "FAX" in capitals with its F read as an E, Latin or Cyrillic.
  // "ГАХ:", "Фокс:": its F read as a Cyrillic Г, the а of "факс" as an о.
  // "FAXF ax:": a fax icon's word run into the label's first letter.
  // "cb. +7 495 880 80 45": the ф of "ф." read as the two Latin letters it looks like.
  // "ГАХРАХ 052-277-9536" (seed 75 s2_023): the icon's "FAX" and the label's, both in look-alikes, run together.
  [/(fax|faks|facsimile|факс|фокс|телефакс|télécopie|telefax|^f|^ф|^cb|^рах|^pax|^[eеfгґ][aа][xх]|^(?:[eеfгґpр][aа][xх]){2}|^e|^е)\.?:?$|^fax\p{L}$/iu, 'fax'],
  [/(mob|mobile|mobil|móvil|movil|cell|cellular|handy|celular|cel|portable|hp|моб|мобильный|сот|сотовый|^m|^c|^м)\.?:?$/iu, 'mobile'],
  [/(tel|tél|ten|tlf|telf|telefone|telefono|teléfono|telefon|phone|ph|office|direct|did|dir|hotline|work|main|тел|телефон|раб|рабочий|^t|^p|^o|^w|^d|^т|^р)\.?:?$/iu, 'work'],
];

const LABEL_COLON_AS_ONE = new RegExp(`(^|\\s)(${PHONE_LABEL_WORDS}|did|t|m|f)\\.?\\s+[1l|]\\s+([+(]?\\d[\\d\\s().-]{5,}\\d)`, 'giu');

/** Kind from the label printed just before a number ("Tel:", "M", "моб.", "факс"). */
export function labelKind(before: string): { kind: PhoneKind; strong: boolean } | null {
  // A label may be several words ("Моб. тел.:", "Mobile phone"): the most specific kind in
  // the last few words wins (fax over mobile over work). A word beats a lone letter: that is
  // often an icon read as one ("Ф Мобильный:", a phone icon before "Mobile", seed 73 s2_039).
  const words = before.trim().split(/[\s|/,;]+/).filter(Boolean).slice(-3);
  let best: { kind: PhoneKind; strong: boolean; rank: number } | null = null;
  const rank: Record<PhoneKind, number> = { fax: 3, mobile: 2, work: 1, other: 0 };
  for (const w of words) {
    const word = w.replace(/[^\p{L}.:]/gu, '');
    // One-letter labels (T, M, F, P) are easily misread as each other.
    const strong = word.replace(/[.:]/g, '').length > 1;
    for (const [re, kind] of LABELS)
      if (re.test(word) && (!best || (strong && !best.strong) || (strong === best.strong && rank[kind] > best.rank))) best = { kind, strong, rank: rank[kind] };
  }
  // "Tel/Fax:", "тел./факс:": one number for both, a phone first of all (a fax is seldom dialled from a contact).
  if (best?.kind === 'fax' && /(?:tel|tél|phone|ph|тел)\.?\s*[/&]\s*(?:fax|факс)/iu.test(before)) return { kind: 'work', strong: best.strong };
  return best && { kind: best.kind, strong: best.strong };
}

/**
 * "202-477-0380 fax", "+44 20 7946 0000 (mobile)": a label printed after its number, with nothing
 * after it on the line but another label-free item. A label followed by a number is that number's.
 */
function trailingLabel(after: string, anyway = false): { kind: PhoneKind; strong: boolean } | null {
  const m = (anyway ? TRAILING : TRAILING_ALONE).exec(after);
  return m ? labelKind(m[1] ?? m[2]!) : null;
}
// "+91 11 2345 6799 (F)": or one letter in brackets, as Indian cards mark office, mobile and fax.
const TRAILING_WORD = `[([]?\\s*(${PHONE_LABEL_WORDS})\\.?\\s*[)\\]]?|[([]\\s*([fmo])\\.?\\s*[)\\]]`;
const TRAILING = new RegExp(`^\\s*(?:${TRAILING_WORD})`, 'iu');
const TRAILING_ALONE = new RegExp(`^\\s*(?:${TRAILING_WORD})\\s*(?:$|[|•·,;/]\\s*(?![+(]?\\d)|\\s{2,}(?![+(]?\\d))`, 'iu');
/** "650 321 3900 408 390 7771 Cell 650 321 3902 Fax": a line that ends with a label puts every label after its number. */
const LABELS_TRAIL = new RegExp(`\\d\\s*[([]?\\s*(?:${PHONE_LABEL_WORDS})\\.?\\s*[)\\]]?\\s*$`, 'iu');
// Tested on the line's last few characters: the pattern's spaces on either side of an optional
// bracket would cost time by the square of a long run of spaces.
const trailsLabels = (text: string) => LABELS_TRAIL.test(text.trimEnd().slice(-24));

export interface FoundPhone {
  value: string;
  kind: PhoneKind;
  labelled: boolean;
  /** No label at all before it (icons only, or nothing). */
  bare?: boolean;
  /** The numbering plan's own type says fixed line. */
  fixedLine?: boolean;
  ext?: string;
  /** Possible but no longer valid: a number of an older numbering plan (never sure). */
  outdated?: boolean;
}

/** Every valid number in a line of text, with the kind its label or its number type says. */
export function findPhones(text: string, countries: string[]): FoundPhone[] {
  let best: FoundPhone[] = [];
  for (const country of countries) {
    const found = findPhonesIn(text, country);
    // The first country (the best evidence) wins unless another reads more of the line.
    if (found.length > best.length) best = found;
  }
  return best;
}

/**
 * "7030 11254755" on a German card: a phone icon read as a digit before the trunk prefix. Where
 * numbers are dialled nationally with a leading 0, a national number starts with it; a number
 * that does one digit in, and is valid from there, had an icon glued to its front.
 */
function iconDigitDropped(raw: string, country: string): PhoneNumber | null {
  const digits = raw.replace(/\D/g, '');
  if (!/^[1-9]0/.test(digits)) return null;
  const p = parsePhoneNumberFromString(digits.slice(1), country as CountryCode);
  return p && p.isValid() && p.nationalNumber === digits.slice(2) ? p : null;
}

/**
 * "Phones : 040-7760078", "0884-387213": a number dialled with its trunk prefix and area code,
 * one digit short of today's plan (India's, China's and others' grew a digit; old cards stay in
 * use). Possible, not valid: taken only as the card prints a number, with its "0" and the area
 * code set apart, and a label before it or the code in brackets or joined by a hyphen.
 */
function olderPlan(raw: string, before: string): boolean {
  const t = raw.trim();
  if (!/^\(?0\d{1,4}\)?[\s-]*\d{5,8}$/.test(t.replace(/(?<=\d) (?=\d{3,4}$)/, ''))) return false;
  return !!labelKind(before)?.strong || /^\(0\d{1,4}\)|^0\d{1,4}-\d/.test(t);
}

/**
 * The longest valid number a run starts with, cut at a space, a slash or a bar; and when a slash
 * and up to four digits follow it ("2265358100/111"), the second line of the office those last
 * digits make of it (2265358111).
 */
function validHead(raw: string, country: string): { head: PhoneNumber; sibling: PhoneNumber | null } | null {
  for (const gap of [...raw.matchAll(/\s*[\s/|]\s*/g)].reverse()) {
    const head = parsePhoneNumberFromString(raw.slice(0, gap.index), country as CountryCode);
    if (!head?.isValid()) continue;
    const tail = raw.slice(gap.index! + gap[0].length);
    const suffix = /\//.test(gap[0]) && /^\d{1,4}$/.test(tail) ? tail : null;
    const sibling = suffix ? withLastDigits(head, suffix) : null;
    return { head, sibling: sibling?.isValid() && sibling.number !== head.number ? sibling : null };
  }
  return null;
}

/**
 * "9105 477/78/79", "711-5591~3": an office's other lines written as their last digits after a
 * slash, or as a range after a tilde. Each is the number with its last digits replaced.
 */
function lastDigitsListed(rest: string, prev: PhoneNumber): PhoneNumber[] {
  const nat = prev.nationalNumber;
  const swap = (tail: string) => withLastDigits(prev, tail);
  const out: PhoneNumber[] = [];
  const range = /^\s?[~∼]\s?(\d{1,2})(?!\d)/.exec(rest);
  if (range) {
    const to = range[1]!;
    const from = Number(nat.slice(-to.length));
    // "5591~3": up to a few lines of one office, counted up from the number printed.
    for (let d = from + 1; d <= Number(to) && d - from <= 9; d++) {
      const p = swap(String(d).padStart(to.length, '0'));
      if (p?.isValid()) out.push(p);
    }
    return out;
  }
  for (const m of rest.matchAll(/\s?\/\s?(\d{1,4})(?=\s?\/|\s*$|\s+\D)/gy)) {
    const p = swap(m[1]!);
    if (!p?.isValid()) break;
    out.push(p);
  }
  return out;
}

/** "(11) 2747-8430 / 2746-6245": a second number printed without the first one's area code. */
/** A second number's last digits after a slash, a comma or a bar ("/ 7763090"). */
const CONTINUED = /^\s*[/,|]\s*(\d[\d -]{5,9}\d)(?!\d)/;

function continuation(rest: string, prev: PhoneNumber): PhoneNumber | null {
  // The second number of an older plan's pair ("040-7760078 / 7763090") is as old as the first.
  const m = CONTINUED.exec(rest);
  if (!m) return null;
  const tail = m[1]!.replace(/\D/g, '');
  if (tail.length >= prev.nationalNumber.length) return null;
  const p = withLastDigits(prev, tail);
  return p && (p.isValid() || (!prev.isValid() && tail.length >= 6 && p.isPossible())) ? p : null;
}

/** The number with its last digits replaced by these (a second line of one office). */
function withLastDigits(prev: PhoneNumber, tail: string): PhoneNumber | undefined {
  const nat = prev.nationalNumber;
  return parsePhoneNumberFromString(`+${prev.countryCallingCode}${nat.slice(0, nat.length - tail.length)}${tail}`);
}

function findPhonesIn(text: string, country: string): FoundPhone[] {
  const found = readNumbers(text, country);
  // "0532 139 5336 0533 593 02 58", "98421 02351 0422-2400567": two numbers printed one after
  // the other with only a space between, read by the parser as one run it cannot place. Such a
  // run is cut at the space where both sides are whole valid numbers.
  for (const run of fixDigits(text).matchAll(/[+(]?\d(?:[\s().-]{0,2}\d){13,}/g)) {
    const digits = run[0].replace(/\D/g, '').length;
    // Two numbers at most: a longer run is no pair of phones, and cutting it everywhere would cost.
    if (digits > 30) continue;
    const read = found.filter((p) => run[0].replace(/\D/g, '').includes(p.value.slice(-7))).reduce((n, p) => n + p.value.length - 1, 0);
    if (read >= digits - 4) continue;
    for (const gap of run[0].matchAll(/\s+/g)) {
      const a = readNumbers(run[0].slice(0, gap.index), country);
      const b = readNumbers(run[0].slice(gap.index! + gap[0].length), country);
      if (a.length !== 1 || b.length !== 1) continue;
      // fixDigits keeps every character's place: the run's offset is the text's.
      const before = text.slice(0, run.index);
      // Labels after their numbers: the second number's follows the run.
      const trailing = trailsLabels(fixDigits(text)) ? trailingLabel(text.slice(run.index! + run[0].length), true) : null;
      for (const p of [...a, ...b]) {
        if (found.some((q) => q.value === p.value)) continue;
        if (trailing && p === b[0]) found.push({ ...p, kind: trailing.kind, labelled: trailing.strong, bare: false });
        else found.push(!trailing && labelKind(before) && p === a[0] ? { ...p, ...labelOf(before) } : p);
      }
      break;
    }
  }
  return found;
}

/** The kind and strength a label before a number gives it. */
function labelOf(before: string): Pick<FoundPhone, 'kind' | 'labelled' | 'bare'> {
  const label = labelKind(before)!;
  return { kind: label.kind, labelled: label.strong, bare: false };
}

function readNumbers(text: string, country: string): FoundPhone[] {
  // "TEL: 81-52-204-2601": the country's calling code printed without its "+".
  const cc = getCountryCallingCode(country as CountryCode);
  // "99901-4061 | 99152-0434": a bar between two numbers separates them; read as a look-alike "1" it would join them.
  // "+48.(0)774.8 26-258": the trunk prefix in brackets after the country code is not dialled from abroad.
  text = text.replace(/(\+\s?\d{1,3})[\s.]*\(0\)[\s.]*/g, '$1 ');
  // "(86-10) 843-7042", "(44) 20 7946 0000": the country's code in brackets, without its "+".
  // (Not Brazil's area code 55 before a number valid as printed.)
  text = text.replace(/\((\d{1,3})(?:[-\s](\d{1,4}))?\)\s?(\d[\d\s.-]{4,}\d)/g, (m, code: string, area: string | undefined, num: string) => {
    if (code !== cc || parsePhoneNumberFromString(m, country as CountryCode)?.isValid()) return m;
    const coded = `+${code} ${area ? `${area} ` : ''}${num}`;
    return parsePhoneNumberFromString(coded)?.isPossible() ? coded : m;
  });
  // "18 (11) 5534-6063": a phone icon read as one or two digits before an area code in brackets.
  text = text.replace(/^\d{1,2}\s+(?=(\(\d{2,4}\)\s?\d[\d\s-]{5,}\d))/, (m, num: string) => (parsePhoneNumberFromString(num, country as CountryCode)?.isValid() && !parsePhoneNumberFromString(`${m}${num}`, country as CountryCode)?.isValid() ? '' : m));
  // "57 8442999967" on a card from Kolkata: a phone or WhatsApp icon read as one or two digits
  // before a whole national number, which is valid without them and not with them.
  text = text.replace(/^(\D{0,3}?)(\d{1,2})\s+(?=(\d[\d\s-]{8,}\d)(?![\d-]))/, (m, lead: string, icon: string, num: string) => (parsePhoneNumberFromString(num, country as CountryCode)?.isValid() && !parsePhoneNumberFromString(`${icon}${num}`, country as CountryCode)?.isValid() && !parsePhoneNumberFromString(`+${icon}${num}`)?.isValid() ? lead : m));
  // "DID 1 120 460 3562": a label's colon read as a 1 set apart between the label and the number.
  // (Not "Tel 1 800 555 0199", where the 1 is the number's own.)
  text = text.replace(LABEL_COLON_AS_ONE, (m, lead: string, label: string, num: string) => {
    const valid = (t: string) => !!parsePhoneNumberFromString(t, country as CountryCode)?.isValid();
    return !valid(`1 ${num}`) && valid(num) ? `${lead}${label}: ${num}` : m;
  });
  const fixed = fixDigits(text.replace(/(?<=\d)\s+\|\s+(?=\S)/g, (m) => m.replace('|', '/')))
    .replace(/[‐‑–—]/g, '-')
    // "()972-54-4507341": a phone icon read as empty brackets is no part of the number.
    .replace(/\(\s*\)|\[\s*\]|\{\s*\}/g, ' ')
    // "0422-2400567, 98428 02351": a comma before a whole number lists it; the parser reads it as an extension.
    .replace(/,\s+(?=[+(]?\d(?:[\s().-]?\d){6,})/g, ' / ')
    // Not where the code is printed with its "+" already: "+49 (0) 49 21 ..." has the area code 4921.
    // Only at the start of a number: "05.89.33.10.80", "05 89 33 10 80" hold France's 33 as digits of their own.
    .replace(cc.length >= 2 && !text.includes(`+${cc}`) ? new RegExp(`(^|[^\\d+(.\\s-]|(?<![\\d.-])\\s)(${cc})(?=[-. ]\\d)`, 'g') : /$^/, '$1+$2');
  const out: FoundPhone[] = [];
  let consumed = 0;
  const trails = trailsLabels(fixed);
  const push = (n: PhoneNumber, before: string, after: string, outdated = false) => {
    const label = trails ? trailingLabel(after, true) : (labelKind(before) ?? trailingLabel(after));
    const type = n.getType();
    const kind: PhoneKind = label?.kind ?? (type === 'MOBILE' ? 'mobile' : 'work');
    const phone: FoundPhone = { value: n.number, kind, labelled: !!label?.strong, bare: !label, fixedLine: type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE' };
    if (n.ext) phone.ext = n.ext;
    if (outdated) phone.outdated = true;
    if (!out.some((p) => p.value === phone.value)) out.push(phone);
  };
  for (const m of findNumbers(fixed, { defaultCountry: country as CountryCode, v2: true, leniency: 'POSSIBLE' } as Parameters<typeof findNumbers>[1])) {
    // "+91 9821026329 1 Tel:", "+91 2265358100/111": a bar read as a 1, or a second line's last
    // digits, run on to a whole number; the valid number before them is the one printed.
    const cut = m.number.isValid() ? null : validHead(fixed.slice(m.startsAt, m.endsAt), country);
    const n = cut?.head ?? m.number;
    // A number printed with its +code is taken when it is possible, even if the numbering plan
    // has since changed; without one, only a valid number of the guessed country counts.
    const raw = fixed.slice(m.startsAt, m.endsAt);
    const before = fixed.slice(consumed, m.startsAt);
    const explicit = /\+/.test(raw) || /\+\s*$/.test(before);
    // "1030 11254755": the icon's digit makes the whole run invalid; the number after it is valid.
    const iconless = explicit ? null : iconDigitDropped(raw, country);
    // North America dials no trunk "0": a number starting with one there is another country's, not an old one.
    const outdated = !n.isValid() && !iconless && !explicit && n.isPossible() && n.countryCallingCode !== '1' && olderPlan(raw, before);
    if (!n.isValid() && !iconless && !(explicit && n.isPossible()) && !outdated) continue;
    // "690-0826", "〒102-0071": a postcode, unless a label says it is a number.
    if (/^\(?\d{3}\)?-\d{4}$/.test(raw.trim()) && !labelKind(before)) continue;
    if (/〒\s*$/.test(before)) continue;
    // "VAT 513191668", "ИНН 7701234567": registration numbers are not phones.
    if (/(?:vat|tax|gst|tin|ein|abn|iban|swift|bic|reg(?:istration)?|company\s?no|инн|кпп|огрн|окпо|р\/с|бик)\.?\s*(?:no\.?|number|code|№)?\s*[:#.]?\s*$/iu.test(before)) continue;
    consumed = m.endsAt;
    // The parser takes a range's "~3" into the number it ends, as its extension.
    const range = /[~∼]\s?\d{1,2}$/.exec(raw)?.[0] ?? '';
    push(range ? (parsePhoneNumberFromString(n.number) ?? n) : (iconless ?? n), before, fixed.slice(m.endsAt), outdated);
    const next = cut?.sibling ?? continuation(fixed.slice(m.endsAt), n);
    // "… 6789 / 2345 6700 (F)": the second number's own label follows it.
    const afterNext = cut?.sibling ? '' : fixed.slice(m.endsAt).replace(CONTINUED, '');
    if (next) push(next, before, afterNext, !next.isValid());
    for (const other of lastDigitsListed(range + fixed.slice(m.endsAt), cut?.head ?? n)) push(other, before, '');
  }
  return out;
}

/** Contact labels and number layouts only one country's cards use. */
const LABEL_LANGUAGE: [RegExp, string][] = [
  [/(^|\s)(tél|port|portable|télécopie)\.?\s*:|(^|\s)0[1-9]([ .]\d\d){4}(\s|$)/imu, 'FR'],
  // ("Mobil 01513 4427271": or without its colon before the number.)
  [/(^|\s)(handy|telefon|mobil)\s*[.:]|(^|\s)(handy|mobil)\s+(?=0\d)/imu, 'DE'],
  [/(^|\s)(telefone|celular|cel)\.?\s*:/imu, 'BR'],
  [/(^|\s)(teléfono|móvil|movil)\.?\s*:/imu, 'ES'],
  [/(^|\s)cellulare\s*:/imu, 'IT'],
];

/** Country-code TLDs also sold as generic names say nothing about the country. */
const GENERIC_CC = new Set(['co', 'io', 'me', 'tv', 'ai', 'fm', 'ly', 'to', 'cc', 'ws', 'gg', 'sh', 'ac', 'app', 'is', 'it', 'la', 'so', 'st', 'vc', 'am', 'nu', 'tk']);

const BY_CODE = new Map<string, string[]>();
for (const c of COUNTRY_CODES) {
  const code = getCountryCallingCode(c);
  BY_CODE.set(code, [...(BY_CODE.get(code) ?? []), c]);
}
/** Where several countries share a calling code, the one that owns its numbering plan. */
const MAIN_OF_CODE: Record<string, string> = { '1': 'US', '7': 'RU', '44': 'GB', '47': 'NO', '61': 'AU', '39': 'IT', '358': 'FI', '212': 'MA', '590': 'GP', '262': 'RE', '599': 'CW' };

/** The country a +code belongs to: "+81 3 ..." -> JP. */
function countryOfCode(digits: string): string | null {
  const p = parsePhoneNumberFromString(`+${digits}`);
  if (p?.country) return p.country;
  for (let len = 1; len <= 3; len++) {
    const code = digits.slice(0, len);
    const cs = BY_CODE.get(code);
    if (cs) return MAIN_OF_CODE[code] ?? cs[0]!;
  }
  return null;
}

/**
 * The country a card's numbers without a +code belong to, from the card's own evidence:
 * explicit +codes, "8 (..." trunk prefixes, Cyrillic text, address forms, the web domain.
 * A wrong guess turns "(415) 555-0132" into a valid Russian number, so evidence wins
 * over the configured default.
 */
export function guessCountry(text: string, fallback = 'US'): string {
  return rankCountries(text, fallback)[0]!;
}

/**
 * "030 51673371" and "01513 4427271" on a card with no country code printed: numbers in
 * national form, two or more, that are all valid numbers of one country only (Germany; a
 * number alone, "0131 460 0756", is valid in eleven). Null otherwise.
 */
function onlyCountryOf(text: string): string | null {
  // A number with its country code says where the card is; digits OCR made of a picture may be
  // valid somewhere by chance.
  if (/\+\s?\d/.test(text)) return null;
  const numbers = [...text.matchAll(/(?<![\d+])(?:0\d|\(0?\d)[\d\s().-]{6,14}\d(?![\d])/g)].map((m) => m[0]);
  if (numbers.length < 2 || numbers.length > 6) return null;
  let only: string | null = null;
  for (const c of getCountries()) {
    if (!numbers.every((n) => parsePhoneNumberFromString(n, c)?.isValid())) continue;
    if (only) return null;
    only = c;
  }
  return only;
}

/** Countries in order of the evidence for them; the fallback always comes last if unvoted. */
export function rankCountries(text: string, fallback = 'US'): string[] {
  const votes = new Map<string, number>();
  const vote = (c: string, w: number) => votes.set(c, (votes.get(c) ?? 0) + w);
  const digitsText = fixDigits(text);
  for (const m of digitsText.matchAll(/\+\s?(\d[\d\s().-]{6,18}\d)/g)) {
    const c = countryOfCode(m[1]!.replace(/\D/g, ''));
    if (c) vote(c, 3);
  }
  if (/(^|\s)8\s?\(\d{3}\)/.test(text)) vote('RU', 2);
  if (cyrillicShare(text) > 0.3) vote('RU', 2);
  if (/,\s*[A-Z]{2}\s+\d{5}(-\d{4})?\b/.test(text)) vote('US', 2);
  // "Jacksonville, Florida 32256": a state spelt out before its ZIP (Florida is also a town in Uruguay).
  if (US_STATE_ZIP.test(text)) vote('US', 2);
  if (/\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/.test(text)) vote('GB', 2);
  // "(21) 5658-0862": a two-digit area code in brackets, as Brazil prints its numbers (no US
  // number has one; Mexico's and Argentina's cards print theirs so too, and their country's name).
  if (/\(\d{2}\)\s?\d{4,5}-\d{4}(?!\d)/.test(digitsText)) vote('BR', 1);
  // "01310-688": a Brazilian postcode (CEP), a shape no other country's addresses use.
  if (/(?<![\d-])\d{5}-\d{3}(?![\d-])/.test(text)) vote('BR', 2);
  for (const [re, c] of COUNTRY_NAMES) if (re.test(text)) vote(c, 2);
  for (const line of text.split('\n')) {
    const c = countryAtEnd(line);
    if (c) vote(c, 2);
    const city = cityCountry(line);
    if (city) vote(city, 1);
  }
  // "Hosur - 635 109", "COIMBATORE - 641 025", "Pin: 411001": India's postcode (PIN) after its city and a dash.
  if (/\p{L}{3,}\.?\s?[-–]\s?[1-8]\d{2}\s?\d{3}(?![\d-])|\bpin(?:\s?code)?\s?[:.-]?\s?[1-8]\d{2}\s?\d{3}(?!\d)/iu.test(text)) vote('IN', 2);
  // A Turkish address's quarter and street: "Hamidiye Mah. Seyyid Kutup Cad.".
  if (/(^|\s)(mah\.|mahallesi|cad\.|caddesi|sok\.|sokak)(\s|,|$)/iu.test(text)) vote('TR', 2);
  // "98126-10152": India's mobile numbers as its cards print them, five digits and five
  // (or after the trunk 0, "098450 12345").
  if (/(?<![\d-])0?[6-9]\d{4}[\s-]\d{5}(?![\d-])/.test(digitsText)) vote('IN', 2);
  // "010-2227-9593": Korea's mobile numbers as its cards print them; naver.com, daum.net and
  // hanmail.net, the country's own mail, whose Hangul the models here cannot read.
  // (Or with dots: "010.4532.1687".)
  if (/(?<![\d.-])01[016789]([-.])\d{3,4}\1\d{4}(?![\d.-])/.test(digitsText)) vote('KR', 2);
  if (/@(?:naver\.com|daum\.net|hanmail\.net|nate\.com)\b/i.test(text)) vote('KR', 2);
  // The labels' language: "Port. : 07.30.50.61.49" is a French mobile, not an unreadable US number.
  for (const [re, c] of LABEL_LANGUAGE) if (re.test(text)) vote(c, 1);
  for (const m of text.toLowerCase().matchAll(/[a-z0-9-]\.([a-zа-я]{2})\b(?![.@-])/gu)) {
    const tld = m[1]!;
    const c = tld === 'uk' ? 'GB' : tld === 'рф' ? 'RU' : tld.toUpperCase();
    if (!GENERIC_CC.has(tld) && isCountryCode(c)) vote(c, 1);
  }
  const only = onlyCountryOf(digitsText);
  if (only) vote(only, 2);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return ranked.includes(fallback) ? ranked : [...ranked, fallback];
}
