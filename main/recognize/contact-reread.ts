import sharp from 'sharp';
import type { Box, OcrLine } from '../../shared/contact.js';
import { bareSite as bare, countryEndingMended, hostOf, siteScrap, validDomain } from './extract/channels.js';
import { differingAt } from './extract/keywords.js';
import { extractFields } from './extract/fields.js';
import { editDistance } from './extract/names.js';
import { lendField, type Recognized } from './recognize.js';
import { mailCutShort, siteCutShort } from './second-engine.js';

/**
 * An e-mail or web address the first engine read with doubt is read again by the second engine,
 * on its own line cut from the card: "masala@polite.it" for masala@polito.it, "horikawa@qzeal"
 * for gzeal, "azklinixa.ru" for azklinika.ru. On the real cards' crops a line read on its own
 * came back right where the same line read within the page did not ("trina.mondal@proindia.net"
 * read "prolndia", "it@grandcolumbus.com" read "t@"), and it costs ~50-150 ms, not a page's ~0.4 s.
 * Phone numbers read with doubt are read again the same way ("+44 131 258 4229" for 238 4229).
 */

/**
 * An address read at or above this is taken as it is. Of the stored readings' 431 cards with an
 * e-mail, 31% are under it, and they hold 30 of the 37 wrong e-mails.
 */
export const DOUBTED_BELOW = 0.7;
/**
 * Phone numbers read under this are read again: 58 of 284 cards (the real sets, seeds 21 and 29).
 * Over all groups, numbers one digit apart were mended 9 times and misread twice (a 6 read as 8, a 3 as 9).
 */
export const PHONES_DOUBTED_BELOW = 0.8;
/** At most this many lines are read again on one card: a card printed with a dozen numbers pays for no more. */
const MAX_LINES = 6;
/** At most this many letters apart: the same address misread, not another one on the line. */
const NEAR = 2;

/** Thin upright glyphs both engines confuse alike (i j l 1 I !): neither reading is the better witness of them. */
const thin = (s: string) => s.replace(/[ijl1!|]/gi, 'i');

/** The box grown round a line of print: half its height above and below, three times its height to the sides (a mailbox whose start the first reading lost). */
function around(b: Box, width: number, height: number): { left: number; top: number; width: number; height: number } | null {
  const px = Math.round(b.h * 3);
  const py = Math.max(4, Math.round(b.h * 0.5));
  const left = Math.max(0, Math.floor(b.x - px));
  const top = Math.max(0, Math.floor(b.y - py));
  const w = Math.min(width, Math.ceil(b.x + b.w + px)) - left;
  const h = Math.min(height, Math.ceil(b.y + b.h + py)) - top;
  return w >= 8 && h >= 8 ? { left, top, width: w, height: h } : null;
}

/** What on the card may witness an address's host: its other addresses' hosts, and its company's name. */
export interface Witnesses {
  hosts: string[];
  company: string;
}

/**
 * The second engine's reading of `mine`, when it reads the same address otherwise: a letter or two
 * apart, or whole where the first reading's mailbox starts in junk ("4.magyar" for
 * gabriella.magyar) or its web address stops short. Not where:
 * - they differ only in thin glyphs ("scmrjpm" and "scmripm"), or the second's host is no domain ("….cojp");
 * - the second is shorter: a letter it lost ("www.ala.ru" for www.alfa.ru);
 * - one mailbox is the other with a letter or two before it: an envelope icon read as a letter
 *   ("ej.rosenbaum"), or one lost;
 * - the card witnesses the first reading's host and not the second's ("www.dot.gov.in" beside
 *   "…@gov.in", read "dot.gow.in"; "horizon-systems.com" by Horizon Systems).
 */
/** "e-mail" as small print's misreadings of it spell it before a mailbox ("e-imaii", "email", "mail"). */
const LABEL_READ = /^(?:e[-_.]?)?[a-z]{0,2}(?:mai|ma|ai|ii)[a-z]{0,2}[:;.]?$/i;

export function betterReading(kind: 'emails' | 'websites', mine: string, theirs: string[], witnesses: Witnesses = { hosts: [], company: '' }): string | null {
  // The company's first words run together: "horizonsystems" of Horizon Systems Ltd. A part of a word says nothing ("polite" of Politecnico).
  const words = witnesses.company.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const firm = new Set(words.map((_, i) => words.slice(0, i + 1).join('')));
  const witnessed = (host: string) => {
    const stem = host.split('.')[0]!.replace(/[^\p{L}\p{N}]/gu, '');
    if (stem.length >= 4 && firm.has(stem)) return true;
    return witnesses.hosts.some((h) => h === host || h.endsWith('.' + host) || host.endsWith('.' + h));
  };
  const box = (u: string) => (u.includes('@') ? u.split('@')[0]!.toLowerCase() : '');
  const ending = (u: string) => hostOf(u).split('.').pop()!;
  const endsSo = (e: string) => witnesses.hosts.some((h) => h.split('.').pop() === e);
  for (const o of theirs) {
    if (bare(o) === bare(mine)) return null;
    if (kind === 'websites' ? siteCutShort(mine, o) : /^[^\p{L}]/u.test(box(mine)) && mailCutShort(mine, o)) return o;
  }
  // "ocelia-a@brightwaterholdings.com" for celia-a@brightwaterboldings.com: the envelope icon
  // before the address read as a letter, and the host read better. Their host, my mailbox. So
  // too the label glued on ("e-imaiitakashiinoue@lumenlabs.co.jp", seed 65 s2_001).
  const iconLetter = (o: string) => {
    const extra = box(o).slice(0, box(o).length - box(mine).length);
    const glued = (extra.length >= 1 && extra.length <= 2) || LABEL_READ.test(extra);
    return kind === 'emails' && box(mine).length >= 3 && extra && glued && box(o).endsWith(box(mine)) && hostOf(o) !== hostOf(mine) ? `${mine.split('@')[0]}@${o.split('@')[1]}` : o;
  };
  for (const o of theirs.map(iconLetter)) {
    const d = editDistance(bare(mine), bare(o));
    if (d === 0 || d > NEAR || Math.min(bare(mine).length, bare(o).length) < 6) continue;
    // "www.ala.ru" for www.alfa.ru (seed 21 s2_018): a letter the second engine lost in small print.
    if (bare(o).length < bare(mine).length) continue;
    if (thin(bare(mine)) === thin(bare(o)) || !validDomain(hostOf(o))) continue;
    if (kind === 'emails' && hostOf(o) === hostOf(mine) && (box(o).endsWith(box(mine)) || box(mine).endsWith(box(o)))) continue;
    if (hostOf(o) !== hostOf(mine) && witnessed(hostOf(mine)) && !witnessed(hostOf(o))) continue;
    // "….com.al" for ….com.au beside philip@emerald4012.com.au (heldout19 h19_016): the card's
    // other addresses end as the first reading does.
    if (ending(o) !== ending(mine) && endsSo(ending(mine)) && !endsSo(ending(o))) continue;
    // The second engine's spelling, with the first reading's scheme or "www." it may have left out.
    const lead = /^(?:https?:\/\/)?(?:www\.)?/i.exec(mine)![0];
    return kind === 'websites' && lead && !/^(?:https?:\/\/|www\.)/i.test(o) ? lead + o : o;
  }
  return null;
}

/**
 * The second engine's reading of a number the first read with doubt: the one number it read on
 * the line one digit apart, of the same length, and not another of the card's numbers
 * ("+44 131 258 4229" for +44 131 238 4229). None where it read the number as the first did.
 * Two digits apart, the second engine was as often wrong as right (seeds 31, 33, 35).
 */
export function betterNumber(mine: string, theirs: string[], card: string[]): string | null {
  if (theirs.includes(mine)) return null;
  // Not another country ("+55 77…" for +44 77…), nor the card's other number read there, a fax
  // the first reading gave another country ("+91 33 2243 2395" beside its "+1 332 243 2395").
  const another = (t: string) => card.some((c) => c !== mine && c.slice(-8) === t.slice(-8));
  const near = [...new Set(theirs)].filter((t) => !card.includes(t) && differingAt(t, mine)?.length === 1 && t.slice(0, 4) === mine.slice(0, 4) && !another(t));
  return near.length === 1 ? near[0]! : null;
}

/**
 * The reading with each e-mail and web address it doubted (read below DOUBTED_BELOW), and its
 * phone numbers when doubted (below PHONES_DOUBTED_BELOW), read again by the second engine on
 * their own lines, and taken from it where betterReading and betterNumber say so; a taken value
 * is never sure. `read` is the second engine (null where it cannot run here).
 */
export async function rereadContacts(draft: Recognized, card: Buffer, read: (image: Buffer) => Promise<OcrLine[] | null>, country: string): Promise<Recognized> {
  if (draft.method === 'qr') return draft;
  const kinds = (['emails', 'websites'] as const).filter((k) => draft.fields[k].length && (draft.confidence[k] ?? 0) < DOUBTED_BELOW && draft.sources[k]?.length);
  const phonesDoubted = draft.fields.phones.length > 0 && (draft.confidence.phones ?? 0) < PHONES_DOUBTED_BELOW && !!draft.sources.phones?.length;
  if (!kinds.length && !phonesDoubted) return draft;
  // The card is decoded once; each line is cut from its pixels. An e-mail and a web address on one line: the line is read once.
  const { data, info } = await sharp(card).raw().toBuffer({ resolveWithObject: true });
  const pixels = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const readings = new Map<string, Promise<OcrLine[] | null>>();
  /** The second engine's fields of the lines round the boxes. */
  const readAround = async (boxes: Box[]) => {
    const found: ReturnType<typeof extractFields>['fields'][] = [];
    for (const b of boxes) {
      const r = around(b, info.width, info.height);
      if (!r) continue;
      const key = `${r.left},${r.top},${r.width},${r.height}`;
      if (!readings.has(key) && readings.size >= MAX_LINES) continue;
      if (!readings.has(key)) readings.set(key, sharp(data, pixels).extract(r).png().toBuffer().then(read).catch(() => null));
      const lines = await readings.get(key)!;
      if (lines?.length) found.push(extractFields(lines, { defaultCountry: draft.country ?? country }).fields);
    }
    return found;
  };
  let out = draft;
  if (phonesDoubted) {
    const theirs = (await readAround(draft.sources.phones!)).flatMap((f) => f.phones.filter((p) => p.kind !== 'fax').map((p) => p.value));
    const phones = out.fields.phones.map((p) => {
      const other = p.kind === 'fax' ? null : betterNumber(p.value, theirs, out.fields.phones.map((q) => q.value));
      return other ? { ...p, value: other } : p;
    });
    if (phones.some((p, i) => p.value !== out.fields.phones[i]!.value)) out = lendField(out, 'phones', { fields: { ...out.fields, phones }, confidence: out.confidence, sources: out.sources });
  }
  for (const k of kinds) {
    const theirs = (await readAround(draft.sources[k]!)).flatMap((f) => f[k]);
    // Every other address on the card witnesses (the web address "brightwaterholdings.com" for the e-mail's).
    const others = (i: number) => [...out.fields.emails, ...out.fields.websites].filter((v) => v !== out.fields[k][i]).map(hostOf);
    const mended = out.fields[k].map((v, i) => betterReading(k, v, theirs, { hosts: others(i), company: out.fields.company }) ?? v);
    if (mended.every((v, i) => v === out.fields[k][i])) continue;
    out = lendField(out, k, { fields: { ...out.fields, [k]: [...new Set(mended)] }, confidence: out.confidence, sources: out.sources });
  }
  return out;
}

/**
 * The reading without a web address that is only a scrap of one of its e-mail addresses
 * ("botics.io" beside shanie.mckenzie@lumenrobotics.io): the first reading took the scrap for an
 * address of its own where the e-mail itself was read whole only later, by the second engine.
 */
export function withoutSiteScraps(draft: Recognized): Recognized {
  const websites = draft.fields.websites.filter((w) => !siteScrap(w, draft.fields.emails));
  if (websites.length === draft.fields.websites.length) return draft;
  const { websites: _conf, ...confidence } = draft.confidence;
  const { websites: _boxes, ...sources } = draft.sources;
  return websites.length ? { ...draft, fields: { ...draft.fields, websites } } : { ...draft, fields: { ...draft.fields, websites }, confidence, sources };
}

/**
 * Addresses whose country ending is a letter off the card's country's mended (channels.ts
 * countryEndingMended), after every reading: the address the ending is checked against may
 * have been read whole by the second engine only. A mended address is a guess, never sure.
 */
export function withCountryEndings(draft: Recognized): Recognized {
  const all = [...draft.fields.emails, ...draft.fields.websites];
  let out = draft;
  for (const k of ['emails', 'websites'] as const) {
    const mended = draft.fields[k].map((a) => countryEndingMended(a, draft.country, all) ?? a);
    if (mended.some((a, i) => a !== draft.fields[k][i])) out = lendField(out, k, { fields: { ...out.fields, [k]: mended }, confidence: out.confidence, sources: out.sources });
  }
  return out;
}
