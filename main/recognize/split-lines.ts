import type { Box, OcrLine } from '../../shared/contact.js';
import type { OcrEngine } from './ocr-pool.js';

/**
 * One big line read as two: tesseract's layout analysis sometimes cuts a line of large bold
 * print (a company set in a display face) along its middle, and reads its top half and its
 * bottom half as two thin lines of garbage ("=e J оли фм бо" over "А Sees wr EN ee" for
 * "Tidewater Consulting SARL"). Two such halves lie one on the other, as wide as each other,
 * both read unsurely. Their joint box read as one line tells: the line reads surely, or the
 * two were two lines after all and the reading is garbage, and they stay.
 */

/** Halves of a cut line read below this; a line read whole, even in small print, reads above. */
const HALF_CONF = 0.6;
/** The joint reading must be at least this sure, and this much surer than either half. */
const JOINED_CONF = 0.75;
const GAIN = 0.2;
/** At most this many pairs a reading: each is an OCR pass. */
const MAX_PAIRS = 3;

export interface SplitPair {
  top: OcrLine;
  bottom: OcrLine;
  /** The box both halves make together. */
  box: Box;
}

const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').length;

/** `b` right under `a` with no gap, as wide and in the same place: the two halves of one line. */
function halves(a: OcrLine, b: OcrLine): boolean {
  const h = Math.min(a.box.h, b.box.h);
  const gap = b.box.y - (a.box.y + a.box.h);
  if (gap < -0.5 * h || gap > 0.35 * h) return false;
  const shared = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
  return shared >= 0.8 * Math.max(a.box.w, b.box.w);
}

/** Pairs of unsure lines that may be the two halves of one line, the least sure first. */
export function splitPairs(lines: OcrLine[]): SplitPair[] {
  const weak = lines.filter((l) => l.confidence < HALF_CONF).sort((a, b) => a.box.y - b.box.y);
  const pairs: SplitPair[] = [];
  const used = new Set<OcrLine>();
  for (let i = 0; i < weak.length; i++) {
    const a = weak[i]!;
    if (used.has(a)) continue;
    const b = weak.slice(i + 1).find((o) => !used.has(o) && halves(a, o));
    if (!b) continue;
    used.add(a).add(b);
    const x = Math.min(a.box.x, b.box.x);
    const y = a.box.y;
    const box = { x, y, w: Math.max(a.box.x + a.box.w, b.box.x + b.box.w) - x, h: b.box.y + b.box.h - y };
    pairs.push({ top: a, bottom: b, box });
  }
  return pairs.sort((p, q) => Math.max(p.top.confidence, p.bottom.confidence) - Math.max(q.top.confidence, q.bottom.confidence)).slice(0, MAX_PAIRS);
}

/** Whether the joint box read as one line reads the pair as one line: sure, and as tall as both. */
export function readsWhole(pair: SplitPair, whole: OcrLine | null): whole is OcrLine {
  if (!whole || letters(whole.text) < 4) return false;
  const halvesConf = Math.max(pair.top.confidence, pair.bottom.confidence);
  return whole.confidence >= JOINED_CONF && whole.confidence >= halvesConf + GAIN && whole.box.h >= 0.6 * pair.box.h;
}

/** `lines` with each pair that reads as one line replaced by that line, in the top half's place. */
export function withJoined(lines: OcrLine[], pairs: SplitPair[], wholes: (OcrLine | null)[]): OcrLine[] {
  const swap = new Map<OcrLine, OcrLine | null>();
  pairs.forEach((p, i) => {
    const whole = wholes[i] ?? null;
    if (!readsWhole(p, whole)) return;
    // The halves' own boxes bound the ink; the single-line reading's box is its whole cut-out.
    swap.set(p.top, { ...whole, box: p.box });
    swap.set(p.bottom, null);
  });
  if (!swap.size) return lines;
  return lines.flatMap((l) => {
    if (!swap.has(l)) return [l];
    const w = swap.get(l);
    return w ? [w] : [];
  });
}

/** The reading with its cut lines read whole where they read so; as it was when the engine cannot re-read lines. */
export async function joinSplitLines(image: Buffer, lines: OcrLine[], ocr: OcrEngine): Promise<OcrLine[]> {
  const pairs = splitPairs(lines);
  if (!pairs.length || !ocr.readLines) return lines;
  const wholes = await ocr.readLines(image, pairs.map((p) => p.box));
  return withJoined(lines, pairs, wholes);
}
