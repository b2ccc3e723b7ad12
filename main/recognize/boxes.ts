import type { Box, OcrLine } from '../../shared/contact.js';

/** Area the two boxes have in common. */
export function intersectionArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = sharedHeight(a, b);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Height the two boxes have in common (negative: the gap between them). */
export function sharedHeight(a: Box, b: Box): number {
  return Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
}

/** Side by side on one row: at least half the shorter box's height is shared. */
export function onOneRow(a: Box, b: Box): boolean {
  return sharedHeight(a, b) >= Math.min(a.h, b.h) * 0.5;
}

/** The room between the two boxes across the page (negative where they overlap). */
export function gapAcross(a: Box, b: Box): number {
  return Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w);
}

/** The smallest box round all of them. */
export function unionBox(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** Share of the smaller box that the two boxes have in common, 0..1. */
export function overlapShare(a: Box, b: Box): number {
  return intersectionArea(a, b) / Math.max(1, Math.min(a.w * a.h, b.w * b.h));
}

/**
 * `b` is the line printed right under `a`, in the same column: its top lies less than `maxGap`
 * heights of the taller line below `a` (a slight overlap allowed), and more than `minShared` of
 * the narrower line's width lies over both.
 */
export function lineUnder(a: Box, b: Box, maxGap: number, minShared: number): boolean {
  const gap = b.y - (a.y + a.h);
  const shared = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return gap >= -a.h * 0.3 && gap < Math.max(a.h, b.h) * maxGap && shared > Math.min(a.w, b.w) * minShared;
}

/**
 * A line read alone from a region, boxed as the region was found: its words keep their places
 * along it but take its height (read as one line, tesseract boxes some words to a stroke,
 * "Spectra" 3 pixels tall, which reads as type of another size).
 */
export function boxedAs(line: OcrLine, box: Box): OcrLine {
  return { ...line, box, words: line.words.map((w) => ({ ...w, box: { ...w.box, y: box.y, h: box.h } })) };
}
