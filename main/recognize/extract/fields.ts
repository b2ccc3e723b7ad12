import type { Box, ContactFields, FieldConfidence, FieldName, FieldSources, OcrLine } from '../../../shared/contact.js';
import { emptyFields } from '../../../shared/contact.js';
import { bareDomain, findChannels, hostOf } from './channels.js';
import { leadWord, reconcileDomains } from './confirm.js';
import { mendLetterNoughts, mendNumberSign, mendStreetWords } from './street-words.js';
import { turkishCompany } from './turkish.js';
import { CONFUSED, TALL_CONFUSED, DEPT_LINE, NAME_CONFUSED, oneLookalikeApart, CONTACT_LABEL, PHONE_LABEL, countryAtEnd, LABEL_ALONE, LEGAL_FORM, ORG_WORDS, LEGAL_FORM_ONLY, contactLine, ORG_WORD_AT_END, TITLE_HEADS, PATRONYMIC, PURPOSE_MAILBOXES, REGION_NAMES, REGISTRATION_LINE, RU_SURNAME, STREET_WORDS, PROPRIETOR_MARK, TITLE_WORD_SET, asTitleWord, cutTitleStart, cutTitleWord, joinCutWords, joinSplitTitleWords, differingAt, nearTitleWord } from './keywords.js';
import { ACCENT_COUNTRIES } from '../accents.js';
import { gapAcross, lineUnder, onOneRow, overlapShare, unionBox } from '../boxes.js';
import { isFamilyName, isGivenName, isKnownPatronymic, lostBreve, nameShape, respellRussianGivenName, splitName, surnameOfHerPatronymic, withoutHonorific, withoutStrayComma, withoutTrailingMarks } from './names.js';
import { rankCountries } from './phones.js';
import { koreanFields } from './korean.js';
import type { ScriptFields } from './own-script.js';
import { chineseFields } from './chinese.js';
import { addressCues, domainLetters, domainMatch, domainSpells, scoreRoles, titleScore, type Role, type RoleContext, type RoleScores } from './roles.js';
import { cyrillicShare, hasCyrillic, hasLatin, nameKey, similarity, toCyrillic, toLatin, transliterate } from './scripts.js';
import { isFreeMail } from './places.js';
import { median, splitAt, toSegments, type Segment } from './segments.js';

export interface Extraction {
  fields: ContactFields;
  confidence: FieldConfidence;
  sources: FieldSources;
  country: string;
  /**
   * Contact fields whose every value is our repair of a misreading (a look-alike letter, a lost
   * dot, a domain respelt from the company line) rather than what OCR read: never sure, and a
   * second reading of the card may read them cleanly (second-look.ts).
   */
  repaired: FieldName[];
}


/** Single-valued roles and the least evidence that lets a line take one. */
const SINGLE: { role: Exclude<Role, 'address' | 'tagline'>; min: number }[] = [
  { role: 'name', min: 0.55 },
  { role: 'title', min: 0.5 },
  { role: 'company', min: 0.6 },
  { role: 'department', min: 0.6 },
];

interface Scored {
  s: Segment;
  r: RoleScores;
}

/** Box a within box b, give or take a pixel or two of rounding. */
function inside(a: Box, b: Box): boolean {
  const e = 2;
  return a.x >= b.x - e && a.y >= b.y - e && a.x + a.w <= b.x + b.w + e && a.y + a.h <= b.y + b.h + e;
}

/** One line just above or below the other in the same column (left-aligned or centred). */
function adjacent(a: Segment, b: Segment): boolean {
  if (a === b) return false;
  const [top, bottom] = a.box.y <= b.box.y ? [a, b] : [b, a];
  const h = Math.max(a.box.h, b.box.h);
  const gap = bottom.box.y - (top.box.y + top.box.h);
  const left = Math.abs(a.box.x - b.box.x) < h * 3;
  const centre = Math.abs(a.box.x + a.box.w / 2 - (b.box.x + b.box.w / 2)) < h * 3;
  const right = Math.abs(a.box.x + a.box.w - (b.box.x + b.box.w)) < h * 2;
  // On a tilted photo the boxes of consecutive lines overlap deeply; OCR's reading order still says they follow.
  const overlap = Math.abs(a.line - b.line) === 1 ? h : h * 0.5;
  return gap > -overlap && gap < h * 1.6 && (left || centre || right);
}

/**
 * Adjacent as lines, or as the whole OCR lines they were cut from: "Kolkata - 700160, WB, India,"
 * cut from the phone beside it lies under the middle of the centred street line, though its
 * own box's edges and centre are far from that line's.
 */
function adjacentRows(a: Segment, b: Segment, all: Segment[]): boolean {
  if (adjacent(a, b)) return true;
  const row = (s: Segment) => ({ ...s, box: unionBox([s.box, ...all.filter((o) => o.line === s.line).map((o) => o.box)]) });
  return a.line !== b.line && adjacent(row(a), row(b));
}

/**
 * One pass over every consistent labelling of the best candidates: each line takes at most
 * one role, each single role at most one line; pairs that cards print together (a title
 * beside the name) add a little.
 */
function assignSingles(cands: Scored[]): Partial<Record<Role, Scored>> {
  const options = SINGLE.map(({ role, min }) => [
    null,
    ...cands
      .filter((c) => c.r[role] >= min)
      .sort((a, b) => b.r[role] - a.r[role])
      .slice(0, 4),
  ]);
  let best: { score: number; pick: (Scored | null)[] } = { score: -Infinity, pick: [] };
  const pick: (Scored | null)[] = [];
  const walk = (i: number, score: number) => {
    if (i === SINGLE.length) {
      let total = score;
      const [name, title, , dept] = pick;
      if (name && title && adjacent(name.s, title.s)) total += 0.2;
      if (title && dept && adjacent(title.s, dept.s)) total += 0.1;
      if (total > best.score) best = { score: total, pick: [...pick] };
      return;
    }
    for (const c of options[i]!) {
      if (c && pick.includes(c)) continue;
      // A line that reads more like another role than this one is not this role's.
      const role = SINGLE[i]!.role;
      const margin = c ? c.r[role] - Math.max(c.r.address, c.r.tagline) : 0;
      if (c && margin < 0) continue;
      pick.push(c);
      walk(i + 1, score + (c ? c.r[role] : 0));
      pick.pop();
    }
  };
  walk(0, 0);
  const out: Partial<Record<Role, Scored>> = {};
  SINGLE.forEach(({ role }, i) => {
    const c = best.pick[i];
    if (c) out[role] = c;
  });
  return out;
}

/**
 * Some other line sits between two lines of a column (a phone line between two offices). Specks
 * under a third of either line's height ("i" read off a rule's dots, 4 px high) are no line.
 */
function separated(a: Segment, b: Segment, all: Segment[]): boolean {
  const [top, bottom] = a.box.y <= b.box.y ? [a, b] : [b, a];
  const x0 = Math.max(a.box.x, b.box.x);
  const x1 = Math.min(a.box.x + a.box.w, b.box.x + b.box.w);
  const speck = Math.min(a.box.h, b.box.h) * 0.3;
  return all.some((s) => s !== a && s !== b && s.box.h >= speck && s.box.y >= top.box.y + top.box.h * 0.5 && s.box.y + s.box.h <= bottom.box.y + bottom.box.h * 0.5 && s.box.x < Math.max(x1, x0 + 1) && s.box.x + s.box.w > Math.min(x0, x1));
}

/** Words that label an office's address, in the languages cards use ("Ofis", "Atölye": Turkish office and workshop). */
const OFFICE_WORDS = 'office|branch|headquarters|hq|factory|plant|showroom|ofis|atölye|atelye|atélye|şube|fabrika|филиал|офис';
/** An office's or an address's label before the address itself ("Head Office 2-10-14 ...", "TOKYO : 2-7-7 ..."). */
const UNLABEL = new RegExp(`^(?:[\\p{L}]+\\s+){0,3}(?:${OFFICE_WORDS}|address|addr|адрес)\\s*[:.-]?\\s+(?=[\\d\\p{Lu}])|^[\\p{L} ]{2,30}\\s?:\\s+(?=\\d)`, 'iu');
/** "CTP Branch 767-63 ...", "Vietnam Office ...": a line that opens another office's address. */
const OFFICE_LABEL = new RegExp(`^(?:[\\p{L}]+\\s+){0,3}(?:${OFFICE_WORDS})(?![\\p{L}])\\s*[:.-]?`, 'iu');

/** "office 55", "офис 12": a unit of the address above, not a label opening another office. */
const UNIT = /^(?:office|офис|of\.|оф\.)\s*[#№]?\s*\d/iu;

/** "Berlin, Germany", "Victoria 3122 Australia" (the country right after the postcode). */
const endsWithCountry = (text: string) => !!countryAtEnd(text) || !!countryAtEnd(text.replace(/(\d)\s+(?=\p{L}+\.?\s*$)/u, '$1, '));
/**
 * A line ending with its country closes an address, except a postcode and the country alone
 * ("190034, Россия", "Адрес: 190416, Россия"): a Russian address opens so, the city and the street below it.
 */
const closesAddress = (text: string) => endsWithCountry(text) && !/^\d{5,6},?\s*\p{L}+\.?$/u.test(text.trim().replace(UNLABEL, ''));

/**
 * "Flat: 504, Thirumala Sha Residency, | # 74/23/1, Venkatappiah Street," / "8-3-940, ... Rd,
 * Ashok Nagar, Bandar Road,": two offices' addresses side by side, each line of the one read in a
 * row with the other's. A gutter no line crosses, with two or more lines of print on each side,
 * parts them; the segment's column is 0 left of it, 1 right (all 0 without one). An address set
 * out as a list with bars runs across the card: no columns.
 */
function addressColumns(segs: Segment[]): (s: Segment) => number {
  const none = () => 0;
  if (segs.length < 4 || segs.some((s) => s.listed)) return none;
  const edges = [...new Set(segs.flatMap((s) => [s.box.x, s.box.x + s.box.w]))].sort((a, b) => a - b);
  for (const x of edges) {
    if (segs.some((s) => s.box.x < x && s.box.x + s.box.w > x)) continue;
    const left = segs.filter((s) => s.box.x + s.box.w <= x);
    const right = segs.filter((s) => s.box.x >= x);
    const rows = (side: Segment[]) => new Set(side.map((s) => s.line));
    const shared = [...rows(left)].filter((l) => rows(right).has(l)).length;
    if (rows(left).size >= 2 && rows(right).size >= 2 && shared >= 2) return (s) => (s.box.x + s.box.w <= x ? 0 : 1);
  }
  return none;
}

const OTHER_OFFICES = /^(?:regional|branch|other|zonal|area)\s+offices?\s*[:.-]|^branch(?:es)?\s*(?:at|in)?\s*:/iu;

/** The address: lines with address signs and the neighbouring lines that continue them. */
function pickAddress(cands: Scored[], taken: Set<Segment>, all: Segment[]): Segment[] {
  // "Phone", "Fax" printed in a column of labels beside the address: labels, no part of it.
  // "WorkHub@Axis No 27, Vellalar Street, ...": a building's name with an "@" in it is no e-mail.
  const mailLike = (t: string) => contactLine(t) && !(addressCues(t) >= 2 && !/@\s?[\p{L}\d-]+\.[\p{L}]{2,}|\bwww\b|https?\s?:/iu.test(t) && !CONTACT_LABEL.test(t) && !PHONE_LABEL.test(t));
  const free = cands.filter((c) => !taken.has(c.s) && !mailLike(c.s.text) && !LABEL_ALONE.test(c.s.text.trim()));
  const seeds = free.filter((c) => c.r.address >= 0.5 && !/:\s*$/.test(c.s.text));
  if (!seeds.length) return [];
  const inAddr = new Set(seeds.map((c) => c.s));
  const sized = (a: Segment, b: Segment) => Math.abs(a.size - b.size) < Math.max(a.size, b.size) * 0.35;
  // Grow to adjacent lines that are not clearly something else ("Tokyo 102-0071", "JAPAN").
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of free) {
      if (inAddr.has(c.s)) continue;
      // ("Yeluterintbury 620702. Russe" under "61 Lenina St, office 780": a line with a sign of an
      // address of its own may differ in measured type size, its boxes as tall.)
      const alike = (a: Segment) => sized(a, c.s) || (c.r.address > 0 && Math.abs(a.box.h - c.s.box.h) < Math.max(a.box.h, c.s.box.h) * 0.2);
      const near = [...inAddr].some((a) => adjacent(a, c.s) && !separated(a, c.s, all) && alike(a));
      const other = Math.max(c.r.name, c.r.title, c.r.company, c.r.department, c.r.tagline);
      // "io" beside an e-mail OCR lost: a fragment of two small letters continues no address ("CA", "7F" may).
      const fragment = !/[\p{L}\d]{3}/u.test(c.s.text) && !/^(?:\p{Lu}{2}|\d+\p{L}?)$/u.test(c.s.text.trim());
      // Above the address, only a line with a sign of one ("Marunouchi Park Building,", "Tower 2"):
      // what a shop prints over its address is its trade ("Sale & Repair of Inverters").
      const above = [...inAddr].every((a) => c.s.box.y < a.box.y);
      const addressLike = /\d|,\s*$/.test(c.s.text) || STREET_WORDS.test(c.s.text) || c.r.address > 0;
      // Below a line that ends with its postcode ("NEW DELHI-110029"), the address has ended but
      // for a country or a short line: a list of the shop's goods runs on with commas too.
      const lowest = [...inAddr].reduce((a, b) => (b.box.y > a.box.y ? b : a));
      // Below a line that ends with its country ("Victoria 3122 Australia"), it has ended: a postal
      // address printed under the street address is another address.
      const ended = c.s.box.y > lowest.box.y && ((/(?<!\d)\d{5,6}[.,]?\s*$/.test(lowest.text) && c.s.text.split(/\s+/).length > 3 && addressCues(c.s.text) === 0) || (closesAddress(lowest.text) && !endsWithCountry(c.s.text)));
      // "G-1 | Plot A-27 | Road No.10 | Wagle Industrial Estate | MIDC": an address set out as a list
      // on its line; every item of a listed line the address reaches is the address's.
      const rowmate = [...inAddr].some((a) => a.line === c.s.line && (a.listed || a.cut || c.s.cut) && (c.s.listed || c.s.cut || a.cut)) && other < 1 && !contactLine(c.s.text);
      // "Regional Offices : Chennai, Kolkata": other offices' towns; "Industrial | High Rise | Commercial": a listed trade.
      const elsewhere = !rowmate && (OTHER_OFFICES.test(c.s.text) || (c.s.listed && !/\d/.test(c.s.text) && addressCues(c.s.text) === 0));
      // "76/78 Upper Ground" / "South Bank" / "London SE1 9PZ": a line between a street's line with its
      // number and the address below it is the address's, though it reads a little like a company.
      const between = above && other < 1 && free.some((d) => d !== c && !inAddr.has(d.s) && /\d/.test(d.s.text) && d.s.box.y < c.s.box.y && adjacent(d.s, c.s) && Math.abs(d.s.size - c.s.size) < c.s.size * 0.35 && Math.max(d.r.name, d.r.title, d.r.company, d.r.department, d.r.tagline) < 0.5);
      if ((near || rowmate) && !fragment && !ended && !elsewhere && (other < 0.5 || between || rowmate) && c.r.address >= 0 && (!above || addressLike || between || rowmate) && c.s.text.split(/\s+/).length <= 14 && !/:\s*$/.test(c.s.text) && !REGISTRATION_LINE.test(c.s.text)) {
        inAddr.add(c.s);
        grew = true;
      }
    }
  }
  // "350 SERRA MALL, ROOM 170" / "STANFORD UNIVERSITY" / "STANFORD, CALIFORNIA 94305-9505": a line
  // another field took (the company), printed between two lines of the address in its type, is
  // the address's too: mail goes to the university.
  for (const c of cands) {
    if (!taken.has(c.s) || inAddr.has(c.s) || contactLine(c.s.text)) continue;
    const by = (up: boolean) => [...inAddr].some((a) => (up ? a.box.y < c.s.box.y : a.box.y > c.s.box.y) && adjacent(a, c.s) && !separated(a, c.s, all) && sized(a, c.s));
    if (by(true) && by(false)) inAddr.add(c.s);
  }
  // One row of print read twice (a second reading of the row kept beside the first, rd3_006's
  // "Lauhati, Rajartiat, Vedie Village" over "itl, Rajarhat, Vedie Village"): the surer reading stays.
  const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const sameText = (a: string, b: string) => similarity(letters(a), letters(b)) >= 0.6;
  for (const s of [...inAddr]) if ([...inAddr].some((o) => o !== s && o.line !== s.line && overlapShare(o.box, s.box) >= 0.5 && sameText(o.text, s.text) && (o.conf > s.conf || (o.conf === s.conf && o.line < s.line)))) inAddr.delete(s);
  // Keep the largest run of vertically touching lines: one office, not two.
  // In reading order: the pieces of one OCR line together, left to right.
  const lineTop = new Map<number, number>();
  for (const s of inAddr) lineTop.set(s.line, Math.min(lineTop.get(s.line) ?? Infinity, s.box.y));
  const lines = [...inAddr].sort((a, b) => lineTop.get(a.line)! - lineTop.get(b.line)! || a.line - b.line || a.box.x - b.box.x);
  const runs: Segment[][] = [];
  const column = addressColumns(lines);
  for (const s of lines) {
    const joins = (x: Segment) =>
      column(x) === column(s) && ((adjacentRows(x, s, all) && !separated(x, s, all) && !(x.box.y < s.box.y && closesAddress(x.text) && !endsWithCountry(s.text))) || (x.line === s.line && Math.abs(x.box.y - s.box.y) < x.box.h));
    // "Atélye: Hamidiye Mah. ...   Sultanbeyli - IST.": the rest of an office's line is that office's.
    const run = OFFICE_LABEL.test(s.text) && !UNIT.test(s.text) ? undefined : (runs.find((r) => r.some((x) => x.line === s.line && column(x) === column(s))) ?? runs.find((r) => r.some(joins)));
    if (run) run.push(s);
    else runs.push([s]);
  }
  // Several offices: the first printed is the head office (the truth convention, and usually the card's).
  const weight = (run: Segment[]) => run.reduce((n, s) => n + addressCues(s.text), 0);
  const strongest = Math.max(...runs.map(weight));
  return runs.find((r) => weight(r) >= Math.min(2, strongest))!;
}

/**
 * "JINNO INTERNATIONAL COOPERATION / JOINT STOCK COMPANY": a legal form alone on its line
 * finishes the name printed just above it in the same column (a logo beside them, "PLC" in big
 * letters, is not that line), so the two are one company line before roles are assigned.
 */
function joinLegalForms(scored: Scored[], all: Segment[], ctx: RoleContext, guessed: Set<Segment>): Scored[] {
  let out = scored;
  for (const legal of scored.filter((c) => LEGAL_FORM_ONLY.test(c.s.text))) {
    const above = out
      .filter((c) => c !== legal && c.s.box.y < legal.s.box.y && adjacent(c.s, legal.s) && !separated(c.s, legal.s, all) && Math.abs(c.s.size - legal.s.size) < legal.s.size * 0.3)
      .filter((c) => !LEGAL_FORM_ONLY.test(c.s.text) && Math.max(c.r.name, c.r.title, c.r.address, c.r.department) < 0.5)
      .sort((a, b) => b.s.box.y - a.s.box.y)[0];
    if (!above) continue;
    const a = above.s.box;
    const b = legal.s.box;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    const s: Segment = {
      ...above.s,
      text: `${trimPunct(above.s.text, true)} ${legal.s.text}`,
      box: { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y },
      conf: Math.min(above.s.conf, legal.s.conf),
    };
    guessed.add(s);
    out = [...out.filter((c) => c !== above && c !== legal), { s, r: scoreRoles(s, ctx) }];
  }
  return out;
}

/** A word the e-mail's local part spells whole ("koen@…", "jsmith@…" for Smith). */
function emailSpells(word: string, locals: string[][]): boolean {
  const w = nameKey(word);
  return w.length >= 3 && locals.some((parts) => parts.some((p) => { const k = nameKey(p); return k === w || (k.length === w.length + 1 && k.endsWith(w)) || (k.length === w.length + 1 && k.startsWith(w)); }));
}

/**
 * The page name of a firm's page on Facebook or LinkedIn ("facebook.com/Aus4Transport.vn",
 * "linkedin.com/company/acme-corp"), as a domain of its own; a person's profile (linkedin.com/in/)
 * names a person, not a firm.
 */
function firmPage(site: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?(?:facebook\.com|fb\.com|linkedin\.com\/company)\/([\p{L}\d][\p{L}\d-]{2,})/iu.exec(site);
  return m ? `${m[1]!.toLowerCase()}.page` : null;
}

/** A name line whose first word is a patronymic: one of a listed name, or of eight letters or more ("БЕНЕДИКТОВИЧ"). */
function opensWithPatronymic(text: string): boolean {
  const first = text.split(/\s+/)[0]!;
  return isKnownPatronymic(first) || (/^\p{Script=Cyrillic}{8,}$/u.test(first) && PATRONYMIC.test(first));
}

/** Two words set alike: both in capitals, or both capitalised (a wordmark "ВЕКТОР" over "Яковлевна" is no part of her name). */
const sameCase = (a: string, b: string) => (a === a.toUpperCase()) === (b === b.toUpperCase());

/** A word that can only be part of a person's name: a family name, a Russian surname or patronymic, or one the e-mail spells. */
const surnamePart = (w: string, locals: string[][]) => RU_SURNAME.test(w) || isFamilyName(w) || PATRONYMIC.test(w) || emailSpells(w, locals);

/** "АГАТА ВЛАДИМИРОВНА СЕЛИВЕРСТОВА" in either order: a given name, a patronymic made from a known name, a surname. */
function fullRussianName(text: string): boolean {
  const ws = text.split(/\s+/);
  return ws.length === 3 && ws.some(isKnownPatronymic) && ws.some(isGivenName) && ws.some((w) => RU_SURNAME.test(w) || isFamilyName(w));
}

/**
 * Two lines directly one above the other that are one person's name ("СЕЛИВЕРСТОВА" / "Агата
 * Владимировна", "koen" / "de jong"): the joined text, or null. Words of letters only, two to
 * four together, neither line reading more like a title, company, department or address, type
 * of like size (half again as tall where the two make a full Russian name: a tilted photo
 * inflates one line's box), and every line holding a word that names people: a given name, a
 * family name, a Russian surname or patronymic, or a word the e-mail's local part spells.
 */
function oneName(top: Scored, bottom: Scored, ctx: RoleContext, all: Segment[]): string | null {
  const text = `${top.s.text} ${bottom.s.text}`;
  const ws = text.split(/\s+/);
  if (ws.length < 2 || ws.length > 4 || !adjacent(top.s, bottom.s) || separated(top.s, bottom.s, all)) return null;
  // (A line in small letters in the biggest type scores as a wordmark, 0.6 for a company: "de
  // jong" under "koen", real_607; the two lines must still name a person, below.)
  const wordmarkAtMost = (c: Scored) => c.s.text === c.s.text.toLowerCase() && c.r.company <= 0.6 && Math.max(c.r.title, c.r.department, c.r.address) < 0.5;
  if (![top, bottom].every((c) => /^[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,2}$/u.test(c.s.text) && (Math.max(c.r.title, c.r.company, c.r.department, c.r.address) < 0.5 || wordmarkAtMost(c)))) return null;
  const big = Math.max(top.s.size, bottom.s.size);
  // ("КУЗЬМИН" over "ИПАТИЙ ИГНАТОВИЧ": a surname alone over a given name and patronymic, each by its shape, is one too.)
  const russian = fullRussianName(text) || (ws.length === 3 && RU_SURNAME.test(ws[0]!) && top.s.text.split(/\s+/).length === 1 && PATRONYMIC.test(ws[2]!));
  if (Math.abs(top.s.size - bottom.s.size) >= big * (russian ? 0.5 : 0.3)) return null;
  // "koen de jong": printed in small letters, shaped like a name in capitalised ones.
  const capitalised = ws.map((w) => (/^\p{Ll}/u.test(w) && !/^(van|von|de|der|den|da|di|del|la|le|du|ter|ten)$/.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  if (nameShape(capitalised) !== 1) return null;
  const named = (t: string) => t.split(/\s+/).some((w) => isGivenName(w) || surnamePart(w, ctx.emailLocals));
  return named(top.s.text) && named(bottom.s.text) ? text : null;
}

/**
 * "koen" / "de jong", "ANNA" / "SMITH": a name set as two lines, neither a name on its own, is
 * one line before roles are scored (its words capitalised for the scoring only). Never sure.
 */
function joinNameLines(scored: Scored[], all: Segment[], ctx: RoleContext, guessed: Set<Segment>): Scored[] {
  let out = scored;
  for (const top of scored) {
    if (!out.includes(top) || nameShape(top.s.text)) continue;
    const bottom = out.find((c) => c !== top && c.s.box.y > top.s.box.y && !nameShape(c.s.text) && oneName(top, c, ctx, all));
    if (!bottom) continue;
    const a = top.s.box;
    const b = bottom.s.box;
    // "ГРЕМИСЛАВ" a little above and right of "МАСЛОВ" (a tilted photo): two words side by side
    // on one row are read left to right.
    const [first, second] = onOneRow(a, b) && b.x + b.w <= a.x + a.w * 0.2 ? [bottom, top] : [top, bottom];
    // "Елисеева" over "Виктория" + "Тимофеевна" (seed 75 s2_033): the name's second row read as two
    // lines; a given name or patronymic beside the lower part on its row is the name's too, read left to right.
    const beside = onOneRow(a, b)
      ? undefined
      : out.find((c) => c !== top && c !== bottom && onOneRow(c.s.box, b) && gapAcross(c.s.box, b) < b.h * 1.5 && /^\p{Script=Cyrillic}{3,}$/u.test(c.s.text) && (isGivenName(c.s.text) || isKnownPatronymic(c.s.text)));
    const row = beside ? [second, beside].sort((p, q) => p.s.box.x - q.s.box.x) : [second];
    const parts = [first, ...row];
    const s: Segment = { ...top.s, text: parts.map((c) => c.s.text).join(' '), box: unionBox(parts.map((c) => c.s.box)), conf: Math.min(...parts.map((c) => c.s.conf)), size: Math.max(...parts.map((c) => c.s.size)) };
    const asName = s.text.replace(/(^|\s)(\p{Ll})/gu, (m, sp: string, c: string) => sp + c.toUpperCase());
    guessed.add(s);
    out = [...out.filter((c) => !parts.includes(c)), { s, r: scoreRoles({ ...s, text: asName }, ctx) }];
  }
  return out;
}

/**
 * "Глафира Станиславовна Зыкова А кедр": a full Russian name (a given name, a patronymic of a
 * known name, a surname) and, on its row, the logo beside it read into the same line. The name
 * is a segment of its own.
 */
function russianNameBesideLogo(s: Segment): Segment[] {
  const ws = s.text.split(' ');
  // "СЫСОЕВ РОДИОН ул. Ленина, д. 90": a name of two parts with the address beside it read into its line.
  const two = ws.slice(0, 2);
  const cyr = (w: string) => /^\p{Script=Cyrillic}{2,}$/u.test(w);
  if (ws.length >= 3 && two.every(cyr) && two.some(isGivenName) && two.some((w) => RU_SURNAME.test(w) || isFamilyName(w)) && /^(?:(?:ул|пр|пр-т|просп|пер|наб|пл|б-р|г|д)\.|\d{6},?$)/u.test(ws[2]!)) return splitAt(s, [two.join(' ').length]);
  if (ws.length < 4 || !fullRussianName(ws.slice(0, 3).join(' '))) return [s];
  return splitAt(s, [ws.slice(0, 3).join(' ').length]);
}

/**
 * "сто" on an English card: a short line of Cyrillic letters that all look like Latin ones is a
 * Latin line misread; a word of up to four letters is an abbreviation, in capitals.
 */
function latinLookalikes(text: string): string {
  // "(ЕО" under a name: CEO (CTO, CFO), its C read as a bracket, the rest as look-alikes.
  const chief = /^\(([ЕОТEOTF]{2})$/u.exec(text.trim());
  if (chief) return `C${toLatin(chief[1]!)}`;
  const ws = text.split(/\s+/);
  if (ws.length > 3 || !ws.every((w) => /^[аеорсухкмнтвАЕОРСУХКМНТВ]+\.?$/u.test(w))) return text;
  return ws.map((w) => (w.replace(/\.$/, '').length <= 4 ? toLatin(w).toUpperCase() : toLatin(w))).join(' ');
}

/** A Cyrillic name word ending in "ИИ" whose Й the e-mail's local part spells ("fedosiy"). */
function restoreBreve(name: string, locals: string[]): string {
  return name
    .split(/\s+/)
    .map((w) => {
      if (!lostBreve(w)) return w;
      const fixed = w.slice(0, -1) + (w.slice(-1) === 'И' ? 'Й' : 'й');
      const spelt = (x: string) => locals.some((l) => l.replace(/[^a-z]/g, '').includes(transliterate(x)));
      return spelt(fixed) && !spelt(w) ? fixed : w;
    })
    .join(' ');
}

const caseLike = (word: string, model: string) => (model === model.toUpperCase() ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1));

/**
 * "YASUO ЗАЛ" beside saji@...: a word of a Latin name read as Cyrillic letters is garbage, and
 * the e-mail address spells the word it stands for.
 */
function mendNameByEmail(name: string, locals: string[][]): string {
  const ws = name.split(/\s+/);
  const latin = ws.filter((w) => !hasCyrillic(w));
  if (!latin.length || latin.length === ws.length) return name;
  const unused = locals.flat().filter((p) => p.length >= 3 && /^[a-z]+$/.test(p) && !ws.some((w) => nameKey(w) === nameKey(p)));
  return ws
    .map((w) => {
      if (!hasCyrillic(w)) return w;
      const p = unused.find((x) => Math.abs(x.length - w.length) <= 2);
      return p ? caseLike(p, latin[0]!) : w;
    })
    .join(' ');
}

/**
 * "Dean Dau" beside ddaugherty@harbor.com: the name's last word cut short at the card's edge or
 * by a finger, where the e-mail spells it whole (after the given name's initial, maybe). Only a
 * word of three letters or more that no list of names knows ("Al" beside albert@ is a name of
 * its own), completed to a name a list knows ("Dhakan" beside dhakanassociate@ stays), and not
 * where the rest of the e-mail's word is another word of the name.
 */
function lastWordFromEmail(name: string, locals: string[][]): string {
  const ws = name.split(/\s+/);
  const last = ws.at(-1)!;
  if (ws.length < 2 || !/^\p{Script=Latin}{3,}$/u.test(last) || isGivenName(last) || isFamilyName(last)) return name;
  const key = last.toLowerCase();
  const others = ws.slice(0, -1).map((w) => w.toLowerCase());
  const whole = locals
    .flat()
    .flatMap((p) => [p, p.slice(1)])
    .find((p) => /^[a-z]+$/.test(p) && p.length >= key.length + 2 && p.startsWith(key) && (isFamilyName(p) || isGivenName(p)) && !others.some((o) => p.slice(key.length).startsWith(o.slice(0, 3))));
  return whole ? [...ws.slice(0, -1), caseLike(whole, last)].join(' ') : name;
}

/**
 * "pwe ‚ Kiichi Rfuposa" beside kiichi.murata@...: when no line reads as a name, a line holding
 * one part of a two-part address beside a garbled word of the other part's length is the name,
 * spelt as the address spells it; beside the other part itself, the two words are the name.
 */
function nameFromEmail(cands: Scored[], locals: string[][]): { text: string; c: Scored } | null {
  for (const parts of locals) {
    if (parts.length !== 2 || !parts.every((p) => /^[a-z]{2,}$/.test(p))) continue;
    for (const c of cands) {
      const other = Math.max(c.r.title, c.r.company, c.r.department, c.r.address) >= 0.5;
      // "Yuki Takayama So Quantum Studio": the logo's words after the name make the line read as a
      // company; both parts side by side are the name all the same (not on an address's line).
      if (other && c.r.address >= 0.5) continue;
      const ws = c.s.text.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''));
      for (let i = 0; i < ws.length; i++) {
        const k = parts.indexOf(ws[i]!.toLowerCase());
        if (k < 0 || ws[i]!.length < 3) continue;
        const otherPart = parts[1 - k]!;
        // "EGOR LARIONOV ©) овв" beside egor.larionov@: both parts side by side, a logo's specks after them.
        const beside = [i + 1, i - 1].find((j) => ws[j]?.toLowerCase() === otherPart);
        if (beside !== undefined) return { text: beside > i ? `${ws[i]} ${ws[beside]}` : `${ws[beside]} ${ws[i]}`, c };
        if (other) continue;
        // The e-mail's order first ("kiichi.murata": the family name follows), then the other.
        for (const j of k === 0 ? [i + 1, i - 1] : [i - 1, i + 1]) {
          const w = ws[j];
          if (!w || w.length < 2 || Math.abs(w.length - otherPart.length) > 2 || w.toLowerCase() === otherPart) continue;
          const fixed = caseLike(otherPart, ws[i]!);
          return { text: j > i ? `${ws[i]} ${fixed}` : `${fixed} ${ws[i]}`, c };
        }
      }
    }
  }
  return null;
}

/**
 * A card whose company is only its logo's word ("(=) Evergreen" in big letters beside the
 * name): a short line in one of the two biggest type sizes that reads as nothing else.
 */
function logoWordmark(free: Scored[], ctx: RoleContext, named: boolean): Scored | undefined {
  // With an e-mail or a website on the card, the domain clue already found any logo word that
  // names the company; a big word unlike the domain is a slogan, a side's heading, a name part.
  if (ctx.domains.length) return undefined;
  const typical = median(ctx.segs.map((s) => s.size));
  const top = Math.min(...ctx.segs.map((s) => s.box.y));
  // A logo's mark read as letters ("an aa" over "ramsys") is no word: it does not set the biggest type.
  const biggest = Math.max(0, ...ctx.segs.filter((s) => /\p{L}{3}/u.test(s.text)).map((s) => s.size));
  // "BAY TECH" beside "INSURANCE": a logo's words parted on one row are read whole elsewhere.
  const rowmate = (s: Segment) => ctx.segs.some((o) => o !== s && onOneRow(o.box, s.box));
  // The name found on another line, the logo's word may stand in type smaller than the name's
  // and be shaped like a name ("АЛЬФА СТРОЙ" over "Семен Бирюков"), or in type no bigger than
  // the rest ("пром-систем"): the card's first line, alone on its row, still is the logo.
  const big = (c: Scored) =>
    (c.s.size === biggest && c.s.size >= typical * 1.5) || (named && c.s.box.y === top && !rowmate(c.s));
  return free
    .filter((c) => big(c) && c.s.conf >= 0.8)
    .filter((c) => {
      const ws = c.s.text.replace(/^[^\p{L}\p{N}]+\s+/u, '').split(/\s+/).filter(Boolean);
      const plain = ws.every((w) => /^[\p{L}&'’.-]{3,}$/u.test(w));
      const person = ws.some((w) => isGivenName(w) || isFamilyName(w) || PATRONYMIC.test(w) || RU_SURNAME.test(w));
      return ws.length >= 1 && ws.length <= 2 && plain && !person && Math.max(named ? 0 : c.r.name, c.r.title, c.r.department, c.r.address, c.r.tagline) < 0.3;
    })[0];
}

/** "TECHNOLOGIES PVT. LTD.", "Software Solutions Pvt Ltd": a trade's words and a legal form, no name of its own. */
function tradeAndForm(text: string): boolean {
  if (!LEGAL_FORM.test(text)) return false;
  let rest = text;
  // The pattern takes the space on either side of a form: "PVT. LTD." comes off one form at a time.
  for (let k = 0; k < 4 && LEGAL_FORM.test(rest); k++) rest = rest.replace(LEGAL_FORM, ' ');
  const words = rest.split(/[\s,.&]+/).filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => ORG_WORDS.test(w));
}

/**
 * "Mahendera" in big type over "FURNITURE HOUSE": a shop's own word set above its trade, one or
 * two words in type at least as big, reading as nothing else, leads the company's name. Only on
 * a card without its own domain: where there is one, it says which words are the company's.
 */
function wordOver(trade: Scored, free: Scored[], all: Segment[]): Scored | undefined {
  return free.find(
    (c) =>
      c !== trade &&
      c.s.box.y < trade.s.box.y &&
      adjacent(c.s, trade.s) &&
      !separated(c.s, trade.s, all) &&
      c.s.size >= trade.s.size * 0.9 &&
      // Capitalised, as a shop prints its name ("foal", a logo's shape read as letters, is none).
      /^\p{Lu}[\p{L}&'’-]{2,}(?:\s\p{L}[\p{L}&'’-]{2,})?$/u.test(c.s.text.trim()) &&
      Math.max(c.r.name, c.r.title, c.r.address, c.r.department, c.r.tagline) < 0.5,
  );
}

/**
 * "sakuRA PARTNERS", "БАйкАЛ-инвЕСТ", "cTO": in a line printed in capitals OCR reads some
 * letters as their small forms (с, к, о, s, c look alike at any size). A word that opens with
 * small letters before capitals, or with capitals before small ones, or changes from small to
 * capital twice ("LoGIsTICcs"), in a line mostly in capitals, is in capitals. A brand's own
 * mixed case keeps ("LogIT ME Fzco.": one capital before the small letters, then capitals).
 */
export function jumbledInCapitals(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length < 3 || capitals * 2 <= letters.length) return text;
  const jumbled = (w: string) => /^\p{Ll}+\p{Lu}/u.test(w) || /^\p{Lu}{2,}\p{Ll}+/u.test(w) || (w.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2;
  return text.replace(/\p{L}+/gu, (w) => (jumbled(w) ? w.toUpperCase() : w));
}

/**
 * "KENJI YOSH IDA" beside yoshida.k@: a name's word OCR cut in two at a letter's gap (under a
 * third of a letter's width), where a word of the e-mail's mailbox spells the two pieces
 * together and neither alone. ("Zhi Hao" beside zhihao.lim@ is two words a word's gap apart.)
 */
function joinedByMailbox(name: string, locals: string[][], lines: OcrLine[]): string {
  const ws = name.split(' ');
  const words = new Set(locals.flat().map((w) => w.toLowerCase()));
  const letterGap = (a: string, b: string) =>
    lines.some((l) => l.words.some((w, k) => { const n = l.words[k + 1]; return !!n && w.text === a && n.text === b && n.box.x - (w.box.x + w.box.w) < ((w.box.w + n.box.w) / (a.length + b.length)) * 0.3; }));
  for (let i = 0; i + 1 < ws.length; i++) {
    const [a, b] = [ws[i]!.toLowerCase(), ws[i + 1]!.toLowerCase()];
    if (/^\p{L}{2,}$/u.test(a) && /^\p{L}{2,}$/u.test(b) && words.has(a + b) && !words.has(a) && !words.has(b) && letterGap(ws[i]!, ws[i + 1]!)) return [...ws.slice(0, i), ws[i]! + ws[i + 1]!, ...ws.slice(i + 2)].join(' ');
  }
  return name;
}

/** The person's name as the first e-mail's mailbox spells it, where lines of the card hold its letters (see extractFields). */
function mailboxName(emails: string[], segs: Segment[]): { name: string; boxes: Box[] } | null {
  const local = emails[0]?.split('@')[0];
  const parts = local?.split(/[._-]/) ?? [];
  if (parts.length !== 2 || !parts.every((p) => /^[a-z]{3,}$/.test(p) && (isGivenName(p) || isFamilyName(p))) || !parts.some((p) => isGivenName(p))) return null;
  const boxes: Box[] = [];
  for (const p of parts) {
    const seen = segs.find((s) => !contactLine(s.text) && similarity(s.text.toLowerCase().replace(/[^a-z]/g, ''), p) >= 0.5);
    if (!seen) return null;
    boxes.push(seen.box);
  }
  return { name: parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join(' '), boxes };
}

/** "HORIZON VENTURES WURLwww.horizonventures.jp": a web address (and its label) run on into the company's line is none of its name. */
function withoutGluedAddress(company: string): string {
  const cut = company.replace(/\s+\S*(?:www\.|https?:\/\/)\S*$/iu, '').trim();
  return /\p{L}{2}/u.test(cut) ? cut : company;
}

/** "Nova Nova LLP" beside nova.uk: the logo's word read before the same word of the name, which the domain spells once. */
function withoutRepeatedWord(company: string, hosts: string[]): string {
  const m = /^(\p{L}{3,})\s+\1(?=\s|$)/iu.exec(company);
  if (!m || !hosts.length) return company;
  const word = m[1]!.toLowerCase();
  return hosts.map(domainLetters).some((l) => l.includes(word) && !l.includes(word + word)) ? company.slice(m[1]!.length).trimStart() : company;
}

/**
 * "Enis GÖGSU Musa USTA": two partners' names on one line, each a given name and a family name
 * in capitals. The contact is the first.
 */
function firstOfTwo(name: string): string {
  const ws = name.split(/\s+/);
  const caps = (w: string) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w);
  const mixed = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w);
  const pairs = ws.length === 4 && ((mixed(ws[0]!) && caps(ws[1]!) && mixed(ws[2]!) && caps(ws[3]!)) || (caps(ws[0]!) && mixed(ws[1]!) && caps(ws[2]!) && mixed(ws[3]!)));
  return pairs ? ws.slice(0, 2).join(' ') : name;
}

/**
 * "The Little Wood Shop", "Dell Exclusive Store": a short line that ends with its trade and reads
 * as nothing else names the business, though no legal form or domain confirms it. Only when no
 * line scored as the company; a person should look.
 */
function tradeNamed(free: Scored[], named: boolean): Scored | undefined {
  return free.find((c) => {
    const ws = c.s.text.split(/\s+/).filter(Boolean);
    // Every word capitalised: "All Type of Wooden Furniture," is a list of goods. Once the card's
    // name is found, a line shaped like another name but ending with its trade is the business
    // ("Comprehensive Dental Care" under "MARK D. MALVIN").
    return ws.length >= 2 && ws.length <= 5 && ws.every((w) => /^(?:\p{Lu}|&$)/u.test(w)) && ORG_WORD_AT_END.test(c.s.text.trim()) && !/[\d@:,]/.test(c.s.text) && c.s.conf >= 0.6 && Math.max(named ? 0 : c.r.name, c.r.title, c.r.department, c.r.address, c.r.tagline) < 0.3;
  });
}

/**
 * "So LUMEN HOLDINGS" (the logo, its icon read as a word) and "LUMEN HOLDINGS LLP" below it:
 * the line that spells the same company in full, with its legal form, is the company.
 */
function fullerCompany(c: Scored, free: Scored[]): Scored {
  const ws = (t: string) => t.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}&]/gu, '')).filter(Boolean);
  const core = ws(c.s.text).filter((w, i) => !(i === 0 && w.length <= 2));
  if (!core.length) return c;
  const fuller = free.find((d) => {
    if (d === c || !LEGAL_FORM.test(d.s.text) || Math.max(d.r.name, d.r.title, d.r.address) >= 0.5) return false;
    const dw = ws(d.s.text);
    return dw.length > core.length && core.every((w) => dw.includes(w));
  });
  return fuller ?? c;
}

/**
 * "SafeSea" / "Bangladesh Ltd." over safeseabd.com, "Hansa Meyer Global" / "Holding GmbH" (a
 * column of a two-column line) over hansameyer-holding.com: a legal form with a word or two that
 * do not begin the card's domain is the tail of a longer name, and the line directly above it
 * whose first word does begin the domain is its head (a logo's word, the line a name broke on).
 */
function companyHead(tail: Scored, free: Scored[], domains: string[], all: Segment[]): Scored | undefined {
  const key = (w: string) => transliterate(w).replace(/[^a-z0-9]/g, '');
  const begins = (w: string | undefined) => !!w && key(w).length >= 3 && domains.some((d) => domainLetters(d).startsWith(key(w)));
  const core = trimPunct(tail.s.text, true).replace(LEGAL_FORM, ' ').split(/\s+/).filter(Boolean);
  const legal = LEGAL_FORM.test(tail.s.text);
  if (!core.length || core.length > (legal ? 2 : 4) || begins(core[0])) return undefined;
  // Without a legal form ("Compass" / "Freight & Logistics" over compass-freight.net) the
  // domain must spell the head line whole and go on with the tail's first word.
  const spellsOn = (c: Scored) => {
    const spelt = c.s.text.split(/\s+/).map(key).join('');
    return legal || (spelt.length >= 3 && domains.some((d) => domainLetters(d).startsWith(spelt + key(core[0]!).slice(0, 3))));
  };
  const above = free
    .filter((c) => c !== tail && c.s.box.y + c.s.box.h / 2 < tail.s.box.y && adjacent(c.s, tail.s) && !separated(c.s, tail.s, all))
        // Capitalised words are shaped like a name; only one the name lists or the e-mail confirm is a person's.
    .filter((c) => !/[\d@]/.test(c.s.text) && !contactLine(c.s.text) && !LEGAL_FORM.test(c.s.text) && c.s.text.split(/\s+/).length <= 4 && c.r.name < 1.4 && Math.max(c.r.title, c.r.address, c.r.department) < 0.5)
    .filter((c) => begins(c.s.text.split(/\s+/)[0]))
    .sort((a, b) => b.s.box.y - a.s.box.y);
  const whole = above.find(spellsOn);
  if (whole) return whole;
  // "CIS VAS" (the logo's word and its icon read as letters) over "Global Services" beside
  // cisglobalservices.com: the logo's first word alone spells on into the tail.
  for (const c of above) {
    const first = c.s.text.split(/\s+/)[0]!;
    const word = { ...c, s: splitAt(c.s, [first.length])[0]! };
    if (word.s.text !== c.s.text && spellsOn(word)) return word;
  }
  return undefined;
}

/**
 * The e-mail spells one word of the name in full ("medvedeva" for "Медведева"), not only its
 * start: a name cut short by a lost edge ("МЕДВ") agrees with the e-mail loosely enough to be
 * picked, never enough to be sure.
 */
function emailSpellsWord(name: string, locals: string[][]): boolean {
  const words = nameKey(name).split(' ').filter((w) => w.length >= 2);
  return locals.some((parts) => parts.some((p) => { const k = nameKey(p); return words.some((w) => k === w || k === words[0]![0] + w || k === w + words[0]![0]); }));
}

/**
 * A word of the name that neither the e-mail spells nor the name lists know: "Curis POHALSKI"
 * beside cpohalski@, where the e-mail confirms the family name and only the initial of the
 * given name OCR misread. Initials and one-letter words are confirmed by nothing and need not be.
 */
function unconfirmedWord(name: string, locals: string[][]): boolean {
  const spelt = new Set(locals.flat().map(nameKey));
  return name.split(/\s+/).some((w) => {
    const k = nameKey(w);
    return k.length >= 2 && !spelt.has(k) && !isGivenName(w) && !isFamilyName(w) && !isKnownPatronymic(w);
  });
}

/**
 * A word of the name is the start of a longer word the e-mail spells ("Ил" beside akim.ilin@):
 * the edge of the photo or a glare cut it short. The rest of the e-mail's word must not be
 * another word of the name ("Anna Lee" beside annalee@ is whole).
 */
function cutShortOfEmail(name: string, locals: string[][]): boolean {
  const words = nameKey(name).split(' ').filter(Boolean);
  return locals.some((parts) =>
    parts.some((p) => {
      const k = nameKey(p);
      return words.some((w) => {
        if (k.length <= w.length || !k.startsWith(w)) return false;
        const rest = k.slice(w.length);
        return !words.some((o) => o !== w && (rest.startsWith(o) || o.startsWith(rest)));
      });
    }),
  );
}

/**
 * The local part of an address usually spells the person's name: a part one confusable
 * letter away from a transliterated name part ("m.paviova" beside "Павлова Мария") is the name.
 */
function mendEmail(email: string, name: string): string {
  const [local, domain] = email.split('@') as [string, string];
  // ("ÉLODIE" is "elodie": an accent is no letter of its own to drop.)
  const spelt = name.split(/\s+/).map((w) => transliterate(w).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  const parts = spelt.map((w) => w.replace(/[^a-z]/g, ''));
  // Name words spelt whole in a-z ("Michał" is "micha" once its ł is dropped: not whole).
  const whole = new Set(spelt.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((p) => /^[a-z]+$/.test(p)));
  const initials = new Set(parts.map((p) => p[0]).filter(Boolean));
  const split = splitName(name);
  const givenKey = transliterate(split.givenName).toLowerCase().replace(/[^a-z]/g, '');
  const familyKey = transliterate(split.familyName).toLowerCase().replace(/[^a-z]/g, '');
  // "faabramov" beside Абрамов Филипп: the given name's initial and the family name, the dot between read as a letter.
  if (givenKey && familyKey.length >= 4 && local.length === familyKey.length + 2 && local[0] === givenKey[0] && local.endsWith(familyKey) && /[ao]/.test(local[1]!)) return `${local[0]}.${familyKey}@${domain}`;
  const tokens = local.split(/([._-])/);
  const mended = tokens.map((tok, i) => {
    if (/^[._-]$/.test(tok) || !tok) return tok;
    // "l.lavrentev" beside ЛАВРЕНТЬЕВ Исай: before the family name, an initial is the given name's;
    // the family name's own, a look-alike of it, is that initial misread.
    if (i === 0 && tok.length === 1 && tokens[2] === familyKey && givenKey) {
      if (tok === givenKey[0]) return tok;
      if (tok === familyKey[0] && CONFUSED.has(tok + givenKey[0])) return givenKey[0]!;
    }
    // "alhashimi" beside AISHA AL HASHIMI: the name's own parts (or their initials) in order, spelt
    // as printed, however like another spelling it looks.
    if (spellsName(tok, parts)) return tok;
    // "slebedev.v", "sh.dang": an icon read as a letter glued to the front, when the rest is a
    // name part or an initial and the extra letter starts no word of the name.
    // "igandhi" beside Jimit Gandhi: the first letter a look-alike of the given name's initial is that initial.
    // ("Itarasova" beside Тарасова Лукия: the given name's, wherever the name prints it.)
    const given = givenKey || parts[0];
    if (i === 0 && tok.length >= 2 && !initials.has(tok[0]) && parts.includes(tok.slice(1)) && given && given !== tok.slice(1) && CONFUSED.has(tok[0]! + given[0])) return given[0] + tok.slice(1);
    if (i === 0 && tok.length >= 2 && !initials.has(tok[0]) && (parts.includes(tok.slice(1)) || (tok.length === 2 && initials.has(tok[1])))) return tok.slice(1);
    // "qaruns" beside Arun Sharma (held-out real_915): an envelope icon read as a round letter
    // before a mailbox the rest of which spells the name (a part whole, the other's initial).
    if (i === 0 && tok.length >= 5 && /^[qgo]/.test(tok) && !initials.has(tok[0]) && spellsName(tok.slice(1), parts)) return tok.slice(1);
    // "cweimingkoh" beside Koh Wei Ming: or the rest is the name's parts run together, the family
    // name first or last as cards and mailboxes order it.
    const orders = parts.length >= 2 ? [parts, [...parts.slice(1), parts[0]!], [parts.at(-1)!, ...parts.slice(0, -1)]] : [];
    if (i === 0 && tok.length >= 6 && !initials.has(tok[0]) && orders.some((o) => o.every((p) => p.length >= 2) && tok.slice(1) === o.join(''))) return tok.slice(1);
    // "kimurag" beside KIMURA Sakura: a speck read as a letter after a name part, when it is no initial of the name ("kimuras" may be).
    if (tok.length >= 5 && /[a-z]$/.test(tok) && !initials.has(tok.at(-1)!) && whole.has(tok.slice(0, -1)) && !parts.includes(tok)) return tok.slice(0, -1);
    // "cktreddy" beside Ramesh Kumar T. Reddy: the initials of the given names before the family
    // name, one of them misread; the family name read whole says whose they are.
    const family = parts.at(-1) ?? '';
    const initialsAndFamily = parts.slice(0, -1).map((p) => p[0] ?? '').join('') + family;
    if (i === 0 && parts.length >= 3 && family.length >= 4 && tok.length === initialsAndFamily.length && tok.endsWith(family) && differingAt(tok, initialsAndFamily)?.length === 1) return initialsAndFamily;
    // "b.satterfeld" beside Satterfield: a letter of a long name part lost (not its first, nor
    // one of its last two, where names inflect: "nikiforova" beside the patronymic Nikiforovna).
    const lost = parts.find((p) => p.length >= 7 && tok.length === p.length - 1 && tok[0] === p[0] && [...p].some((_, k) => k > 0 && k < p.length - 2 && p.slice(0, k) + p.slice(k + 1) === tok));
    if (lost) return lost;
    // "arol@acecomm.sg" beside "carol soh": a name part's first letter lost at the edge of the
    // address (an icon before it, the photo's edge), the rest of that part whole.
    const headless = i === 0 && tok.length >= 3 && !parts.includes(tok) ? parts.find((p) => p.length === tok.length + 1 && p.slice(1) === tok) : undefined;
    if (headless) return headless;
    // "losifvoronov" beside ИОСИФ ВОРОНОВ: two name parts glued, either order.
    // "msysoevo" beside Милица СЫСОЕВА: an initial before a name part, too.
    const glued = parts.flatMap((a, i) => parts.filter((_, j) => j !== i && a.length >= 2).flatMap((b) => [a + b, (b[0] ?? '') + a]));
    for (const p of [...parts, ...glued]) {
      const cand = tok.length === 1 ? p[0] : p;
      if (!cand || cand.length !== tok.length || cand === tok) continue;
      const diff = [...tok].map((c, i) => (c === cand[i] ? '' : c + cand[i])).filter(Boolean);
      // Two look-alikes in a longer part ("tnouc" for "inoue") are still that part.
      if ((diff.length === 1 || (diff.length === 2 && tok.length >= 5)) && diff.every((d) => CONFUSED.has(d))) return cand;
      // Small print's tall letters, and its round a and o ("kasheleva" on Кошелева's card), one
      // letter apart from a name part spelt whole: only against the name, never anywhere.
      if (diff.length === 1 && tok.length >= 6 && NAME_CONFUSED.has(diff[0]!)) return cand;
    }
    return tok;
  });
  return `${mended.join('')}@${domain}`;
}

/** `tok` is the name's parts in order, each whole, as its initial or left out, one at least whole. */
function spellsName(tok: string, parts: string[]): boolean {
  const go = (at: number, k: number, whole: boolean): boolean => {
    if (at === tok.length) return whole;
    if (k >= parts.length) return false;
    const p = parts[k]!;
    return (!!p && tok.startsWith(p, at) && go(at + p.length, k + 1, true)) || (!!p && tok[at] === p[0] && go(at + 1, k + 1, whole)) || go(at, k + 1, whole);
  };
  return go(0, 0, false);
}

/** A local part that is the first letter of one word of the name glued to another word of it. */
function gluedInitial(local: string, name: string): boolean {
  const parts = name.split(/\s+/).map((w) => transliterate(w).replace(/[^a-z]/g, '')).filter((p) => p.length >= 2);
  return /^[a-z]{4,}$/.test(local) && parts.some((p, i) => local.slice(1) === p && parts.some((q, j) => j !== i && q[0] === local[0]));
}

/**
 * "delistore@tcchsr.com" on a card printing "Dell Store Promoter": a mailbox one confusable letter
 * from a word of the card's own lines, or two neighbouring words glued, is spelt as they are.
 * Words of four letters or more, of lines that are no contact lines (those are the same reading).
 */
function mendMailbox(email: string, lines: string[]): string {
  const [local, domain] = email.split('@') as [string, string];
  // "into@" for info@: a mailbox named for its purpose (of four letters or more), one look-alike letter misread.
  const purpose = PURPOSE_MAILBOXES.find((m) => {
    if (m.length < 4) return false;
    const at = differingAt(local, m);
    const pair = at?.length === 1 ? `${local[at[0]!]}${m[at[0]!]}` : '';
    return CONFUSED.has(pair) || pair === 'tf';
  });
  if (purpose) return `${purpose}@${domain}`;
  // "ooffice@" (seed 63 s2_030): a round icon before a mailbox named for its purpose, read as a letter.
  const iconed = PURPOSE_MAILBOXES.find((m) => m.length >= 4 && local.length === m.length + 1 && local.endsWith(m) && /^[oeacq0]/.test(local));
  if (iconed) return `${iconed}@${domain}`;
  const words = lines.map((l) => l.split(/[^\p{L}]+/u).map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)));
  const cands = new Set(words.flatMap((ws) => [...ws, ...ws.slice(1).map((w, i) => ws[i]! + w)]).filter((w) => w.length >= 4));
  const mended = local.split(/([._-])/).map((tok) => {
    if (tok.length < 4 || cands.has(tok)) return tok;
    for (const cand of cands) {
      if (cand.length !== tok.length) continue;
      const diff = [...tok].map((c, i) => (c === cand[i] ? '' : c + cand[i])).filter(Boolean);
      if (diff.length === 1 && CONFUSED.has(diff[0]!)) return cand;
    }
    return tok;
  });
  return `${mended.join('')}@${domain}`;
}

/**
 * "f medvedeva@vektor.com" on Фёкла Медведева's card: the lone letter before the address is her
 * initial with its dot lost, not an icon, when it starts one word of the name and the address
 * spells another.
 */
function restoreInitial(email: string, initial: string | undefined, name: string, lead?: string, gapWord?: string): string {
  // "tomoko. tnouc@..." on TOMOKO INOUE's card: the word before the space is the first name part.
  if (lead && /^[a-z]+[._-]$/.test(lead) && name.split(/\s+/).some((w) => nameKey(w) === nameKey(lead.slice(0, -1)))) return lead + email;
  // "alla petrova@..." on Алла Петрова's card: two parts of the name, the separator lost between
  // them. Taken as a dot, which real cards print sixteen times as often as an underscore.
  // "ashwani kumar4@": a number after the name part; "fabnce grosjean@" beside Fabrice Grosjean:
  // the word misread, spelt as the name spells it.
  if (gapWord && /^[a-z]+$/.test(gapWord)) {
    const words = name.split(/\s+/).map((w) => transliterate(w).replace(/[^a-z]/g, '')).filter((w) => w.length >= 2);
    const parts = words.map(nameKey);
    const word = nameKey(gapWord);
    const localKey = nameKey(email.split('@')[0]!.replace(/\d+$/, ''));
    const i = parts.findIndex((p) => p === word || (p[0] === word[0] && word.length >= 4 && Math.abs(p.length - word.length) <= 1 && similarity(p, word) >= 0.5));
    // The address's own part may be misread too ("faina orckhova@" on ОРЕХОВА ФАИНА's card): mendEmail respells it.
    const local = email.split('@')[0]!;
    // "jones d@" beside Dana Jones: or the address is one letter, another part's initial.
    const spelt = parts.some((p, k) => k !== i && (p === localKey || (localKey.length === 1 && p[0] === localKey) || (words[k]!.length >= 5 && oneLookalikeApart(local, words[k]!, CONFUSED))));
    if (i >= 0 && spelt && localKey !== parts[i]) return `${parts[i] === word ? gapWord : words[i]}.${email}`;
  }
  if (!initial) return email;
  const local = email.split('@')[0]!;
  const words = name.split(/\s+/).map((w) => transliterate(w).replace(/[^a-z]/g, '')).filter((w) => w.length >= 2);
  const spelt = words.find((w) => local.startsWith(w.slice(0, 4)));
  return spelt && words.some((w) => w !== spelt && w[0] === initial) ? `${initial}.${email}` : email;
}

/** A UK postcode's inward part starts with a digit: the letters small print makes of one. */
const INWARD_DIGIT: Record<string, string> = { S: '5', O: '0', I: '1', l: '1', Z: '2', B: '8', G: '6' };

/**
 * "London £14 SAB": a UK postcode misread, its area's E as a pound sign and the inward part's
 * digit as a letter. Mended only to the postcode's shape: one or two letters and a district,
 * a space, a digit and two letters.
 */
export function mendUkPostcode(address: string): string {
  return (
    address
      .replace(/(?<![\p{L}\d£€])([A-Z£€][A-Z]?)(\d[A-Z\d]?)\s([\dSOIlZBG])([A-Z]{2})(?![\p{L}\d])/gu, (m, area: string, district: string, digit: string, unit: string) =>
        `${area.replace(/[£€]/g, 'E')}${district} ${INWARD_DIGIT[digit] ?? digit}${unit}`,
      )
      // "London, WIS IHP": the district's 1 read as an I too, both parts' digits letters. Only
      // after a comma or at the line's end, where a postcode stands, and both parts misread alike.
      .replace(/(?<=,\s?|^)([A-Z])[Il]([A-Z]?)\s[Il]([A-Z]{2})(?=\s*(?:,|$))/gu, '$11$2 1$3')
      // "Manchester, M15LN": the space between its two parts lost; the inward part is a digit and two letters.
      .replace(/(?<=,\s?)([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})(?=\s*(?:,|$))/gu, '$1 $2')
  );
}

/** Stray punctuation OCR adds around a line ("Отдел маркетинга.", ",CEO"); an initial's dot stays. */
function trimPunct(s: string, keepDot = false): string {
  return s
    // "CIRCADE \\", "BANK LIMITED =": a logo's mark or a rule read as a symbol after the last word.
    .replace(/\s+[\\|=~_^`<>]+$/u, '')
    // "Gérant_": or glued to it.
    .replace(/(?<=\p{L})_+$/u, '')
    .replace(/^[‘’'"“”,.;:·•*_~-]+\s*/u, '')
    .replace(keepDot ? /[,;:·]+$/u : /(?<!\b\p{L})[.,;:·]+$/u, '')
    // 'ООО "СЕВЕР".' (seed 75 s2_014): a speck after a closing quote, where no abbreviation ends.
    .replace(/(?<=["»”])[.,]$/u, '')
    // "ThoughtWorks’": a logo's mark read as a closing quote, when no quote opens.
    .replace(/(?<=\p{L})[’'”"]$/u, (m) => (/[‘'“"]/u.test(s.slice(0, -1)) ? m : ''))
    // "Falcon Systems FZ-LLC)", "Co., Lid.)": a rule beside the last word read as a bracket no bracket opens.
    .replace(/(?<=\p{L}\.?)[)\]]$/u, (m) => (/[(\[]/u.test(s) ? m : ''))
    .trim();
}

/**
 * "APEX CONSULTING APEX CONSULTING, LTD.", "So IRONBRIDGE TRADING lronbridge Trading, Inc.": the
 * logo's words and the company's line read as one line; the second, fuller spelling stays.
 */
function dropLogoRepeat(s: string): string {
  const ws = s.split(/\s+/);
  const key = (xs: string[]) => nameKey(xs.join(' ')).replace(/\s/g, '');
  for (let skip = 0; skip <= 1; skip++)
    for (let k = 1; skip + 2 * k <= ws.length && k <= 4; k++) {
      if (skip && ws[0]!.length > 2) continue;
      const a = key(ws.slice(skip, skip + k));
      const b = key(ws.slice(skip + k, skip + 2 * k));
      // One word twice in the same case is a name ("Walla Walla Coffee"); a logo repeats more, or in capitals.
      const sameCase = (ws[skip] === ws[skip]!.toUpperCase()) === (ws[skip + k] === ws[skip + k]!.toUpperCase());
      const rest = ws.slice(skip + k).join(' ');
      // "VERTEX VERTEX LTDA", "Oasis Oasis Co.,Ltd.": a logo's word before the company's one-word name and its legal form ("Walla Walla Coffee Inc." stays).
      if (a.length >= 4 && (k >= 2 || !sameCase || (k === 1 && a === b && LEGAL_FORM_ONLY.test(ws.slice(skip + 2).join(' ')))) && similarity(a, b) >= 0.8) {
        if (LEGAL_FORM.test(rest) || ws.length === skip + 2 * k) return rest;
      }
    }
  return s;
}

/**
 * 'AO "TEXHO"' on a card in Cyrillic: a Russian legal form and the quoted name after it read in
 * the Latin capitals the Cyrillic ones look like. Spelt in Cyrillic where every letter has its
 * look-alike; a Latin firm's name on a Russian card ('ООО "Apex"') keeps its letters that have none.
 */
function cyrillicLegalForm(text: string, cyrillicCard: boolean): string {
  if (!cyrillicCard || !/^(?:AO|OOO|OAO|3AO)\s?[«"“][A-Z3\s-]+[»"”]?$/u.test(text.trim())) return text;
  const cyr = toCyrillic(text.trim());
  return /[A-Z]/.test(cyr) ? text : cyr;
}

/**
 * "POCBOPOTA" beside zlat.ros-vorota.ru: a Cyrillic logo word read in the Latin capitals its
 * letters look like. Spelt in Cyrillic where that spelling, and not the Latin one, is the
 * domain's name transliterated; without such a witness a Latin word of those letters ("TEXNO")
 * may be Latin.
 */
function cyrillicByDomain(text: string, domains: string[]): string {
  const t = text.trim();
  if (!domains.length || !/^[ABCEHKMOPTXY3]{4,}(?:[\s-][ABCEHKMOPTXY3]{2,})*$/.test(t)) return text;
  const cyr = toCyrillic(t);
  return domainMatch(cyr, domains, true) >= 0.8 && domainMatch(t, domains, true) === 0 ? cyr : text;
}

/**
 * No line of a card holds more than a few dozen words, nor a word more than a few dozen letters
 * (a long e-mail address). Longer ones are a hostile image's or a pattern OCR read as text, and
 * many of the rules search a line for a run of letters from every point in it: cut, a hostile
 * line costs what a card's does (a 5,000-letter word took 9 s).
 */
const MAX_WORD = 80;
const MAX_WORDS = 40;
function boundedLine(l: OcrLine): OcrLine {
  if (l.words.length <= MAX_WORDS && l.words.every((w) => w.text.length <= MAX_WORD) && l.text.length <= MAX_WORDS * MAX_WORD) return l;
  const words = l.words.slice(0, MAX_WORDS).map((w) => (w.text.length > MAX_WORD ? { ...w, text: w.text.slice(0, MAX_WORD) } : w));
  return { ...l, words, text: words.length ? words.map((w) => w.text).join(' ') : l.text.slice(0, MAX_WORD) };
}

/** "S Меридиан-Групп": a logo's mark before a company's name read as a lone letter of the other script. */
const LONE_MARK = /^\p{Script=Latin}\s+(?=\p{Script=Cyrillic}{2})/u;

/** Quotes round a name as printing pairs them: straight, English, German, single. */
const QUOTE_PAIRS = new Set(['""', '“”', '„“', "''", '‘’']);

/** "000 «Ромашка»": the digits OCR reads for the Russian legal form ООО. */
function mendLegalForm(s: string): string {
  return (
    // "ULLAS INDIA LIM ITED": a legal form's word OCR cut in two at a wide letter gap.
    joinCutWords(dropLogoRepeat(s), (w) => /^(?:limited|incorporated|corporation|company)$/i.test(w))
      // 'Ф 000 "Байкал-Строй"' (seed 65 s2_036): a logo's mark before the legal form.
      .replace(/^\S\s+(?=[0OО]{3}\s?[«"“])/u, '')
      .replace(/^[0OО]{3}(?=\s|[«"“])/u, (m) => (hasCyrillic(s) || /[«"“]/.test(s) ? 'ООО' : m))
      // "МАО «МЕРИДИАН»", "пло «Волгасервис»": ПАО with one letter misread, before a quoted name.
      .replace(/^(?:[МмПп][АаЛлДд]|[ЗзЭэ3][Аа]|[ОоOo0][АаЛл])[ОоOo0](?=\s?«)/u, (m) => (/^[ЗзЭэ3]/u.test(m) ? 'ЗАО' : /^[ОоOo0]/u.test(m) ? 'ОАО' : 'ПАО'))
      // 'TAO Гранит”', "TIAO": the П of ПАО read as a Latin T (and its right stem as an I), before a Cyrillic name.
      .replace(/^T[Il1]?[AА][OО0](?=\s?["«“„]?\p{Script=Cyrillic})/u, 'ПАО')
      // "ло «инфо-Строй»" (seed 65 s2_011): the А of АО read as a л.
      .replace(/^[лЛ][ОоOo0](?=\s?«)/u, 'АО')
      // "альфа-энерго ДО «Альфа-Энерго»": the А of АО read as a Д, which begins no legal form.
      .replace(/(?<=^|\s)Д[ОO0](?=\s?«)/u, 'АО')
      // "АО «инфо-Строй»": a firm's quoted name begins with a capital; its first letter read small.
      .replace(/^((?:ООО|ОАО|ЗАО|ПАО|АО|НАО)\s?[«"“])(\p{Ll})(?=\p{L}*-\p{Lu})/u, (m, form: string, c: string) => form + c.toUpperCase())
      // "Newbees co, Itd.": a capital I read for the l of "ltd", and the dot before its comma lost.
      // "Co., Lid." (seed 73 s2_014): its t read as an i.
      .replace(/(?<=\bco[.,]?\s?,?\s?)(?:Itd|Lid)\b/giu, (m) => (m === m.toUpperCase() ? 'LTD' : m[0] === 'L' ? 'Ltd' : 'ltd'))
      // "EVERGREEN CO_LTD", "CO_.LTD.": the dot and comma read low, as an underscore.
      .replace(/\b(co)[.,_]{1,3}(?=ltd\b)/giu, '$1.,')
      // "BOURBON CITY ARCHERY, LLO", "Han Sung Motor Co., Lid.": a legal form's last letter misread, after its comma.
      .replace(/(?<=,\s?)LL[O0]$/u, 'LLC')
      // "БАЙКАЛ- СИСТЕМ": a space OCR read after a compound's hyphen (not "Beratungs- und Vertriebs GmbH").
      .replace(/(?<=\p{L})-\s+(?=\p{L})(?!(?:und|and|oder|or|et|и|или)\s)/giu, '-')
      // "Apex Analytics pic", "Apex Analytics ple": plc with its l read as an i or its c as an e;
      // "Harbor Health LLG": LLC's last C read as a G.
      .replace(/(?<=\p{L}{3}\s)(?:pic|PIC|ple|PLE)(?=\.?$)/u, (m) => (m === m.toUpperCase() ? 'PLC' : 'plc'))
      .replace(/(?<=\p{L}{3}\s)LLG(?=\.?$)/u, 'LLC')
      .replace(/(?<=\bco[.,]{1,2}\s?)(L)id(?=\.?$)/giu, (m, l: string) => (l === 'L' && m === 'LID' ? 'LTD' : `${l}td`))
      // "TAISE! TRADING PRIVATE LIMITED": an I read as "!" at the end of a word in capitals, on a company's line.
      .replace(/(?<=\b\p{Lu}{2,})!(?=\s)/gu, (m) => (LEGAL_FORM.test(s) ? 'I' : m))
      // "Rözmaş Çelik San. Tic. A.$": the Ş of Turkey's "A.Ş." read as a dollar sign.
      .replace(/(?<=\sA\.\s?)\$(?=\.?$)/u, 'Ş')
      // "Polska sp.z 0.0": the o's of the Polish "sp. z o.o." read as zeros.
      .replace(/(\bsp\.?\s?z\s?)[0oO]\.\s?[0oO](?=\.|\s|,|$)/giu, (m, head: string) => `${head}${m.slice(head.length).replace(/0/g, 'o')}`)
      // "silverline S.A-": a dotted legal form's last dot read as a dash or a comma at the line's end.
      .replace(/(?<=\s)((?:S\.A|S\.L|N\.V|B\.V|S\.R\.L|S\.P\.A|S\.A\.S|L\.L\.C))[-–,_]$/u, '$1.')
      // "Summit Partners 5.A.": a 5 read for the S of a legal form.
      .replace(/(?<=\s)5(?=\.(?:A|R\.L|P\.A|L|A\.S)\.?$)/u, 'S')
      .replace(/\b(co),\s(?=ltd\b)/giu, '$1., ')
      // "Han Sung Motor Co., Led." (real_702): the t of "Ltd." read as an e after "Co.,".
      .replace(/(?<=\bco\.?,?\s?)l(?:ed|id|1d)(?=\.?$)/giu, (m) => (m === m.toUpperCase() ? 'LTD' : 'Ltd'))
      // "Beckhoff Automation Pte. Ltd": Singapore's and India's "Pte." and "Pvt." come with "Ltd." whole; its dot was lost.
      .replace(/\b(pte|pvt)\.\s?(ltd)$/iu, '$1. $2.')
      // "Securics, Inc", "Atlas Capital Co": "Inc.", "Corp." and "Co." close a name with their dot
      // (so every card of the real sets printing them), which small print loses.
      .replace(/(?<=\p{L}[\s,]+)(inc|corp|co)$/iu, '$1.')
      // "EIE INSTRUMENTS PVT. LIT": the T and D of "LTD" misread after "Pvt.", "Pte.".
      .replace(/(?<=\b(?:pvt|pte)\.?\s?)l(?:it|1t|id|td)(?=\.?$)/giu, (m) => (m === m.toUpperCase() ? 'LTD' : 'Ltd'))
      // 'ЗАО "Гранит”', "ООО 'Техно-Логистик\"”": a quoted name's marks misread one for another
      // in small print. Where they pair with none of the ways quotes pair, and one is a straight
      // double quote, that is the card's.
      .replace(/(?<=^|\s)(["“”„'‘’]+)([^"“”„'‘’«»]+?)(["“”„'‘’]+)$/u, (m, open: string, name: string, close: string) => (QUOTE_PAIRS.has(open + close) || !/"/.test(open + close) ? m : `"${name}"`))
      // 'ЗАО “Байкал”': after a Russian legal form, English curly quotes are OCR's reading of the
      // straight ones (Russian print sets a firm's name in «» or "").
      .replace(/^((?:ООО|ОАО|ЗАО|ПАО|АО|НАО)\s?)“([^“”"«»]+)”$/u, '$1"$2"')
      // 'ПАО "Импульстрейд': a Russian legal form's quoted name whose closing quote OCR lost at the line's end.
      // A closing » read as a dash or a soft sign: 'ООО «Пром Медиа-', 'ЗАО «СПЕКТР-КОНСАЛТЬ'; an opening quote read as a backtick.
      .replace(/^((?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|ГУП|МУП|НКО|ФГУП)\s?)(["«“„`'])([^"«»“”]{2,})$/u, (m, form: string, open: string, name: string) => {
        const [o, c] = open === '«' ? ['«', '»'] : open === '“' ? ['“', '”'] : open === '„' ? ['„', '“'] : ['"', '"'];
        return `${form}${o}${(o === '«' ? name.replace(/(?<=\p{L})[-–ьЬ]$/u, '') : name).trimEnd()}${c}`;
      })
      // ") lotus": a logo's mark read as a bracket with no partner before the name.
      .replace(/^[)\]}]\s+(?=\p{L})/u, '')
      .replace(/«\s*([^»]*?)\s*»/g, '«$1»')
      .replace(/"\s*([^"]*?)\s*"/g, '"$1"')
      // "ВОЛГА-МЕДИА АО «ВОЛГА-МЕДИА»": the logo's word read into the company's line.
      // "CNEKTp ГРУПП ПАО «Спектр Групп»": the logo's word read in the other script's look-alikes.
      .replace(/^(.{3,60}?)\s+(\S{1,4}\s*[«"](.+)[»"])$/u, (m, pre: string, rest: string, quoted: string) => (pre.toLowerCase().endsWith(quoted.toLowerCase()) || similarity(toLatin(pre.toLowerCase()), toLatin(quoted.toLowerCase())) >= 0.75 ? rest : m))
      // "COPPERLEAF CAPITAL © COPPERLEAF CAPITAL FZ-LLC": a logo and the company on one line.
      .replace(/^.+?\s[©®™]\s+(?=.*\S)/u, (m, ...rest) => (LEGAL_FORM.test(String(rest.at(-1)).slice(m.length)) ? '' : m))
  );
}

/**
 * Nearly every business card prints a name, a company and a phone: when one of them came back
 * empty, the card most likely shows it and recognition missed it, so a person is asked to look.
 */
export function missingFields(f: ContactFields): FieldName[] {
  return (['name', 'company', 'phones'] as const).filter((k) => (Array.isArray(f[k]) ? f[k].length === 0 : !f[k]));
}

/**
 * A title word OCR read one letter off a known title word ("Глаоный бухгалтер", "Regtonal
 * Sales Director"), where no other known word is as near, is that word, in the case it was
 * printed in. Only words of six letters or more: a short word one letter off is as likely
 * another word. An "rn" run into an "m" ("Attomey") is parted again from five letters on
 * (keywords.ts asTitleWord). The title is then our mending, never sure.
 */
function respellTitleWords(title: string): string {
  // "Frontier Al Safety": in a title, "Al" between capitalised words is "AI", the letters of artificial intelligence.
  title = title.replace(/(?<=\p{Lu}\p{L}*\s)Al(?=\s\p{Lu})/gu, 'AI');
  // "Sr. OFFICER — FINANCE ACCOUNTS": a dash between a title's parts, as a keyboard types it.
  title = title.replace(/\s[—–]\s/gu, ' - ');
  // "Application! Engineer", "Genera! Manager": no title has a "!"; after letters it is an "l" or a speck.
  title = title.replace(/(\p{L}{3,})!(?=\s|$)/gu, (_, w: string) => (TITLE_WORD_SET.has(`${w}l`.toLowerCase()) ? `${w}l` : w));
  // Beside a title word read as it is, a word of five letters is one too ("Soles Manager").
  const known = title.split(/\s+/).some((w) => {
    const low = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
    return TITLE_WORD_SET.has(low) || !!asTitleWord(low) || !!nearTitleWord(low);
  });
  // "count Executive": the first word cut at its start, before a post's head word: our guess, never sure.
  title = title.replace(/^(\p{Ll}{4,})(?=\s+(\p{L}+))/u, (w, word: string, head: string) => {
    const whole = TITLE_HEADS.has(head.toLowerCase()) ? cutTitleStart(word) : null;
    return whole ? whole[0]!.toUpperCase() + whole.slice(1) : w;
  });
  // "WP of Engineering": a short word in capitals that spells a title word misread (asTitleWord).
  title = title.replace(/\b\p{Lu}{2,4}\b/gu, (w) => {
    const t = asTitleWord(w);
    return t && t !== w.toLowerCase() ? t.toUpperCase() : w;
  });
  // "Research Scie": the last word cut short after another word, completed: our guess, never sure.
  title = title.replace(/(?<=\S\s+)(\p{L}{4,})[:.]?$/u, (w, word: string) => {
    const whole = cutTitleWord(word);
    return !whole ? w : word === word.toUpperCase() ? whole.toUpperCase() : word[0] === word[0]!.toUpperCase() ? whole[0]!.toUpperCase() + whole.slice(1) : whole;
  });
  return title.replace(/[\p{L}-]{5,}/gu, (w) => {
    const low = w.toLowerCase();
    if (TITLE_WORD_SET.has(low)) return w;
    const parted = asTitleWord(low);
    const fix = parted ?? nearTitleWord(low, known ? 5 : 6);
    if (!fix) return w;
    if (w === w.toUpperCase()) return fix.toUpperCase();
    return w[0] === w[0]!.toUpperCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
  });
}

/**
 * "ПАО "Импульст рейд"", "Им пульс-Груп п" beside impulstreyd.ru, impulsgrupp.ru: a Russian
 * company's word OCR cut, its piece after the cut in small letters. Joined where the card's
 * domain spells the joined word letter for letter. (A preposition in small letters, "Дом на
 * набережной", is a word of its own.)
 */
function joinedByDomain(text: string, domains: string[]): string {
  if (!domains.length) return text;
  if (!hasCyrillic(text)) {
    // "H ARBOR" beside harbor.com: a wordmark's capital OCR set apart from the rest of it.
    const joined = text.replace(/(?<!\p{L})(\p{Lu})\s(?=\p{Lu}{2,}(?!\p{L}))/gu, '$1');
    if (joined !== text && domainMatch(joined.replace(LEGAL_FORM, ' ').trim(), domains, true) === 1) return joined;
    // "PIONEEER DESIGN" beside pioneerdesign.co: a letter OCR read three times where the domain has two.
    const tripled = text.replace(/(\p{L})\1\1/giu, (m) => m.slice(0, 2));
    if (tripled !== text && domainMatch(tripled.replace(LEGAL_FORM, ' ').trim(), domains, true) === 1) return tripled;
    return firstLetterFromDomain(text, domains);
  }
  // "с ф ера инвест" beside sferainvest.com: a logo's letters OCR set apart, one by one.
  const apart = text.replace(/(?<=(?:^|\s)\p{L})\s(?=\p{L})/gu, '');
  if (apart !== text && domainMatch(apart.replace(LEGAL_FORM, ' ').replace(/["«»“”„]/gu, ' ').trim(), domains, true) === 1) return apart;
  const joined = text.replace(/(?<=\p{L})\s(?=\p{Ll})/gu, (m, at: number) => {
    const before = /\p{L}+$/u.exec(text.slice(0, at))![0]!;
    const after = /^\p{L}+/u.exec(text.slice(at + 1))![0]!;
    // A logo set all in small letters ("байкал софт") has its own spaces: only a capitalised word is cut.
    return !/^\p{Lu}/u.test(before) || RU_LITTLE_WORDS.has(before.toLowerCase()) || RU_LITTLE_WORDS.has(after) ? m : '';
  });
  return joined !== text && domainMatch(joined.replace(LEGAL_FORM, ' ').replace(/["«»“”„]/gu, ' ').trim(), domains, true) === 1 ? joined : text;
}
/**
 * "copperleaf ogistics" beside copperleaflogistics.co.jp: a wordmark's later word that lost its
 * first letter (a logo's stroke over it), where the domain spells the words with that letter
 * between them. Given back in the word's case.
 */
function firstLetterFromDomain(text: string, domains: string[]): string {
  const ws = text.split(' ');
  if (ws.length < 2 || ws.length > 4 || !ws.every((w) => /^\p{Script=Latin}+$/u.test(w))) return text;
  for (const d of domains) {
    const stem = domainLetters(d);
    for (let k = 1; k < ws.length; k++) {
      const head = ws.slice(0, k).join('').toLowerCase();
      const tail = ws.slice(k).join('').toLowerCase();
      if (ws[k]!.length < 4 || stem.length !== head.length + tail.length + 1 || !stem.startsWith(head) || stem.slice(head.length + 1) !== tail) continue;
      const letter = stem[head.length]!;
      return [...ws.slice(0, k), (ws[k] === ws[k]!.toUpperCase() ? letter.toUpperCase() : letter) + ws[k], ...ws.slice(k + 1)].join(' ');
    }
  }
  return text;
}
/** Small print's look-alikes in a firm's name: CONFUSED's, the tall ones, and a t read for an l. */
const NAME_LOOKALIKES = new Set([...CONFUSED, ...TALL_CONFUSED, 'tl', 'lt']);

/**
 * "Siiverline Anatytics Co., Ltd." beside silverlineanalytics.com (seed 73 s2_014): a firm's name
 * with a letter or two read as its look-alike (an i or a t for an l), spelt as the card's domain
 * spells it, in the case it is printed in. At most one letter in six; the legal form as it is.
 * (Only where the company line was read less surely than the address: extractFields.)
 */
function lookalikesByDomain(text: string, domains: string[]): string {
  const form = LEGAL_FORM.exec(text);
  const head = form ? text.slice(0, form.index) : text;
  const letters = head.replace(/[^\p{L}\d]/gu, '');
  if (letters.length < 6 || !/^[A-Za-z\d]+$/.test(letters)) return text;
  for (const d of domains) {
    const stem = domainLetters(d);
    const at = differingAt(letters.toLowerCase(), stem);
    if (!at?.length || at.length > Math.max(1, Math.floor(letters.length / 6)) || !at.every((i) => NAME_LOOKALIKES.has(letters[i]!.toLowerCase() + stem[i]!))) continue;
    let k = 0;
    const spelt = head.replace(/[\p{L}\d]/gu, (c) => {
      const right = stem[k++]!;
      return c === c.toUpperCase() && c !== c.toLowerCase() ? right.toUpperCase() : right;
    });
    return spelt + text.slice(head.length);
  }
  return text;
}

const RU_LITTLE_WORDS = new Set(['и', 'в', 'во', 'на', 'по', 'для', 'с', 'со', 'к', 'о', 'об', 'от', 'из', 'за', 'при', 'под']);

/**
 * "Pia Bluefield Technologies" beside bluefieldtechnologies.com: a logo's mark read as a short
 * word or two before the company's name. Dropped when the rest of the line spells the card's
 * domain and the whole line does not.
 */
function withoutLogoDebris(text: string, domains: string[]): string {
  const ws = text.trim().split(/\s+/);
  // "iSpectruMedix" beside spectrumedix.com: the logo's icon read as a letter glued to its word.
  const glued = ws.length === 1 ? /^\p{L}{1,2}(?=\p{Lu})/u.exec(text.trim()) : null;
  if (glued && domains.some((d) => domainLetters(d) === text.trim().slice(glued[0].length).toLowerCase())) return text.trim().slice(glued[0].length);
  const core = (words: string[]) => words.filter((w) => !LEGAL_FORM_ONLY.test(w));
  for (let k = 1; k <= 2 && k < ws.length; k++) {
    if (!ws.slice(0, k).every((w) => w.replace(/[^\p{L}\p{N}]/gu, '').length <= 3)) break;
    const rest = core(ws.slice(k));
    if (rest.length && domains.some((d) => domainSpells(d, rest) && !domainSpells(d, core(ws)))) return ws.slice(k).join(' ');
  }
  return text;
}

/** Country names of one word of five letters or more (keywords.ts REGION_NAMES, English and Russian), lower case. */
const COUNTRY_WORDS = [...new Set(REGION_NAMES.map(([n]) => n.toLowerCase()).filter((n) => /^\p{L}{5,}$/u.test(n)))];

/**
 * A word one letter off exactly one country's name ("Russio", "Germeny"), not at its first
 * letter, is that name, in the case it was printed in; any other word stays.
 */
function respellCountry(w: string): string {
  const low = w.toLowerCase();
  if (COUNTRY_WORDS.includes(low)) return w;
  const near = COUNTRY_WORDS.filter((n) => { const at = differingAt(low, n); return at?.length === 1 && at[0] !== 0; });
  if (near.length !== 1) return w;
  const fix = near[0]!;
  return w === w.toUpperCase() ? fix.toUpperCase() : fix[0]!.toUpperCase() + fix.slice(1);
}

/** OCR text lines (with boxes) -> contact fields, per-field confidence, source boxes. */
export interface ExtractOptions {
  defaultCountry?: string;
  /** Lines a Latin model with accented letters read word for word as the fields use them. */
  accentsAgreed?: Box[];
}

/** Parts of the world a person's remit covers, printed after a title. */
const WORLD_REGION = /\b(?:north|south|east|west|central|america|americas|europe|asia|africa|pacific|emea|apac|latam|mena|nordics?|middle east|region)\b/iu;

/**
 * "harath Ramadhyanam" beside sharath@byndr.com: a name's first letter lost at the card's edge or
 * in big type, its first word now in small letters. The e-mail spells the word whole.
 */
function firstLetterFromEmail(text: string, emails: string[]): string {
  const m = /^(\p{Ll}{3,})(\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)?)$/u.exec(text);
  if (!m) return text;
  const whole = emails.flatMap((e) => e.split('@')[0]!.split(/[._-]+/)).find((p) => p.length === m[1]!.length + 1 && p.endsWith(m[1]!) && /^[a-z]/.test(p));
  return whole ? `${whole[0]!.toUpperCase()}${m[1]}${m[2]}` : text;
}

/**
 * "‘aot & Antony Wu": a name in another script printed before the Latin one, read as specks and
 * short lower-case scraps. The scraps are cut off where the rest is a name with a known given name.
 */
function scrapsBeforeName(s: Segment): Segment[] {
  const m = /^(.{1,14}?)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$/u.exec(s.text);
  if (!m || /\d/.test(m[1]!) || !m[1]!.split(/\s+/).every((w) => !/^\p{Lu}/u.test(w) && (/^[^\p{L}]+$/u.test(w) || w.replace(/[^\p{L}]/gu, '').length <= 4))) return [s];
  // "b. Rajesh Kumar": an icon read as one small letter needs no known given name after it.
  if (nameShape(m[2]!) !== 1 || !(isGivenName(m[2]!.split(/\s+/)[0]!) || /^\p{Ll}\.$/u.test(m[1]!))) return [s];
  return splitAt(s, [m[1]!.length]).slice(-1);
}

/**
 * "SEOULTECH Jongyoul Park, Ph.D" beside jongyoul@seoultech.ac.kr: a logo's word in capitals
 * before the name on its line, spelling the card's domain, is a line of its own.
 */
function logoBeforeName(s: Segment, domains: string[]): Segment[] {
  const m = /^(\p{Lu}{4,})\s+(\p{Lu}.*)$/u.exec(s.text);
  // The rest is a person's name: in mixed case or opening with a given name, no firm's legal form ("AVTEC SYSTEMS, INC.").
  if (!m || isGivenName(m[1]!) || nameShape(m[2]!) <= 0 || LEGAL_FORM.test(m[2]!) || !(/\p{Ll}/u.test(m[2]!) || isGivenName(m[2]!.split(/\s+/)[0]!))) return [s];
  const key = nameKey(m[1]!);
  return domains.some((d) => nameKey(domainLetters(d)) === key) ? splitAt(s, [m[1]!.length]) : [s];
}

/** A line's two parts at a comma or a dash set off by spaces ("Jane Doe, President", "Head of Marketing - Retail Division"). */
const AFTER_MARK = /^(.*?\p{L}.*?)(\s*,\s*|\s+[-–—]\s+)(\p{L}.*)$/u;

/**
 * "Utsav Busa (Director)", "Prop. Rajesh Kumar": a person's title printed on the name's line,
 * in brackets after it or as the proprietor's mark before it, is a line of its own.
 */
function splitNameAndTitle(s: Segment): Segment[] {
  const bracketed = /^(.*\p{L}.*?)\s*\(([^()]+)\)[,;.]?$/u.exec(s.text);
  const titled = (parts: Segment[], name: number) => parts.map((p, i) => (i === name ? { ...p, titled: true } : p));
  if (bracketed && titleScore(bracketed[2]!) >= 0.5 && nameShape(bracketed[1]!) > 0) return titled(splitAt(s, [bracketed[1]!.length]), 0);
  // "founder(David Shellabarger),": the other way round, the name in the brackets ("EXECUTIVE
  // (NORTH AMERICA)" is a title and its region).
  if (bracketed && titleScore(bracketed[1]!) >= 0.5 && nameShape(bracketed[2]!) > 0 && !WORLD_REGION.test(bracketed[2]!)) {
    const open = s.text.indexOf('(', bracketed[1]!.length);
    return titled(splitAt(s, [open]), 1).map((p, i) => (i === 1 ? { ...p, text: bracketed[2]!.trim() } : p));
  }
  // "Jane Doe, President", "Majd Wehbeh - General Manager": a comma or a dash between the two.
  const after = AFTER_MARK.exec(s.text);
  if (after && titleScore(after[3]!) >= 0.5 && nameShape(after[1]!) > 0 && titleScore(after[1]!) === 0 && !LEGAL_FORM.test(after[1]!)) return titled(splitAt(s, [after[1]!.length]), 0);
  // "Bernard Desarnauts Founder & CEO": a name and its title side by side with no mark between,
  // the name opening with a known given name.
  const ws = s.text.split(' ');
  for (let k = 2; k <= Math.min(3, ws.length - 1); k++) {
    const head = ws.slice(0, k).join(' ');
    const first = ws[k]!.toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (isGivenName(ws[0]!) && nameShape(head) === 1 && titleScore(head) === 0 && !ORG_WORDS.test(head) && (TITLE_WORD_SET.has(first) || TITLE_HEADS.has(first)) && titleScore(ws.slice(k).join(' ')) >= 0.5) return titled(splitAt(s, [head.length]), 0);
  }
  // "5 Prop. Satish Kumar Saini": an icon read as a mark or a digit before the proprietor's mark.
  const prop = PROPRIETOR_MARK.exec(s.text);
  if (prop && nameShape(s.text.slice(prop[0].length)) > 0) return titled(splitAt(s, [prop[0].trimEnd().length]), 1).map((p, i) => (i === 0 ? { ...p, text: prop[1]! } : p));
  return [s];
}

/** A department's name as printed after a title on its line: "Department of …", "Office of …", "… Division". */
const DEPARTMENT_AFTER = /^(?:(?:department|dept\.?|division|отдел|департамент)(?:\s|$)|office\s+of\s)|\s(?:department|dept\.?|division)$/iu;

/**
 * "Assistant Professor, Department of Civil Engineering": a title and its department on one
 * line, a comma or a dash between; the title is the post alone, the rest its department.
 */
function splitTitleAndDepartment(s: Segment): Segment[] {
  const m = AFTER_MARK.exec(s.text);
  // Only where the rest reads as a department, so that it is kept as one ("School of Law" is not, and stays in the title).
  if (!m || !DEPARTMENT_AFTER.test(m[3]!) || !DEPT_LINE.test(m[3]!) || DEPT_LINE.test(m[1]!) || titleScore(m[1]!) < 0.5 || titleScore(m[3]!) >= 0.5) return [s];
  return splitAt(s, [m[1]!.length + m[2]!.length]).map((p, i) => (i === 0 ? { ...p, text: m[1]! } : p));
}

/** Fields read from lines in Hangul or Chinese: never sure (korean.ts, chinese.ts). */
const SCRIPT_CONFIDENCE = 0.6;
const CHINESE_COUNTRIES = new Set(['TW', 'HK', 'MO', 'CN']);
/** A field the Latin and Cyrillic rules read at least this surely stands beside one in the card's own script. */
const READ_WELL = 0.75;
/** Legal forms of Korean and Chinese companies. */
const OWN_LEGAL_FORM = /주식회사|\(주\)|㈜|유한회사|股份|有限公司/u;

export function extractFields(read: OcrLine[], opts: ExtractOptions = {}): Extraction {
  const lines = read.map(boundedLine);
  const fields = emptyFields();
  const confidence: FieldConfidence = {};
  const sources: FieldSources = {};
  const segs = toSegments(lines);
  const cardText = segs.map((s) => s.text).join('\n');
  let countries = rankCountries(cardText, opts.defaultCountry ?? 'US');
  const ocrFactor = (s: Segment) => (s.conf >= 0.85 ? 1 : s.conf >= 0.7 ? 0.92 : 0.75);

  let ch = findChannels(segs, countries);
  // "name@partners uk" read as "name@partners.uk": a domain repaired from OCR's text is evidence
  // of the card's country the raw text did not show, and the numbers are read again with it.
  const repaired = [...ch.emails.map((e) => e.value.split('@')[1]!), ...ch.websites.map((w) => bareDomain(w.value))].filter((d) => !cardText.toLowerCase().includes(d));
  if (repaired.length) {
    const again = rankCountries(`${cardText}\n${repaired.join('\n')}`, opts.defaultCountry ?? 'US');
    if (again.join() !== countries.join()) {
      countries = again;
      ch = findChannels(segs, countries);
    }
  }
  const country = countries[0]!;
  fields.phones = ch.phones.map((p) => p.phone);
  fields.emails = ch.emails.map((e) => e.value);
  // "he-arc.ch" in the logo and "www.he-arc.ch" among the contacts: one address, written in full.
  const sites = ch.websites.map((w) => w.value);
  fields.websites = [...new Set(sites.map((w) => sites.filter((o) => bareDomain(o) === bareDomain(w)).reduce((a, b) => (b.length > a.length ? b : a))))];
  for (const [field, list] of [['phones', ch.phones], ['emails', ch.emails], ['websites', ch.websites]] as const) {
    if (!list.length) continue;
    sources[field] = [...new Set(list.map((x) => x.seg))].map((s) => s.box);
    confidence[field] = Math.min(...list.map((x) => x.conf));
  }
  // The company's own domains: a free mail provider's ("maya.sales@gmail.com") names none.
  // A firm's page on a social site ("Facebook.com/Aus4Transport.vn") names the firm as its own domain would.
  const domains = [...fields.emails.map((e) => e.split('@')[1]!), ...fields.websites.map((w) => firmPage(w) ?? bareDomain(w))].filter((d) => !isFreeMail(d));

  // A card in Latin letters only, but for a line or two read as Cyrillic look-alikes ("сто" for CTO).
  // Not one with a Russian patronymic printed: its other words in look-alikes are Cyrillic read so
  // ("Ермаков" over "Феоктист Викентьевич", seed 73 s2_029, kept from "Epmakob").
  const latinCard =
    cyrillicShare(segs.filter((s) => !/^[\p{Script=Cyrillic}\s.]+$/u.test(s.text)).map((s) => s.text).join(' ')) < 0.1 &&
    segs.filter((s) => hasCyrillic(s.text)).length <= 2 &&
    !segs.some((s) => s.text.split(/\s+/).some(isKnownPatronymic));
  // A card in Cyrillic, but for a firm's name read in the Latin letters its capitals look like ('AO "TEXHO"').
  const cyrillicCard = cyrillicShare(segs.map((s) => s.text).join(' ')) >= 0.5;
  // Lines whose text is partly our guess (a legal form mended or joined from two lines) are never sure.
  const guessed = new Set<Segment>();
  const rest = [...segs.filter((s) => !ch.used.has(s)), ...ch.rests]
    .filter((s) => /\p{L}{2}/u.test(s.text))
    .map((s) => {
      const m = { ...s, text: firstLetterFromEmail(mendLegalForm(latinCard ? latinLookalikes(s.text) : cyrillicByDomain(cyrillicLegalForm(s.text, cyrillicCard), domains)), fields.emails) };
      if (m.text !== s.text) guessed.add(m);
      return m;
    })
    .flatMap(scrapsBeforeName)
    .flatMap((s) => logoBeforeName(s, domains))
    .flatMap(splitNameAndTitle)
    .flatMap(splitTitleAndDepartment)
    .flatMap(russianNameBesideLogo);
  const ctx: RoleContext = {
    segs: rest,
    domains,
    emailLocals: fields.emails.map((e) => e.split('@')[0]!.split(/[._-]+/).filter(Boolean)),
    mailboxes: fields.emails.filter((e) => isFreeMail(e.split('@')[1]!)).flatMap((e) => {
      const parts = e.split('@')[0]!.split(/[._-]+/).filter((p) => p.length >= 3);
      return [...parts, parts.join('')];
    }),
    sizes: [...new Set(rest.map((s) => s.size))].sort((a, b) => b - a),
  };
  const scored: Scored[] = joinNameLines(joinLegalForms(rest.map((s) => ({ s, r: scoreRoles(s, ctx) })), segs, ctx, guessed), segs, ctx, guessed);
  const picked = assignSingles(scored);
  const taken = new Set(Object.values(picked).map((c) => c!.s));
  const addr = pickAddress(scored, taken, segs);

  const name = picked.name;
  // "СЕЛИВЕРСТОВА / Агата Владимировна", "ЛЕБЕДЕВ ВЕНИАМИН / ВЕНЕДИКТОВИЧ", "Anna Maria /
  // Kowalczyk" beside akowalczyk@: a family name, a patronymic or a word the e-mail spells, alone
  // on the line above or below the name.
  // "E®PEMOB" over "Федор Адрианович": a Russian name's surname alone on its line, read in
  // the Latin letters its capitals look like (Ф as "®"), is spelt in Cyrillic.
  const restText = (text: string) => {
    const t = withoutHonorific(text);
    if (!name || !/^\p{Script=Cyrillic}+\s\p{Script=Cyrillic}+$/u.test(name.s.text) || !/^[\p{Script=Latin}®Φ]{4,}$/u.test(t)) return t;
    const cyr = toCyrillic(t.replace(/[®Φ]/g, 'Ф'));
    return !hasLatin(cyr) && RU_SURNAME.test(cyr) ? cyr : t;
  };
  const restSized = (c: Scored) => !!name && Math.abs(c.s.size - name.s.size) < name.s.size * (isKnownPatronymic(c.s.text) ? 0.5 : 0.3);
  const nameRest =
    name &&
    scored.find((c) => {
      // "Prof. Dr. Juanita" over "B. O'Sullivan": a given name (after its honorifics) above a name
      // line that starts with a middle initial, which no name starts with alone.
      const t = restText(c.s.text);
      // "Евфросиния" over "Яковлевна Логинова": a Russian name line that opens with a
      // patronymic lacks the given name before it; a lone word above is that name, listed or not.
      const givenAbove = c.s.box.y < name.s.box.y && ((/^\p{Lu}\.\s/u.test(name.s.text) && isGivenName(t)) || (opensWithPatronymic(name.s.text) && /^\p{Script=Cyrillic}+$/u.test(t) && sameCase(t, name.s.text.split(/\s+/)[0]!)));
      // ("Мария Геннадиевна   Белова": or beside it on its row, a word's gap or so away.)
      const besideName = onOneRow(c.s.box, name.s.box) && gapAcross(c.s.box, name.s.box) < name.s.box.h * 1.2 && c.s.line !== name.s.line;
      if (taken.has(c.s) || addr.includes(c.s) || !(adjacent(c.s, name.s) || besideName) || !/^\p{Lu}[\p{L}'’-]+$/u.test(t) || !(surnamePart(t, ctx.emailLocals) || givenAbove) || Math.max(c.r.title, c.r.company, c.r.department) >= 0.5) return false;
      // A patronymic may be set half again as tall (or a tilted photo inflate its box, s2_004);
      // so may any part of a full Russian name (oneName).
      if (restSized(c)) return true;
      return !!(c.s.box.y < name.s.box.y ? oneName(c, name, ctx, segs) : oneName(name, c, ctx, segs));
    });
  if (name) {
    const first = (a: Segment, b: Segment) => (onOneRow(a.box, b.box) ? a.box.x < b.box.x : a.box.y < b.box.y);
    const parts = nameRest ? (first(nameRest.s, name.s) ? [nameRest.s, name.s] : [name.s, nameRest.s]) : [name.s];
    // "ФЕЁКЛА": the diaeresis of Ё read as a letter of its own before it; no Russian name spells "её".
    const read = trimPunct(withoutHonorific(withoutStrayComma(withoutTrailingMarks(parts.map((p) => (p === nameRest?.s ? restText(p.text) : p.text)).join(' ')))));
    // "Majd S.Wehbeh" (real_802): a middle initial's dot glued to the family name; names print a
    // space there. Not initials before the name, which South Indian cards print glued ("K.Jayachandru").
    const spaced = read.replace(/(?<=\p{L}{2,}\s\p{Lu})\.(?=\p{Lu}\p{Ll})/gu, '. ');
    fields.name = joinedByMailbox(firstOfTwo(spaced.replace(/(?<=\p{L})(?:ЕЁ|её)|(?:ЕЁ|её)(?=\p{L})/gu, (m) => m[1]!)), ctx.emailLocals, lines);
    if (fields.name !== read) setConf('name', 0.85);
    Object.assign(fields, splitName(fields.name));
    sources.name = parts.map((p) => p.box);
    const ws = fields.name.split(/\s+/);
    // "IDEAL SURVEY" beside ideal_survey@yahoo.com: a free mailbox is as often a shop's as its
    // owner's; it confirms a name only with a word a list of names knows.
    const shopBox = ctx.emailLocals.length > 0 && fields.emails.every((e) => isFreeMail(e.split('@')[1]!)) && !ws.filter((w) => w.length > 1).some((w) => isGivenName(w) || isFamilyName(w));
    const byEmail = ctx.emailLocals.length > 0 && name.r.name >= 1.4 && !shopBox && emailSpellsWord(fields.name, ctx.emailLocals);
    const ruSure = ws.length === 3 && ws.some(isKnownPatronymic) && ws.some(isGivenName) && ws.some((w) => RU_SURNAME.test(w) || isFamilyName(w));
    // An e-mail confirms one word; a misread given name or a cut patronymic beside it is still wrong.
    // "Beaulah Bode Bode" for Beaulah D. Bode (seed 65 s2_029): a word twice over is a line read twice, not a name.
    const twice = ws.some((w, i) => i > 0 && w.toLowerCase() === ws[i - 1]!.toLowerCase());
    // "САМОИЛОВА" for САМОЙЛОВА (seed 67 s2_013): a Й inside a word read as И, between a vowel and
    // a consonant, where Russian spells Й far more often ("Воинов" is rare); given names
    // ("Раиса", "Аида") are listed.
    const innerBreve = (w: string) => /[аеоуэюяё]и[бвгджзклмнпрстфхцчшщ]/iu.test(w) && !isGivenName(w);
    const suspicious = twice || ws.some((w) => lostBreve(w) || innerBreve(w) || (PATRONYMIC.test(w) && !isKnownPatronymic(w))) || cutShortOfEmail(fields.name, ctx.emailLocals) || unconfirmedWord(fields.name, ctx.emailLocals);
    const rivals = scored.filter((c) => c !== name && c.r.name >= 0.55).length;
    // A Cyrillic name of two words may have its patronymic on a line OCR lost.
    const whole = !hasCyrillic(fields.name) || ws.length === 3;
    setConf('name', ((byEmail || ruSure) && !rivals && whole && !suspicious ? 0.95 : rivals ? 0.65 : 0.8) * ocrFactor(name.s));
    // Lines joined on weaker evidence than a listed surname or patronymic of like size: a guess.
    const listed = (t: string) => RU_SURNAME.test(t) || isFamilyName(t) || PATRONYMIC.test(t);
    if (guessed.has(name.s) || (nameRest && !(listed(nameRest.s.text) && restSized(nameRest)))) setConf('name', 0.8);
  }
  // "ФЕДОСИИ" beside fedosiysazonov@...: the e-mail spells the Й whose breve OCR lost.
  const breved = fields.name && restoreBreve(fields.name, fields.emails.map((e) => e.split('@')[0]!));
  if (breved && breved !== fields.name) {
    fields.name = breved;
    Object.assign(fields, splitName(breved));
    setConf('name', 0.85);
  }
  const completed = fields.name && lastWordFromEmail(fields.name, ctx.emailLocals);
  if (completed && completed !== fields.name) {
    fields.name = completed;
    Object.assign(fields, splitName(completed));
    setConf('name', 0.7);
  }
  const mended = fields.name && mendNameByEmail(fields.name, ctx.emailLocals);
  if (mended && mended !== fields.name) {
    fields.name = mended;
    Object.assign(fields, splitName(mended));
    setConf('name', 0.7);
  } else if (!fields.name) {
    const guess = nameFromEmail(scored.filter((c) => !taken.has(c.s) && !addr.includes(c.s)), ctx.emailLocals);
    if (guess) {
      fields.name = guess.text;
      Object.assign(fields, splitName(fields.name));
      sources.name = [guess.c.s.box];
      // Half of it is the e-mail's spelling, not the card's: a person should look.
      setConf('name', 0.65);
    } else {
      // "Milica Colié" in small type beside a big logo and an info@ address: the one line shaped
      // like a name that reads as nothing else is the name, though nothing confirms it.
      const shaped = scored.filter((c) => !taken.has(c.s) && !addr.includes(c.s) && nameShape(c.s.text) === 1 && c.r.name >= 0.3 && Math.max(c.r.title, c.r.company, c.r.department, c.r.address, c.r.tagline) < 0.3);
      if (shaped.length === 1) {
        fields.name = trimPunct(withoutHonorific(shaped[0]!.s.text));
        Object.assign(fields, splitName(fields.name));
        sources.name = [shaped[0]!.s.box];
        setConf('name', 0.6);
      }
    }
  }
  // "M a rcea Ч Ph i | i p pe" beside marceau_philippe@: a name in spaced letters OCR read as
  // pieces, which no line gives whole. The mailbox's two words, both of the name lists, each
  // spelt near enough by the letters of some line, in the mailbox's order: a guess, never sure.
  if (!fields.name) {
    const named = mailboxName(fields.emails, segs);
    if (named) {
      fields.name = named.name;
      Object.assign(fields, splitName(named.name));
      sources.name = named.boxes;
      setConf('name', 0.6);
    }
  }
  // "Семенов Евстчугней Глебович": beside a Russian name's other words, a word no list knows
  // two letters or fewer from one given name is that name misread. Our reading: never sure.
  const respelt = fields.name && respellRussianGivenName(fields.name);
  if (respelt && respelt !== fields.name) {
    fields.name = respelt;
    Object.assign(fields, splitName(respelt));
    setConf('name', Math.min(confidence.name ?? 0.7, 0.7));
  }
  // "Елена Павловна Григорьев" (seed 73 s2_002): a woman's patronymic beside a surname in its
  // man's form; OCR lost the surname's last letter. Its woman's form; never sure.
  const agreeing = fields.name && surnameOfHerPatronymic(fields.name);
  if (agreeing) {
    fields.name = agreeing;
    Object.assign(fields, splitName(agreeing));
    setConf('name', 0.8);
  }
  const mailBefore = fields.emails.join();
  if (fields.name) fields.emails = fields.emails.map((e, i) => mendEmail(restoreInitial(e, ch.emails[i]?.initial, fields.name, ch.emails[i]?.lead, ch.emails[i]?.gapWord), fields.name));
  if (fields.emails.length) {
    const printed = rest.filter((x) => !contactLine(x.text)).map((x) => x.text);
    fields.emails = fields.emails.map((e) => mendMailbox(e, printed));
  }
  // A letter restored from the name or the card's words is a repair, not a reading.
  if (fields.emails.join() !== mailBefore) setConf('emails', 0.8);
  // "rkolobov@" on R. Kolobov's card: the initial glued to the family name is how many people
  // spell their address, and how a faint dot between them reads in small print ("r.kolobov@"). Not sure.
  if (fields.name && fields.emails.some((e) => gluedInitial(e.split('@')[0]!, fields.name))) setConf('emails', 0.85);
  // "EMAIL hii ka@falcondesign.jp" for satoshitanaka@: a word of letters just before the address
  // on its line, no label, may be what OCR made of the mailbox's start: the address is never sure.
  const wordBefore = ch.emails.some((e) => {
    const words = lines[e.seg.line]?.words ?? [];
    const at = words.findIndex((w) => w.text.includes('@'));
    const prev = at > 0 ? words[at - 1]!.text : '';
    return /^\p{L}{2,}$/u.test(prev) && !/^(?:e-?mail|email|mail|почта|эл)$/iu.test(prev) && !words[at]!.text.startsWith('@');
  });
  if (wordBefore) setConf('emails', 0.85);
  // "a@stroysoft.com" for vera@ (seed 63 s2_003, the line cut in two before its last letter): a
  // mailbox of one character is more likely the end of one than a whole one. Never sure.
  if (fields.emails.some((e) => e.split('@')[0]!.length === 1)) setConf('emails', 0.85);

  const title = picked.title;
  if (title) {
    // "Ведущий ‘специалист": a speck read as a quote before a word is no part of the title.
    const specks = /(^|\s)[‘’'"“”`´,.]+(?=\p{L})/gu;
    // "Prop.", "Sr. Mgr.": a short title word's dot is part of it.
    const abbreviated = /(?:^|\s)(\p{L}{2,5})\.$/u.exec(title.s.text.trim());
    // "(Dental surgeon & implantologist)": brackets round the whole title are no part of it.
    const asRead = trimPunct(title.s.text.replace(specks, '$1').replace(/^\((.+)\)$/u, '$1'), !!abbreviated && TITLE_WORD_SET.has(abbreviated[1]!.toLowerCase()));
    // "Journeyman Carpenter, RSE. B.Comm": the holder's degrees after the post, abbreviations with their dots.
    fields.title = respellTitleWords(joinSplitTitleWords(asRead)).replace(/,\s*(?:\p{Lu}\p{L}{0,4}\.\s?)+\p{Lu}?\p{L}{0,5}\.?$/u, '');
    sources.title = [title.s.box];
    // "REGIONAL BUSINESS DEVELOPMENT" over "EXECUTIVE (NORTH AMERICA)": a title set on two lines.
    // Joined where one line plainly runs on into the other; where the two may as well be two
    // roles ("CEO" / "Founder"), the title is left as picked, but not sure.
    const nextTo = scored.filter((c) => c.s !== title.s && c.s !== name?.s && !taken.has(c.s) && !addr.includes(c.s) && adjacent(c.s, title.s) && Math.abs(c.s.size - title.s.size) < title.s.size * 0.3 && titleScore(c.s.text) > 0 && c.r.title >= Math.max(c.r.company, c.r.address, 0.3));
    const heads = (t: string) => t.toLowerCase().split(/[^\p{L}-]+/u).some((w) => TITLE_HEADS.has(w));
    // "Chair of Department of Civil and" / "Construction Engineering": a title that ends mid-phrase
    // runs on into the line under it, whatever that line reads as alone.
    // "заместитель генерального директора" / "по капитальному строительству": or the line under
    // it opens with the word that carries a post's field ("по", "of", "for").
    const lineBelow = (c: Scored) => c.s !== title.s && c.s !== name?.s && !taken.has(c.s) && !addr.includes(c.s) && c.s.box.y > title.s.box.y && adjacent(c.s, title.s) && Math.abs(c.s.size - title.s.size) < title.s.size * 0.3 && !/\d/.test(c.s.text) && !contactLine(c.s.text) && Math.max(c.r.company, c.r.address) < 0.5;
    const below = /(?:[,&/]|\b(?:of|and|for|in))\s*$/iu.test(title.s.text)
      ? scored.find(lineBelow)
      : scored.find((c) => lineBelow(c) && /^(?:по|of|for)\s+\p{L}/u.test(c.s.text) && c.r.department < 0.5);
    if (below && !nextTo.includes(below)) nextTo.push(below);
    const runOn = nextTo.find((c) => {
      const [top, bottom] = c.s.box.y < title.s.box.y ? [c.s, title.s] : [title.s, c.s];
      // The upper line's words qualify a head noun the lower line holds ("REGIONAL BUSINESS DEVELOPMENT" / "EXECUTIVE").
      return /(?:[,&/-]|\b(?:of|and|for))\s*$/iu.test(top.text) || /^(?:\(|\p{Ll}|(?:of|and|for|&)\s)/u.test(bottom.text) || (!heads(top.text) && heads(bottom.text));
    });
    if (runOn) {
      const [top, bottom] = runOn.s.box.y < title.s.box.y ? [runOn.s, title.s] : [title.s, runOn.s];
      fields.title = respellTitleWords(joinSplitTitleWords(trimPunct(`${top.text} ${bottom.text}`)));
      sources.title = [top.box, bottom.box];
      taken.add(runOn.s);
    }
    const besideName = !!name && adjacent(name.s, title.s) && !nextTo.length;
    // Every word a known title word, as read (no specks mended away): a title cut short by OCR
    // ("ЗАМЕСТИТЕЛЬ ДИРЕК") or with marks in it is not sure.
    const known = !specks.test(title.s.text) && fields.title.split(/[\s,/&]+/).filter(Boolean).every((w) => (TITLE_WORD_SET.has(w.toLowerCase().replace(/[.]$/, '')) && /^[\p{L}-]+\.?$/u.test(w)) || /^(of|and|и|по|the|for|de|des|del)$/i.test(w));
    // "Busines" beside "Development Manager", "Attorney" beside "at La": words on the title's own
    // row that no field took are most likely its own, cut off or misread apart from it.
    // Or words of its line read too faintly to keep ("at La" after "Attorney"). Within three
    // letters' height: OCR may box a small word far too small ("Senior", 12x6 before "Architect").
    const letterCount = (t: string) => t.replace(/[^\p{L}]/gu, '').length;
    const line = lines.find((l) => overlapShare(l.box, title.s.box) > 0.5);
    const kept = ctx.segs.filter((o) => line && overlapShare(o.box, line.box) > 0.5).reduce((n, o) => n + letterCount(o.text), 0);
    const cutOff = (!!line && letterCount(line.text) > kept + 1) || rest.some((o) => o !== title.s && !taken.has(o) && /\p{L}{2}/u.test(o.text) && onOneRow(o.box, title.s.box) && gapAcross(o.box, title.s.box) < Math.max(title.s.box.h, o.box.h) * 3);
    setConf('title', (title.r.title >= 0.85 && besideName && known && !cutOff && fields.title === asRead && !guessed.has(title.s) ? 0.92 : 0.8) * ocrFactor(title.s));
  }
  const free = scored.filter((c) => !taken.has(c.s) && !addr.includes(c.s));
  const company = picked.company ? fullerCompany(picked.company, free) : (logoWordmark(free, ctx, !!name) ?? tradeNamed(free, !!name));
  if (company && !picked.company) {
    // Only the logo's word, in big type: most likely the company, but a person should look.
    fields.company = company.s.text.replace(/^[^\p{L}\p{N}]+\s+/u, '').replace(LONE_MARK, '').trim();
    sources.company = [company.s.box];
    setConf('company', 0.6);
    // "Mahendera" in big type over "FURNITURE HOUSE"; "MAINTENANCE SERVICE" beside
    // arifimaintenanceservice@gmail.com: the business's own word leads its trade.
    const head = ctx.domains.length ? undefined : wordOver(company, free, segs);
    const led = head ? `${head.s.text.trim()} ${fields.company}` : leadWord(fields.company, ctx.domains, ctx.mailboxes);
    if (led) {
      fields.company = led;
      if (head) sources.company.unshift(head.s.box);
    }
  } else if (company) {
    // "CARGOBASE®": a trademark sign belongs to the logo, not to the company's name in a contact.
    // "@planet10tech": the company's social handle under its logo names it without the "@".
    // "HANSUNGCOMPUTER CO.,LTD:": an abbreviation's dot read as a colon.
    // "— LOTUS TECHNOLOGIES CO.,LTD.": a rule or a logo's stroke before the first word.
    const asRead = mendLegalForm(trimPunct(company.s.text.replace(/^[—–~_|•·]+\s+(?=\p{L})/u, '').replace(LONE_MARK, '').replace(/\s*[®™℠]/gu, '').replace(/^@(?=[\p{L}\d]{3})/u, '').replace(/\b(ltd|inc|co|corp|pvt|llc|plc|gmbh|bhd)[:;]$/iu, '$1.'), true));
    // After the legal form is mended ("MAO «МЕРИДИАН ИНВЕСТ»"): a legal form is no logo's mark.
    fields.company = joinedByDomain(withoutLogoDebris(asRead, domains), domains);
    // Read less surely than the e-mail or web address that spells its domain: the address is the
    // better witness of a look-alike letter (elsewhere the company line mends the domain).
    if (company.s.conf < Math.max(0, ...[...ch.emails, ...ch.websites].map((x) => x.seg.conf))) fields.company = lookalikesByDomain(fields.company, domains);
    // Words dropped from the line: our reading of it, never sure.
    if (fields.company !== asRead) guessed.add(company.s);
    sources.company = [company.s.box];
    // "JINNO INTERNATIONAL COOPERATION / JOINT STOCK COMPANY": a legal form alone on its line
    // finishes the name printed just above it.
    // "TRISHA" / "TECHNOLOGIES PVT. LTD.": so does a trade's word and a legal form under a logo's word.
    const generic = !LEGAL_FORM_ONLY.test(company.s.text) && tradeAndForm(company.s.text);
    if (LEGAL_FORM_ONLY.test(company.s.text) || generic) {
      const above = scored.find(
        (c) =>
          c.s.line === company.s.line - 1 &&
          !taken.has(c.s) &&
          !addr.includes(c.s) &&
          // A logo's word over its trade's line may stand in bigger type.
          (generic ? c.s.size >= company.s.size * 0.8 && c.s.size <= company.s.size * 2 : Math.abs(c.s.size - company.s.size) < company.s.size * 0.3) &&
          Math.max(c.r.name, c.r.title, c.r.address) < 0.5 &&
          (!generic || /^\p{L}[\p{L}&'’-]{2,}(?:\s\p{L}[\p{L}&'’-]{2,})?$/u.test(c.s.text.trim())),
      );
      // ("Tidewater Design" over "Design LLC": the word both lines hold is printed once.)
      if (above && !(generic && nameKey(above.s.text.split(/\s+/).at(-1)!) === nameKey(company.s.text.split(/\s+/)[0]!))) {
        fields.company = `${trimPunct(above.s.text, true)} ${fields.company}`;
        sources.company.unshift(above.s.box);
      }
    }
    // "INTERWORLD / FREIGHT" over interwf.com: a company name broken over two lines is one name
    // when the domain is spelled by the words of both lines and not by the first alone.
    const under = scored.find((c) => !taken.has(c.s) && !addr.includes(c.s) && c !== company && lineUnder(company.s.box, c.s.box, 0.8, 0.5) && Math.abs(c.s.size - company.s.size) < company.s.size * 0.35 && c.s.text.split(/\s+/).length <= 3 && Math.max(c.r.name, c.r.title, c.r.address) < 0.5);
    const words = (t: string) => trimPunct(t, true).replace(LEGAL_FORM, ' ').split(/\s+/).filter(Boolean);
    if (under && sources.company.length === 1 && ctx.domains.some((d) => domainSpells(d, [...words(company.s.text), ...words(under.s.text)]) && !domainSpells(d, words(company.s.text)))) {
      fields.company = `${fields.company} ${mendLegalForm(trimPunct(under.s.text, true))}`;
      sources.company.push(under.s.box);
      guessed.add(company.s);
    }
    // "Institute for Computer Sciences, Social Informatics" / "and Telecommunications Engineering":
    // a name that runs on ("and", "&", "of", "for" opening the lower line) is one name on two lines.
    // "SEOUL NATIONAL UNIVERSITY OF" / "SCIENCE & TECHNOLOGY": or the upper line ends on such a word.
    const endsOpen = /\s(?:and|&|of|for|und|et|de|di)$/iu.test(company.s.text.trim());
    const runOn = sources.company.length === 1 ? scored.find((c) => !taken.has(c.s) && !addr.includes(c.s) && c !== company && lineUnder(company.s.box, c.s.box, 0.8, 0.5) && Math.abs(c.s.size - company.s.size) < company.s.size * 0.35 && (endsOpen || /^(?:and|&|of|for|und|et|y|e)\s+\p{L}/iu.test(c.s.text)) && !/\d/.test(c.s.text) && !contactLine(c.s.text) && Math.max(c.r.name, c.r.title, c.r.address) < 0.5) : undefined;
    if (runOn) {
      fields.company = `${fields.company} ${trimPunct(runOn.s.text, true)}`;
      sources.company.push(runOn.s.box);
      guessed.add(company.s);
    }
    const head = sources.company.length === 1 ? (companyHead(company, free, ctx.domains, segs) ?? (!LEGAL_FORM.test(company.s.text) && !ctx.domains.length ? wordOver(company, free, segs) : undefined)) : undefined;
    if (head) {
      fields.company = `${trimPunct(head.s.text, true)} ${fields.company}`;
      sources.company.unshift(head.s.box);
      guessed.add(company.s);
    }
    // "THE" / "WORLD" / "BANK": the article a logo stacks over its name belongs to it.
    const article = scored.find((c) => !taken.has(c.s) && !addr.includes(c.s) && /^the$/i.test(c.s.text.trim()) && lineUnder(c.s.box, sources.company![0]!, 1.2, 0.3));
    if (article) {
      fields.company = `${article.s.text.trim()} ${fields.company}`;
      sources.company.unshift(article.s.box);
    }
    // "OVERSEAS" beside …@seli-overseas.com: the word the logo printed and OCR lost.
    const led = sources.company.length === 1 ? leadWord(fields.company, ctx.domains, ctx.mailboxes) : null;
    if (led) {
      fields.company = led;
      guessed.add(company.s);
    }
    const legal = LEGAL_FORM.test(company.s.text);
    const byDomain = company.r.company - (legal ? 0.9 : 0) >= 0.55;
    // Sure only when read cleanly: a legal form in its usual spelling and a confident line.
    const canonical = /(^|\s)(inc\.|llc|ltd\.|limited|gmbh|ag|corp\.|plc|co\., ltd\.|ооо|ао|пао|зао)$|^(ооо|ао|пао|зао) «[^»]+»$/iu.test(fields.company);
    const clean = canonical && company.s.conf >= 0.9 && sources.company.length === 1 && !guessed.has(company.s);
    // Sure only when the domain spells the company letter for letter: "Вектор Проскт" beside
    // vektorproekt.ru is near enough to be the company, and one letter of it is misread.
    const speltByDomain = domainMatch(company.s.text, ctx.domains, true) > 0;
    setConf('company', (legal && byDomain && clean && speltByDomain ? 0.95 : legal || byDomain ? 0.82 : 0.7) * ocrFactor(company.s));
  }
  // "office@quantumiabs.com" beside "Quantum Labs Co., Ltd.": the company line confirms the domain's spelling.
  // Not where another line of the card (a logo: "IRONBRIDGE TRADING") spells the domain as read.
  const spelt = (d: string) => {
    const stem = nameKey(domainLetters(d));
    // From the start of a word: "ООО «Вектор-Энерго»" does not spell "ektor-energo".
    const starts = (t: string) => { const ws = nameKey(t).split(' '); return ws.map((_, i) => ws.slice(i).join('')); };
    // A contact line OCR could not read is the same misreading, not a second witness; nor is a
    // word OCR itself doubts (a logo "Biuefield" read at 0.32 beside "Bluefield AG").
    return stem.length >= 4 && segs.some((x) => !ch.used.has(x) && x.conf >= 0.5 && !contactLine(x.text) && starts(x.text).some((w) => w.startsWith(stem)));
  };
  // A company read as a jumble of cases ("sitveRLINE VENTURES": a logo's letters misread) is no
  // witness against the address: the address stays as read.
  // ("InfinityPMC" is a name's own capitals, after a capital.)
  const witness = /(?<!\p{L})\p{Ll}+\p{Lu}{2}|\p{Lu}\p{Ll}\p{Lu}{2}/u.test(fields.company) ? '' : fields.company;
  const checked = reconcileDomains(fields.emails, fields.websites, witness, spelt);
  fields.emails = checked.emails;
  fields.websites = checked.websites;
  if (checked.emailsRepaired) setConf('emails', 0.8);
  if (checked.websitesRepaired) setConf('websites', 0.8);
  const dept = picked.department;
  if (dept) {
    fields.department = trimPunct(dept.s.text);
    sources.department = [dept.s.box];
    setConf('department', 0.85 * ocrFactor(dept.s));
  }
  if (addr.length) {
    // "Head Office 2-10-14 ...", "TOKYO : 2-7-7 ...": the office's label is not part of the address.
    // "A: Kasumigaseki Bldg.", "Address: 31 Market": an address label, wherever the line falls.
    // "Add : Beijing Commercial College", "Post Code : 100037": labels of the address and its postcode.
    const unlabel = (t: string, i: number) =>
      (i || UNIT.test(t) ? t : t.replace(UNLABEL, ''))
        .replace(/^(?:(?:address|addr|adr|add|адрес)\s?[:.]|a\s?:)\s*(?=[\d\p{L}])/iu, '')
        .replace(/^(?:post\s?code|postal\s?code|zip(?:\s?code)?)\s?[:.-]\s*(?=\d)/iu, '');
    // "+ 630628, Новосибирск", "¢ул. Садовая": a pin icon read as a sign before the line.
    // ("+ 29, avenue des Champs-Élysées": or before a short house number and the street's words.)
    const unIcon = (t: string) => t.replace(/^[+¢©®•*](?:\s*(?=\d{3}|\p{L})|\s+(?=\d{1,4}\p{L}?,?\s+\p{L}))/u, '');
    // "пр. Ленина, о. 6": a Russian house number's "д." read as "о." (an island's "о." is
    // followed by its name, never by a number).
    // ("Варшовское w., 9. 11": or as "9.", its highway's "ш." as a Latin "w", and "2. Москва":
    // the city's "г." as a "2." or "т." before the city's name.)
    const house = (t: string) =>
      t
        .replace(/(?<=,\s?)(?:о\.?|9\.)\s?(?=\d)/gu, 'д. ')
        .replace(/(?<=\p{Script=Cyrillic}{3,}\s)w\.(?=,|\s|$)/gu, 'ш.')
        .replace(/(?<=(?:^|,)\s?)[2rт]\.\s?(?=\p{Script=Cyrillic}{3,})/gu, 'г. ')
        // "стр. 6,0ф.635": the office's "оф." with its о read as a nought.
        .replace(/(?<=,\s?)0ф\.\s?(?=\d)/gu, 'оф. ')
        // "д.74, корп.4": Russian addresses print a space after these abbreviations.
        .replace(/(?<=(?:^|[\s,])(?:д|корп|стр|оф|кв)\.)(?=\d)/gu, ' ');
    // "уп. Малышева", "yn. Ленина": the street's "ул." with its л read as п (or both letters as
    // their Latin look-alikes); no Russian address abbreviates anything "уп.".
    // ("уа. Новый Арбат": or its л as an а.)
    const street = (t: string) => t.replace(/(?<=^|[\s,])(?:уп|yn|уn|yп|уа|ya)\.\s?(?=\p{Lu})/gu, 'ул. ');
    // "The Counter Palo Alto. Palo Alto CA 94306": the firm's name (here its branch's) before
    // the address on its line, parted by a stop or a comma, is no part of the address.
    const firmFirst = (t: string, i: number) => {
      const head = /^([^\d,.]{3,}?)[.,]\s+(?=\S)/u.exec(t);
      const firm = nameKey(fields.company);
      if (i || !head || firm.length < 3 || !nameKey(head[1]!).startsWith(firm)) return t;
      const rest = t.slice(head[0].length);
      return addressCues(rest) >= 1 ? rest : t;
    };
    const joined = addr.map((s, i) => trimPunct(firmFirst(unlabel(unIcon(street(house(mendNumberSign(mendLetterNoughts(mendStreetWords(s.text)))))), i), i))).join(', ').replace(/\s+,/g, ',').replace(/,,+/g, ',');
    // "Moscow 115290, Russio": the country that closes an address, one letter misread.
    fields.address = joined.replace(/(?<=[\s,])(\p{L}{5,})$/u, (w) => respellCountry(w));
    if (country === 'GB') fields.address = mendUkPostcode(fields.address);
    // "Můnchen" (seed 73 s2_003): an ü read with a ring or an accent German never writes.
    if (country === 'DE' || country === 'AT') fields.address = fields.address.replace(/[ůúùû]/g, 'ü').replace(/[ŮÚÙÛ]/g, 'Ü');
    // "SP, 01 310-293": a Brazilian postcode (CEP) read in two pieces (segments.ts keeps the first).
    // "Tokyo 102.0071 Japan" (seed 65 s2_026): a Japanese postcode's hyphen read as a dot.
    if (country === 'JP') fields.address = fields.address.replace(/(?<![\d.-])(\d{3})[.·](\d{4})(?![\d.-])/g, '$1-$2');
    if (country === 'BR') fields.address = fields.address.replace(/(?<![\d-])(\d{2}) (\d{3}-\d{3})(?![\d-])/g, '$1$2');
    sources.address = addr.map((s) => s.box);
    // Long free text: one misread letter makes it wrong, so OCR alone never claims it sure.
    setConf('address', (addr.length > 1 ? 0.88 : 0.8) * Math.min(...addr.map(ocrFactor)));
  }

  // A Korean or Chinese card's lines in its own script (korean.ts, chinese.ts) name its person,
  // post, company and address, where the rules for Latin and Cyrillic print read nothing or
  // junk. A card printed in both keeps a field those rules read well ("Sr. Director" beside
  // "協理"). Never sure: such print read from a photo.
  const own: ScriptFields = country === 'KR' ? koreanFields(segs) : CHINESE_COUNTRIES.has(country) ? chineseFields(segs) : {};
  const readWell = (f: 'name' | 'title' | 'company' | 'address') => !!fields[f] && (confidence[f] ?? 0) >= READ_WELL && /\p{L}{3}/u.test(fields[f]);
  // A company with its legal form in the card's own script ("高都汽車股份有限公司") wins over one
  // read without ("TOYOTA #158").
  const formedOver = (f: string, text: string) => f === 'company' && OWN_LEGAL_FORM.test(text) && !LEGAL_FORM.test(fields.company) && !OWN_LEGAL_FORM.test(fields.company);
  for (const f of ['name', 'title', 'company', 'address'] as const) {
    const v = own[f];
    if (!v || (readWell(f) && !formedOver(f, v.text))) continue;
    fields[f] = v.text;
    sources[f] = 'boxes' in v ? v.boxes : [v.box];
    confidence[f] = SCRIPT_CONFIDENCE;
  }
  if (own.name && fields.name === own.name.text) Object.assign(fields, { familyName: own.name.family, givenName: own.name.given, middleName: '' });
  calibrateChannels();
  fields.company = withoutRepeatedWord(withoutGluedAddress(jumbledInCapitals(fields.company)), [...fields.emails, ...fields.websites].map(hostOf))
    // "«ИМПУЛЬС.-ЭНЕРГО»" (seed 73 s2_033): a speck read as a dot before a hyphen between letters.
    .replace(/(?<=\p{L})\.-(?=\p{L})/gu, '-');
  if (country === 'TR' && fields.company) {
    const turkish = turkishCompany(fields.company);
    if (turkish !== fields.company) {
      fields.company = turkish;
      setConf('company', 0.85);
    }
  }
  fields.title = jumbledInCapitals(fields.title);
  // The OCR languages (English, Russian) have no accented letters: where the card's country writes
  // names with them, a name, title or company may have lost one, so none of them is sure unless
  // a Latin model with the accented letters read its lines alike (recognize.ts).
  const agreed = (f: FieldName) => !!sources[f]?.length && sources[f].every((b) => (opts.accentsAgreed ?? []).some((a) => inside(b, a)));
  if (ACCENT_COUNTRIES.has(country)) for (const f of ['name', 'title', 'company', 'department'] as const) if (confidence[f] !== undefined && !agreed(f)) setConf(f, 0.85);
  // A value is as OCR read it only when some reading that needed no repair gave it.
  const clean = (list: { value: string; repaired?: boolean }[]) => new Set(list.filter((x) => !x.repaired).map((x) => x.value));
  const cleanEmails = clean(ch.emails);
  const cleanSites = clean(ch.websites);
  const repairedFields: FieldName[] = [];
  if (fields.emails.length && !fields.emails.some((e) => cleanEmails.has(e))) repairedFields.push('emails');
  if (fields.websites.length && !fields.websites.some((w) => cleanSites.has(w))) repairedFields.push('websites');
  return { fields, confidence, sources, country, repaired: repairedFields };

  function setConf(f: keyof FieldConfidence, c: number) {
    confidence[f] = Math.min(confidence[f] ?? 1, c);
  }

  /**
   * "Sure" is a promise a person need not look: a value is only sure when a second piece of
   * evidence on the card agrees with it.
   */
  function calibrateChannels() {
    const cap = (f: keyof FieldConfidence, max: number) => confidence[f] !== undefined && setConf(f, max);
    const emailDomains = new Set(fields.emails.map((e) => e.split('@')[1]!));
    const siteDomains = new Set(fields.websites.map(bareDomain));
    const agree = [...emailDomains].some((d) => siteDomains.has(d.replace(/^www\./, '')));
    const byName = fields.emails.some((e) => !!name && ctx.emailLocals.length && (name.r.name >= 1.4 || e.split('@')[0]!.length <= 2));
    if (!(agree || byName)) cap('emails', 0.85);
    if (!agree) cap('websites', 0.85);
    // A number left unread, or numbers read in a guessed country, may be missing or wrong.
    const explicit = ch.phones.every((p) => /\+/.test(p.seg.text));
    // No e-mail and no website read: lines of the contact block were likely lost, a number with them.
    const blockRead = fields.emails.length + fields.websites.length > 0;
    if (ch.unreadDigits > 0 || !explicit || !blockRead) cap('phones', 0.85);
  }
}
