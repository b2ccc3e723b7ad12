import type { ContactFields } from '../../../shared/contact.js';
import namesData from './data/names.json' with { type: 'json' };
import { HONORIFIC, PATRONYMIC, RU_SURNAME, STREET_WORDS, TITLE_HEADS } from './keywords.js';
import { hasCyrillic, hasLatin, toCyrillic, transliterate } from './scripts.js';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ё/g, 'е');
const GIVEN = new Set(namesData.given);
const FAMILY = new Set(namesData.family);

/**
 * Russian given names as cards in Latin letters spell them ("Vyacheslav", "Iosif", "Evgeniy"):
 * the list's Cyrillic names transliterated, with the endings the list folds ("ий" kept as "ии")
 * spelt both ways. Built when first asked.
 */
let latinGiven: Set<string> | null = null;
function latinRussianGiven(): Set<string> {
  if (latinGiven) return latinGiven;
  latinGiven = new Set();
  for (const n of namesData.given) {
    if (!hasCyrillic(n)) continue;
    const t = transliterate(n);
    latinGiven.add(t);
    latinGiven.add(t.replace(/([aeiou])i$/, '$1y'));
  }
  return latinGiven;
}

export const isGivenName = (w: string) => {
  const f = fold(w.replace(/[.,'’]/g, ''));
  return GIVEN.has(f) || latinRussianGiven().has(f);
};
export const isFamilyName = (w: string) => FAMILY.has(fold(w.replace(/[.,'’]/g, '')));

/** Letters to change, add or drop to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

let cyrillicGiven: string[] | null = null;
/** Capitals OCR reads one for another at a name's start ("Пучезар", "ТУЧЕЗАР" for Лучезар): the first letter of a near name may be either. */
const FIRST_LETTER_CONFUSED = new Set(['пл', 'лп', 'дл', 'лд', 'тл', 'лт', 'ни', 'ин']);
/**
 * "Евстчугней", "Венцчамин": a Russian given name with a letter or two misread, spelt as the
 * one given name of the lists two edits or fewer from it (none other as near), in the word's
 * case; null when no one name is that near. The lists fold й to и: a name ending in a vowel and
 * и ends in й (Евстигней, Алексей).
 */
function nearestRussianGivenName(w: string, female?: boolean): string | null {
  if (!/^\p{Script=Cyrillic}{5,}$/u.test(w) || isGivenName(w) || isFamilyName(w) || PATRONYMIC.test(w)) return null;
  cyrillicGiven ??= namesData.given.filter((n) => hasCyrillic(n));
  const f = fold(w);
  let best: string[] = [];
  let bestD = 3;
  for (const n of cyrillicGiven) {
    // ("УЧЕЗАР": or its first letter lost.)
    if ((n[0] !== f[0] && !FIRST_LETTER_CONFUSED.has(f[0]! + n[0]!) && n.slice(1) !== f) || Math.abs(n.length - f.length) > 2) continue;
    const d = editDistance(f, n);
    if (d < bestD) [best, bestD] = [[n], d];
    else if (d === bestD) best.push(n);
  }
  // "Викмориа" beside "Сергеевна": as near to Викторин as to Виктория; a woman's patronymic says which.
  if (best.length > 1 && female !== undefined) best = best.filter((n) => /[ая]$/u.test(n) === female);
  if (best.length !== 1 || bestD > Math.floor(f.length / 4)) return null;
  const name = best[0]!.replace(/(?<=[аеиоуыэюя])и$/u, 'й');
  return w === w.toUpperCase() ? name.toUpperCase() : name[0]!.toUpperCase() + name.slice(1);
}

/** A Russian name (a patronymic or a surname among its words) with its one unknown word spelt as the given name it is nearest (names.ts). */
export function respellRussianGivenName(read: string): string {
  const ws = read.split(/\s+/).map(nearestPatronymic);
  const name = ws.join(' ');
  if (ws.length < 2 || ws.length > 3 || !ws.every((w) => /^\p{Script=Cyrillic}+$/u.test(w))) return name;
  // (A given name may end as surnames do: "Вениамин".)
  let unknown = ws.filter((w) => !isGivenName(w) && !isFamilyName(w) && !PATRONYMIC.test(w));
  // ("Викмориа Сергеевна КОЛЕСНИКОВА": of two such words, one shaped like a surname is the surname.)
  if (unknown.length === 2 && unknown.filter((w) => RU_SURNAME.test(w)).length === 1) unknown = unknown.filter((w) => !RU_SURNAME.test(w));
  if (unknown.length !== 1 || !ws.some((w) => w !== unknown[0] && (PATRONYMIC.test(w) || RU_SURNAME.test(w) || isFamilyName(w)))) return name;
  const patronymic = ws.find((w) => w !== unknown[0] && PATRONYMIC.test(w));
  const near = nearestRussianGivenName(unknown[0]!, patronymic ? /(?:овна|евна|ична|инична)$/iu.test(patronymic) : undefined) ?? surnameWithBe(unknown[0]!);
  return near ? ws.map((w) => (w === unknown[0] ? near : w)).join(' ') : name;
}

/**
 * "КАВАНОВА" for КАБАНОВА: a capital Б, which has no Latin look-alike, read as B and spelt back
 * as В. The one listed surname a В of the word made Б spells; null when none or several do.
 */
function surnameWithBe(w: string): string | null {
  if (!RU_SURNAME.test(w)) return null;
  const found = [...w].flatMap((c, i) => (c === 'В' || c === 'в' ? [w.slice(0, i) + (c === 'В' ? 'Б' : 'б') + w.slice(i + 1)] : [])).filter((v) => isFamilyName(v));
  return found.length === 1 ? found[0]! : null;
}

/** A woman's patronymic ("Павловна", "Ильинична"). */
const HER_PATRONYMIC = /^\p{Script=Cyrillic}{3,}(?:овна|евна|ична|инична)$/iu;
/** A Russian surname's man's form: -ов, -ев, -ёв, -ин, -ын take an -а for a woman; -ский, -цкий end -ская, -цкая. */
const HIS_SURNAME = /^\p{Script=Cyrillic}{3,}(?:ов|ев|ёв|ин|ын|ский|цкий)$/iu;

/**
 * A name with a woman's patronymic whose surname stands in its man's form ("Елена Павловна
 * Григорьев"): the surname in her form, as Russian spells it, or null. No Russian woman's name
 * pairs the two; OCR lost the surname's last letter.
 */
export function surnameOfHerPatronymic(name: string): string | null {
  const ws = name.split(/\s+/);
  const patronymic = ws.findIndex((w) => HER_PATRONYMIC.test(w));
  if (patronymic < 0 || ws.length !== 3) return null;
  const his = ws.findIndex((w, i) => i !== patronymic && HIS_SURNAME.test(w) && !isGivenName(w));
  if (his < 0) return null;
  const w = ws[his]!;
  const upper = w === w.toUpperCase();
  const hers = /(?:ск|цк)ий$/iu.test(w) ? `${w.slice(0, -2)}${upper ? 'АЯ' : 'ая'}` : `${w}${upper ? 'А' : 'а'}`;
  return ws.map((x, i) => (i === his ? hers : x)).join(' ');
}

/**
 * A patronymic made from a known given name ("Григорьевич" from Григорий, "Ильич" from Илья):
 * a patronymic OCR cut short ("ГОРЬЕВИЧ") names nobody's father.
 */
export function isKnownPatronymic(w: string): boolean {
  const m = /^(.+?)(ович|евич|ич|овна|евна|ична|инична)$/iu.exec(w);
  if (!m) return false;
  const stem = m[1]!;
  // Григорь-евич, Алексе-евич, Никит-ич, Иль-ич, Яковл-евна (Яков), Павл-ович (Павел), Льв-ович (Лев).
  const stems = [stem, `${stem}й`, `${stem}а`, `${stem}я`, stem.replace(/ь$/iu, 'ий'), stem.replace(/ь$/iu, 'я'), stem.replace(/л$/iu, ''), stem.replace(/(?<=.)([^аеёиоуыэюяьй])$/iu, 'е$1'), stem.replace(/ьв$/iu, 'ев')];
  return stems.some(isGivenName);
}

/** Small Cyrillic letters tesseract reads one for another in print: д/о, л/п, н/и, с/е, ш/щ. */
const CYRILLIC_CONFUSED: Record<string, string> = { д: 'о', о: 'д', л: 'п', п: 'л', н: 'и', и: 'н', с: 'е', е: 'с', ш: 'щ', щ: 'ш' };
/**
 * "Богоановна" for Богдановна: a patronymic no listed name makes, one or two letters of its
 * stem read as their look-alikes, spelt as the one patronymic a listed name makes with them changed;
 * as read when none or several do. (Any one letter changed is too many: "Давидович" and
 * "Аксёнович" are real patronymics of names the lists lack, a letter off "Давыдович", "Арсёнович".)
 */
function nearestPatronymic(w: string): string {
  const m = /^(\p{Script=Cyrillic}{3,}?)(ович|евич|овна|евна)$/iu.exec(w);
  if (!m || isKnownPatronymic(w)) return w;
  const [, stem, ending] = m as unknown as [string, string, string];
  const caps = w === w.toUpperCase();
  const found = new Set<string>();
  // One or two letters of the stem ("Эоуароовна" for Эдуардовна: each д read as о).
  const at = [...stem].flatMap((c, i) => (i > 0 && CYRILLIC_CONFUSED[c.toLowerCase()] ? [i] : []));
  const swap = (t: string, i: number) => t.slice(0, i) + (caps ? CYRILLIC_CONFUSED[t[i]!.toLowerCase()]!.toUpperCase() : CYRILLIC_CONFUSED[t[i]!.toLowerCase()]!) + t.slice(i + 1);
  for (const [k, i] of at.entries())
    for (const t of [swap(stem, i), ...at.slice(k + 1).map((j) => swap(swap(stem, i), j))]) if (isKnownPatronymic(t + ending)) found.add(t + ending);
  return found.size === 1 ? [...found][0]! : w;
}

/** "ФЕДОСИИ" for "ФЕДОСИЙ": no Russian name ends in "ии"; the breve of "й" was lost. */
export const lostBreve = (w: string) => /ии$/iu.test(w);

/**
 * "losif Lytkin": a line that is a name but for its first word, whose capital I OCR read as a
 * small l (one glyph in many sans-serif faces), where only the I spelling is a given name. Before
 * a vowel fixInitialL cannot tell ("loan", "lost"); the name lists can.
 */
export function fixInitialIName(line: string): string {
  const m = /^l(\p{Ll}{2,})((?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u.exec(line);
  if (!m) return line;
  const read = `l${m[1]!}`;
  return !isGivenName(read) && !isFamilyName(read) && isGivenName(`i${m[1]!}`) ? `I${m[1]!}${m[2]!}` : line;
}

/**
 * "Arata ЩЕРБАКОВА": a Russian name's word read in the Latin letters its Cyrillic ones look like
 * ("Агата"), beside words all Cyrillic. Spelt in Cyrillic where that spelling, and not the Latin
 * one, is a given name of the lists.
 */
export function fixLatinLookalikeName(line: string): string {
  const ws = line.split(' ');
  if (ws.length < 2 || ws.length > 3) return line;
  const whole = wholeLookalikeName(ws);
  if (whole) return whole;
  const latin = ws.filter((w) => /^\p{Script=Latin}+$/u.test(w));
  if (latin.length !== 1 || !ws.every((w) => latin.includes(w) || /^\p{Script=Cyrillic}+$/u.test(w))) return line;
  const cyr = toCyrillic(latin[0]!);
  // "Одинцов ABTOHOM Юлианович": beside a patronymic, a rare given name the lists lack.
  const patronymic = ws.some((w) => w !== latin[0] && PATRONYMIC.test(w));
  if (hasLatin(cyr) || isGivenName(latin[0]!) || !(isGivenName(cyr) || patronymic)) return line;
  // Small Cyrillic в, т, н, м look like Latin capitals: among words in title case, the word is too.
  const titled = ws.every((w) => w === latin[0] || /^\p{Lu}\p{Ll}+$/u.test(w));
  return ws.map((w) => (w === latin[0] ? (titled ? cyr[0]! + cyr.slice(1).toLowerCase() : cyr) : w)).join(' ');
}

/**
 * A Latin word's Cyrillic spellings: its look-alikes (toCyrillic), and with the letters the
 * Russian model also reads so, a small в as "b", a capital Л as "N" and Ш as "W" ("Bapbapa", "PYCNAHOBHA").
 */
function cyrillicSpellings(w: string): string[] {
  const plain = toCyrillic(w);
  // And a Ш read as a W ("MEPKYWEBA", seed 73 s2_022).
  const read = w.replace(/b/g, 'в').replace(/N/g, 'Л').replace(/W/g, 'Ш').replace(/w/g, 'ш');
  return [...new Set([plain, toCyrillic(read)])].filter((c) => !hasLatin(c));
}

/**
 * "MATBEEBA Bapbapa", "АНЖЕЛА PYCNAHOBHA": a Russian name with every word, or every word but
 * Cyrillic ones, read in Latin look-alikes. Spelt in Cyrillic only where each such word spells a
 * Russian name's word (a given name, a patronymic, a surname's ending) and one spells a given
 * name or patronymic, and no word is a Latin given name as read ("MARK").
 */
function wholeLookalikeName(ws: string[]): string | null {
  const latin = ws.filter((w) => /^\p{Script=Latin}{3,}$/u.test(w));
  if (latin.length < 2 && !(latin.length === 1 && ws.some((w) => /^\p{Script=Cyrillic}{3,}$/u.test(w)))) return null;
  if (!ws.every((w) => latin.includes(w) || /^\p{Script=Cyrillic}+$/u.test(w)) || latin.some((w) => isGivenName(w))) return null;
  const strong = (c: string) => isGivenName(c) || PATRONYMIC.test(c);
  const spelt = ws.map((w) => {
    if (!latin.includes(w)) return w;
    const all = cyrillicSpellings(w);
    return all.find(strong) ?? all.find((c) => RU_SURNAME.test(c)) ?? null;
  });
  if (spelt.some((c) => c === null) || !spelt.some((c, i) => latin.includes(ws[i]!) && strong(c!))) return null;
  // Small Cyrillic в, т, н, м look like Latin capitals: among Cyrillic words in title case, the word is too.
  const titled = latin.length < ws.length && ws.every((w) => latin.includes(w) || /^\p{Lu}\p{Ll}+$/u.test(w));
  return spelt.map((c, i) => (titled && latin.includes(ws[i]!) ? c![0]! + c!.slice(1).toLowerCase() : c)).join(' ');
}

/**
 * "paul Wilkinson": a name whose first capital OCR read as its small letter, for the letters
 * whose two cases differ in size only (c, o, p, s, u, v, w, x, z), where the capitalised word is
 * a given name of the name lists and the rest of the line is capitalised words.
 */
export function fixInitialCase(line: string): string {
  const m = /^([copsuvwxz])(\p{Ll}{2,})((?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u.exec(line);
  if (!m) return line;
  const given = `${m[1]!.toUpperCase()}${m[2]!}`;
  return isGivenName(given) ? `${given}${m[3]!}` : line;
}

/** "Dr. Anna Smith" -> "Anna Smith": honorifics and degrees are not part of the printed name. */
export function withoutHonorific(s: string): string {
  return withoutDegrees(s.replace(HONORIFIC, '')).trim();
}

/** Degrees and suffixes printed after a name with or without a comma. */
const DEGREES = new Set(['phd', 'mba', 'md', 'cpa', 'esq', 'pmp', 'msc', 'bsc', 'mbbs', 'llb', 'llm', 'cfa', 'cfp', 'dds', 'dmd', 'facs', 'frcs', 'bba', 'btech', 'mtech', 'mphil', 'acca', 'fca', 'mrics', 'ceng', 'mcom', 'bcom', 'dsc', 'mca', 'bca', 'bds', 'mds', 'msw', 'mch', 'frcp', 'mrcp', 'fics', 'dnb']);
/** Short ones that are also name words ("Nguyen Thi Ba"): a degree only after a comma. */
const DEGREES_AFTER_COMMA = new Set(['ba', 'bs', 'ma', 'ms', 'ca', 'cs', 'pe', 'rn', 'ii', 'iii']);
/** "K. SHAKER B.E.": bachelor's and master's letters written with their dots need no comma. */
const DOTTED_DEGREES = new Set(['be', 'me', 'ba', 'ma', 'bs', 'ms', 'bsc', 'msc', 'bcom', 'mcom', 'btech', 'mtech', 'bpharm', 'mpharm', 'barch', 'march', 'llb', 'llm', 'bed', 'med']);

/**
 * "Diana Monica Rios, B.S.B.A.", "Anna Smith, MBA, CPA": degrees after the name. A word of
 * capitals with a dot after each letter is a degree after a comma, listed or not.
 */
function withoutDegrees(s: string): string {
  // "PATARLAPALLI, PMP®": a certification's mark; "Stahlhacke, Dip!.-ing.": a German engineer's degree after the name.
  let out = s
    .trim()
    .replace(/\s*[®™]$/u, '')
    .replace(/,\s*dip[l!1|]\.?-?\s?ing\.?$/iu, '')
    // "Christian Aldrey lic.iur.", "Dr. phil.": Swiss and German degrees of a faculty, its first letter misread.
    .replace(/,?\s+[l|I!]ic\.\s?(?:iur|phil|oec|rer\.\s?pol|theol)\.?$/iu, '');
  for (let k = 0; k < 6; k++) {
    // "Thangavelu Ms,, D.sc., FICS.": the list's commas left behind once a degree after them is gone.
    if (k) out = out.replace(/[\s,]+$/, '');
    const m = /(,\s*|\s+)([^\s,]+)$/u.exec(out);
    if (!m || m.index === 0) break;
    const key = m[2]!.replace(/\./g, '').toLowerCase();
    // Inside a list of degrees a short one needs no comma before it ("Ms" before ", D.sc.").
    const comma = m[1]!.includes(',') || k > 0;
    const dotted = /^(?:\p{Lu}\.){2,}\p{Lu}?\.?$|^\p{Lu}\.\p{L}{1,4}\.?$/u.test(m[2]!);
    // "FIAGES", "FICS.": a fellowship's letters after a comma, listed or not (never a given name or a title).
    // Only after a name in mixed case: "WONG, KAR" is a name in capitals.
    const letters = m[1]!.includes(',') && /^\p{Lu}{3,6}\.?$/u.test(m[2]!) && /\p{Ll}/u.test(out.slice(0, m.index)) && !isGivenName(m[2]!) && !TITLE_HEADS.has(key);
    // "Chang Sau Sheong BE": or in capitals after a name in mixed case.
    const spelt = (/\p{L}\.\p{L}/u.test(m[2]!) || (/^\p{Lu}{2,5}$/u.test(m[2]!) && /\p{Ll}/u.test(out.slice(0, m.index)))) && DOTTED_DEGREES.has(key);
    // "Brask, lmft": a short word in small letters after a comma ends no printed name; it is a
    // licence or degree OCR read in lower case, listed or not (its l taken for an I: fixInitialL).
    const small = m[1]!.includes(',') && /^(?:\p{Ll}|I(?=[bcdfghjkmnpqrstvwxz]))\p{Ll}{1,4}\.?$/u.test(m[2]!) && /^\p{Lu}/u.test(out) && !TITLE_HEADS.has(key) && !isGivenName(m[2]!.replace(/\.$/, ''));
    if (!(DEGREES.has(key) || letters || spelt || small || (comma && (DEGREES_AFTER_COMMA.has(key) || dotted)))) break;
    out = out.slice(0, m.index).trim();
  }
  return out;
}

// "Md. Subhan", "Mohd. Rafi": Muhammad shortened, as South Asian cards print it.
const NAME_WORD = /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.|M(?:oh)?d\.|\p{Lu}[\p{Lu}'’-]+|(?:O|D|L)['’]\p{Lu}\p{Ll}+|(?:Mc|Mac|Von|Van|De|Di|Da|Du|La|Le|Del|Della|Fitz)\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$/u;
const PARTICLE = /^(van|von|de|der|den|da|di|del|della|la|le|du|dos|das|bin|binti|al|el|ibn|ter|ten)$/;

/**
 * A speck OCR read after the last word ("Лукьян Артемьевич Симонов:", "… Симонов."): no part
 * of the name. An initial keeps its dot ("Anna S."), and a comma stays: a line ending in one
 * runs on ("Marunouchi Park Building," above the street).
 */
export const withoutTrailingSpeck = (text: string) => withoutTrailingMarks(text).replace(/(\p{L}{2})\.$/u, '$1');
/**
 * A colon, semicolon or "!" OCR read after a line's last word ("Justo Marmol!"); a last letter
 * OCR set apart from its word ("Samuel A. Rebelsk y", a name printed letter-spaced).
 */
export const withoutTrailingMarks = (text: string) => text.replace(/\s*[:;!]+$/u, '').replace(/(\p{Lu}\p{Ll}{2,})\s(\p{Ll})$/u, '$1$2');

/**
 * "MARGIE, SHOOP": a speck read as a comma between two words of one style. A comma between a
 * family name in capitals and a given name ("SMITH, John") is printed, and stays.
 */
export function withoutStrayComma(text: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(text.trim());
  if (!m) return text;
  const caps = (w: string) => w === w.toUpperCase();
  return caps(m[1]!) === caps(m[2]!) ? `${m[1]} ${m[2]}` : text;
}

/** 0..1: how much a line is shaped like a person's name (2-4 capitalised words, initials allowed). */
/** 'Robert "Bob" Johnson': a nickname in quotes or brackets between two words of a name. */
const NICKNAME = /(?<=\p{L}\.?)\s+["“„'‘(]\p{Lu}\p{Ll}+["”'’)]\s+(?=\p{Lu})/gu;

export function nameShape(line: string): number {
  const text = withoutStrayComma(withoutTrailingSpeck(line)).replace(NICKNAME, ' ');
  // "K.Jayachandru", "L.P. Thangavelu": initials printed close up are words of their own.
  // "Nishanth . D", "Satyanarayana .MVV": the father's initials after the name, set off by a dot.
  const words = withoutHonorific(text).replace(/(\p{Lu}\.)(?=\p{Lu})/gu, '$1 ').split(/\s+/).filter((w) => w && w !== '.');
  // "A.N.S.S. VENU MADHAV": initials do not count against a name's length.
  const initialWord = (w: string) => /^\p{Lu}\.?$|^\.\p{Lu}{2,4}$/u.test(w);
  if (words.length < 2 || words.filter((w) => !initialWord(w)).length > 5 || words.length > 8) return 0;
  // "The Computer Consultants": an article opens a company's or a slogan's line, never a name.
  if (/[\d@/:;]/.test(text) || /^the$/i.test(words[0]!)) return 0;
  // "RAGHUL R", "Prakash K.", "Bhanu Prakash Dixith B N": a South Indian name with the father's
  // (and a place's) initial after it; a weaker shape.
  const tail = words.length - [...words].reverse().findIndex((w) => !initialWord(w));
  const names = words.slice(0, tail);
  if (tail < words.length && words.length - tail <= 2 && names.length <= 3 && names.every((w) => /^\p{Lu}[\p{L}'’-]{3,}\.?$/u.test(w) && !STREET_WORDS.test(w))) return 0.6;
  // "G V Gupta": initials side by side count as one.
  const mixed = (i: number) => words.every((x, j) => j === i || /\p{Ll}/u.test(x) || initialWord(x));
  // "Mary K Jones": a middle initial printed without its dot, between words in mixed case
  // ("PLAN B STUDIO" is no name); "J Robert Burgoyne": a first one before two ("A Better Way" is
  // none, "A Rajendra Prasad" is: a known given name follows).
  const bareInitial = (w: string, i: number) =>
    /^\p{Lu}$/u.test(w) && mixed(i) && ((i > 0 && i < words.length - 1) || (i === 0 && words.length >= 3 && (/^[B-HJ-NP-Z]$/.test(w) || isGivenName(words[1]!))));
  const ok = words.filter((w, i) => NAME_WORD.test(w) || PARTICLE.test(w) || bareInitial(w, i)).length;
  if (ok < words.length) return 0;
  const initials = words.filter(initialWord).length;
  // "S. RAMASAMY", "P. Selvam": initials before one name, as South Indian cards print a name
  // ("J. Smith" too); "A. Street" is a misread line.
  const last = words.at(-1)!;
  // "G V Gupta": two initials without their dots, too.
  const dotted = words.slice(0, -1).every((w) => /^\p{Lu}\.$/u.test(w)) || (initials >= 2 && words.slice(0, -1).every(initialWord));
  if (initials === words.length - 1 && dotted && /^\p{Lu}[\p{L}'’-]{3,}$/u.test(last) && !STREET_WORDS.test(last)) return 1;
  if (initials >= words.length - 1) return 0;
  const core = words.length - initials;
  return core <= 4 && words.length <= 6 ? 1 : 0.6;
}

/** How many words of the line are known given or family names. */
export function knownNameWords(text: string): { given: number; family: number } {
  const words = withoutHonorific(text).split(/\s+/).filter((w) => w.length > 1);
  return { given: words.filter(isGivenName).length, family: words.filter(isFamilyName).length };
}

export function splitName(name: string): Pick<ContactFields, 'givenName' | 'middleName' | 'familyName'> {
  // "K.Jayachandru": an initial printed close up is a word of its own.
  // 'Robert "Bob" Johnson': the nickname is no middle name (the printed name keeps it).
  const w = name.replace(NICKNAME, ' ').replace(/^(\p{Lu}\.)(?=\p{Lu}\p{Ll})/u, '$1 ').split(/\s+/).filter(Boolean);
  if (w.length === 1) return { givenName: w[0]!, middleName: '', familyName: '' };
  if (hasCyrillic(name)) {
    if (w.length === 3 && PATRONYMIC.test(w[2]!)) return { familyName: w[0]!, givenName: w[1]!, middleName: w[2]! };
    if (w.length === 3 && PATRONYMIC.test(w[1]!)) return { givenName: w[0]!, middleName: w[1]!, familyName: w[2]! };
    if (w.length === 2 && RU_SURNAME.test(w[0]!) && !RU_SURNAME.test(w[1]!)) return { familyName: w[0]!, givenName: w[1]!, middleName: '' };
    // "Кулагина Ирина": both words end like a surname; the name lists know which is the given name.
    if (w.length === 2 && RU_SURNAME.test(w[0]!) && isGivenName(w[1]!) && !isGivenName(w[0]!)) return { familyName: w[0]!, givenName: w[1]!, middleName: '' };
  }
  // "TANAKA Hiroshi": a family name in capitals before a given name in mixed case.
  if (w.length === 2 && w[0] === w[0]!.toUpperCase() && w[1] !== w[1]!.toUpperCase() && !isGivenName(w[0]!)) return { familyName: w[0]!, givenName: w[1]!, middleName: '' };
  // "koen de jong", "Ludwig van Beethoven": a particle opens the family name.
  const particle = w.findIndex((x, i) => i > 0 && i < w.length - 1 && PARTICLE.test(x.toLowerCase()));
  if (particle > 0) return { givenName: w[0]!, middleName: w.slice(1, particle).join(' '), familyName: w.slice(particle).join(' ') };
  // "Victor Harris Jr": a generation's suffix is part of the family name, not a name of its own.
  if (w.length >= 3 && SUFFIX.test(w[w.length - 1]!)) return { givenName: w[0]!, middleName: w.slice(1, -2).join(' '), familyName: w.slice(-2).join(' ') };
  return { givenName: w[0]!, middleName: w.slice(1, -1).join(' '), familyName: w[w.length - 1]! };
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
