import { distance, type Point } from './homography.js';

/*
 * Shapes in binary masks: morphology, connected blobs, convex hulls and the quadrilateral a
 * blob's outline reduces to. The card finder's strategies share these.
 */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export function dilate(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return morph(m, w, h, r, 1);
}
export function erode(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return morph(m, w, h, r, 0);
}
/**
 * Separable square structuring element: `hit` spreads over a (2r+1)^2 window. Each pass keeps
 * a running count of `hit` pixels in the window, so the cost does not grow with r.
 */
function morph(m: Uint8Array, w: number, h: number, r: number, hit: 0 | 1): Uint8Array {
  const tmp = new Uint8Array(w * h);
  const out = new Uint8Array(w * h);
  const miss = 1 - hit;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let count = 0;
    for (let k = 0; k < Math.min(r, w); k++) if (m[row + k] === hit) count++;
    for (let x = 0; x < w; x++) {
      if (x + r < w && m[row + x + r] === hit) count++;
      if (x - r - 1 >= 0 && m[row + x - r - 1] === hit) count--;
      tmp[row + x] = count > 0 ? hit : miss;
    }
  }
  for (let x = 0; x < w; x++) {
    let count = 0;
    for (let k = 0; k < Math.min(r, h); k++) if (tmp[k * w + x] === hit) count++;
    for (let y = 0; y < h; y++) {
      if (y + r < h && tmp[(y + r) * w + x] === hit) count++;
      if (y - r - 1 >= 0 && tmp[(y - r - 1) * w + x] === hit) count--;
      out[y * w + x] = count > 0 ? hit : miss;
    }
  }
  return out;
}

export interface Blob {
  area: number;
  /** Area with the blob's holes filled in (text on a card, say). */
  filled: number;
  outline: Point[];
}

/** Largest 4-connected blob; its outline is the leftmost and rightmost pixel of each row and column. */
export function largestComponent(m: Uint8Array, w: number, h: number): Blob | null {
  return components(m, w, h, 1, 1)[0] ?? null;
}

/**
 * The `max` largest 4-connected blobs of at least `minArea` pixels, largest first, each with
 * its outline (the extreme pixels of every row and column) and its hole-filled area.
 */
export function components(m: Uint8Array, w: number, h: number, minArea: number, max: number): Blob[] {
  const label = new Int32Array(w * h);
  const stats: { id: number; area: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  let next = 1;
  // Each pixel is pushed at most once: a typed stack of the frame's size never overflows.
  const stack = new Int32Array(w * h);
  let top = 0;
  for (let i = 0; i < w * h; i++) {
    if (!m[i] || label[i]) continue;
    const s = { id: next, area: 0, x0: w, y0: h, x1: 0, y1: 0 };
    label[i] = next;
    stack[top++] = i;
    while (top > 0) {
      const p = stack[--top]!;
      s.area++;
      const x = p % w;
      const y = (p - x) / w;
      if (x < s.x0) s.x0 = x;
      if (x > s.x1) s.x1 = x;
      if (y < s.y0) s.y0 = y;
      if (y > s.y1) s.y1 = y;
      if (x > 0 && m[p - 1] && !label[p - 1]) {
        label[p - 1] = next;
        stack[top++] = p - 1;
      }
      if (x < w - 1 && m[p + 1] && !label[p + 1]) {
        label[p + 1] = next;
        stack[top++] = p + 1;
      }
      if (y > 0 && m[p - w] && !label[p - w]) {
        label[p - w] = next;
        stack[top++] = p - w;
      }
      if (y < h - 1 && m[p + w] && !label[p + w]) {
        label[p + w] = next;
        stack[top++] = p + w;
      }
    }
    if (s.area >= minArea) stats.push(s);
    next++;
  }
  stats.sort((a, b) => b.area - a.area);
  return stats.slice(0, max).map((s) => {
    const outline: Point[] = [];
    for (let y = s.y0; y <= s.y1; y++) {
      let l = -1;
      let r = -1;
      for (let x = s.x0; x <= s.x1; x++)
        if (label[y * w + x] === s.id) {
          if (l < 0) l = x;
          r = x;
        }
      if (l >= 0) outline.push({ x: l, y }, { x: r + 1, y });
    }
    for (let x = s.x0; x <= s.x1; x++) {
      let t = -1;
      let b = -1;
      for (let y = s.y0; y <= s.y1; y++)
        if (label[y * w + x] === s.id) {
          if (t < 0) t = y;
          b = y;
        }
      if (t >= 0) outline.push({ x, y: t }, { x, y: b + 1 });
    }
    return { area: s.area, filled: filledArea(label, w, s), outline };
  });
}

/** The blob's area plus its holes: its bounding box less what is reachable from the box's edge without crossing it. */
function filledArea(label: Int32Array, w: number, s: { id: number; x0: number; y0: number; x1: number; y1: number }): number {
  const bw = s.x1 - s.x0 + 1;
  const bh = s.y1 - s.y0 + 1;
  const seen = new Uint8Array(bw * bh);
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const k = y * bw + x;
    if (seen[k] || label[(y + s.y0) * w + x + s.x0] === s.id) return;
    seen[k] = 1;
    stack.push(k);
  };
  for (let x = 0; x < bw; x++) {
    push(x, 0);
    push(x, bh - 1);
  }
  for (let y = 0; y < bh; y++) {
    push(0, y);
    push(bw - 1, y);
  }
  let outside = 0;
  while (stack.length) {
    const k = stack.pop()!;
    outside++;
    const x = k % bw;
    const y = (k - x) / bw;
    if (x > 0) push(x - 1, y);
    if (x < bw - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < bh - 1) push(x, y + 1);
  }
  return bw * bh - outside;
}

export function cross(o: Point, a: Point, b: Point): number {
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
export function reduceToQuad(hull: Point[]): Point[] {
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
export function refineQuad(quad: Point[], outline: Point[]): Point[] | null {
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

export function polygonArea(q: Point[]): number {
  let a = 0;
  for (let i = 0; i < q.length; i++) {
    const p = q[i]!;
    const n = q[(i + 1) % q.length]!;
    a += p.x * n.y - n.x * p.y;
  }
  return Math.abs(a) / 2;
}
