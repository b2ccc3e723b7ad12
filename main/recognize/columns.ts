import sharp from 'sharp';
import type { OcrLine, OcrWord } from '../../shared/contact.js';
import { gapAcross, onOneRow, unionBox } from './boxes.js';

/** A part of the image, in fractions of its width and height. */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

const WHOLE: Region[] = [{ left: 0, top: 0, width: 1, height: 1 }];
/** The narrowest blank band, as a share of the width, two columns are cut apart at. */
const CUT_BAND = 0.04;

/**
 * The widest blank band across a 1-D ink profile, between 20% and 80% of its length,
 * with text on both sides; null when there is none.
 */
function blankBand(ink: Float64Array, across: number, minFrac: number): { from: number; to: number } | null {
  const n = ink.length;
  const total = ink.reduce((s, v) => s + v, 0);
  if (!total) return null;
  const blank = (i: number) => ink[i]! <= across * 0.004;
  let best: { from: number; to: number } | null = null;
  for (let i = Math.round(n * 0.2); i < n * 0.8; i++) {
    if (!blank(i)) continue;
    let end = i;
    while (end + 1 < n && blank(end + 1)) end++;
    if (end - i + 1 >= n * minFrac && (!best || end - i > best.to - best.from)) best = { from: i, to: end };
    i = end;
  }
  if (!best) return null;
  const before = ink.slice(0, best.from).reduce((s, v) => s + v, 0);
  // Both sides must hold text, not a stray mark.
  return before >= total * 0.08 && total - before >= total * 0.08 ? best : null;
}

/**
 * Splits a card into parts OCR reads separately. Columns first, at a wide vertical blank
 * band: tesseract's own layout analysis merges a big name on the left with small contact
 * lines on the right into one garbled line. A one-column card is split at a horizontal
 * blank band instead, so the two halves are read by two workers at once. Rows or columns
 * that are ink from edge to edge (stripes, borders) are ignored so they do not hide a gap.
 */
export async function findRegions(grey: Buffer): Promise<Region[]> {
  const { data, info } = await sharp(grey).greyscale().resize({ width: 350 }).raw().toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const dark = (x: number, y: number) => data[y * w + x]! < 110;
  const colInk = new Float64Array(w);
  const rowInk = new Float64Array(h);
  const fullRow = new Uint8Array(h);
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0; x < w; x++) if (dark(x, y)) n++;
    if (n > w * 0.5) fullRow[y] = 1;
  }
  for (let y = 0; y < h; y++) {
    if (fullRow[y]) continue;
    for (let x = 0; x < w; x++)
      if (dark(x, y)) {
        colInk[x]!++;
        rowInk[y]!++;
      }
  }
  const col = blankBand(colInk, h, CUT_BAND);
  if (col) {
    const cut = (col.from + col.to) / 2 / w;
    return [
      { left: 0, top: 0, width: cut, height: 1 },
      { left: cut, top: 0, width: 1 - cut, height: 1 },
    ];
  }
  const row = blankBand(rowInk, w, 0.03);
  if (row) {
    const cut = (row.from + row.to) / 2 / h;
    return [
      { left: 0, top: 0, width: 1, height: cut },
      { left: 0, top: cut, width: 1, height: 1 - cut },
    ];
  }
  return WHOLE;
}

/**
 * Lines read apart because the column cut ran through them, joined again. The cut is made where
 * no dark ink is, and grey small print is not dark: a portrait card's contact lines were cut
 * mid-word ("E-mail: ver" | "a@stroysoft.com", seed 63 s2_003), and the e-mail read as a@….
 * A line of the left part ending at the cut and one of the right part starting there, on one
 * row, are one line; a real column ends well before the cut, its band at least CUT_BAND wide.
 * Where the two pieces touch (under a fifth of the line's height apart) the word was cut too.
 */
export function joinAcrossCut(left: OcrLine[], right: OcrLine[], cutX: number): OcrLine[] {
  const used = new Set<OcrLine>();
  const joined = left.map((l) => {
    const near = (x: number) => Math.abs(x - cutX) <= Math.max(3, l.box.h * 0.2);
    if (!near(l.box.x + l.box.w) || !l.words.length) return l;
    const r = right.find((o) => !used.has(o) && o.words.length && near(o.box.x) && onOneRow(l.box, o.box));
    if (!r) return l;
    used.add(r);
    const last = l.words.at(-1)!;
    const first = r.words[0]!;
    const glued = gapAcross(last.box, first.box) < Math.min(l.box.h, r.box.h) * 0.2;
    const words = glued
      ? [...l.words.slice(0, -1), { text: last.text + first.text, confidence: Math.min(last.confidence, first.confidence), box: unionBox([last.box, first.box]) }, ...r.words.slice(1)]
      : [...l.words, ...r.words];
    const chars = (ws: OcrWord[]) => ws.reduce((n, w) => n + w.text.length, 0);
    const confidence = (l.confidence * chars(l.words) + r.confidence * chars(r.words)) / Math.max(1, chars(l.words) + chars(r.words));
    return { text: words.map((w) => w.text).join(' '), confidence, box: unionBox([l.box, r.box]), words };
  });
  return [...joined, ...right.filter((r) => !used.has(r))];
}

