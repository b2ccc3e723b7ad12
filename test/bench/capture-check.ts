/**
 * Was the right thing read? For photos whose truth gives the card's true corners
 * (synth2's meta.card_quad), the view a scan chose is checked against them: a crop that
 * follows the card (and is turned upright), one that holds more or less than the card, or
 * the whole frame (upright or not). Tells a capture miss from OCR misreading the right crop.
 */
import type { Point } from '../../main/capture/homography.js';

export type CaptureVerdict = 'crop-ok' | 'crop-turned' | 'crop-loose' | 'crop-wrong' | 'whole-upright' | 'whole-turned';

/** Inside a convex polygon: on the same side of every edge. */
function insideConvex(q: Point[], p: Point): boolean {
  let sign = 0;
  for (let i = 0; i < q.length; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % q.length]!;
    const c = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
}

/** Intersection over union of two convex quads, sampled on a 120 x 120 grid over both. */
export function quadIoU(a: Point[], b: Point[]): number {
  const xs = [...a, ...b].map((p) => p.x);
  const ys = [...a, ...b].map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const n = 120;
  let both = 0;
  let either = 0;
  for (let yi = 0; yi < n; yi++)
    for (let xi = 0; xi < n; xi++) {
      const p = { x: x0 + ((xi + 0.5) * (x1 - x0)) / n, y: y0 + ((yi + 0.5) * (y1 - y0)) / n };
      const ia = insideConvex(a, p);
      const ib = insideConvex(b, p);
      if (ia && ib) both++;
      if (ia || ib) either++;
    }
  return either ? both / either : 0;
}

const angle = (q: Point[]) => (Math.atan2(q[1]!.y - q[0]!.y, q[1]!.x - q[0]!.x) * 180) / Math.PI;
const apart = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180);

/**
 * `truth`: the card's corners in the upright frame, its printed top-left first, clockwise.
 * `view`: what the scan read; `cardQuad`: the corners of the image it read, in the same frame
 * (null for the whole frame). The whole frame turned `turn` degrees clockwise shows the card
 * upright when the card's top edge then runs left to right.
 */
export function captureVerdict(truth: Point[], view: { source: 'card' | 'whole'; turn: number }, cardQuad: Point[] | null): { verdict: CaptureVerdict; iou: number } {
  if (view.source === 'whole' || !cardQuad) return { verdict: apart(angle(truth) + view.turn, 0) < 45 ? 'whole-upright' : 'whole-turned', iou: 0 };
  const iou = quadIoU(cardQuad, truth);
  if (iou < 0.5) return { verdict: 'crop-wrong', iou };
  if (iou < 0.85) return { verdict: 'crop-loose', iou };
  return { verdict: apart(angle(cardQuad), angle(truth)) < 45 ? 'crop-ok' : 'crop-turned', iou };
}

/** The truth's corners (in the stored file's size, as viewed upright) scaled to a frame `width` pixels wide. */
export function trueCorners(meta: { card_quad?: [number, number][]; width?: number; height?: number; exif_orientation?: number }, width: number): Point[] | null {
  if (!meta.card_quad || !meta.width || !meta.height) return null;
  const sideways = meta.exif_orientation === 6 || meta.exif_orientation === 8;
  const k = width / (sideways ? meta.height : meta.width);
  return meta.card_quad.map(([x, y]) => ({ x: x * k, y: y * k }));
}
