import sharp from 'sharp';
import type { Box, OcrLine } from '../../shared/contact.js';
import { boxSum, summedArea } from '../capture/blobs.js';

/**
 * Rows of print no line of a reading covers. Tesseract's page layout now and then leaves out
 * whole lines it would read well on their own: three sharp lines under a phone number on a card
 * shaded grey towards its foot, their block taken for a picture. Such rows are found in the
 * image itself (ink darker than its neighbourhood, in many strokes side by side, as letters
 * are; a rule or a logo is one or two) and handed back as boxes to read one by one.
 */

/** Ink: this much darker than the mean of its neighbourhood (0..255). */
const INK_STEP = 24;
/** The neighbourhood's half-width, in pixels of the OCR image (about two letters of small print). */
const RADIUS = 12;
/** A row of print crosses at least this many strokes. */
const MIN_STROKES = 8;
/** Print from small type to a big name; taller is a picture, lower is a rule or specks. */
const MIN_HEIGHT = 7;
const MAX_HEIGHT = 70;
/** At most this many rows are handed back: each costs a reading. */
const MAX_ROWS = 6;

interface Grey {
  data: Uint8Array;
  width: number;
  height: number;
}

async function greyOf(image: Buffer): Promise<Grey> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** 1 where a pixel is ink: darker than its neighbourhood's mean by INK_STEP (an integral image keeps it linear). */
function inkMask(g: Grey): Uint8Array {
  const { data, width: w, height: h } = g;
  const sum = summedArea(data, w, h);
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - RADIUS);
    const y1 = Math.min(h, y + RADIUS + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - RADIUS);
      const x1 = Math.min(w, x + RADIUS + 1);
      const mean = boxSum(sum, w, x0, y0, x1, y1) / ((y1 - y0) * (x1 - x0));
      if (data[y * w + x]! < mean - INK_STEP) mask[y * w + x] = 1;
    }
  }
  return mask;
}

/**
 * How far in from each side the image is desk, not card: whole columns (rows) far darker than
 * the image's middle, up to a tenth of its size.
 */
function deskStrips(g: Grey): { left: number; right: number; top: number; bottom: number } {
  const { data, width: w, height: h } = g;
  const colMean = (x: number) => {
    let s = 0;
    for (let y = 0; y < h; y++) s += data[y * w + x]!;
    return s / h;
  };
  const rowMean = (y: number) => {
    let s = 0;
    for (let x = 0; x < w; x++) s += data[y * w + x]!;
    return s / w;
  };
  let mid = 0;
  for (let y = Math.floor(h * 0.25); y < h * 0.75; y++) mid += rowMean(y);
  mid /= Math.max(1, Math.ceil(h * 0.75) - Math.floor(h * 0.25));
  const dark = (v: number) => v < mid * 0.6;
  const inFrom = (n: number, mean: (i: number) => number, from: (k: number) => number) => {
    let k = 0;
    while (k < n * 0.1 && dark(mean(from(k)))) k++;
    return k;
  };
  return {
    left: inFrom(w, colMean, (k) => k),
    right: inFrom(w, colMean, (k) => w - 1 - k),
    top: inFrom(h, rowMean, (k) => k),
    bottom: inFrom(h, rowMean, (k) => h - 1 - k),
  };
}

/** Rows of ink this many apart are one band (the dot of an i, a thin stroke lost to the threshold). */
const BAND_GAP = 3;

/**
 * The rows of a read line's box that hold its print: the band of ink rows with the most ink.
 * Tesseract may box a big name down over the small title under it (the title's strokes taken
 * for the name's descenders) and read only the name: that title is print no line reads.
 */
function inkCore(mask: Uint8Array, w: number, h: number, b: Box): [number, number] {
  const top = Math.max(0, Math.floor(b.y));
  const bottom = Math.min(h, Math.ceil(b.y + b.h));
  const left = Math.max(0, Math.floor(b.x));
  const right = Math.min(w, Math.ceil(b.x + b.w));
  let best: [number, number] = [top, bottom];
  let bestInk = -1;
  let start = -1;
  let ink = 0;
  let gap = 0;
  for (let y = top; y <= bottom; y++) {
    let n = 0;
    if (y < bottom) for (let x = left; x < right; x++) n += mask[y * w + x]!;
    if (n > 0) {
      if (start < 0) start = y;
      ink += n;
      gap = 0;
    } else if (start >= 0 && ++gap > BAND_GAP) {
      if (ink > bestInk) [best, bestInk] = [[start, y - gap + 1], ink];
      start = -1;
      ink = 0;
      gap = 0;
    }
  }
  if (start >= 0 && ink > bestInk) best = [start, bottom];
  // A box with no ink in it (a reading of another image's threshold): all of it counts as read.
  return bestInk < 0 && start < 0 ? [top, bottom] : best;
}

/** Strokes each row of `m` crosses between columns x0 and x1, over rows y0..y1: runs of ink along it. */
function strokesPerRow(m: Uint8Array, w: number, x0: number, x1: number, y0: number, y1: number): Uint16Array {
  const strokes = new Uint16Array(y1 - y0);
  for (let y = y0; y < y1; y++) {
    let n = 0;
    for (let x = Math.max(1, x0); x < x1; x++) if (m[y * w + x] && !m[y * w + x - 1]) n++;
    strokes[y - y0] = n;
  }
  return strokes;
}

/** Bands of rows each crossing half a line's strokes or more, a single row's gap bridged. */
function bandsOf(strokes: Uint16Array, y0: number): [number, number][] {
  const bands: [number, number][] = [];
  let start = -1;
  let gap = 0;
  // Two rows past the end are off: a band running on to the part's foot (a row level with a
  // picture's last rows) closes there like any other.
  for (let i = 0; i < strokes.length + 2; i++) {
    const on = i < strokes.length && strokes[i]! >= MIN_STROKES / 2;
    if (on) {
      if (start < 0) start = i;
      gap = 0;
    } else if (start >= 0 && ++gap > 1) {
      bands.push([y0 + start, y0 + i - gap + 1]);
      start = -1;
      gap = 0;
    }
  }
  return bands;
}

/** A valley this shallow against the peaks on both sides of it parts two rows of print. */
const VALLEY = 0.4;

/**
 * A band cut into its rows where the strokes crossed fall to a deep valley between two peaks:
 * lines set close ("Assistant Professor" over "College of Agriculture") touch through a
 * descender or two, and one band of both reads as neither. A single line rises from its
 * ascenders to its body and falls again, with no valley between two peaks.
 */
function atValleys(strokes: Uint16Array, y0: number, b0: number, b1: number): [number, number][] {
  if (b1 - b0 < 2 * MIN_HEIGHT) return [[b0, b1]];
  let v = -1;
  for (let y = b0 + MIN_HEIGHT; y < b1 - MIN_HEIGHT; y++) if (v < 0 || strokes[y - y0]! < strokes[v - y0]!) v = y;
  const peak = (a: number, b: number) => Math.max(...strokes.subarray(a - y0, b - y0));
  if (v < 0 || strokes[v - y0]! > VALLEY * Math.min(peak(b0, v), peak(v + 1, b1))) return [[b0, b1]];
  return [...atValleys(strokes, y0, b0, v), ...atValleys(strokes, y0, v + 1, b1)];
}

/** Runs of columns holding ink between rows y0..y1 (x0..x1), apart by more than `gap` columns. */
function piecesAcross(m: Uint8Array, w: number, x0: number, x1: number, y0: number, y1: number, gap: number): [number, number][] {
  const cols = new Uint8Array(x1 - x0);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (m[y * w + x]) cols[x - x0] = 1;
  const pieces: [number, number][] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < cols.length; i++) {
    if (!cols[i]) continue;
    if (first >= 0 && i - last > gap) {
      pieces.push([x0 + first, x0 + last + 1]);
      first = -1;
    }
    if (first < 0) first = i;
    last = i;
  }
  if (first >= 0) pieces.push([x0 + first, x0 + last + 1]);
  return pieces;
}

/**
 * Rows of print in the part x0..x1, y0..y1 of `m`. A band too tall to be a row may be rows of
 * small print beside a picture (a QR code beside the contact lines): the band is cut into its
 * pieces side by side, and each piece's rows are found on their own, once.
 */
function rowsIn(m: Uint8Array, w: number, x0: number, x1: number, y0: number, y1: number, split: boolean): Box[] {
  const rows: Box[] = [];
  const strokes = strokesPerRow(m, w, x0, x1, y0, y1);
  for (const [a0, a1] of bandsOf(strokes, y0)) {
    if (a1 - a0 > MAX_HEIGHT && split) {
      for (const [p0, p1] of piecesAcross(m, w, x0, x1, a0, a1, Math.max(MIN_HEIGHT, Math.round(w * 0.015)))) {
        rows.push(...rowsIn(m, w, p0, p1, a0, a1, false));
      }
      continue;
    }
    for (const [b0, b1] of atValleys(strokes, y0, a0, a1)) {
      const height = b1 - b0;
      if (height < MIN_HEIGHT || height > MAX_HEIGHT) continue;
      // The strongest row of the band crosses as many strokes as a line of letters.
      if (Math.max(...strokes.subarray(b0 - y0, b1 - y0)) < MIN_STROKES) continue;
      // Side by side in one band: pieces of print apart by more than a few letters' width are two rows.
      for (const [p0, p1] of piecesAcross(m, w, x0, x1, b0, b1, height * 2)) {
        if (p1 - p0 >= height * 2) rows.push({ x: p0, y: b0, w: p1 - p0, h: height });
      }
    }
  }
  return rows;
}

/** Boxes of rows of print in `mask` outside every box of `read` (grown a little), the image's margin and any strip of desk along its sides. */
function uncoveredRows(g: Grey, mask: Uint8Array, read: Box[]): Box[] {
  const { width: w, height: h } = g;
  const m = mask.slice();
  const margin = Math.round(Math.min(w, h) * 0.02);
  const clear = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = Math.max(0, y0); y < Math.min(h, y1); y++) m.fill(0, y * w + Math.max(0, x0), y * w + Math.min(w, x1));
  };
  for (const b of read) {
    const x0 = Math.floor(b.x - 4);
    const x1 = Math.ceil(b.x + b.w + 4);
    const [y0, y1] = inkCore(mask, w, h, b);
    clear(x0, y0 - 3, x1, y1 + 3);
  }
  // A crop a little wider than the card keeps a strip of the desk along a side: its edge is
  // no print, and a row running into it would be read with the dark strip as a letter.
  const { left, right, top, bottom } = deskStrips(g);
  clear(0, 0, w, Math.max(margin, top + margin));
  clear(0, h - Math.max(margin, bottom + margin), w, h);
  clear(0, 0, Math.max(margin, left + margin), h);
  clear(w - Math.max(margin, right + margin), 0, w, h);
  const rows = rowsIn(m, w, 0, w, 0, h, true);
  // Widest first: a line of print over a scrap.
  return rows.sort((a, b) => b.w - a.w).slice(0, MAX_ROWS).sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The rows of print in `image` that no line of `lines` covers. */
export async function unreadRows(image: Buffer, lines: OcrLine[]): Promise<Box[]> {
  const g = await greyOf(image);
  return uncoveredRows(g, inkMask(g), lines.map((l) => l.box));
}
