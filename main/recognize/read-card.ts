import type { DraftContact } from '../../shared/contact.js';
import { SURE_CARD } from '../capture/find-card.js';
import { firstView, renderView, type Capture, type CapturedImage, type CardView, type Turn } from '../capture/capture.js';
import { readingEvidence, type Evidence } from './evidence.js';
import type { OcrEngine } from './ocr-pool.js';
import { recognize, type RecognizeOptions } from './recognize.js';

/** A reading at or above this looks like a card read the right way up: nothing else is tried. */
export const GOOD_READING = 0.6;
/** An alternative must beat the first reading by this much: near-ties keep the first view. */
const MARGIN = 0.03;

export interface Reading {
  view: CardView;
  image: CapturedImage;
  draft: DraftContact;
  evidence: Evidence;
}

export interface BestReading extends Reading {
  /** Every view read, with its score, in the order tried. */
  tried: { view: CardView; score: number }[];
}

const TURNS: Turn[] = [90, 180, 270];
const key = (v: CardView) => `${v.source}:${v.turn}`;

/**
 * Capture proposes, evidence decides. The first view (the finder's crop, or the whole frame
 * when there is none) is read; when the finder is unsure of its crop the whole frame is read
 * too, and when the reading looks wrong (sideways, upside down, a crop that lost the card)
 * the other turns are read. The reading with the best evidence wins. A card that reads well
 * the first time, the usual case, costs one OCR pass as before.
 */
export async function readCapture(c: Capture, ocr: OcrEngine, opts: RecognizeOptions = {}): Promise<BestReading> {
  const country = opts.defaultCountry ?? 'US';
  const done = new Map<string, Reading>();
  const read = async (view: CardView): Promise<Reading> => {
    const image = await renderView(c, view);
    const draft = await recognize(image, ocr, opts);
    // A QR that carried the whole contact needs no OCR: it is exact in any turn.
    const evidence = draft.method === 'qr' ? { score: 1, confidence: 1, wordShare: 1, contacts: 1, goodChars: 0 } : readingEvidence(draft.ocrLines, country);
    const r = { view: image.view, image, draft, evidence };
    done.set(key(view), r);
    return r;
  };
  const readAll = (views: CardView[]) => Promise.all(views.filter((v) => !done.has(key(v))).map(read));

  const first = await read(firstView(c));
  const sureCrop = first.view.source === 'whole' || (c.found?.certainty ?? 0) >= SURE_CARD;
  const good = (r: Reading) => r.evidence.score >= GOOD_READING;
  if (!good(first) || !sureCrop) {
    const views: CardView[] = [];
    if (!sureCrop) views.push({ source: 'whole', turn: 0 });
    if (!good(first)) views.push(...TURNS.map((turn) => ({ source: first.view.source, turn })));
    await readAll(views);
    // Still nothing that reads like a card: the crop may be wrong in any turn, so try the frame's.
    if (first.view.source === 'card' && ![...done.values()].some(good))
      await readAll([{ source: 'whole', turn: 0 }, ...TURNS.map((turn) => ({ source: 'whole' as const, turn }))]);
  }
  let best = first;
  for (const r of done.values()) if (r.evidence.score > best.evidence.score + MARGIN) best = r;
  return { ...best, tried: [...done.values()].map((r) => ({ view: r.view, score: r.evidence.score })) };
}
