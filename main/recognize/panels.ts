import sharp from 'sharp';
import type { Box, OcrLine } from '../../shared/contact.js';
import { labelBlobs, reachedFromEdge } from '../capture/blobs.js';
import { overlapShare } from './boxes.js';

/**
 * Light print on dark parts of a light card: a web address in a black pill, a name on the dark
 * half of a two-colour card. Tesseract takes such a solid dark shape for a picture and reads
 * nothing in it, or garbage. The panel is found here and read on its own, inverted, so its print
 * is dark on light as everywhere else. On a dark card the OCR image is already inverted, and a
 * light panel on it is a dark one in that image: the same rule reads both.
 */

/** Pixels of the downscaled map per side: detection needs shapes, not letters. */
const MAP_SIDE = 320;
/** Darker than this in the normalised grey image is panel. */
const DARK = 80;
/** A panel is mostly dark over its bounding box, and holds some light print. */
const MIN_FILL = 0.55;
const MIN_PRINT = 0.03;
const MAX_PRINT = 0.45;
/** A panel stands this much taller than the print it holds. */
const MIN_PANEL_TO_PRINT = 1.6;
/** Each panel read costs an OCR pass. */
const MAX_PANELS = 3;

/**
 * The light print a dark shape closes in, in the full image: its share of the box, and how tall
 * it runs. The light round a bold word, between its letters, reaches the box's edge and is no
 * print; the print in a pill is closed in, with dark above and below it.
 */
function enclosedPrint(g: Buffer, W: number, box: { x: number; y: number; w: number; h: number }, level: number): { share: number; height: number } {
  const { x: x0, y: y0, w: bw, h: bh } = box;
  // Print stands well clear of its panel: a panel's own gloss or gradient does not count.
  const cut = Math.max(DARK, level + 70);
  const light = (x: number, y: number) => g[(y0 + y) * W + x0 + x]! >= cut;
  const open = reachedFromEdge(bw, bh, light);
  const rows = new Array<number>(bh).fill(0);
  let n = 0;
  for (let y = 0; y < bh; y++)
    for (let x = 0; x < bw; x++)
      if (!open[y * bw + x] && light(x, y)) {
        rows[y]!++;
        n++;
      }
  // The rows holding the middle 80% of it: specks and scratches in a panel do not count.
  let top = 0;
  let bottom = bh - 1;
  for (let acc = 0; top < bh && (acc += rows[top]!) <= n * 0.1; ) top++;
  for (let acc = 0; bottom > 0 && (acc += rows[bottom]!) <= n * 0.1; ) bottom--;
  return { share: n / (bw * bh), height: Math.max(0, bottom - top + 1) };
}

/** Dark, filled, text-bearing shapes of the image (its own pixels), largest first. */
export async function findDarkPanels(png: Buffer): Promise<Box[]> {
  const meta = await sharp(png).metadata();
  const W = meta.width ?? 0;
  const H = meta.height ?? 0;
  if (!W || !H) return [];
  const k = Math.max(1, Math.max(W, H) / MAP_SIDE);
  const w = Math.max(1, Math.round(W / k));
  const h = Math.max(1, Math.round(H / k));
  const full = await sharp(png).removeAlpha().toColourspace('b-w').raw().toBuffer();
  const g = await sharp(full, { raw: { width: W, height: H, channels: 1 } }).resize(w, h, { fit: 'fill', kernel: 'linear' }).extractChannel(0).raw().toBuffer();
  const dark = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) dark[i] = g[i]! < DARK ? 1 : 0;
  const { label, stats } = labelBlobs(dark, w, h);
  // The mean grey of each panel: its own dark level, against which the print inside shows.
  const sum = new Float64Array(stats.length + 1);
  for (let i = 0; i < w * h; i++) sum[label[i]!]! += g[i]!;
  const found: { box: Box; area: number }[] = [];
  for (const { id, area: n, x0, y0, x1, y1 } of stats) {
    const bw = x1 - x0 + 1;
    const bh = y1 - y0 + 1;
    // Big enough for a line of print, not the whole image (a dark card is read inverted already).
    if (bh < h * 0.025 || bw < w * 0.08 || bw * bh > w * h * 0.8) continue;
    // Dark over most of its box (not an outline, a photo's edge or a letter), with light print inside.
    if (n < bw * bh * MIN_FILL) continue;
    const box = { x: Math.floor(x0 * k), y: Math.floor(y0 * k), w: Math.min(W - Math.floor(x0 * k), Math.ceil(bw * k)), h: Math.min(H - Math.floor(y0 * k), Math.ceil(bh * k)) };
    const print = enclosedPrint(full, W, box, sum[id]! / n);
    // Some print, closed in, with panel above and below it: a counter of a bold letter fills
    // most of its letter's height, print in a pill half of it.
    if (print.share < MIN_PRINT || print.share > MAX_PRINT || box.h < print.height * MIN_PANEL_TO_PRINT) continue;
    found.push({ box, area: n });
  }
  return found
    .sort((a, b) => b.area - a.area)
    .slice(0, MAX_PANELS)
    .map((f) => f.box);
}

/**
 * The panel cut out, inverted and stretched: its print dark on light, in a white margin. The
 * paper round a rounded or slanted panel, inside its box, would turn dark and frame the print
 * (tesseract then reads nothing): light pixels joined to the box's edge are painted as panel.
 */
export async function panelImage(png: Buffer, box: Box): Promise<{ png: Buffer; left: number; top: number; margin: number }> {
  const meta = await sharp(png).metadata();
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const width = Math.min((meta.width ?? 0) - left, Math.ceil(box.w));
  const height = Math.min((meta.height ?? 0) - top, Math.ceil(box.h));
  const { data } = await sharp(png).removeAlpha().extract({ left, top, width, height }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  let panel = 0;
  let n = 0;
  for (const v of data)
    if (v < DARK) {
      panel += v;
      n++;
    }
  const fill = n ? Math.round(panel / n) : 0;
  const outside = reachedFromEdge(width, height, (x, y) => data[y * width + x]! >= DARK);
  for (let i = 0; i < data.length; i++) if (outside[i]) data[i] = fill;
  // Two pipelines: sharp negates after it extends, which would blacken the margin too.
  const inverted = await sharp(data, { raw: { width, height, channels: 1 } }).negate().normalise().png().toBuffer();
  const margin = 12;
  const out = await sharp(inverted)
    .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#ffffff' })
    .png({ compressionLevel: 0, adaptiveFiltering: false })
    .toBuffer();
  return { png: out, left, top, margin };
}

/** Lines read in a panel image, back in the pixels of the whole image. */
export function panelLinesBack(lines: OcrLine[], p: { left: number; top: number; margin: number }): OcrLine[] {
  const back = (b: Box): Box => ({ x: b.x - p.margin + p.left, y: b.y - p.margin + p.top, w: b.w, h: b.h });
  return lines.map((l) => ({ ...l, box: back(l.box), words: l.words.map((wd) => ({ ...wd, box: back(wd.box) })) }));
}

/** Letters and digits read, each weighted by the confidence of its line. */
const surelyRead = (ls: OcrLine[]) => ls.reduce((s, l) => s + l.confidence * l.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);

/**
 * The first reading with each panel's lines in place of what it read inside the panel, where
 * the panel's reading read more, and more surely (tesseract sometimes reads light-on-dark print
 * itself, and a dark card small in a light frame is a "panel" its first reading may read better).
 */
export function withPanelLines(first: OcrLine[], panels: { box: Box; lines: OcrLine[] }[]): OcrLine[] {
  let lines = first;
  for (const p of panels) {
    const read = p.lines.filter((l) => l.confidence >= 0.5 && l.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2);
    if (!read.length) continue;
    const inside = lines.filter((l) => overlapShare(l.box, p.box) > 0.5 && l.box.w * l.box.h <= p.box.w * p.box.h * 1.2);
    if (surelyRead(inside) >= surelyRead(read)) continue;
    lines = [...lines.filter((l) => !inside.includes(l)), ...read];
  }
  return lines === first ? first : [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}
