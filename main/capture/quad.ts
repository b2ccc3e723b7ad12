import { distance, type Point } from './homography.js';

/*
 * Quadrilaterals in an image: the hull of a blob's outline reduced to four corners and fitted
 * to its sides, and what the card finder measures on such a quad (its sides, centre, inside,
 * and points along its sides to sample colours at).
 */

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

/** Where two lines, each a point and a direction, meet; null when they are parallel. */
export function intersect(l1: { p: Point; d: Point }, l2: { p: Point; d: Point }): Point | null {
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

export function centre(q: Point[]): Point {
  return { x: q.reduce((s, p) => s + p.x, 0) / q.length, y: q.reduce((s, p) => s + p.y, 0) / q.length };
}

/** Inside a convex polygon: on the same side of every edge. */
export function inside(q: Point[], p: Point): boolean {
  let sign = 0;
  for (let i = 0; i < q.length; i++) {
    const c = cross(q[i]!, q[(i + 1) % q.length]!, p);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
}

/** Side lengths of a quad ordered top-left, top-right, bottom-right, bottom-left. */
export function sides(q: Point[]): { top: number; bottom: number; left: number; right: number } {
  return { top: distance(q[0]!, q[1]!), bottom: distance(q[3]!, q[2]!), left: distance(q[0]!, q[3]!), right: distance(q[1]!, q[2]!) };
}

/**
 * Points along each side of a quad, from 10% to 90% of its length every `step`: the corners
 * are left out, where a rounded or blurred card's outline leaves the quad.
 */
export function alongSides(q: Point[], step: number): Point[] {
  return [0, 1, 2, 3].flatMap((i) => alongSide(q[i]!, q[(i + 1) % 4]!, step));
}

/** Points along the segment a-b from 10% to 90% of the way, `step` apart (as shares of it). */
export function alongSide(a: Point, b: Point, step: number): Point[] {
  const out: Point[] = [];
  for (let t = 0.1; t <= 0.9; t += step) out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  return out;
}
