import sharp from 'sharp';
import type { Box, ContactFields, DraftContact, FieldConfidence, FieldName, OcrLine } from '../../shared/contact.js';
import { colourForOcr, type CapturedImage } from '../capture/capture.js';
import { findDarkPanels, panelImage, panelLinesBack, withPanelLines } from './panels.js';
import { addsFields, betterLines, capAddedFields, keepsFields, lacksCoreField, longerLines, lostLines, withLines } from './second-look.js';
import { boxedAs, overlapShare } from './boxes.js';
import { knownNameWords } from './extract/names.js';
import { extractFields, type Extraction } from './extract/fields.js';
import { similarity } from './extract/scripts.js';
import { guessCountry } from './extract/phones.js';
import type { OcrEngine } from './ocr-pool.js';
import { linesToReread, mayHaveAccents, restoreAccents, withCedillas } from './accents.js';
import { relatinise, relatiniseContacts } from './latin-reread.js';
import { rereadInScript, SCRIPT_OF_COUNTRY } from './script-reread.js';
import { decodeQr } from './qr.js';
import { joinSplitLines } from './split-lines.js';
import { unreadRows } from './unread-rows.js';
import { readRunTogetherApart } from './run-together.js';
import { parsePayload } from './vcard.js';

/**
 * The e-mails and websites of `after` are worth the change from `before`: more of them, or as
 * many with some spelt otherwise; the other fields as they were.
 */
function betterAddresses(before: ContactFields, after: ContactFields): boolean {
  const others = (f: ContactFields) => JSON.stringify({ ...f, emails: [], websites: [] });
  if (others(before) !== others(after)) return false;
  const count = (f: ContactFields) => f.emails.length + f.websites.length;
  if (count(after) !== count(before)) return count(after) > count(before);
  return JSON.stringify([after.emails, after.websites]) !== JSON.stringify([before.emails, before.websites]);
}

/** A field lent by another reading of the image is shown for review, never sure. */
const LENT_CONFIDENCE = 0.6;

type Lendable = Pick<Extraction, 'fields' | 'confidence' | 'sources'>;
/** `to` with `field` taken from another reading (a name with its parts), never sure, boxed where that reading found it. */
export function lendField<T extends Lendable>(to: T, field: FieldName, from: Lendable): T {
  const parts = field === 'name' ? { givenName: from.fields.givenName, middleName: from.fields.middleName, familyName: from.fields.familyName } : {};
  return {
    ...to,
    fields: { ...to.fields, [field]: from.fields[field as keyof ContactFields], ...parts },
    confidence: { ...to.confidence, [field]: Math.min(from.confidence[field] ?? 0, LENT_CONFIDENCE) },
    sources: { ...to.sources, [field]: from.sources[field] ?? [] },
  };
}

export interface RecognizeOptions {
  defaultCountry?: string;
  /** Look again from the colour image when a core field is missing (second-look.ts); on unless false. */
  secondLook?: boolean;
  /** This image's OCR lines, already read: the first reading is not repeated. */
  firstLines?: OcrLine[];
  /** Read as sparse text (no layout analysis) instead of the usual reading, where the engine can. */
  sparse?: boolean;
  /** A view read as an empty page stays empty (ocr-pool.ts ReadOptions.noBlock). */
  noBlock?: boolean;
  /** Read inside a black frame (ocr-pool.ts FRAME_PX). */
  framed?: boolean;
  /** Threshold by neighbourhood, not page (ocr-pool.ts LOCAL_THRESHOLD). */
  localThreshold?: boolean;
  /**
   * With firstLines: the same image's lines as other readings already read them (framed, by
   * neighbourhood, sparse). The second look takes lines from them as from its own readings,
   * and does not read again in a way one of them was read.
   */
  alsoRead?: { lines: OcrLine[]; framed?: boolean; localThreshold?: boolean }[];
  /** With firstLines: the rows of print outside them, found already (unread-rows.ts). */
  unread?: Box[];
}

/**
 * A vCard that names the person, the company, a way to reach them and where they are (an
 * address or a web address) needs no OCR. One that stops at the phone and the e-mail leaves
 * out what the card prints beside the code (the office, the website), so the card is read too.
 * A MECARD always gets OCR too: it has no printed name order, no department and no phone kinds.
 */
function qrIsEnough(kind: string, f: ContactFields): boolean {
  return kind === 'vcard' && !!f.name && (f.phones.length > 0 || f.emails.length > 0) && !!f.company && (!!f.address || f.websites.length > 0);
}

/**
 * Fields a code words its own way, so exact as code but not as the card: a title or an address
 * shortened ("Chargé de développement" under "Chargée de développement réseaux"), a company's
 * legal name where the card prints its brand ("SentientGeeks Software & Consultancy Pvt Ltd." for
 * "SentientGeeks"), a link the card prints otherwise or not at all ("https://x.com", a short link).
 */
const CODES_OWN_WORDING: ReadonlySet<keyof FieldConfidence> = new Set(['title', 'address', 'company', 'websites']);

/** The QR's name as printed on the card, when OCR read the same person in another word order. */
function printedName(qrName: ContactFields, ocrName: ContactFields): ContactFields | null {
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);
  const ocrWords = new Set(words(ocrName.name));
  const qrWords = words(qrName.name);
  return qrWords.length && qrWords.every((w) => ocrWords.has(w)) ? ocrName : null;
}

const TEXT_FIELDS = ['name', 'title', 'company', 'department', 'address'] as const;
const QR_FIELDS: FieldName[] = ['name', 'title', 'company', 'department', 'phones', 'emails', 'websites', 'address'];

export function hasValue(f: ContactFields, k: FieldName): boolean {
  const v = f[k];
  return Array.isArray(v) ? v.length > 0 : !!v;
}

async function blankOut(png: Buffer, img: CapturedImage, b: { x: number; y: number; w: number; h: number }): Promise<Buffer> {
  const pad = Math.max(6, b.w * 0.06);
  const left = Math.max(0, Math.round(b.x - pad));
  const top = Math.max(0, Math.round(b.y - pad));
  const width = Math.min(img.cardWidth - left, Math.round(b.w + 2 * pad));
  const height = Math.min(img.cardHeight - top, Math.round(b.h + 2 * pad));
  if (width <= 0 || height <= 0) return png;
  const white = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).png().toBuffer();
  return sharp(png).composite([{ input: white, left, top }]).png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer();
}

async function withPanels(image: Buffer, lines: OcrLine[], ocr: OcrEngine): Promise<OcrLine[]> {
  const boxes = await findDarkPanels(image);
  if (!boxes.length) return lines;
  const panels = [];
  for (const box of boxes) {
    const p = await panelImage(image, box);
    let read = await ocr.recognize(p.png, { deskew: false });
    // A panel lit unevenly (a gloss, a shadow) may read only with its threshold taken by neighbourhood.
    if (!read.some((l) => l.confidence >= 0.5)) read = await ocr.recognize(p.png, { deskew: false, localThreshold: true });
    panels.push({ box, lines: panelLinesBack(read, p) });
  }
  return withPanelLines(lines, panels);
}

const siteDomain = (w: string) => w.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/?#]/)[0]!;

/** Every link of a contact is on the domain of one of its e-mail addresses. */
function linksAgree(f: ContactFields): boolean {
  const mail = new Set(f.emails.map((e) => e.split('@')[1]!.toLowerCase()));
  return f.websites.length > 0 && f.websites.every((w) => mail.has(siteDomain(w)));
}

/** A view read again (its second look) is not searched for a code again. */
const qrFound = new WeakMap<CapturedImage, ReturnType<typeof decodeQr>>();
function qrOf(img: CapturedImage): ReturnType<typeof decodeQr> {
  let hit = qrFound.get(img);
  if (!hit) {
    hit = decodeQr(img.card).then((h) => h ?? (img.cardQuad ? null : decodeQr(img.ocr)));
    qrFound.set(img, hit);
  }
  return hit;
}

/** QR first; OCR when there is no QR or it lacks fields. QR values win: they are exact. */
/** A draft, and the country extraction placed the card in (none for a card read from its code alone). */
export interface Recognized extends DraftContact {
  country?: string;
}

export async function recognize(img: CapturedImage, ocr: OcrEngine, opts: RecognizeOptions = {}): Promise<Recognized> {
  const hit = await qrOf(img);
  const payload = hit?.text ?? null;
  const country = opts.defaultCountry ?? 'US';
  const qr = payload ? parsePayload(payload, guessCountry(payload, country)) : null;
  const qrUseful = qr && qr.kind !== 'text';
  if (qr && qrUseful && qrIsEnough(qr.kind, qr.fields)) {
    const confidence: FieldConfidence = {};
    for (const k of QR_FIELDS) if (hasValue(qr.fields, k)) confidence[k] = 1;
    for (const k of CODES_OWN_WORDING) if (confidence[k]) confidence[k] = 0.85;
    // Each number is exact, but a card may print one its code leaves out (real_103's mobile), and
    // no print was read to say so: the set is for a person to look at.
    if (confidence.phones) confidence.phones = 0.85;
    return { fields: qr.fields, confidence, sources: {}, method: 'qr', qrPayload: payload, ocrLines: [] };
  }
  // The code's modules read as rows of garbage that cost OCR time: paint them out first.
  const image = hit?.box ? await blankOut(img.ocr, img, hit.box) : img.ocr;
  let lines = opts.firstLines ?? (opts.sparse && ocr.readSparse ? await ocr.readSparse(image) : await ocr.recognize(image, { deskew: !img.cardQuad, framed: opts.framed, localThreshold: opts.localThreshold, noBlock: opts.noBlock }));
  // Light print in dark panels of the card, read on its own (panels.ts). Best effort: a panel
  // that cannot be read leaves the whole reading as it was.
  if (!opts.firstLines) lines = await withPanels(image, lines, ocr).catch(() => lines);
  // A line of big print the page reading cut in two halves, read again whole (split-lines.ts).
  if (!opts.firstLines) lines = await joinSplitLines(image, lines, ocr).catch(() => lines);
  let ex = extractFields(lines, { defaultCountry: country });
  // Two columns the page reading ran into one line, each side read alone (run-together.ts);
  // taken where no field is lost by it. On the plain reading only: the readings made the other
  // ways lend their lines to the second look as read.
  if (!opts.firstLines && !opts.framed && !opts.localThreshold && !opts.sparse) {
    const apart = await readRunTogetherApart(image, lines, ocr).catch(() => lines);
    const exApart = apart === lines ? ex : extractFields(apart, { defaultCountry: country });
    if (apart !== lines && keepsFields(ex.fields, exApart.fields)) {
      lines = apart;
      ex = exApart;
    }
  }
  // A name, phone or e-mail missing (or only repaired from a misreading): its line may be ink the
  // grey image lost. A second look from the colour image, on such cards only, adds what it reads
  // where the first read nothing.
  let secondLook: OcrLine[] = [];
  const alsoRead = opts.alsoRead ?? [];
  const lacking = lacksCoreField(ex.fields, ex.repaired);
  // A card read several ways already (a doubtful one) is compared line by line with them even
  // when nothing core is missing: each way reads some lines better (a title cut short in one).
  // Rows of print the page layout left out altogether (a block of small lines taken for a
  // picture, a title in light grey under the name), each to be read as a line of its own
  // (unread-rows.ts). Looked for on every card: finding none costs one pass over the image.
  // The lines the rows are found against: `lines` may take other readings' lines below.
  const rowsRead = lines;
  const unread = opts.unread ?? (opts.secondLook !== false && ocr.readLines ? await unreadRows(image, rowsRead).catch(() => []) : []);
  if (opts.secondLook !== false && (lacking || alsoRead.length || unread.length)) {
    const deskew = !img.cardQuad;
    const readings = alsoRead.map((r) => r.lines);
    if (lacking) {
      const colour = await colourForOcr(img);
      readings.push(await ocr.recognize(hit?.box ? await blankOut(colour, img, hit.box) : colour, { deskew }));
      // And the grey image inside a black frame and thresholded by neighbourhood, unless it was
      // read so already: a threshold that fell above a photo's paper loses whole lines (ocr-pool.ts).
      if (!opts.framed && !alsoRead.some((r) => r.framed)) readings.push(await ocr.recognize(image, { deskew, framed: true }));
      if (!opts.localThreshold && !alsoRead.some((r) => r.localThreshold)) readings.push(await ocr.recognize(image, { deskew, localThreshold: true }));
    }
    // Rows lie outside the print of every line read (unread-rows.ts), though maybe inside a
    // line's box: one boxed over the row under it. Only the other readings' lines read them already.
    let rowLines: OcrLine[] = [];
    if (ocr.readLines && unread.length) {
      // A row is boxed to its ink (unread-rows.ts), often close under the next: read cut close too.
      const read: (OcrLine | null)[] = await ocr.readLines(image, unread, { bothCuts: true }).catch(() => []);
      // Boxed as the row was found: a single line's box takes in specks of the margin it was cut with.
      rowLines = read.flatMap((l, i) => (l ? [boxedAs(l, unread[i]!)] : []));
    }
    // A line another reading read whole where this one read only a part is taken from it, when
    // no field is lost by it.
    const longer = longerLines(lines, [...readings.flat(), ...rowLines]);
    if (longer.swapped.length) {
      const exLonger = extractFields(longer.lines, { defaultCountry: country });
      if (keepsFields(ex.fields, exLonger.fields)) {
        lines = longer.lines;
        ex = exLonger;
        secondLook = longer.swapped;
      }
    }
    // A line another reading read as more contact data is taken from it; lines where the first
    // reading read nothing are added.
    const repairedBoxes = ex.repaired.flatMap((f) => ex.sources[f] ?? []);
    const { lines: better, swapped } = betterLines(lines, [...readings.flat(), ...rowLines], country, repairedBoxes);
    const lost: OcrLine[] = [];
    for (const r of readings) lost.push(...lostLines([...better, ...lost], r));
    // A row read on its own where another reading read only a part of it ("Soles Man" for
    // "Soles Manoger") is taken whole. Rows were found outside the print of this reading's own
    // lines, not of the lines other readings lent.
    const added = longerLines(lost, rowLines).lines;
    added.push(...lostLines([...better.filter((l) => !rowsRead.includes(l)), ...added], rowLines));
    const changed = [...swapped, ...added];
    const merged = changed.length ? withLines(better, added) : lines;
    const exMerged = changed.length ? extractFields(merged, { defaultCountry: country }) : ex;
    if (addsFields(ex.fields, exMerged.fields, { before: ex.repaired, after: exMerged.repaired })) {
      lines = merged;
      ex = exMerged;
      secondLook = [...secondLook, ...changed];
    }
  }
  // A Latin card's words the English-and-Russian models read in Cyrillic letters ("Не!де" for
  // "Hellge") are read again with the Latin model (latin-reread.ts). Best effort, like accents.
  if (ocr.readLatinLines) {
    const latin = await relatinise(image, lines, { readLatinLines: (i, b) => ocr.readLatinLines!(i, b) }).catch(() => null);
    if (latin?.words) {
      lines = latin.lines;
      ex = extractFields(lines, { defaultCountry: country });
    }
    // A Russian card's e-mail and web lines read partly in Cyrillic look-alikes, the same way;
    // taken only where they then give an address they did not, or another one for each.
    const contacts = await relatiniseContacts(image, lines, { readLatinLines: (i, b) => ocr.readLatinLines!(i, b) }).catch(() => null);
    if (contacts?.words) {
      const exContacts = extractFields(contacts.lines, { defaultCountry: country });
      if (betterAddresses(ex.fields, exContacts.fields)) {
        lines = contacts.lines;
        ex = exContacts;
      }
    }
  }
  // A card from Korea, Taiwan or China (its phones, its mail service, its domain): its lines in
  // Hangul or Chinese, junk to the main models, are read again with that script's model
  // (script-reread.ts). Best effort, like the Latin one. Only the chosen reading pays for it
  // (read-card.ts looks again at such a card), not every view compared on the way.
  const script = SCRIPT_OF_COUNTRY[ex.country];
  if (script && ocr.readScriptLines && opts.secondLook !== false) {
    const again = await rereadInScript(image, lines, script, { readScriptLines: (m, i, b) => ocr.readScriptLines!(m, i, b), readScriptPage: ocr.readScriptPage && ((m, i) => ocr.readScriptPage!(m, i)) }).catch(() => null);
    if (again?.changed) {
      lines = again.lines;
      ex = extractFields(lines, { defaultCountry: country });
    }
  }
  // Where the card may print accented letters the main models cannot read (its country, a word
  // already accented, a legal form such as GmbH), the lines the text fields came from are read
  // again with the Latin model, which may only add the marks (accents.ts).
  if (ocr.readLatinLines && mayHaveAccents(ex.country, lines)) {
    const boxes = TEXT_FIELDS.flatMap((f) => ex.sources[f] ?? []);
    // Best effort: a failed second reading leaves the first one, which is a whole reading.
    const restored = await restoreAccents(image, lines, linesToReread(lines, boxes), { readLatinLines: (i, b) => ocr.readLatinLines!(i, b) }).catch(() => null);
    if (restored && (restored.words || restored.agreed.length)) {
      lines = withCedillas(restored.lines, ex.country);
      ex = extractFields(lines, { defaultCountry: country, accentsAgreed: restored.agreed });
    }
  }
  // A name or a title this reading found none of, where another reading of the same image
  // finds one: its line read apart from a neighbour this reading ran into it ("И ва H re) Ba Л
  // re) a Tel. +7 ..." for a name in spaced capitals beside the phone). Taken from that reading,
  // when its line is none this reading took for another field; never sure.
  // Extracted only when a field is missing: most cards have both.
  const unnamed = (['name', 'title'] as const).filter((f) => !ex.fields[f]);
  const others = opts.secondLook === false || !unnamed.length ? [] : alsoRead.map((r) => extractFields(r.lines, { defaultCountry: country }));
  for (const field of unnamed) {
    const taken = TEXT_FIELDS.filter((f) => f !== field).flatMap((f) => ex.sources[f] ?? []);
    const lent = others
      .filter((o) => o.fields[field] && !(o.sources[field] ?? []).some((b) => taken.some((t) => overlapShare(b, t) > 0.5)))
      // A name lent is one of names people have: a reading of a logo or a pattern may look like one.
      .filter((o) => field !== 'name' || knownNameWords(o.fields.name).given > 0)
      .sort((a, b) => (b.confidence[field] ?? 0) - (a.confidence[field] ?? 0))[0];
    if (lent) ex = lendField(ex, field, lent);
  }
  if (secondLook.length) ex = { ...ex, confidence: capAddedFields(ex.confidence, ex.sources, secondLook) };
  if (!qr || !qrUseful) return { ...ex, method: 'ocr', qrPayload: payload, ocrLines: lines };
  const fields = { ...ex.fields };
  const confidence = { ...ex.confidence };
  const sources = { ...ex.sources };
  for (const k of QR_FIELDS) {
    if (!hasValue(qr.fields, k)) continue;
    // A code that is only a link (a short link, a profile, a page) is no proof of the card's
    // website: the printed one stays; the link is kept only when the card prints none and it
    // is on the e-mail's domain.
    if (k === 'websites' && qr.kind === 'url') {
      const link = qr.fields.websites[0]!;
      const same = (w: string) => w.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
      const misread = ex.fields.websites.findIndex((w) => similarity(same(w), same(link)) >= 0.8);
      // Printed and encoded alike: the card's spelling, sure.
      if (ex.fields.websites.some((w) => same(w) === same(link))) confidence.websites = 1;
      // OCR misread a letter of the printed address the code spells exactly: the card's form, the code's letters.
      else if (misread >= 0) {
        const printed = ex.fields.websites[misread]!;
        fields.websites[misread] = printed.replace(/^((?:https?:\/\/)?(?:www\.)?).*$/i, `$1${same(link)}`);
        confidence.websites = 0.85;
      } else if (!ex.fields.websites.length && linksAgree({ ...ex.fields, websites: [link] })) {
        fields.websites = [link];
        confidence.websites = 0.85;
      } else if (!QR_FIELDS.some((f) => hasValue(ex.fields, f))) {
        // Nothing printed could be read (a blurred card): the code's link is all there is to keep.
        fields.websites = [link];
        confidence.websites = 0.5;
      }
      // Otherwise still worth keeping where a person sees it: the link the card's code points to.
      else fields.notes = [fields.notes, `QR: ${link}`].filter(Boolean).join('\n');
      continue;
    }
    (fields as Record<string, unknown>)[k] = qr.fields[k];
    // Exact as code; as the card only when the print agrees (or nothing printed was read).
    const norm = (f: ContactFields) => (k === 'phones' ? f.phones.map((p) => p.value).sort().join() : JSON.stringify(f[k]).toLowerCase());
    // The code's own wording is sure only where the print agrees (a title or an address, never).
    // A name of two words or more the print was not read to confirm is in the code's order: a
    // vCard writes the given name first, a Russian card prints the family name first
    // ("СЫСОЕВ РОДИОН" encoded as "Родион Сысоев").
    // A code's numbers the print was not read to confirm may be only some of the card's: real_103
    // prints a mobile its vCard leaves out.
    const unconfirmed = !hasValue(ex.fields, k) && (CODES_OWN_WORDING.has(k) || k === 'phones' || (k === 'name' && qr.fields.name.trim().includes(' ')));
    const agrees = !unconfirmed && (!hasValue(ex.fields, k) || norm(ex.fields) === norm(qr.fields));
    confidence[k] = agrees && k !== 'title' && k !== 'address' && (k !== 'websites' || linksAgree(qr.fields)) ? 1 : 0.85;
    delete sources[k];
  }
  // The code's note ("NOTE:", a MECARD's "NOTE:") is the card's owner's own words: kept first.
  if (qr.fields.notes) fields.notes = [qr.fields.notes, fields.notes].filter(Boolean).join('\n');
  // The same site printed as "www.x.ru" and encoded as "https://x.ru": the card's spelling is what people expect.
  const bare = (w: string) => w.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
  fields.websites = fields.websites.map((w) => ex.fields.websites.find((p) => bare(p) === bare(w)) ?? w);
  const name = printedName(qr.fields, ex.fields) ?? qr.fields;
  if (qr.fields.name) Object.assign(fields, { name: name.name, givenName: name.givenName, middleName: name.middleName, familyName: name.familyName });
  // A QR number without a kind takes the kind its printed label gives.
  if (qr.fields.phones.some((p) => p.kind === 'other')) {
    fields.phones = fields.phones.map((p) => (p.kind === 'other' ? { ...p, kind: ex.fields.phones.find((q) => q.value === p.value)?.kind ?? 'other' } : p));
    // The numbers are exact, their kinds only as good as the printed labels OCR read.
    confidence.phones = Math.min(0.85, ex.confidence.phones ?? 0.5);
  }
  return { fields, confidence, sources, method: 'qr+ocr', qrPayload: payload, ocrLines: lines, country: ex.country };
}
