import type { Phone } from '../../../shared/contact.js';
import { COUNTRY_CODES, isCountryCode } from './countries.js';
import { CONFUSED, EMAIL_LABEL, LABEL_ALONE, PROPRIETOR_MARK, TALL_CONFUSED, WEB_LABEL, WEB_LABEL_BEFORE, differingAt, oneLookalikeApart } from './keywords.js';
import { nameShape } from './names.js';
import { addressCues, titleScore } from './roles.js';
import { findPhones, labelKind } from './phones.js';
import { cardArea, withAreaCode } from './area-codes.js';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { freeMailSpelling, isFreeMail } from './places.js';
import { fixDigits, toLatin } from './scripts.js';
import { splitAt, type Segment } from './segments.js';
import { gapAcross, onOneRow, overlapShare } from '../boxes.js';

/** Generic TLDs, plus every country's code: a domain must end in one of them. */
const TLDS = new Set([
  'com', 'org', 'net', 'io', 'co', 'info', 'biz', 'me', 'ai', 'app', 'dev', 'tech', 'pro', 'online', 'site', 'store', 'group',
  'agency', 'studio', 'edu', 'gov', 'mil', 'int', 'tv', 'xyz', 'club', 'shop', 'media', 'design', 'digital', 'solutions',
  'consulting', 'company', 'global', 'world', 'asia', 'travel', 'law', 'legal', 'health', 'email', 'cloud', 'network', 'systems',
  // Newer endings seen on cards; none that reads as a word after a dot in ordinary text ("Co.Inc", "Ph.Tel").
  'aws', 'bank', 'space', 'today', 'news', 'blog', 'academy', 'institute', 'energy', 'events', 'finance', 'fund', 'capital',
  'partners', 'ventures', 'page', 'website', 'ngo', 'museum', 'aero', 'coop', 'jobs', 'mobi', 'berlin', 'london', 'nyc',
  'рф', 'su', 'uk', 'eu',
  ...COUNTRY_CODES.map((c) => c.toLowerCase()),
]);
/** Misreadings of common endings, seen on real cards. */
const TLD_FIX: Record<string, string> = { yn: 'vn', ry: 'ru', rn: 'ru', corn: 'com', cam: 'com', c0m: 'com', con: 'com', orq: 'org', rv: 'ru', jo: 'jp', ip: 'jp', vr: 'vn' };

// The local part may hold a comma OCR read for a dot ("s,biryukov@"), never at its ends.
// A domain never holds "_": one after the "@" is a dot OCR read low ("stroyproekt_.com", "cem_br");
// not before a space ("evergreen.ru_ http://..."), a speck at the address's end.
// "buma@iith.ac.in, http://www.iith.ac.in": a web address listed after the e-mail is no part of its domain.
// "pereira@ lumen -logistics.com.br": a space OCR put before a hyphen of the domain is no end of it.
const EMAIL_RE = /([\p{L}\d._%+-](?:[\p{L}\d._%+,-]*[\p{L}\d._%+-])?)\s?[@©®]\s?([\p{L}\d-]+(?:(?:\s?[.,]_?\s?|_[.,]?|\s(?=-\p{Ll}))(?!(?:https?|www)\b)[\p{L}\d-]+)*)/u;
/** "vanviet-ha@": a hyphen between a local part's words may be a dot OCR read low and wide; such an address is not sure. */
const HYPHENED = /[a-z]-[a-z]/;
/**
 * An e-mail is sure only when OCR read its own word at least this well: a dot lost between two
 * name parts ("hohnheiserk@" for hohnheiser.k@) came back at 0.86 in clean print. On seeds 21-25
 * of the second generator, 1 of the 7 e-mails marked sure with their word read at 0.85-0.88 was
 * wrong, and none of the 84 read at 0.88 or more.
 */
const AT_WORD_SURE = 0.88;
/** A phone number whose least-read group of digits is under this is not sure, however well its line read. */
const DIGITS_SURE = 0.88;
/** An e-mail label with no "@" after it on the line: the "@" itself was misread. */
const EMAIL_LABEL_ONLY = /^(?:e-?mail|email|mail|e|эл\.?\s?почта|почта)\s*[:.]?\s+(?=\S)/iu;
/**
 * "alexandrerouxésummitpariners.fr" after "Email": one token of a local part, one character that
 * cannot be in an address (an accented letter, "&", a bracket) and a domain with a dot: that
 * character is the "@".
 */
const AT_MISREAD = /(?<=^|\s)([a-z0-9._%+-]{2,})(?:[^\x00-\x7F]|[&()[\]{}])([a-z0-9-]{2,}(?:\.[a-z0-9-]+)+)(?=[\s.,;]*$|\s)/iu;
const EMAIL_ALL = new RegExp(EMAIL_RE.source, 'gu');
// After "www." one more part is enough ("www.novalogistics jp": the last dot read as a space).
// "www granit-treyd.com", "www, granit-energo.com", "www..ironbridge-trading.co.jp": the dot
// after "www" read as a space, a comma, or twice; "www.nigeria_savethechildren.net", a dot read low.
// "www.ambujacement.com . www.alccofine.com": a second address listed after the first is no part of it.
// "hitps://": the scheme's first t read as an i (or an l).
// ("Nttps//quantumworks.com.br": the h read as N, the colon lost before the slashes.)
const URL_RE = /((?:https?|h[il]tps?)\s?:\s?\/\/?|(?:[hN]ttps?|h[il]tps?)\/\/)?((?:www|mmm|ww|w\sww|ww\sw)(?:\s?[.,]\.?\s?|\s(?=[\p{L}\d-]+\s?\.))[\p{L}\d-]+(?:\s?[._]\s?(?!www[.,])[\p{L}\d-]+)*|[\p{L}\d-]+(?:\s?\.\s?(?!www[.,])[\p{L}\d-]+)+)(\/[^\s]*)?/iu;
const URL_ALL = new RegExp(URL_RE.source, 'giu');

function fixDomain(read: string): { domain: string; fixed: boolean } {
  let fixed = false;
  // "Qwww.apexcapital.com/": a globe icon read as a letter glued before the "www.".
  const d = read.replace(/^[qQgGoO0@©](?=[wW]{3}[.,])/, '');
  if (d !== read) fixed = true;
  // "wwowsummit...", "ww w.nova...": the dot read as a letter, a space between the w's.
  // "wwew.copperleaf-works.uk": or a letter read into the w's ("wow." before two more parts).
  const www = toLatin(d).replace(/^\s*(?:[wW]{2}[oO0][wW]|[wW]{2}[eEvV][wW]\s*[.,·]+|[wW][vVeE][wW]\s*[.,·]+|[wW][oO0][wW]\s*[.,·]+(?=[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+\.)|[wW]\s[wW]{2}\s*[-.,·]*|[wW]{2}\s[wW]\s*[-.,·]*|[wW]{3,4}\s*[-.,·]*|[wW]{2}\s*[-.,·]+|[mM]{3}\s*[.,·]+)\s*(?=[a-zA-Z0-9])/, (m) => {
    // "Www." is "www." in capitals, no misreading.
    if (m.replace(/\s/g, '').toLowerCase() !== 'www.') fixed = true;
    return 'www.';
  });
  if (www.includes('_')) fixed = true;
  // "www.www.alfa.ru": the prefix read twice.
  const once = www.replace(/^www\.(?:\s*www\s*[.,]\s*)+/i, 'www.');
  if (once !== www) fixed = true;
  const parts = once.toLowerCase().replace(/\s+/g, '').replace(/[,_]/g, '.').replace(/[^a-z0-9.-]/g, '').split('.').filter(Boolean);
  // "sales@kedrru", "www.kedrru": the dot before a common ending lost.
  const last = parts[parts.length - 1] ?? '';
  const glued = parts.length - (parts[0] === 'www' ? 1 : 0) === 1 ? /^([a-z0-9-]{3,})(ru|com|jp|de|fr|net|org|ai|io|info|biz)$/.exec(last) : null;
  if (glued) {
    parts.splice(parts.length - 1, 1, glued[1]!, glued[2]!);
    fixed = true;
  }
  // "midlandici.com-hk": the dot before a country's ending read as a hyphen.
  const dashed = /^([a-z]{2,3})-([a-z]{2})$/.exec(parts[parts.length - 1] ?? '');
  if (dashed && TLDS.has(dashed[2]!) && /^(?:com|co|org|net|gov|edu|ac)$/.test(dashed[1]!)) {
    parts.splice(parts.length - 1, 1, dashed[1]!, dashed[2]!);
    fixed = true;
  }
  // "evergreen.co.jjp": a country's ending with its first letter read twice.
  const doubled = /^([a-z])\1([a-z])$/.exec(parts[parts.length - 1] ?? '');
  if (doubled && !TLDS.has(doubled[0]) && TLDS.has(doubled[1]! + doubled[2]!)) {
    parts[parts.length - 1] = doubled[1]! + doubled[2]!;
    fixed = true;
  }
  // "awww.tekhno-invest.ru" (seed 73 s2_011): a mark before "www" read as a letter.
  if (parts.length >= 3 && /^[a-z]www$/.test(parts[0]!)) {
    parts[0] = 'www';
    fixed = true;
  }
  const tld = parts[parts.length - 1] ?? '';
  if (!TLDS.has(tld) && TLD_FIX[tld]) {
    parts[parts.length - 1] = TLD_FIX[tld]!;
    fixed = true;
  }
  return { domain: parts.join('.'), fixed };
}

/** A web label, a scheme or "www" as small print reads them ("we.", "http. www"), then the address. */
const SPACED_SITE = /^(?:(?:url|web|website|site|сайт)\s?[:.]\s*)?(?:(https?)\s?[:.;]?\s?\/{0,2}\s?)?(?:(w{2,3}|we|vw)\s?[.,]?\s+|(w{3})[.,]\s*)?([a-z0-9][a-z0-9 .,-]{3,}?)\s*([/!])?$/iu;

/**
 * The web address a line spells with the letters of one of `mailDomains`, dots read as spaces or
 * lost ("www. bluefielddesign fr!" beside …@bluefielddesign.fr), or null. Only a line that starts
 * as a web address does: a web label, a scheme or "www".
 */
export function spacedSite(text: string, mailDomains: string[]): string | null {
  // An icon before it read as a mark ("> Web: …").
  const t = text.trim().replace(/^[^\p{L}\d]+\s*/u, '');
  const m = SPACED_SITE.exec(t);
  if (!m || !(m[1] || m[2] || m[3] || /^(?:url|web|website|site|сайт)/iu.test(t))) return null;
  const letters = (d: string) => d.toLowerCase().replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-');
  const body = letters(m[4]!.replace(/\s*-\s*/g, '-'));
  const domain = mailDomains.find((d) => d.includes('.') && !isFreeMail(d) && letters(d) === body);
  if (!domain) return null;
  const scheme = m[1] ? `${m[1].toLowerCase()}://` : '';
  return `${scheme}${m[2] || m[3] ? 'www.' : ''}${domain}${m[5] ? '/' : ''}`;
}

export function validDomain(d: string): boolean {
  const parts = d.split('.');
  return parts.length >= 2 && parts.every((p) => /^[a-z0-9-]+$/.test(p) && p.length > 0 && !/^-|-$/.test(p)) && TLDS.has(parts[parts.length - 1]!);
}

export const bareDomain = (site: string) => site.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0]!;
/** A web address as two readings of it compare: lower case, without its scheme, "www." or closing slash; its path kept. */
export const bareSite = (site: string) => site.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
/** The host an address names: an e-mail's domain, a web address's host. */
export const hostOf = (address: string) => (address.includes('@') ? address.split('@')[1]!.toLowerCase() : bareSite(address).split('/')[0]!);

/**
 * "botics.io" beside "sales@lumenrobotics.io": a bare web address that is the end of another
 * address's host, cut inside a word, is a scrap of that address read again, not one of its own.
 * So is "lperrinahemisphere-freight.com" beside lperrin@hemisphere-freight.com (real_603): the
 * e-mail read again with its "@" read as a letter, or lost.
 */
export function siteScrap(site: string, addresses: string[]): boolean {
  if (/^(?:https?:\/\/|www\.)/i.test(site)) return false;
  const tail = bareDomain(site).toLowerCase();
  const bare = bareSite(site);
  return addresses.some((a) => {
    const [box = '', domain = ''] = a.toLowerCase().split('@');
    if (box && domain && bare.startsWith(box) && bare.endsWith(domain) && bare.length - box.length - domain.length <= 1) return true;
    const host = hostOf(a);
    return host.length > tail.length && host.endsWith(tail) && /[\p{L}\p{N}]/u.test(host[host.length - tail.length - 1]!);
  });
}

/** A letter read for another in small print's endings: c for r (lumen.cu), e for c, o for a. */
const ENDING_LOOKALIKES = new Set(['cr', 'ec', 'ce', 'oa', 'ao']);

/**
 * "www.emeraldcarpetandpestservices.com.al" beside philip@emerald4012.com.au on an Australian
 * card: an address whose country ending is a letter off the card's country's, where another of
 * the card's addresses ends in the country's own, has that letter misread; so has a rare ending
 * a blurred letter off it, witness or none (ENDING_LOOKALIKES). Null when it stands.
 */
export function countryEndingMended(address: string, country: string | undefined, others: string[]): string | null {
  if (!country || !/^[A-Z]{2}$/.test(country)) return null;
  const own = country === 'GB' ? 'uk' : country.toLowerCase();
  const host = hostOf(address);
  const ending = /\.([a-z]{2})$/.exec(host)?.[1];
  const off = ending ? [...ending].flatMap((c, i) => (c !== own[i] ? [c + own[i]] : [])) : [];
  if (!ending || ending === own || off.length !== 1) return null;
  // Without a witness only a rare ending whose odd letter small print blurs into the own one's:
  // "lumen.cu" on a card of Russia is lumen.ru; "shop.al" on one of Australia may be Albania's.
  const blurred = !COMMON_TLDS.has(ending) && ENDING_LOOKALIKES.has(off[0]!);
  if (!blurred && !others.some((o) => o !== address && hostOf(o).endsWith(`.${own}`))) return null;
  const at = address.toLowerCase().lastIndexOf(host) + host.length;
  return `${address.slice(0, at - 2)}${own}${address.slice(at)}`;
}

/**
 * The card's web address's spelling of an e-mail domain OCR misread, or null: one look-alike
 * letter apart ("restr.com" beside www.rcstr.com), or a dot read as a hyphen where the web
 * address has it ("hyderabad.bits-pilani-ac.in" beside universe.bits-pilani.ac.in).
 */
/** Endings most cards' addresses have: one misread into another ending is mended only towards these. */
const COMMON_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'ru', 'de', 'uk', 'jp', 'cn', 'br', 'fr', 'it', 'in', 'us', 'vn', 'kr', 'tw', 'sg', 'au', 'ca', 'ch', 'nl', 'es', 'pl', 'se', 'ae', 'tr', 'my', 'id', 'th', 'ph', 'hk', 'be', 'at', 'dk', 'no', 'fi', 'cz', 'ua', 'by', 'kz', 'io']);

function siteSpelling(domain: string, sites: string[]): string | null {
  // A site's registered part: "universe.bits-pilani.ac.in" -> "bits-pilani.ac.in".
  const bases = sites.map((d) => d.split('.')).map((p) => p.slice(p.length > 2 ? 1 : 0).join('.'));
  if (sites.includes(domain) || bases.some((b) => domain.endsWith(`.${b}`))) return null;
  const lookAlike = sites.find((d) => oneLookalikeApart(d, domain, CONFUSED, TALL_CONFUSED));
  if (lookAlike) return lookAlike;
  // "linh_bui@oapextrading.com" beside www.apextrading.com: an icon read as a letter after the "@".
  const iconed = sites.find((d) => domain.length === d.length + 1 && domain.endsWith(d) && !d.startsWith('www.') && d.split('.')[0]!.length >= 5);
  if (iconed) return iconed;
  // "ritmgrupp.cu" beside www.ritmgrupp.ru: a letter of the ending misread into a rare one.
  const ending = (d: string) => d.slice(d.lastIndexOf('.') + 1);
  const common = sites.find((d) => {
    const at = differingAt(d, domain);
    return at?.length === 1 && at[0]! > d.lastIndexOf('.') && COMMON_TLDS.has(ending(d)) && !COMMON_TLDS.has(ending(domain));
  });
  if (common) return common;
  for (let i = domain.indexOf('-'); i >= 0; i = domain.indexOf('-', i + 1)) {
    const dotted = `${domain.slice(0, i)}.${domain.slice(i + 1)}`;
    if (bases.some((b) => b.split('.').length >= 3 && (dotted === b || dotted.endsWith(`.${b}`)))) return dotted;
  }
  return null;
}

/** "TEL (VN mobile): 093-8123743", "JP (+81) ...": a country named on the line itself goes first. */
function lineCountries(text: string, countries: string[]): string[] {
  const named = [...text.matchAll(/(?:^|[\s(])([A-Z]{2})(?=[\s):])/g)].map((m) => m[1]!).filter((c) => isCountryCode(c) && c !== 'ID' && c !== 'IT' && c !== 'AM' && c !== 'PM' && c !== 'NO');
  return named.length ? [...new Set([...named, ...countries])] : countries;
}

export interface Channels {
  /** `initial`: a lone letter OCR printed before the address with a space ("f medvedeva@..."): a dot it lost, or an icon. */
  emails: { value: string; seg: Segment; conf: number; initial?: string; lead?: string; gapWord?: string; repaired?: boolean }[];
  websites: { value: string; seg: Segment; conf: number; repaired?: boolean }[];
  phones: { phone: Phone; seg: Segment; conf: number }[];
  /** Segments taken by contact values. */
  used: Set<Segment>;
  /**
   * Text sharing a line with a contact value, cut off as a segment of its own: a person's name
   * before a number ("Mahender Kumar © 92156-26059"), a title before an e-mail.
   */
  rests: Segment[];
  /** Digit runs that look like a phone number but were not read as one: phones are then not sure. */
  unreadDigits: number;
}

/** Contact values: the least ambiguous text on a card, read first; their domains identify the company. */
export function findChannels(segs: Segment[], countries: string[]): Channels {
  const area = cardArea(segs.map((s) => s.text).join('\n'), countries[0]);
  const out: Channels = { emails: [], websites: [], phones: [], used: new Set(), rests: [], unreadDigits: 0 };
  // Bare domains printed among other words ("InvestAlberta.ca @invest_alberta"): the card's web address where an e-mail is at it.
  const bareSites: Channels['websites'] = [];
  const ocrFactor = (s: Segment) => (s.conf >= 0.85 ? 1 : s.conf >= 0.7 ? 0.92 : 0.75);
  // An e-mail is as sure as its own word, not its label's, and surer still only at AT_WORD_SURE.
  const emailFactor = (s: Segment) => ocrFactor({ ...s, conf: Math.min(s.conf, s.atConf ?? 1) }) * ((s.atConf ?? 1) < AT_WORD_SURE ? 0.92 : 1);
  // Web addresses cut short ("www: www.tekhno-medi" at the card's edge): completed from an e-mail's domain below.
  const cutSites: { value: string; seg: Segment }[] = [];
  // Addresses whose ending OCR lost ("name@granitepeak™"): completed from the website below.
  const cutEmails: { local: string; domain: string; seg: Segment }[] = [];
  const bareByLine = new Map<number, { value: string; x: number; listed: boolean }[]>();
  for (const s of segs) {
    let hit = false;
    let atRepaired = false;
    const labelled = !/@/.test(s.text) ? EMAIL_LABEL_ONLY.exec(s.text) : null;
    const raw = labelled
      ? s.text.replace(AT_MISREAD, (m, local: string, domain: string) => {
          if (!validDomain(fixDomain(domain).domain)) return m;
          atRepaired = true;
          return `${local}@${domain}`;
        })
      : s.text;
    const text = raw
      // "name(@domain": a speck beside the "@" read as a bracket.
      .replace(/[([{]@|@[)\]}]/g, '@')
      // "www merdianfoods com" (seed 65 s2_027): both dots of a web address read as spaces; only
      // after "www" and before a common ending, where no words could stand.
      .replace(/(?<=^|\s)(www)\s([a-z0-9-]{3,})\s(com|net|org|ru|jp|de|uk|io|biz|info)(?=\s*$|\/)/giu, '$1.$2.$3')
      // "http:/Awww.lumen.com": the second slash read as a letter.
      .replace(/(\bh[tl]{2}ps?:)\/[A-Za-z](?=www[.,])/g, '$1//')
      // "osipova.|@orbitaproekt.ru": an l (an initial, mostly) of the local part read as a bar.
      .replace(/(?<=[a-z0-9._-])\|(?=[a-z0-9._-]*@[a-z0-9-]+\.)/gi, 'l')
      // "neelpatel@1061995@gmail.com": one address has one "@"; the first, before digits, is a 0 misread.
      .replace(/(?<=[a-z0-9._-])@(?=\d[a-z0-9._-]*@[a-z0-9-]+\.)/gi, () => {
        atRepaired = true;
        return '0';
      })
      .replace(EMAIL_LABEL, '')
      .replace(WEB_LABEL, (m) => (/^www/i.test(m) ? m : ''))
      // "EMAIL name@vertex.com WEB-www.vertex.com": a web label joined to the address by a dash.
      .replace(/(?<=^|\s)(?:web|website|url|site)\s?-\s?(?=www[.,])/giu, '')
      // "asahi-san.co,jp": a comma read for the dot before a domain's last part.
      .replace(/([a-z0-9-]\.[a-z0-9-]+),\s?([a-z]{2,3})\b/g, '$1.$2');
    // A domain without a dot ("sales@kedrru") only after a real "@" and when no address with a
    // dot is on the line ("NETWORKS @ Email akiko@northstar.jp"): "Copyright © Acme" is no address.
    // "name@relianceada.com. www.bsesdelhi.com": an address and a web address on one line end where "www" starts.
    const all = [...text.matchAll(EMAIL_ALL)]
      // "IT PRODUCTS ® www.svsitproducts.com": an icon before a web address, not an e-mail's "@".
      .filter((m) => !/^www[.,]/i.test(m[2]!))
      // "InvestAlberta.ca @invest_alberta": a social handle after a space, no e-mail's domain.
      .filter((m) => !(/\s@[\p{L}\d_]+$/u.test(m[0]) && m[2]!.includes('_') && !validDomain(fixDomain(m[2]!).domain)))
      .map((m) => {
        // "name@gmail.com, Website : www...": a comma and a capitalised word start the next value.
        const cut = /\s?[.,]\s?www(?=\s?[.,])/i.exec(m[2]!) ?? /,\s?(?=\p{Lu})/u.exec(m[2]!);
        if (!cut) return m;
        const shorter = Object.assign([m[0].slice(0, m[0].length - (m[2]!.length - cut.index)), m[1]!, m[2]!.slice(0, cut.index)], { index: m.index, input: m.input }) as RegExpExecArray;
        return shorter;
      });
    const em = all.find((m) => /[.,]/.test(m[2]!)) ?? all.find((m) => m[0].includes('@')) ?? null;
    // The text the address took, as read (a gap inside its domain included).
    let taken = em?.[0] ?? '';
    if (em) {
      // "t. brooks@..." : OCR put a space after the initial.
      const before = text.slice(0, em.index);
      // "ben .jones@...": the separator went with the address, the word before it stayed apart.
      // An address never starts with a separator: the word is its first part (an initial, or a
      // name part, kept as "tomoko. inoue@" below), and the address is our mending, never sure.
      const sep = /^[._-]/.exec(em[1]!)?.[0];
      const dangling = sep ? /(?:^|\s)(\p{L}+)\s$/u.exec(before)?.[1] : undefined;
      let initial = '';
      let lone: string | undefined;
      // "tomoko. inoue@...": a whole word and its separator before the address, kept when it is a name part.
      let lead: string | undefined;
      let gap: string | undefined;
      // "E-mail: \adislav_evdokimov@...": a backslash glued to the address's start is its "l"
      // (a bar is not: cards print it between a number and the address).
      const stroke = !sep && /(?:^|\s)\\$/.test(before);
      if (dangling && dangling.length === 1) initial = dangling;
      else if (dangling) lead = dangling + sep;
      else if (stroke) initial = 'l';
      // "|.zykova@", "|.lecomte@": an initial l read as a bar before its dot.
      else if (sep && /(?:^|\s)\|$/.test(before)) initial = 'l';
      else {
        initial = /(?:^|\s)(\p{L}[._-])\s$/u.exec(before)?.[1] ?? '';
        if (!initial) lone = /(?:^|\s)(\p{L})\s$/u.exec(before)?.[1];
        if (!initial) lead = /(?:^|\s)(\p{L}{2,}[._-])\s$/u.exec(before)?.[1];
        // "alla petrova@...": a word and a gap before the address, no separator read. The
        // underscore, thin and below the line, is the separator OCR loses to a gap; fields.ts
        // joins the word on by it when the word and the address spell two parts of the name.
        if (!initial && !lone && !lead) gap = /(?:^|[\s_])(\p{L}{2,})\s$/u.exec(before)?.[1];
        if (gap && /^(?:e-?mail|mail|почта|эл)$/iu.test(gap)) gap = undefined;
      }
      // "robert. smith@acme.com" alone on its line: the space after the dot is OCR's (small print
      // reads spaced), whether or not the word is a part of the name on the card; our mending, never sure.
      const alone = !!lead && before.trim() === lead && !/^(?:e-?mail|mail|почта|эл)[._-]$/iu.test(lead) && !text.slice(em.index + em[0].length).trim();
      if (alone) {
        initial = lead!;
        lead = undefined;
      }
      const local = toLatin(initial + em[1]!).toLowerCase().replace(/^(e-?mail|email|mail)[:.]?/, '').replace(/,/g, '.').replace(/[^a-z0-9._%+-]/g, '').replace(/^[._-]+/, '');
      let { domain, fixed } = fixDomain(em[2]!);
      if (sep || stroke || alone) fixed = true;
      // "luciousbarrows@tidewaterpartners uk", "hbui@ nove - robotics com vn": spaces read for the
      // dots before the last parts, and around a hyphen.
      // A gap between two words of the name ("nove robotics com vn") is a hyphen OCR dropped: glued words have none.
      const after = text.slice(em.index + em[0].length);
      // "muge.alanbay@f migroupe-france.com": a gap OCR read inside the domain's first word.
      const gapped = /^[a-z0-9-]{1,3}$/.test(em[2]!) ? /^\s([a-z0-9-]{3,}(?:\.[a-z0-9-]+)+)(?![\p{L}\d@])/u.exec(after) : null;
      if (gapped && validDomain(`${domain}${gapped[1]}`)) {
        domain = `${domain}${gapped[1]}`;
        taken += gapped[0];
        fixed = true;
      }
      const spaced = /^((?:(?:\s?-\s?|\s)[a-z0-9]{2,})*?)((?:\s?[.,]?\s[a-z]{2,3}){1,2})(?![\p{L}\d@-])/u.exec(after);
      if (!/[.,]/.test(em[2]!) && spaced) {
        const joined = `${domain}${spaced[1]!.replace(/\s*-\s*|\s+/g, '-')}.${spaced[2]!.replace(/[.,]/g, ' ').trim().split(/\s+/).join('.')}`;
        if (validDomain(joined)) {
          domain = joined;
          fixed = true;
        }
      }
      // "elisa-p@bluefieldtechnologies.com br": a space read for the dot before the country's
      // ending of a second-level domain (.com.br, .co.uk), on a card of that country.
      const cc = /^\s([a-z]{2})(?![\p{L}\d@.-])/u.exec(text.slice(em.index + em[0].length));
      if (cc && /[.,]/.test(em[2]!) && /\.(?:com|co|net|org|gov|edu|ac|or|ne)$/.test(domain) && cc[1] !== 'us' && countries.some((c) => c.toLowerCase() === (cc[1] === 'uk' ? 'gb' : cc[1])) && validDomain(`${domain}.${cc[1]}`)) {
        domain = `${domain}.${cc[1]}`;
        fixed = true;
      }
      // "геуез_опей(@закига.ик": an address read in Cyrillic letters is spelt from their Latin
      // look-alikes (з as 3 or z?), a guess as much as a mended dot.
      if (atRepaired || em[1]!.includes(',') || /\p{Script=Cyrillic}/u.test(em[0])) fixed = true;
      if (local && !validDomain(domain)) cutEmails.push({ local, domain, seg: s });
      if (local && validDomain(domain)) {
        const value = `${local}@${domain}`;
        if (!out.emails.some((e) => e.value === value)) out.emails.push({ value, seg: s, conf: (fixed || /[©®,]/.test(em[0]) ? 0.8 : HYPHENED.test(local) ? 0.85 : 0.97) * emailFactor(s), ...(fixed ? { repaired: true } : {}), ...(lone ? { initial: toLatin(lone).toLowerCase() } : {}), ...(lead ? { lead: toLatin(lead).toLowerCase() } : {}), ...(gap ? { gapWord: toLatin(gap).toLowerCase() } : {}) });
        hit = true;
      }
    }
    // "Email: khalid_nasser@" and nothing read after it (the domain lost, or set apart as a word
    // of its own): the local part is kept for the card's one web address to complete below.
    // Only an address glued to its "@", on a line labelled as one or with a separator in it: "Follow us @" is none.
    const bare = em ? null : /(?:^|\s)([a-z0-9][a-z0-9._%+-]{2,})@$/i.exec(text.trim());
    if (bare && (EMAIL_LABEL.test(s.text) || /[._-]/.test(bare[1]!))) cutEmails.push({ local: bare[1]!.toLowerCase(), domain: '', seg: s });
    // "website-grandcolumbus.com": a label glued to the address by a dash is no part of it.
    const rest = (em ? text.replace(taken, ' ') : text).replace(/^(web|website|url|site)[-–](?=[\p{L}\d])/iu, '$1: ');
    // "RO D U i. S ® www.svsitproducts.com": a web address the line spells out wins over specks shaped like one.
    const urls = [...rest.matchAll(URL_ALL)];
    const url = urls.find((u) => u[1] || /^(?:www|mmm|ww)\s?[.,]/i.test(u[2]!)) ?? urls[0] ?? null;
    // "mmm. newbees. jp": OCR's spaces around the dots are not the address's.
    // ("Dept. IT" is not "dept.it": only lower-case text is read so, or a word and a small
    // ending with a path after it, "Linkedin. com/in/anna-smith".)
    const pathed = !!url?.[3] && url[3].length > 1 && /^[\p{L}\d-]+\.\s[a-z]{2,}$/u.test(url[2]!);
    const spaced = url && (!/\p{Lu}/u.test(url[2]!) || pathed) ? url[2]!.replace(/\s/g, '') : (url?.[2] ?? '');
    if (url && (url[1] || /^(?:www|mmm|ww)\./i.test(spaced) || /\.[a-zа-я]{2,}/iu.test(spaced))) {
      let { domain, fixed } = fixDomain(url[2]!);
      // "www.novalogistics jp": a space read for the dot before the last part.
      const tail = /^\s([a-z]{2,3})(?![\p{L}\d.@-])/u.exec(rest.slice(url.index + url[0].length));
      if (!validDomain(domain) && !url[3] && tail && validDomain(`${domain}.${tail[1]}`)) {
        domain = `${domain}.${tail[1]}`;
        fixed = true;
      }
      // "www.nova-media.comy/": a speck read as a letter after a common ending no list holds so.
      const speck = /\.([a-z]{2,4})[a-z]$/.exec(domain);
      if (!validDomain(domain) && speck && COMMON_TLDS.has(speck[1]!)) {
        domain = domain.slice(0, -1);
        fixed = true;
      }
      const explicit = !!url[1] || domain.startsWith('www.') || WEB_LABEL.test(s.text) || WEB_LABEL_BEFORE.test(rest.slice(0, url.index)) || /\bvisit\b[^@]*$/i.test(rest.slice(0, url.index));
      // A digit in the name ("planet10tech.com") is fine when the line is nothing but the address.
      const alone = rest.trim().replace(/[.,;:/]+$/, '') === url[0].trim() && /[a-z]{3}/i.test(domain.split('.')[0]!);
      // "ks.jp": the tail of an address OCR cut in two, unless the line says it is a web address.
      const label = domain.replace(/^www\./, '').split('.')[0]!;
      // "www.winz.team": after "www." or a scheme any ending of letters is a web address's, listed or not.
      // ("http://www.blu": "www." and a word is no address, its ending lost.)
      const spelt = validDomain(domain) || ((!!url[1] || domain.startsWith('www.')) && /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}$/.test(domain.replace(/^www\./, '')));
      // "neelpatel@1061995@gmail.com": a free mail provider's domain, left of an address OCR could
      // not read, is no web address of the card's.
      const mailProvider = !url[1] && !domain.startsWith('www.') && isFreeMail(domain) && /@/.test(rest);
      // "com.br", "co.uk": a country's second-level ending alone is the tail of an address OCR lost, no address.
      const endingAlone = /^(?:www\.)?(?:com|co|org|net|gov|edu|ac|or|ne|go)\.[a-z]{2}$/.test(domain);
      if (spelt && !mailProvider && !endingAlone && (explicit || alone || !/\d/.test(label)) && (explicit || label.length >= 3) && !/^\d/.test(domain)) {
        // "http:/": a slash lost.
        const scheme = url[1] ? toLatin(url[1]).toLowerCase().replace(/\s/g, '').replace(/^nt/, 'ht').replace(/^h[il]t/, 'htt').replace(/:?\/+$/, '://') : '';
        const value = `${scheme}${domain}${url[3] && url[3] !== '/' ? toLatin(url[3]) : ''}`;
        const onlyUrl = rest.replace(url[0], '').replace(/[^\p{L}\p{N}]/gu, '').length <= 3;
        if (onlyUrl || explicit) {
          if (!out.websites.some((w) => w.value === value)) out.websites.push({ value, seg: s, conf: (fixed ? 0.8 : explicit ? 0.96 : 0.85) * ocrFactor(s), ...(fixed ? { repaired: true } : {}) });
          hit = true;
        } else if (!url[3]) bareSites.push({ value, seg: s, conf: 0.85 * ocrFactor(s) });
      } else if (!spelt && !url[3] && (!!url[1] || domain.startsWith('www.'))) cutSites.push({ value: `${url[1] ? 'http://' : ''}${domain}`, seg: s });
    }
    const digits = (fixDigits(rest).match(/\d/g) ?? []).length;
    // "8218 23F6 98D1 D195 873D ...": a key's fingerprint in groups of hex digits, no phone.
    const fingerprint = (rest.match(/(?<![\p{L}\d])[0-9A-F]{4}(?![\p{L}\d])/gu) ?? []).filter((g) => /[A-F]/.test(g)).length >= 3;
    // "+81 90 487) 0566": a bracket no bracket opens, between digits, is most likely a digit misread
    // (a 1): the number as read may be valid yet short of it. Never sure.
    const bracketForDigit = /\d\)\s?\d/.test(rest) && !/\(\s?\d/.test(rest);
    if (digits >= 7 && !fingerprint) {
      // "Fax   0091 4563 230193": labels printed in a column of their own, apart from their numbers.
      // The column may be read as lines of its own, a label level with its number ("Fax" / ": 0091 4563 230193").
      const rowOf = (o: Segment) => o.line === s.line || (onOneRow(o.box, s.box) && LABEL_ALONE.test(o.text.trim()));
      const label = segs.find((o) => rowOf(o) && o !== s && o.box.x < s.box.x && /^\p{L}{1,9}\.?\s*[:.]?$/u.test(o.text.trim()) && !!labelKind(o.text) && !segs.some((m) => m !== o && (m.line === s.line || onOneRow(m.box, s.box)) && m.box.x > o.box.x && m.box.x < s.box.x));
      // "(47) 99901-4061 | 99152-0434": a number without its area code, set apart by a bar, takes the
      // one before it (the last number read there, as a whole: "… 6789/90 | 2345 6700").
      // ("… | 2345 6700 (R)": with a letter in brackets after it, marking home, office or fax.)
      const before = /^[\s\d-]{8,12}(?:\s*[([]\p{L}[)\]])?$/u.test(rest)
        ? out.phones.filter((p) => p.seg.line === s.line && p.seg.box.x < s.box.x).reduce<Channels['phones'][number] | undefined>((a, p) => (!a || p.seg.box.x >= a.seg.box.x ? p : a), undefined)
        : undefined;
      // The number with the label read apart from it, unless it has one of its own.
      const labelled = label && !labelKind(rest.slice(0, 8)) ? `${label.text.replace(/\s*[:.]?$/, ':')} ${rest}` : rest;
      let found = before
        ? findPhones(`${before.phone.value} / ${rest}`, lineCountries(before.seg.text, countries)).filter((p) => !out.phones.some((q) => q.phone.value === p.value))
        : findPhones(labelled, lineCountries(rest, countries));
      // "Phone : +91-44-24331181 (6 Lines)," over "24364430 (Extn. 136)": a second number run on to
      // the next line without its area code takes the code of the number above it. Seven digits
      // at least, and no ZIP+4: a postcode under a phone line is no number, nor a serial run into
      // its letters ("2767466E_Y1" on a circuit board's card).
      const leading = found.length ? null : (/^(\d[\d -]{5,9}\d)(?![\d\p{L}_-])/u.exec(rest.trim())?.[1] ?? null);
      const runOn = leading && leading.replace(/\D/g, '').length >= 7 && !/^\d{5}-\d{4}$/.test(leading) ? leading : null;
      // A mobile number above has no area code to lend ("+977 9841234567" over a Kathmandu landline).
      const above = runOn ? out.phones.filter((p) => p.seg.line === s.line - 1 && /^\+/.test(p.phone.value) && p.phone.kind !== 'mobile').at(-1) : undefined;
      if (runOn && above) found = findPhones(`${above.phone.value} / ${runOn}`, countries).filter((p) => !out.phones.some((q) => q.phone.value === p.value));
      // "Off. : 23323856" on a card from New Delhi: local numbers without the area code the address's city gives.
      let areaGuess = false;
      if (!found.length && area) {
        const coded = withAreaCode(labelled, area, getCountryCallingCode(area.country as CountryCode));
        if (coded) {
          found = findPhones(coded, [area.country]).filter((p) => !out.phones.some((q) => q.phone.value === p.value));
          areaGuess = found.length > 0;
        }
      }
      for (const p of found) {
        if (out.phones.some((q) => q.phone.value === p.value)) continue;
        const phone: Phone = { value: p.value, kind: p.kind };
        if (p.ext) phone.ext = p.ext;
        out.phones.push({ phone, seg: s, conf: areaGuess ? 0.7 : (p.outdated ? 0.6 : p.labelled ? 0.95 : 0.85) * ocrFactor(s) * (bracketForDigit ? 0.85 : 1) * ((s.digitConf ?? 1) < DIGITS_SURE ? 0.92 : 1) });
      }
      // "(47) 3081-3524 / (47) 3011-3132": numbers listed with a slash are two lines of one office.
      // So is a number that took its area code from the one before it on its row ("… 6789 | 2345 6700").
      const listed = !!before || /\d\s*[/|,]\s*[+(]?\d/.test(fixDigits(rest));
      for (const p of found) if (p.bare && p.fixedLine) bareByLine.set(s.line, [...(bareByLine.get(s.line) ?? []), { value: p.value, x: s.box.x, listed }]);
      const readDigits = found.reduce((n, p) => n + p.value.length - 1, 0);
      // Digits left over on a phone line (or a line with no phone) may be a number we missed.
      if (!hit && digits - readDigits >= 7 && !/\d{3}-\d{4}\b.*\p{L}|\p{L}.*\b\d{3}-\d{4}$/u.test(rest)) out.unreadDigits++;
      if (found.length) hit = true;
      const lead = found.length && !em ? nameBeforeNumber(s) : null;
      if (lead) out.rests.push(lead);
    }
    const title = em && hit ? titleBeforeEmail(s) : null;
    if (title) out.rests.push(title);
    if (hit) out.used.add(s);
  }
  // "MOB-+84 346 633 834" in a line read over the logo beside it, and "MOG-+84 346 833 834" read
  // on its own: one printed row read twice, a digit apart. The reading boxed to the row alone
  // stays: the other was read at the scale of the taller print it was run into; of two boxed
  // alike, the surer. (Numbers a digit apart on rows of their own, "…5651 0827" over
  // "…5651 0826", are two numbers.)
  type Found = Channels['phones'][number];
  const twice = (a: Found, b: Found) =>
    a.seg !== b.seg && a.seg.line !== b.seg.line && a.phone.kind === b.phone.kind && a.phone.value.length === b.phone.value.length && differingAt(a.phone.value, b.phone.value)?.length === 1 && overlapShare(a.seg.box, b.seg.box) >= 0.5;
  const better = (o: Found, p: Found) =>
    o.seg.box.h < p.seg.box.h * 0.8 || (o.seg.box.h <= p.seg.box.h * 1.25 && (o.conf > p.conf || (o.conf === p.conf && out.phones.indexOf(o) < out.phones.indexOf(p))));
  out.phones = out.phones.filter((p) => !out.phones.some((o) => o !== p && twice(p, o) && better(o, p)));
  // "+81 3 5361-6699 [fax icon] +81 3 3353-5588": two landlines side by side with only icons for
  // labels are a phone and its fax, as cards print them, when the card names no fax otherwise.
  const pair = [...bareByLine.values()].find((ps) => ps.length === 2 && !ps.some((p) => p.listed));
  const second = pair && [...pair].sort((a, b) => a.x - b.x)[1]!.value;
  if (second && pair[0]!.value !== pair[1]!.value && !out.phones.some((p) => p.phone.kind === 'fax'))
    for (const p of out.phones)
      if (p.phone.value === second) {
        p.phone.kind = 'fax';
        p.conf = Math.min(p.conf, 0.7);
      }
  const mailDomains = out.emails.map((e) => e.value.split('@')[1]!);
  // "www.tekhno-medi" beside matveeva.r@tekhno-media.ru: the start of the e-mail's domain, its
  // letters as read (six or more), is that domain; a guess, never sure.
  const letters = (d: string) => d.replace(/^www\./, '').replace(/[^a-z0-9]/g, '');
  for (const c of cutSites) {
    const cut = letters(bareDomain(c.value));
    const whole = cut.length >= 6 ? mailDomains.find((m) => letters(m).startsWith(cut) && letters(m).length > cut.length) : undefined;
    if (!whole || out.websites.some((w) => bareDomain(w.value) === whole)) continue;
    out.websites.push({ value: c.value.replace(bareDomain(c.value), whole), seg: c.seg, conf: 0.6, repaired: true });
    out.used.add(c.seg);
  }
  // "URL:harborjp" beside watanabe.s@harbor.jp: a web label before the e-mail's domain, its dots
  // lost; a guess, never sure.
  for (const s of segs) {
    const m = /^(?:url|web|website|site|сайт|www)\s?[:.]\s?([a-z0-9-]{4,})\s*$/iu.exec(s.text.trim());
    const whole = m ? mailDomains.find((d) => d.includes('.') && d.replace(/\./g, '') === m[1]!.toLowerCase()) : undefined;
    if (!whole || out.used.has(s) || out.websites.some((w) => bareDomain(w.value) === whole)) continue;
    out.websites.push({ value: whole, seg: s, conf: 0.6, repaired: true });
    out.used.add(s);
  }
  // "Web: www. bluefielddesign fr!", "http. www quantum -logistics.com", "we. mekongmedia ae/"
  // beside the e-mail's domain (seed 69): a web address read with its dots as spaces, its slash
  // as a mark. The e-mail's domain, with the scheme, "www." and closing slash the line shows; a
  // guess, never sure.
  for (const s of segs) {
    if (out.used.has(s) || s.text.includes('@')) continue;
    const site = spacedSite(s.text, mailDomains);
    if (!site || out.websites.some((w) => bareDomain(w.value) === bareDomain(site))) continue;
    out.websites.push({ value: site, seg: s, conf: 0.6, repaired: true });
    out.used.add(s);
  }
  // "www.oharboranalytics.ae" beside khalid@harboranalytics.ae: an icon read into the web address.
  for (const w of out.websites) {
    const d = bareDomain(w.value);
    // "www.ssc.govvn" beside khuongnv@ssc.gov.vn: a dot lost, the letters the e-mail's, in order.
    const same = mailDomains.find((m) => (d.length === m.length + 1 && d.endsWith(m) && !d.endsWith(`.${m}`)) || (m.length === d.length + 1 && m.replace(/\./g, '') === d.replace(/\./g, '') && m.split('.').length === d.split('.').length + 1));
    if (same) {
      w.value = w.value.replace(d, same);
      w.conf = Math.min(w.conf, 0.8);
      w.repaired = true;
    }
  }
  // "gmaii.com": a free mail provider's domain one look-alike letter off is the provider's.
  for (const e of out.emails) {
    const [local, domain] = e.value.split('@') as [string, string];
    const provider = freeMailSpelling(domain);
    if (!provider || out.websites.some((w) => bareDomain(w.value) === domain)) continue;
    e.value = `${local}@${provider}`;
    e.conf = Math.min(e.conf, 0.8);
    e.repaired = true;
  }
  // An e-mail's domain the card's web address spells a little differently is the web address's.
  // Unless the card prints the e-mail's spelling as a word of its own (its logo "inmarsat" beside
  // "inmorsat.com"): then the web address is the misread one.
  const sites = out.websites.map((w) => bareDomain(w.value));
  // (Outside e-mail addresses: the address itself is no second witness of its spelling.)
  const printed = new Set(segs.flatMap((s) => s.text.toLowerCase().replace(/[\p{L}\d._%+-]*@[\p{L}\d.-]+/gu, ' ').split(/[^\p{L}\d-]+/u)).filter((w) => w.length >= 4));
  for (const e of out.emails) {
    const [local, domain] = e.value.split('@') as [string, string];
    const mended = siteSpelling(domain, sites);
    if (!mended) continue;
    const stem = domain.split('.')[0]!;
    if (printed.has(stem) && !printed.has(mended.split('.')[0]!)) {
      for (const w of out.websites) if (bareDomain(w.value) === mended) Object.assign(w, { value: w.value.replace(mended, domain), conf: Math.min(w.conf, 0.8), repaired: true });
      continue;
    }
    e.value = `${local}@${mended}`;
    e.conf = Math.min(e.conf, 0.8);
    e.repaired = true;
  }
  for (const cut of cutEmails) {
    const stem = cut.domain.replace(/[^a-z0-9.-]/g, '').replace(/\.+$/, '');
    const sites = out.websites.map((w) => bareDomain(w.value));
    // "khalid_nasser@ com": all but the ending lost; the card's one web address with that ending is its domain.
    const byEnding = TLDS.has(stem) ? sites.filter((d) => d.endsWith(`.${stem}`)) : [];
    // "DPytlik@uvex-integrapl" beside uvex-safety.pl: the dot before the ending the card's web address has, lost.
    const ending = !stem.includes('.') ? sites.map((d) => d.split('.').pop()!).find((t) => t.length >= 2 && stem.length >= t.length + 4 && stem.endsWith(t) && validDomain(`${stem.slice(0, -t.length)}.${t}`)) : undefined;
    const site = sites.find((d) => stem.length >= 4 && d.startsWith(stem)) ?? (byEnding.length === 1 ? byEnding[0] : undefined) ?? (!stem && sites.length === 1 ? sites[0] : undefined) ?? (ending ? `${stem.slice(0, -ending.length)}.${ending}` : undefined);
    if (!site) continue;
    const value = `${cut.local}@${site}`;
    if (out.emails.some((e) => e.value === value)) continue;
    out.emails.push({ value, seg: cut.seg, conf: 0.8 * ocrFactor(cut.seg), repaired: true });
    out.used.add(cut.seg);
  }
  const atDomains = out.emails.map((e) => e.value.split('@')[1]!);
  if (!out.websites.length) {
    const site = bareSites.find((b) => atDomains.some((d) => d === bareDomain(b.value) || d.endsWith(`.${bareDomain(b.value)}`)));
    if (site) out.websites.push(site);
  }
  // "hellge@hhi.thg.de" over "hellge@hhi.fhg.de": one printed address read twice, one letter
  // apart, in one place. The better read stays, and neither is sure.
  for (const a of [...out.emails]) {
    const twin = out.emails.find((b) => b !== a && b.value.split('@')[0] === a.value.split('@')[0] && differingAt(a.value, b.value)?.length === 1 && onOneRow(a.seg.box, b.seg.box) && gapAcross(a.seg.box, b.seg.box) < 0);
    if (!twin || !out.emails.includes(a)) continue;
    const [keep, drop] = a.conf >= twin.conf ? [a, twin] : [twin, a];
    out.emails.splice(out.emails.indexOf(drop), 1);
    keep.conf = Math.min(keep.conf, 0.8);
  }
  return out;
}

/**
 * "Mahender Kumar © 92156-26059", "Prop. Rajesh Kumar 9812205280": a name printed on its
 * number's line, with only an icon between. The text before the number, when shaped like a
 * name (after a proprietor's mark), is a segment of its own.
 */
function nameBeforeNumber(s: Segment): Segment | null {
  const m = /[+(]?\d[\d\s().-]{5,}/.exec(s.text);
  return m ? leadBefore(s, m.index, (lead) => nameShape(lead.replace(PROPRIETOR_MARK, '')) > 0) : null;
}

/**
 * "General Manager - Owner  majd@compass-freight.net": a title on its e-mail's line. Or the
 * address's last line: "Hyderabad - 500 007. T.S info@measure-india.com".
 */
function titleBeforeEmail(s: Segment): Segment | null {
  const m = /\S+\s?@/.exec(s.text);
  return m ? leadBefore(s, m.index, (lead) => lead.split(/\s+/).length >= 2 && (titleScore(lead) >= 0.5 || (/\d/.test(lead) && addressCues(lead) >= 1))) : null;
}

/** The text before offset `at`, without the value's icon or label, as a segment, when `wanted`. */
function leadBefore(s: Segment, at: number, wanted: (lead: string) => boolean): Segment | null {
  if (at < 4) return null;
  const lead = s.text
    .slice(0, at)
    // The value's icon read as a mark or a lone letter, a label's colon.
    .replace(/(?:\s+(?:[^\p{L}\s]+|\p{L}))+\s*$/u, '')
    .replace(/^[^\p{L}]+/u, '')
    .trim();
  if (!lead || !wanted(lead)) return null;
  const start = s.text.indexOf(lead);
  return splitAt(s, [start, start + lead.length]).find((p) => p.text === lead) ?? null;
}
