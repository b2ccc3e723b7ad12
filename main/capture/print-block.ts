import { boxSum, dilate, labelBlobs, summedArea } from './blobs.js';
import type { FoundCard } from './find-card.js';
import { lumaAt, type Point, type RawImage } from './homography.js';
import { orderCorners, polygonArea } from './quad.js';

/*
 * A card found by its print, where its outline is not: a light card on a light desk, a card
 * small on a cluttered one. The card's edges may be faint, but its print is dense, fine strokes
 * a pixel or two wide, which a desk's grain, a sheet's ruled lines, a pen or a phone are not.
 * The strokes are found on a frame of PRINT_SIDE pixels, gathered into the blocks of print they
 * make, and each block's rectangle, along its lines and with a margin, is proposed as a card.
 */

/** The finder's frame for print: fine enough that a small card's lines are strokes, not a smudge. */
export const PRINT_SIDE = 800;
/** A stroke is at least this much darker (or lighter) than the paper a pixel away, 0..255. */
const STROKE_STEP = 15;
/** Print is dense: this share of the pixels round a stroke are strokes too (a desk's specks are sparse). */
const DENSITY = 0.12;
/** The window the density is taken over, and the reach that joins letters into lines, as shares of the frame's longer side. */
const WINDOW = 0.012;
const LINE_REACH = 0.0125;
/** Blocks of print this close (share of the longer side) belong to one card: its name, its logo, its contact lines. */
const CARD_REACH = 0.07;
/** Two blocks this far apart at most (share of the longer side) may still be one card's. */
const CARD_GAP = 0.15;
/**
 * All the frame's print lies within this share of it when a card lies small in a photo, the
 * case print blocks are for; a card filling a third of the frame or more is read at a fair
 * scale whole or by its outline.
 */
const MAX_SPREAD = 0.3;
/** A card takes at most this share of a frame it was not found in by its outline. */
const MAX_CARD = 0.4;
/** A card's print covers at least this share of the frame (a speck, a price tag are less). */
const MIN_PRINT = 0.0006;
/** Margin round the print, as a share of its longer side: a card's print keeps clear of its edges. */
const MARGIN = 0.08;
/** How sure a print block is as a card: under a sure outline (find-card.ts SURE_CARD); it is read after the regions' outlines (capture.ts). */
const PRINT_CERTAINTY = 0.5;

/** Min or max over a 3x3 window: a grey closing (max then min) fills strokes a pixel or two wide. */
function filter3(src: Uint8Array, w: number, h: number, pick: (a: number, b: number) => number): Uint8Array {
  const a = new Uint8Array(w * h);
  const b = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      a[i] = pick(pick(src[i]!, src[y * w + Math.max(0, x - 1)]!), src[y * w + Math.min(w - 1, x + 1)]!);
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      b[i] = pick(pick(a[i]!, a[Math.max(0, y - 1) * w + x]!), a[Math.min(h - 1, y + 1) * w + x]!);
    }
  return b;
}

/** Fine strokes, dark on light or light on dark, where they lie densely: print. */
export function printMask(img: RawImage): Uint8Array {
  const { width: w, height: h } = img;
  const l = new Uint8Array(w * h);
  for (let i = 0, p = 0; i < l.length; i++, p += img.channels) l[i] = lumaAt(img, p);
  const closed = filter3(filter3(l, w, h, Math.max), w, h, Math.min);
  const opened = filter3(filter3(l, w, h, Math.min), w, h, Math.max);
  const stroke = new Uint8Array(w * h);
  for (let i = 0; i < l.length; i++) stroke[i] = closed[i]! - l[i]! >= STROKE_STEP || l[i]! - opened[i]! >= STROKE_STEP ? 1 : 0;
  // Density over a window, from a summed-area table.
  const r = Math.max(2, Math.round(Math.max(w, h) * WINDOW));
  const sum = summedArea(stroke, w, h);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!stroke[y * w + x]) continue;
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const y0 = Math.max(0, y - r);
      const y1 = Math.min(h, y + r + 1);
      out[y * w + x] = boxSum(sum, w, x0, y0, x1, y1) >= DENSITY * (x1 - x0) * (y1 - y0) ? 1 : 0;
    }
  return out;
}

/** The rectangle round the points with its sides along `angle` (radians) and across it. */
function boundsAlong(points: Point[], angle: number): Point[] {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  let u0 = Infinity;
  let u1 = -Infinity;
  let v0 = Infinity;
  let v1 = -Infinity;
  for (const p of points) {
    const u = p.x * ux + p.y * uy;
    const v = -p.x * uy + p.y * ux;
    u0 = Math.min(u0, u);
    u1 = Math.max(u1, u);
    v0 = Math.min(v0, v);
    v1 = Math.max(v1, v);
  }
  const at = (u: number, v: number): Point => ({ x: u * ux - v * uy, y: u * uy + v * ux });
  return [at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)];
}

/**
 * The direction the print's lines run, in radians, across or down the frame (a card may lie
 * sideways). Projected across the right
 * direction, the strokes pile up into one narrow peak per line of print, with the gaps between
 * lines empty; across any other, the peaks smear. The direction whose projection is most peaked
 * (sum of squared counts) wins.
 */
export function printAngle(points: Point[]): number {
  return (bestDirection(points).deg * Math.PI) / 180;
}

/** How peaked the print's projection across `deg` degrees is, and the most peaked direction. */
function bestDirection(points: Point[]): { deg: number; score: number; peakedness: (deg: number) => number } {
  const peakedness = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    const nx = -Math.sin(a);
    const ny = Math.cos(a);
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of points) {
      const v = p.x * nx + p.y * ny;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const bins = new Float64Array(Math.ceil(hi - lo) + 2);
    // Each point split between its two nearest bins: rounding alone piles the pixel grid's
    // diagonals into the same bins, and every square of print would peak at 45 degrees.
    for (const p of points) {
      const v = p.x * nx + p.y * ny - lo;
      const k = Math.floor(v);
      bins[k]! += k + 1 - v;
      bins[k + 1]! += v - k;
    }
    let score = 0;
    for (const n of bins) score += n * n;
    return score;
  };
  // Coarse, then fine round the best.
  let best = 0;
  let bestScore = -1;
  const tryAt = (deg: number) => {
    const score = peakedness(deg);
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  };
  for (let deg = -90; deg < 90; deg += COARSE_STEP) tryAt(deg);
  const coarse = best;
  for (let deg = coarse - COARSE_STEP + ANGLE_STEP; deg < coarse + COARSE_STEP; deg += ANGLE_STEP) tryAt(deg);
  return { deg: best, score: bestScore, peakedness };
}

/**
 * Print tilted less than this (degrees) off the card's sides is level enough for OCR: tesseract
 * reads 7 degrees well, and a crop cut again to hold the whole tilted one gives the print fewer
 * pixels (seed 13 s2_020, a webcam frame: its e-mail lost at 7 degrees levelled).
 */
const LEVEL_ENOUGH = 8;
/** Tilted more than this off both sides, the "lines" are no lines of print (a logo, a code, a pattern). */
const MOST_TILT = 30;
/** The tilted direction must pile the print up this much more sharply than the nearest side. */
const CLEARLY_PEAKED = 1.25;
/** Stroke pixels the direction is measured on, at most. */
const TILT_POINTS = 6000;

/**
 * Degrees the print on a straightened card runs off its nearest side, positive clockwise, or 0
 * when it runs along it. An outline fitted to only part of the card, or a corner taken from the
 * desk, straightens the card crooked, and tesseract's page layout reads lines tilted 10 degrees
 * or more as nothing at all (seed 23 s2_023: a card read level, nothing at 14 degrees).
 */
export function printTilt(img: RawImage): number {
  const mask = printMask(img);
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  // Too little print to say which way its lines run.
  if (count < img.width * img.height * 0.004) return 0;
  // Every k-th stroke pixel is as peaked a sample as all of them, and the angles tried cost the less.
  const k = Math.max(1, Math.ceil(count / TILT_POINTS));
  const points: Point[] = [];
  for (let i = 0, n = 0; i < mask.length; i++) if (mask[i] && n++ % k === 0) points.push({ x: i % img.width, y: Math.floor(i / img.width) });
  const { deg, score, peakedness } = bestDirection(points);
  const side = Math.round(deg / 90) * 90;
  const tilt = deg - side;
  if (Math.abs(tilt) < LEVEL_ENOUGH || Math.abs(tilt) > MOST_TILT) return 0;
  return score >= peakedness(side) * CLEARLY_PEAKED ? tilt : 0;
}

/** Degrees between the directions tried at first. */
const COARSE_STEP = 3;
/** Degrees between the directions tried. */
const ANGLE_STEP = 1;

/** A rectangle (corners in order round it) grown by `by` pixels on every side. */
function grown(rect: Point[], by: number): Point[] {
  const c = { x: rect.reduce((s, p) => s + p.x, 0) / 4, y: rect.reduce((s, p) => s + p.y, 0) / 4 };
  const a = Math.hypot(rect[1]!.x - rect[0]!.x, rect[1]!.y - rect[0]!.y) / 2;
  const b = Math.hypot(rect[2]!.x - rect[1]!.x, rect[2]!.y - rect[1]!.y) / 2;
  const u = { x: (rect[1]!.x - rect[0]!.x) / (2 * a || 1), y: (rect[1]!.y - rect[0]!.y) / (2 * a || 1) };
  const v = { x: (rect[2]!.x - rect[1]!.x) / (2 * b || 1), y: (rect[2]!.y - rect[1]!.y) / (2 * b || 1) };
  const corner = (su: number, sv: number): Point => ({ x: c.x + su * (a + by) * u.x + sv * (b + by) * v.x, y: c.y + su * (a + by) * u.y + sv * (b + by) * v.y });
  return [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)];
}

interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const boundsOf = (ps: Point[]): Bounds => ps.reduce((r, p) => ({ x0: Math.min(r.x0, p.x), y0: Math.min(r.y0, p.y), x1: Math.max(r.x1, p.x), y1: Math.max(r.y1, p.y) }), { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
const gapBetween = (p: Bounds, q: Bounds) => Math.max(Math.max(0, Math.max(p.x0, q.x0) - Math.min(p.x1, q.x1)), Math.max(0, Math.max(p.y0, q.y0) - Math.min(p.y1, q.y1)));
const joined = (p: Bounds, q: Bounds): Bounds => ({ x0: Math.min(p.x0, q.x0), y0: Math.min(p.y0, q.y0), x1: Math.max(p.x1, q.x1), y1: Math.max(p.y1, q.y1) });

/**
 * The biggest block (blocks[0]) with every other block of `least` points or more whose box
 * lies within `gap` of theirs, as long as the box round them all stays under `most` pixels;
 * null when no block joins it.
 */
function gathered(blocks: Point[][][], gap: number, least: number, most: number): Point[][] | null {
  const out = [...blocks[0]!];
  let box = boundsOf(out.flat());
  const left = blocks.slice(1).filter((b) => b.reduce((s, l) => s + l.length, 0) >= least);
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < left.length; i++) {
      const b = boundsOf(left[i]!.flat());
      const both = joined(box, b);
      if (gapBetween(box, b) > gap || (both.x1 - both.x0) * (both.y1 - both.y0) > most) continue;
      out.push(...left[i]!);
      box = both;
      left.splice(i--, 1);
      grew = true;
    }
  }
  return out.length > blocks[0]!.length ? out : null;
}

/**
 * Blocks of print on `img` (a frame of about PRINT_SIDE pixels, not blurred), most print first,
 * each as a card outline round it: up to `max`.
 */
export function printBlocks(img: RawImage, max = 2): FoundCard[] {
  const { width: w, height: h } = img;
  const long = Math.max(w, h);
  const print = printMask(img);
  // Letters joined into lines: each blob a line of print (or a logo, a code).
  const { label, stats } = labelBlobs(dilate(print, w, h, Math.max(2, Math.round(long * LINE_REACH))), w, h);
  // Lines near one another are one card's print: joined by the gap between their boxes.
  const reach = long * CARD_REACH;
  const parent = stats.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < stats.length; i++) for (let j = i + 1; j < stats.length; j++) if (gapBetween(stats[i]!, stats[j]!) <= reach) parent[root(i)] = root(j);
  const lines = new Map<number, Point[]>();
  for (let i = 0; i < print.length; i++) {
    if (!print[i] || !label[i]) continue;
    let line = lines.get(label[i]!);
    if (!line) lines.set(label[i]!, (line = []));
    line.push({ x: i % w, y: Math.floor(i / w) });
  }
  // Blob ids run from 1 in stats' order.
  const blocks = new Map<number, Point[][]>();
  for (const [id, pts] of lines) {
    const g = root(id - 1);
    const b = blocks.get(g);
    if (b) b.push(pts);
    else blocks.set(g, [pts]);
  }
  const count = (b: Point[][]) => b.reduce((s, l) => s + l.length, 0);
  const sorted = [...blocks.values()].sort((a, b) => count(b) - count(a));
  // Print spread over much of the frame is a flat card, a page or a card near enough to read
  // whole, not a card lying small in a photo: a crop of part of it would only lose the rest.
  const all = sorted.filter((b) => count(b) >= w * h * MIN_PRINT).map((b) => boundsOf(b.flat()));
  if (all.length) {
    const spread = all.reduce(joined);
    if ((spread.x1 - spread.x0) * (spread.y1 - spread.y0) > w * h * MAX_SPREAD) return [];
  }
  // A card's name may stand far from its contact lines: the biggest block with every block
  // near enough to be on the same card (and the card no bigger than a card can be in the frame)
  // is proposed first.
  const card = sorted.length > 1 ? gathered(sorted, long * CARD_GAP, w * h * MIN_PRINT, w * h * MAX_CARD) : null;
  if (card) sorted.unshift(card);
  const out: FoundCard[] = [];
  for (const block of sorted) {
    if (out.length >= max || count(block) < w * h * MIN_PRINT) break;
    const pts = block.flat();
    const rect = boundsAlong(pts, printAngle(pts));
    const side = Math.max(Math.hypot(rect[1]!.x - rect[0]!.x, rect[1]!.y - rect[0]!.y), Math.hypot(rect[2]!.x - rect[1]!.x, rect[2]!.y - rect[1]!.y));
    const quad = orderCorners(grown(rect, side * MARGIN + 2).map((p) => ({ x: Math.min(w, Math.max(0, p.x)), y: Math.min(h, Math.max(0, p.y)) })));
    // A block that fills the frame is a page of print (a scan read whole does better); one with
    // next to no area (a frame a pixel or two high) is none.
    if (polygonArea(quad) > w * h * 0.6 || polygonArea(quad) < w * h * 0.001) continue;
    out.push({ quad, certainty: PRINT_CERTAINTY, scores: { aspect: 1, shape: 1, fill: 1, edges: 1, contrast: 1, area: 1, text: 1 }, strategy: 'print' });
  }
  return out;
}
