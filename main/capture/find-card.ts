import { distance, type Point, type RawImage } from './homography.js';

/** A card outline and how much the finder trusts it. */
export interface FoundCard {
  /** Corners: top-left, top-right, bottom-right, bottom-left. */
  quad: Point[];
  /** 0..1: the product of the shape, aspect, fill, edge-fit, contrast and size scores. */
  certainty: number;
  /** Each score on its own, for logs and tests. */
  scores: Record<'aspect' | 'shape' | 'fill' | 'edges' | 'contrast' | 'area', number>;
}

/** At or above this the crop is trusted alone; below it the whole frame is read too. */
export const SURE_CARD = 0.6;

/**
 * Finds a business card lying on a contrasting background: the frame's border is taken as
 * background, everything that differs from it is foreground, and the largest foreground
 * blob is reduced to the quadrilateral of its outline. Returns corners in the order
 * top-left, top-right, bottom-right, bottom-left, or null when no card-like shape stands
 * out (a flat scan where the card fills the frame, say).
 */
export function findCard(img: RawImage): Point[] | null {
  return locateCardIn(img)?.quad ?? null;
}

/** Like findCard, with how sure the finder is (see FoundCard). */
export function locateCardIn(img: RawImage): FoundCard | null {
  const { width: w, height: h } = img;
  const bg = borderColour(img);
  if (!bg) return null;
  const mask = new Uint8Array(w * h);
  const thr = Math.max(40, bg.spread * 4);
  for (let i = 0, p = 0; i < w * h; i++, p += img.channels) {
    let d = 0;
    for (let c = 0; c < 3; c++) d += Math.abs(img.data[p + c]! - bg.colour[c]!);
    mask[i] = d > thr ? 1 : 0;
  }
  const closed = erode(dilate(mask, w, h, 2), w, h, 2);
  const blob = largestComponent(closed, w, h);
  // A card far off in the frame is still a card: small ones are kept, and marked doubtful.
  if (!blob || blob.area < w * h * MIN_AREA) return null;
  const hull = convexHull(blob.outline);
  if (hull.length < 4) return null;
  const quad = refineQuad(reduceToQuad(hull), blob.outline);
  if (!quad) return null;
  const ordered = orderCorners(quad);
  if (!plausibleCard(ordered, w, h)) return null;
  const scores = cardScores(img, ordered, blob, bg.colour, thr);
  const certainty = Object.values(scores).reduce((a, b) => a * b, 1);
  return { quad: ordered, certainty, scores };
}

const MIN_AREA = 0.03;

/** 1 inside [lo, hi], falling linearly to 0 at [lo0, hi0]. */
function ramp(v: number, lo0: number, lo: number, hi: number, hi0: number): number {
  if (v < lo) return Math.max(0, (v - lo0) / (lo - lo0));
  if (v > hi) return Math.max(0, (hi0 - v) / (hi0 - hi));
  return 1;
}

/**
 * Why a quad looks like a card: a card-like aspect ratio (ISO 1.59, US 1.75, JP 1.65, with
 * room for perspective); opposite sides of similar length (a view from the side shortens
 * one a bit, a wrong quad a lot); the blob fills the quad (a light card on a light desk
 * leaves holes, a hand or a second object sticks out); the outline runs along the quad's
 * sides; the inside differs clearly from the desk; and it is not tiny in the frame.
 */
function cardScores(img: RawImage, q: Point[], blob: Blob, bg: number[], thr: number): FoundCard['scores'] {
  const top = distance(q[0]!, q[1]!);
  const bottom = distance(q[3]!, q[2]!);
  const left = distance(q[0]!, q[3]!);
  const right = distance(q[1]!, q[2]!);
  const ratio = Math.max(top + bottom, left + right) / Math.max(1, Math.min(top + bottom, left + right));
  const aspect = ramp(ratio, 1.15, 1.35, 2.0, 2.6);
  const sideRatio = Math.min(Math.min(top, bottom) / Math.max(top, bottom, 1), Math.min(left, right) / Math.max(left, right, 1));
  const shape = ramp(sideRatio, 0.45, 0.7, 1, 2);
  const area = polygonArea(q);
  const fill = ramp(blob.area / Math.max(1, area), 0.6, 0.9, 1.1, 1.4);
  let near = 0;
  for (const p of blob.outline) {
    let best = Infinity;
    for (let i = 0; i < 4; i++) {
      const a = q[i]!;
      const b = q[(i + 1) % 4]!;
      best = Math.min(best, Math.abs(cross(a, b, p)) / Math.max(1, distance(a, b)));
    }
    if (best <= Math.max(2, Math.sqrt(area) * 0.02)) near++;
  }
  const edges = ramp(near / Math.max(1, blob.outline.length), 0.4, 0.75, 1, 2);
  const frac = area / (img.width * img.height);
  // Under ~6% of the frame a blob may as well be a logo or a sticker: the crop is doubtful.
  const areaScore = ramp(frac, MIN_AREA, 0.06, 1, 2);
  const contrast = ramp(insideContrast(img, q, bg) / thr, 0.8, 2, Infinity, Infinity);
  return { aspect, shape, fill, edges, contrast, area: areaScore };
}

/** Median colour distance from the desk of pixels just inside the quad's edges. */
function insideContrast(img: RawImage, q: Point[], bg: number[]): number {
  const cx = q.reduce((s, p) => s + p.x, 0) / 4;
  const cy = q.reduce((s, p) => s + p.y, 0) / 4;
  const ds: number[] = [];
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    for (let t = 0.1; t <= 0.9; t += 0.02) {
      // 8% of the way from the edge towards the centre: paper, clear of the blurred border.
      const ex = a.x + (b.x - a.x) * t;
      const ey = a.y + (b.y - a.y) * t;
      const x = Math.round(ex + (cx - ex) * 0.08);
      const y = Math.round(ey + (cy - ey) * 0.08);
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      const p = (y * img.width + x) * img.channels;
      let d = 0;
      for (let c = 0; c < 3; c++) d += Math.abs(img.data[p + c]! - bg[c]!);
      ds.push(d);
    }
  }
  return median(ds);
}

function borderColour(img: RawImage): { colour: number[]; spread: number } | null {
  const { width: w, height: h, channels: ch } = img;
  const ring = Math.max(2, Math.round(Math.min(w, h) * 0.02));
  const samples: number[][] = [[], [], []];
  const take = (x: number, y: number) => {
    const p = (y * w + x) * ch;
    for (let c = 0; c < 3; c++) samples[c]!.push(img.data[p + c]!);
  };
  for (let y = 0; y < h; y += 2)
    for (let x = 0; x < w; x += 2) if (x < ring || y < ring || x >= w - ring || y >= h - ring) take(x, y);
  const colour = samples.map(median);
  const dev = samples[0]!.map((_, i) =>
    samples.reduce((s, ch2, c) => s + Math.abs(ch2[i]! - colour[c]!), 0),
  );
  const spread = median(dev);
  // A border that is not one surface (the card itself reaches the edge) says: no card to find.
  const far = dev.filter((d) => d > Math.max(60, spread * 5)).length / dev.length;
  if (far > 0.25) return null;
  return { colour, spread };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function dilate(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return morph(m, w, h, r, 1);
}
function erode(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return morph(m, w, h, r, 0);
}
/** Separable square structuring element: `hit` spreads over a (2r+1)^2 window. */
function morph(m: Uint8Array, w: number, h: number, r: number, hit: 0 | 1): Uint8Array {
  const tmp = new Uint8Array(w * h);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = 1 - hit;
      for (let k = -r; k <= r && v !== hit; k++) {
        const xx = x + k;
        if (xx >= 0 && xx < w && m[y * w + xx] === hit) v = hit;
      }
      tmp[y * w + x] = v;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = 1 - hit;
      for (let k = -r; k <= r && v !== hit; k++) {
        const yy = y + k;
        if (yy >= 0 && yy < h && tmp[yy * w + x] === hit) v = hit;
      }
      out[y * w + x] = v;
    }
  return out;
}

interface Blob {
  area: number;
  outline: Point[];
}

/** Largest 4-connected blob; its outline is the leftmost and rightmost pixel of each row and column. */
function largestComponent(m: Uint8Array, w: number, h: number): Blob | null {
  const label = new Int32Array(w * h);
  let best = 0;
  let bestArea = 0;
  let next = 1;
  const stack: number[] = [];
  for (let i = 0; i < w * h; i++) {
    if (!m[i] || label[i]) continue;
    let area = 0;
    label[i] = next;
    stack.push(i);
    while (stack.length) {
      const p = stack.pop()!;
      area++;
      const x = p % w;
      const y = (p - x) / w;
      if (x > 0 && m[p - 1] && !label[p - 1]) {
        label[p - 1] = next;
        stack.push(p - 1);
      }
      if (x < w - 1 && m[p + 1] && !label[p + 1]) {
        label[p + 1] = next;
        stack.push(p + 1);
      }
      if (y > 0 && m[p - w] && !label[p - w]) {
        label[p - w] = next;
        stack.push(p - w);
      }
      if (y < h - 1 && m[p + w] && !label[p + w]) {
        label[p + w] = next;
        stack.push(p + w);
      }
    }
    if (area > bestArea) {
      bestArea = area;
      best = next;
    }
    next++;
  }
  if (!best) return null;
  const outline: Point[] = [];
  for (let y = 0; y < h; y++) {
    let l = -1;
    let r = -1;
    for (let x = 0; x < w; x++)
      if (label[y * w + x] === best) {
        if (l < 0) l = x;
        r = x;
      }
    if (l >= 0) outline.push({ x: l, y }, { x: r + 1, y });
  }
  for (let x = 0; x < w; x++) {
    let t = -1;
    let b = -1;
    for (let y = 0; y < h; y++)
      if (label[y * w + x] === best) {
        if (t < 0) t = y;
        b = y;
      }
    if (t >= 0) outline.push({ x, y: t }, { x, y: b + 1 });
  }
  return { area: bestArea, outline };
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Andrew's monotone chain; counter-clockwise in image coordinates' mirror. */
export function convexHull(points: Point[]): Point[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (pts.length < 3) return pts;
  const lower: Point[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** Drops, one at a time, the hull vertex whose removal loses the least area. */
function reduceToQuad(hull: Point[]): Point[] {
  const poly = [...hull];
  while (poly.length > 4) {
    let worst = 0;
    let least = Infinity;
    for (let i = 0; i < poly.length; i++) {
      const a = poly[(i - 1 + poly.length) % poly.length]!;
      const b = poly[i]!;
      const c = poly[(i + 1) % poly.length]!;
      const area = Math.abs(cross(a, b, c));
      if (area < least) {
        least = area;
        worst = i;
      }
    }
    poly.splice(worst, 1);
  }
  return poly;
}

/**
 * Rounded corners and blur pull a reduced hull's vertices inwards; fitting a line through
 * the outline points along each side and intersecting neighbours puts them back.
 */
function refineQuad(quad: Point[], outline: Point[]): Point[] | null {
  const lines: { p: Point; d: Point }[] = [];
  for (let i = 0; i < 4; i++) {
    const a = quad[i]!;
    const b = quad[(i + 1) % 4]!;
    const len = distance(a, b);
    const near = outline.filter((p) => {
      const t = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (len * len);
      if (t < 0.15 || t > 0.85) return false;
      return Math.abs(cross(a, b, p)) / len < Math.max(3, len * 0.02);
    });
    lines.push(near.length >= 5 ? fitLine(near) : { p: a, d: { x: b.x - a.x, y: b.y - a.y } });
  }
  const out: Point[] = [];
  for (let i = 0; i < 4; i++) {
    const p = intersect(lines[(i + 3) % 4]!, lines[i]!);
    if (!p) return null;
    out.push(p);
  }
  return out;
}

function fitLine(pts: Point[]): { p: Point; d: Point } {
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p.x, 0) / n;
  const my = pts.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pts) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { p: { x: mx, y: my }, d: { x: Math.cos(angle), y: Math.sin(angle) } };
}

function intersect(l1: { p: Point; d: Point }, l2: { p: Point; d: Point }): Point | null {
  const det = l1.d.x * l2.d.y - l1.d.y * l2.d.x;
  if (Math.abs(det) < 1e-9) return null;
  const t = ((l2.p.x - l1.p.x) * l2.d.y - (l2.p.y - l1.p.y) * l2.d.x) / det;
  return { x: l1.p.x + t * l1.d.x, y: l1.p.y + t * l1.d.y };
}

/** Top-left, top-right, bottom-right, bottom-left, with the long side horizontal first. */
export function orderCorners(quad: Point[]): Point[] {
  const cx = quad.reduce((s, p) => s + p.x, 0) / 4;
  const cy = quad.reduce((s, p) => s + p.y, 0) / 4;
  const byAngle = [...quad].sort(
    (a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx),
  );
  // byAngle runs clockwise on screen starting near the left; start from the top-left-most.
  let start = 0;
  for (let i = 1; i < 4; i++) if (byAngle[i]!.x + byAngle[i]!.y < byAngle[start]!.x + byAngle[start]!.y) start = i;
  return [0, 1, 2, 3].map((k) => byAngle[(start + k) % 4]!);
}

function plausibleCard(q: Point[], w: number, h: number): boolean {
  const top = distance(q[0]!, q[1]!);
  const bottom = distance(q[3]!, q[2]!);
  const left = distance(q[0]!, q[3]!);
  const right = distance(q[1]!, q[2]!);
  const long = Math.max(top + bottom, left + right) / 2;
  const short = Math.min(top + bottom, left + right) / 2;
  const ratio = long / Math.max(1, short);
  const area = polygonArea(q);
  if (ratio < 1.15 || ratio > 2.6) return false;
  if (area < w * h * MIN_AREA || area > w * h * 0.97) return false;
  return q.every((p) => p.x > -w * 0.05 && p.y > -h * 0.05 && p.x < w * 1.05 && p.y < h * 1.05);
}

function polygonArea(q: Point[]): number {
  let a = 0;
  for (let i = 0; i < q.length; i++) {
    const p = q[i]!;
    const n = q[(i + 1) % q.length]!;
    a += p.x * n.y - n.x * p.y;
  }
  return Math.abs(a) / 2;
}
