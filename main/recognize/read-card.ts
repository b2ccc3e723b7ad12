import { SURE_CONFIDENCE, type DraftContact, type OcrLine } from '../../shared/contact.js';
import { polygonArea } from '../capture/quad.js';
import type { Point } from '../capture/homography.js';
import { intersectionArea } from './boxes.js';
import { MIN_ALTERNATIVE, SURE_CARD } from '../capture/find-card.js';
import { firstView, frameTurn, renderView, tiltOf, type Capture, type CapturedImage, type CardView, type Turn } from '../capture/capture.js';
import { deblurred } from './deblur.js';
import { readingEvidence, type Evidence } from './evidence.js';
import type { OcrEngine } from './ocr-pool.js';
import { recognize, type Recognized, type RecognizeOptions } from './recognize.js';
import { SCRIPT_OF_COUNTRY } from './script-reread.js';
import { knownNameWords, nameShape } from './extract/names.js';
import { lacksCoreField } from './second-look.js';
import { fillFromSecondEngine, wantsSecondEngine } from './second-engine.js';
import { PHONES_DOUBTED_BELOW, rereadContacts, withCountryEndings, withoutSiteScraps } from './contact-reread.js';
import { unreadRows } from './unread-rows.js';

/** A reading at or above this looks like a card read the right way up: nothing else is tried. */
export const GOOD_READING = 0.6;
/**
 * A frame read whole at or above this is taken as it is. Below it, though passable, a card
 * lying well inside a big frame got only a share of OCR's pixels: a sure outline is read too.
 */
export const CLEAR_READING = 0.8;
/** A sure outline under this share of the frame holds the card at a better scale than the frame read whole. */
const INSIDE_FRAME = 0.5;
/** An alternative must beat the first reading by this much: near-ties keep the first view. */
const MARGIN = 0.03;
/** A reading with this share of its long words boxed taller than wide read its lines running down the page. */
const VERTICAL_READING = 0.5;
/** OCR's pixels per pixel of the photo over which a card's small print is a few pixels tall (capture.ts enlargement). */
const SMALL_PRINT = 2;
/** A field of a reading taken only because every other found none: below sure. */
const UNSURE = SURE_CONFIDENCE - 0.2;

type Mode = 'plain' | 'sparse' | 'framed' | 'local' | 'deblurred';
/** How recognize() reads in each mode. */
const modeOptions = (mode: Mode): RecognizeOptions => ({ sparse: mode === 'sparse', framed: mode === 'framed', localThreshold: mode === 'local' });

export interface Reading {
  view: CardView;
  /** How OCR read it (read-card's second readings of a doubtful view). */
  mode: Mode;
  image: CapturedImage;
  draft: Recognized;
  evidence: Evidence;
}

export interface BestReading extends Reading {
  /** Every view read, with its score, in the order tried. */
  tried: { view: CardView; score: number }[];
}

// Upside down is the commonest miss (a card laid down the other way round), then sideways.
const TURNS: Turn[] = [180, 90, 270];
const key = (v: CardView) => `${v.source}:${v.candidate ?? 0}:${v.turn}${v.level ? ':level' : ''}`;
/** A reading's key: its view, and how it was read when not plainly. */
const readKey = (v: CardView, mode: Mode) => key(v) + (mode === 'plain' ? '' : `:${mode}`);
/** Other outlines read at most: each costs a reading, and only a card that read badly pays for them. */
const MAX_ALTERNATIVES = 2;

/**
 * Capture proposes, evidence decides. The first view (the finder's crop, or the whole frame
 * when there is none) is read; when the finder is unsure of its crop the whole frame is read
 * too and wins ties; when no reading looks right, the other turns of the crop (sideways,
 * upside down), one by one, until one reads like a card; then the finder's other outlines (a
 * sheet of printed paper beside the card is as card-shaped as the card); then the whole
 * frame and its turns. The reading with the best evidence wins. A card that reads well the
 * first time, the usual case, costs one OCR pass; only doubtful ones pay for more.
 */
/**
 * Text running into the crop's edges: the outline cut through the card (a text block of a flat
 * scan taken for the card, say), so the rest of the card lies outside it. A card read whole
 * keeps a margin round its text.
 */
export function cutsText(ocrLines: OcrLine[], w: number, h: number): boolean {
  const lines = ocrLines.filter((l) => l.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
  const edge = lines.filter((l) => l.box.x <= w * 0.01 || l.box.x + l.box.w >= w * 0.99 || l.box.y <= h * 0.01 || l.box.y + l.box.h >= h * 0.99);
  return lines.length > 0 && edge.length >= Math.max(2, lines.length * 0.4);
}

/** What the turn rule looks at in a reading: its view, its lines and its score. */
type TurnReading = Pick<Reading, 'view' | 'evidence'> & { draft: Pick<DraftContact, 'ocrLines'> };

/** 1 when a line of the reading is a person's name by the name lists (two known words, one a given name), else 0. */
function readsKnownName(r: TurnReading): number {
  return r.draft.ocrLines.some((l) => {
    const k = knownNameWords(l.text);
    return k.given >= 1 && k.given + k.family >= 2 && nameShape(l.text) > 0;
  })
    ? 1
    : 0;
}

/** Two views of one crop (or both of the whole frame), in any turns. */
const sameCrop = (a: CardView, b: CardView) => a.source === b.source && (a.candidate ?? 0) === (b.candidate ?? 0);

/**
 * What a reading of the crop in another turn does against the best so far: taken, weighed by
 * its evidence as any other view, or passed over. Read upside down, a name in capitals is
 * still letters ("DANG MINH HOA" as "YOH HNIW ONVO"), and the scores of two poor readings lie
 * close: a name of the name lists, read in one turn of the crop and not in the other, says
 * which is the right way up, unless the other reads well.
 */
export function turnVerdict(r: TurnReading, best: TurnReading): 'take' | 'weigh' | 'pass' {
  const name = sameCrop(r.view, best.view) ? readsKnownName(r) - readsKnownName(best) : 0;
  // Not a turn whose lines tesseract read running down the page (real_804: an upright card under a
  // shadow, its name read only from the sideways turn): its text is right, its boxes are not, and
  // the upright reading it would displace is the one the second ways of reading (framed, by
  // neighbourhood) then read whole.
  if (name > 0 && r.evidence.vertical < VERTICAL_READING && r.evidence.score >= best.evidence.score - MARGIN) return 'take';
  return name >= 0 || r.evidence.score >= GOOD_READING ? 'weigh' : 'pass';
}

/** How many of a contact's core fields (name, phone, e-mail) a reading found. */
function coreFound(f: DraftContact['fields']): number {
  return [f.name, f.phones.length, f.emails.length].filter(Boolean).length;
}

/** How many fields a reading found: a name, a title, a company, each phone, e-mail and web address. */
function fieldsFound(f: DraftContact['fields']): number {
  return [f.name, f.title, f.company, f.address].filter(Boolean).length + f.phones.length + f.emails.length + f.websites.length;
}

/** Every field's confidence kept under sure. */
function unsure(c: DraftContact['confidence']): DraftContact['confidence'] {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.min(v ?? 0, UNSURE)])) as DraftContact['confidence'];
}

/** The best plain reading of an outline the finder is sure of, in any turn. */
function bestSureCrop(c: Capture, done: Map<string, Reading>): Reading | null {
  let out: Reading | null = null;
  for (const r of done.values()) {
    if (r.view.source !== 'card' || r.mode !== 'plain' || r.draft.method === 'qr') continue;
    const outline = c.candidates[r.view.candidate ?? 0];
    if (!outline || outline.certainty < SURE_CARD) continue;
    if (!out || r.evidence.score > out.evidence.score) out = r;
  }
  return out;
}

export async function readCapture(c: Capture, ocr: OcrEngine, opts: RecognizeOptions = {}): Promise<BestReading> {
  const country = opts.defaultCountry ?? 'US';
  const done = new Map<string, Reading>();
  const good = (r: Reading) => r.evidence.score >= GOOD_READING;
  // A view read a second way (framed, by neighbourhood, sparse) is the same image: it is cut
  // and straightened once, and its QR code looked for once (recognize.ts keeps that per image).
  const images = new Map<string, Promise<CapturedImage>>();
  const better = (a: Reading, b: Reading) => (b.evidence.score > a.evidence.score ? b : a);
  const readsWords = (r: Reading) => r.draft.ocrLines.some((l) => l.confidence >= 0.8 && (l.text.match(/\p{L}/gu)?.length ?? 0) >= 4);
  // `sharper`: the view's OCR image deconvolved, for the 'deblurred' mode.
  const read = async (view: CardView, mode: Mode = 'plain', sharper?: Buffer): Promise<Reading> => {
    let r = await readAs(view, mode, sharper);
    // A view that reads some lines surely and the rest not at all may lie under a shadow or light
    // falling off across it: one threshold for the whole page turns the shaded part black, or the
    // lit part's print white (real_808, real_804: clean cards half read). It is read the second
    // ways at once: inside a black frame, which moves that threshold, and, still doubtful, by
    // neighbourhood (real_804 reads its company right only framed). Not a view that reads no word
    // surely: turned the wrong way, it reads no better so.
    if (mode === 'plain' && !good(r) && r.draft.method !== 'qr' && readsWords(r)) {
      r = better(r, await readAs(view, 'framed'));
      if (!good(r)) r = better(r, await readAs(view, 'local'));
    }
    // A crop that read badly may be cut crooked, its print tilted across it (capture.ts tiltOf),
    // or a frame read whole hold a card lying askew: it is read again cut along its print, and that reading stands for the view when it reads
    // better. Its turns then keep the levelled cut (tryTurns spreads the view).
    if (mode !== 'plain' || view.level || r.draft.method === 'qr' || good(r) || !tiltOf(c, view)) return r;
    return better(r, await readAs({ ...view, level: true }, mode));
  };
  const readAs = async (view: CardView, mode: Mode, sharper?: Buffer): Promise<Reading> => {
    let rendering = images.get(key(view));
    if (!rendering) images.set(key(view), (rendering = renderView(c, view)));
    const image = sharper ? { ...(await rendering), ocr: sharper } : await rendering;
    // Views are compared on what each reads at first sight; only the chosen one looks again.
    // A frame read whole whose card lies askew, read as nothing, is read again turned level
    // (read above), which reads better than the same view read as blocks of text. (Measured for
    // the frame only: it is read only for doubtful cards, and the measuring costs ~20 ms.)
    const askew = view.source === 'whole' && !view.level && !!tiltOf(c, view);
    const draft = await recognize(image, ocr, { ...opts, ...modeOptions(mode), secondLook: false, noBlock: askew });
    // A QR that carried the whole contact needs no OCR: it is exact in any turn.
    const evidence = draft.method === 'qr' ? { score: 1, confidence: 1, wordShare: 1, contacts: 1, goodChars: 0, vertical: 0 } : readingEvidence(draft.ocrLines, country);
    const r = { view: image.view, mode, image, draft, evidence };
    done.set(readKey(view, mode), r);
    return r;
  };

  const first = await read(firstView(c));
  const sureCrop = first.view.source === 'whole' || ((c.found?.certainty ?? 0) >= SURE_CARD && !(first.draft.method !== 'qr' && cutsText(first.draft.ocrLines, first.image.cardWidth, first.image.cardHeight)));
  // The reading others must beat by the margin: a doubtful crop is no better than the whole frame.
  let best = first;
  // A crop round a block of print (print-block.ts) may hold only the card's small print, its
  // contact lines, with the big type (the name, the company) outside it: it does not take the
  // place of a reading that found the card's name unless it finds a name too.
  const fromPrint = (r: Reading) => r.view.source === 'card' && c.candidates[r.view.candidate ?? 0]?.strategy === 'print';
  const losesName = (r: Reading) => fromPrint(r) && !!best.draft.fields.name && !r.draft.fields.name;
  const consider = (r: Reading) => {
    if (r.evidence.score > best.evidence.score + MARGIN && !losesName(r)) best = r;
  };
  if (!sureCrop) {
    const whole = await read({ source: 'whole', turn: 0 });
    if (whole.evidence.score >= first.evidence.score - MARGIN) best = whole;
  }
  // The frame read whole first (the border found no card) passably but not clearly: a sure
  // outline well inside the frame has the card's pixels, so it is read too and wins a near-tie.
  // The frame read the right way up, so the crop is read as the card lies in it (a portrait
  // card's crop is otherwise laid on its side).
  if (first.view.source === 'whole' && first.draft.method !== 'qr' && good(first) && first.evidence.score < CLEAR_READING) {
    await c.proposeMore();
    const i = c.candidates.findIndex((o) => o.certainty >= SURE_CARD && polygonArea(o.quad) < c.width * c.height * INSIDE_FRAME);
    if (i >= 0) {
      const r = await read({ source: 'card', candidate: i, turn: frameTurn(c.candidates[i]!.quad) });
      if (r.evidence.score >= best.evidence.score - MARGIN) best = r;
    }
  }
  // Sideways or upside down: the other turns, one at a time (each already keeps both OCR
  // workers busy), most likely first, until one reads like a card.
  const tryTurns = async (base: CardView) => {
    for (const turn of TURNS) {
      if (good(best)) return;
      const view = { ...base, turn };
      if (done.has(key(view))) continue;
      const r = await read(view);
      const verdict = turnVerdict(r, best);
      if (verdict === 'take' && !losesName(r)) best = r;
      else if (verdict === 'weigh') consider(r);
    }
  };
  const layFlat = async (r: Reading) => {
    if (r.draft.method === 'qr' || r.evidence.vertical < VERTICAL_READING) return;
    for (const quarter of [90, 270]) {
      const view: CardView = { ...r.view, turn: ((r.view.turn + quarter) % 360) as Turn };
      if (!done.has(key(view))) consider(await read(view));
    }
  };
  // The crop first: it has the card's pixels, the frame only a share of them.
  if (first.view.source === 'card') await tryTurns(first.view);
  // Nothing reads like a card: the crop may be the wrong thing (a printed sheet beside the card
  // is as card-shaped as the card), or the frame read whole may hold a card too small or on
  // too busy a desk to read that way. The finder's other outlines, the right way up; a sure
  // crop wins a near-tie with the whole frame (its pixels are the card's).
  if (!good(best)) {
    const start = first.view.source === 'card' ? 1 : 0;
    const n = Math.min(await c.proposePrint(), start + MAX_ALTERNATIVES);
    let bestCrop: Reading | null = null;
    let sureCrop: Reading | null = null;
    let printCrop: Reading | null = null;
    for (let i = start; i < n && !good(best); i++) {
      const outline = c.candidates[i]!;
      if (outline.certainty < MIN_ALTERNATIVE) continue;
      const r = await read({ source: 'card', candidate: i, turn: 0 });
      if (outline.certainty >= SURE_CARD && r.evidence.score >= best.evidence.score - MARGIN) best = r;
      else consider(r);
      if (!bestCrop || r.evidence.score > bestCrop.evidence.score) bestCrop = r;
      if (!sureCrop && outline.certainty >= SURE_CARD) sureCrop = r;
      if (outline.strategy === 'print' && (!printCrop || r.evidence.score > printCrop.evidence.score)) printCrop = r;
    }
    // A frame read whole first: the newly found crops may be turned. The best read first, then
    // the first sure outline's: turned wrong, the card's own crop reads as badly as a wrong
    // outline's (seed 2 s2_006: a portrait card, 0.14 against 0.18), so its reading says nothing.
    if (first.view.source === 'whole') for (const r of new Set([bestCrop, sureCrop])) if (r) await tryTurns(r.view);
    // A card found by its print (print-block.ts) lies along its lines, but which way up the
    // print does not say: its other turns are read too, whatever view came first.
    if (printCrop) await tryTurns(printCrop.view);
  }
  // Still nothing that reads like a card: the crop may be wrong in any turn, so try the frame's.
  if (!good(best)) {
    if (!done.has(key({ source: 'whole', turn: 0 }))) consider(await read({ source: 'whole', turn: 0 }));
    await tryTurns({ source: 'whole', turn: 0 });
  }
  // Read well, but its lines running down the page (seed 69 s2_016, s2_024: a portrait card's
  // crop laid on its side, read sideways surely): its text is right, its boxes, sizes and line
  // order are not, and extraction joins a company into the name. The quarter turns lay the lines
  // flat, and the vertical reading's handicap (evidence.ts) lets the flat one win if it reads as well.
  await layFlat(best);
  // Still doubtful: on a photo's grey, unevenly lit paper tesseract's global threshold may have
  // lost lines; the best view once more inside a black frame (ocr-pool.ts). Or, under light
  // that falls off across the card, the shaded paper went dark with the ink; thresholded by
  // neighbourhood, it stays paper (ocr-pool.ts LOCAL_THRESHOLD). Each of the two wins on cards
  // the other loses, and one passing is no sign the other is not better (a dark card whose
  // framed reading passed with its name garbled, read whole by neighbourhood): both are read.
  // Or the reading looks like a card yet lacks a name, a phone or an e-mail: the page reading may
  // have run two columns into one row of lines (a big name beside small contact lines, read as
  // "ЛЕБЕДЕВ ВЕНИАМИН 25а"), and a threshold by neighbourhood or inside a frame reads them apart.
  // No more OCR than before for it: the second look would read these two ways for the missing
  // field anyway, and takes them from here.
  const doubtful = !good(best) && best.draft.method !== 'qr';
  if (doubtful || (best.draft.method !== 'qr' && lacksCoreField(best.draft.fields, best.draft.repaired))) {
    // The frame read whole may have beaten the card's sure crop by a little, both doubtful; the
    // crop holds the card at a better scale, and a page-wide threshold that lost its lines
    // (a name, a company) may be all that kept it behind: it is read the second ways too.
    const crop = doubtful && best.view.source === 'whole' ? bestSureCrop(c, done) : null;
    for (const view of crop ? [best.view, crop.view] : [best.view]) for (const mode of ['framed', 'local'] as const) consider(done.get(readKey(view, mode)) ?? (await read(view, mode)));
    // Out of focus, or a small card enlarged from a webcam's frame: its strokes smeared into one
    // another. Such a view (deblur.ts strokeBlur) is read once more deconvolved. That reading
    // only lends lines to the second look (alsoRead below), where it adds what the others lack:
    // deconvolved, tesseract reads more surely, and so it would win the view, but it loses as
    // many small marks (a dot in an e-mail) as it brings back letters.
    const sharper = doubtful ? await deblurred(best.image.ocr) : null;
    if (sharper) await read(best.view, 'deblurred', sharper);
  }
  // Not one phone, e-mail or web address read in any view: tesseract's layout analysis may have
  // found no text at all (a shadow's gradient across a plain card, a busy photo). The first view,
  // the whole frame and the best view, read as sparse text.
  if (!good(best) && best.evidence.contacts === 0 && ocr.readSparse) {
    const views = [first.view, { source: 'whole' as const, turn: 0 as const }, best.view].filter((v, i, all) => all.findIndex((w) => key(w) === key(v)) === i);
    for (const v of views) consider(await read(v, 'sparse'));
    // A turn of the crop where the page reading found no text at all: its layout analysis may
    // have taken every block of a blurred card for a picture (seed 19 s2_022: a portrait card
    // whose upright crop read as nothing; as sparse text, its name and company).
    // Not on a sheet with nothing to read: some reading must have seen a word.
    const sawWords = [...done.values()].some((r) => r.draft.ocrLines.some((l) => l.confidence >= 0.5 && /\p{L}{3}/u.test(l.text)));
    if (!good(best) && first.view.source === 'card' && sawWords) {
      for (const turn of [0, ...TURNS] as Turn[]) {
        const v: CardView = { ...first.view, turn };
        if (done.get(readKey(v, 'plain'))?.draft.ocrLines.length === 0 && !done.has(readKey(v, 'sparse'))) consider(await read(v, 'sparse'));
      }
    }
  }
  // The chosen reading lacks a name, phone or e-mail: it looks again from its colour image
  // (second-look.ts), its own lines kept.
  // The chosen view read other ways too (a doubtful card): its lines are compared with theirs.
  // Or rows of print lie outside every line it read (unread-rows.ts: a block of small lines the
  // page layout took for a picture, light print on a dark card): they are read one by one.
  const looked = async (r: Reading): Promise<Reading> => {
    if (r.draft.method === 'qr' || opts.secondLook === false) return r;
    const alsoRead = [...done.values()]
      .filter((o) => o !== r && key(o.view) === key(r.view) && o.draft.method !== 'qr')
      .map((o) => ({ lines: o.draft.ocrLines, ...modeOptions(o.mode) }));
    const unread = ocr.readLines ? await unreadRows(r.image.ocr, r.draft.ocrLines).catch(() => []) : [];
    // A card placed where a script the main models cannot read is printed is read in it too (recognize.ts).
    const ownScript = !!ocr.readScriptLines && !!SCRIPT_OF_COUNTRY[r.draft.country ?? ''];
    if (!lacksCoreField(r.draft.fields, r.draft.repaired) && !alsoRead.length && !unread.length && !ownScript) return r;
    // Found once; but a card with a code is read with the code painted out, and looked at so again.
    return { ...r, draft: await recognize(r.image, ocr, { ...opts, ...modeOptions(r.mode), firstLines: r.draft.ocrLines, alsoRead, unread: r.draft.qrPayload ? undefined : unread }) };
  };
  // Nothing read like a card and the reading chosen found no field at all: a reading that found
  // some is better than none (seed 19 s2_022: garbage read surely beat a blurred portrait card's
  // name and company read as sparse text among specks). What it found is a guess: never sure.
  let fallback = false;
  if (!good(best) && best.draft.method !== 'qr' && fieldsFound(best.draft.fields) === 0) {
    const some = [...done.values()].filter((r) => r.mode !== 'deblurred' && fieldsFound(r.draft.fields) > 0).sort((a, b) => fieldsFound(b.draft.fields) - fieldsFound(a.draft.fields) || b.evidence.score - a.evidence.score)[0];
    if (some) {
      best = some;
      fallback = true;
    }
  }
  const chosen = best;
  best = await looked(best);
  // The frame read whole won, yet lacks a name, a phone or an e-mail: lines a page-wide threshold
  // lost on the frame may read on the card's own crop (a sure outline, at the card's scale), by
  // neighbourhood or inside a frame, where the frame's reading has no place for them. The crop
  // is read those ways too and looked at again, and wins when it finds more of the core fields.
  if (chosen.view.source === 'whole' && chosen.draft.method !== 'qr' && lacksCoreField(best.draft.fields, best.draft.repaired) && opts.secondLook !== false) {
    const crop = bestSureCrop(c, done);
    if (crop) {
      for (const mode of ['framed', 'local'] as const) if (!done.has(readKey(crop.view, mode))) await read(crop.view, mode);
      const other = await looked(crop);
      // Only for more of the core: the same fields read again on the crop say nothing of which reading is right.
      if (coreFound(other.draft.fields) > coreFound(best.draft.fields)) best = other;
    }
  }
  // The crop won, yet lacks a name, a phone or an e-mail: the outline the finder was sure of may be
  // a panel printed on the card (a dark band holding the contact lines), the card itself an
  // outline round it the finder was less sure of. That outline is read the way it lies in the
  // frame, and wins when it finds more of the core fields.
  if (chosen.view.source === 'card' && chosen.draft.method !== 'qr' && lacksCoreField(best.draft.fields, best.draft.repaired) && opts.secondLook !== false) {
    await c.proposeMore();
    const inner = c.candidates[chosen.view.candidate ?? 0]!.quad;
    // Mostly inside it: two outlines' edges are fitted apart and may differ by a strip.
    const box = (q: Point[]) => {
      const xs = q.map((p) => p.x);
      const ys = q.map((p) => p.y);
      return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    };
    const b = box(inner);
    const i = c.candidates.findIndex((o) => polygonArea(o.quad) > polygonArea(inner) * 1.3 && o.certainty >= MIN_ALTERNATIVE && intersectionArea(box(o.quad), b) >= 0.75 * b.w * b.h);
    if (i >= 0) {
      const view: CardView = { source: 'card', candidate: i, turn: frameTurn(c.candidates[i]!.quad) };
      const other = await looked(done.get(readKey(view, 'plain')) ?? (await read(view)));
      if (coreFound(other.draft.fields) > coreFound(best.draft.fields)) best = other;
    }
  }
  if (fallback) best = { ...best, draft: { ...best.draft, confidence: unsure(best.draft.confidence) } };
  // Print enlarged more than twice from the photo (a card across a webcam's frame): a digit is a
  // few pixels tall in it, and tesseract reads a 3 as a 5 surely (seed 73 s2_036). Its numbers are
  // doubted, so they are read again, and none is sure on one engine's word.
  if ((best.image.enlargement ?? 1) > SMALL_PRINT && (best.draft.confidence.phones ?? 0) >= PHONES_DOUBTED_BELOW) {
    best = { ...best, draft: { ...best.draft, confidence: { ...best.draft.confidence, phones: PHONES_DOUBTED_BELOW - 0.05 } } };
  }
  if (ocr.readSecondEngine && opts.secondLook !== false) {
    const engine = ocr.readSecondEngine.bind(ocr);
    // Still without a name, a company, a phone or an e-mail: a second engine reads the chosen
    // image, and fills what the first left empty (second-engine.ts).
    if (wantsSecondEngine(best.draft)) {
      const lines = await engine(best.image.card).catch(() => null);
      if (lines) best = { ...best, draft: fillFromSecondEngine(best.draft, lines, country) };
    }
    // An e-mail, a web address or phone numbers read with doubt: their lines read again by it (contact-reread.ts).
    best = { ...best, draft: await rereadContacts(best.draft, best.image.card, engine, country) };
  }
  // After every reading, the addresses checked against each other: the one witnessing may have
  // been read whole by the second engine only.
  best = { ...best, draft: withCountryEndings(withoutSiteScraps(best.draft)) };
  return { ...best, tried: [...done.values()].map((r) => ({ view: r.view, score: r.evidence.score })) };
}
