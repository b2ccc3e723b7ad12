import type { FieldName, OcrLine } from '../../shared/contact.js';
import { bareSite, hostOf } from './extract/channels.js';
import { CONFUSED, differingAt, oneLookalikeApart } from './extract/keywords.js';
import { extractFields } from './extract/fields.js';
import { domainStem } from './extract/roles.js';
import { isLatinCard } from './latin-reread.js';
import { SCRIPT_OF_COUNTRY } from './script-reread.js';
import { hasValue, lendField, type Recognized } from './recognize.js';

/**
 * The fields the second engine may fill where the first reading found nothing. Not the address:
 * on no set did it lend a right one, and on a card lying on a printed page it lent the page's
 * text ("cipal points and O the focal length, ku, …", realdev3 rd3_004) as one.
 */
const FILLED: FieldName[] = ['name', 'title', 'company', 'department', 'phones', 'emails', 'websites'];
/**
 * On a card in another script (Cyrillic, Hangul, Chinese) only what is printed in Latin letters
 * and digits there too: its numbers, e-mail and web addresses. The engine reads no Cyrillic.
 */
const FILLED_OFF_SCRIPT: FieldName[] = ['phones', 'emails', 'websites'];

/** Whether the card is printed in Latin letters: else the second engine reads only its contact lines. */
function latinPrint(draft: Recognized): boolean {
  if (SCRIPT_OF_COUNTRY[draft.country ?? ''] || !isLatinCard(draft.ocrLines)) return false;
  return !draft.ocrLines.some((l) => /[\u0400-\u04FF]{3}/u.test(l.text) && l.confidence >= 0.8);
}

/**
 * Whether a reading is worth the second engine's time: read by OCR, and missing a field most
 * cards print that the engine can read: on a Latin card a name, a company, a phone or an
 * e-mail; on a card in another script a phone or an e-mail. A card read well pays nothing.
 */
export function wantsSecondEngine(draft: Recognized): boolean {
  if (draft.method === 'qr' || !draft.ocrLines.length) return false;
  const core: FieldName[] = latinPrint(draft) ? ['name', 'company', 'phones', 'emails'] : ['phones', 'emails'];
  return core.some((k) => !hasValue(draft.fields, k));
}

/**
 * The first reading with the fields it lacks taken from the second engine's lines, extracted by
 * the same rules. Only empty fields are filled: where both engines read a field, the first
 * reading's rules were tuned on it. A lent field is never sure, and its boxes are the second
 * engine's (the same image's pixels).
 */
export function fillFromSecondEngine(draft: Recognized, lines: OcrLine[], country: string): Recognized {
  if (!lines.length) return draft;
  const other = extractFields(lines, { defaultCountry: draft.country ?? country });
  let out: Recognized = draft;
  // ("Jun JieWong": the person's name, read glued, is no company's, though the second engine's rules took it so.)
  const theName = (t: string) => t.toLowerCase().replace(/[^\p{L}]/gu, '') === draft.fields.name.toLowerCase().replace(/[^\p{L}]/gu, '');
  // "dhabi.ua" from "Abu Dhabi.UAE" (seed 63 s2_036): the second engine drops the space after a
  // comma, and an address's last words read as a bare web address; no web address is lent whose
  // name is a word of the card's address.
  const addressWords = new Set(draft.fields.address.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3));
  const ofAddress = (w: string) => !/^(?:https?:\/\/|www\.)/i.test(w) && addressWords.has(hostOf(w).split('.')[0]!);
  // (A card's e-mail read as a web address, its "@" as a letter, goes after every reading: contact-reread.ts withoutSiteScraps.)
  const sites = other.fields.websites.filter((w) => !ofAddress(w));
  const lender: typeof other = sites.length === other.fields.websites.length ? other : { ...other, fields: { ...other.fields, websites: sites } };
  const lendable = (k: FieldName) => !(k === 'company' && !!draft.fields.name && theName(other.fields.company));
  for (const k of latinPrint(draft) ? FILLED : FILLED_OFF_SCRIPT) if (!hasValue(draft.fields, k) && hasValue(lender.fields, k) && lendable(k)) out = lendField(out, k, lender);
  // "InvestAiberta" (the logo) beside tom.walsh@investalberta.ca: a lent company of one word a
  // look-alike letter off the card's own domain is spelt as the domain spells it, in its case.
  if (out.fields.company !== draft.fields.company) {
    const company = spelledByDomain(out.fields.company, [...out.fields.emails, ...out.fields.websites].map(hostOf));
    if (company !== out.fields.company) out = { ...out, fields: { ...out.fields, company } };
  }
  // "EMERALDCARPETANDPESTSERVICES.COM.AU" read whole by the second engine where the first read
  // "WWW.EMERALDCARPETAND SERVICES": the "www." the first engine saw before it is the address's.
  if (out.fields.websites !== draft.fields.websites) {
    const seen = draft.ocrLines.map((l) => l.text.toLowerCase().replace(/\s+/g, ''));
    const websites = out.fields.websites.map((w) => (/^(?:https?:\/\/|www\.)/i.test(w) || w.length < 8 || !seen.some((t) => t.includes(`www.${w.toLowerCase().slice(0, 8)}`)) ? w : `www.${w}`));
    out = { ...out, fields: { ...out.fields, websites } };
  }
  // An address the first reading cut short at an edge of its line, read whole by the second
  // engine: "ywork@gmail.com" for blueridgemassageandbodywork@gmail.com, "http://media.polito"
  // for http://media.polito.it/masala. Taken, never sure.
  // "michaeldin7 70@gmail.com" (real_707): the first reading broke a mailbox at a gap between its
  // letters and kept the tail; the second engine's whole address is taken where the first
  // reading's own line, its spaces dropped, spells it.
  const lineSpells = (v: string, o: string) => {
    const whole = o.toLowerCase();
    return whole.length > v.length && whole.endsWith(v.toLowerCase()) && draft.ocrLines.some((l) => l.text.toLowerCase().replace(/\s+/g, '').includes(whole));
  };
  for (const k of ['emails', 'websites'] as const) {
    const whole = out.fields[k].map((v) => other.fields[k].find((o) => (k === 'emails' ? mailCutShort(v, o) || lineSpells(v, o) : siteCutShort(v, o))) ?? v);
    if (whole.some((v, i) => v !== out.fields[k][i])) out = lendField(out, k, { ...other, fields: { ...other.fields, [k]: [...new Set(whole)] }, sources: { ...other.sources, [k]: out.sources[k] ?? [] } });
  }
  return out;
}

/** A company of one word respelt by the domain whose first part is it but for one look-alike letter (keywords.ts CONFUSED); else as read. */
export function spelledByDomain(company: string, domains: string[]): string {
  if (!/^[\p{Script=Latin}\d]{5,}$/u.test(company) || !/\p{L}{4}/u.test(company)) return company;
  const read = company.toLowerCase();
  for (const d of domains) {
    const stem = domainStem(d.toLowerCase());
    if (stem.length !== read.length || !oneLookalikeApart(read, stem, CONFUSED)) continue;
    const at = differingAt(read, stem)![0]!;
    const letter = company[at] === company[at]!.toUpperCase() ? stem[at]!.toUpperCase() : stem[at]!;
    return company.slice(0, at) + letter + company.slice(at + 1);
  }
  return company;
}

/** `cut` is `whole` with the start of its mailbox lost (or misread before a dot: "4.magyar" for gabriella.magyar), at the same domain. */
export function mailCutShort(cut: string, whole: string): boolean {
  const [box, domain] = cut.toLowerCase().split('@');
  const [wholeBox, wholeDomain] = whole.toLowerCase().split('@');
  if (!box || !wholeBox || domain !== wholeDomain || wholeBox.length <= box.length) return false;
  const tail = box.replace(/^[^a-z]+\./, '.');
  // Three letters or more lost: one or two before the mailbox are an icon the engine read as letters ("ekunde.b@" by its envelope).
  return tail.length >= 3 && wholeBox.length - tail.length >= 3 && wholeBox.endsWith(tail);
}

/** `cut` is the start of `whole`, its ending lost ("http://media.polito" of http://media.polito.it/masala). */
export function siteCutShort(cut: string, whole: string): boolean {
  const a = bareSite(cut);
  const b = bareSite(whole);
  return a.length >= 4 && b.length > a.length && b.startsWith(a) && /[./]/.test(b[a.length]!);
}
