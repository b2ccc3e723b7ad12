import type { Point, RawImage } from './homography.js';
import { centre, inside, orderCorners, polygonArea } from './quad.js';

/**
 * Card outlines from straight edges. The region finders need the card to differ from the
 * desk as a whole (one colour, a brightness class, a flat patch); a card of two colours, a
 * dark card on a dark cloth, a light card on light paper, or one with a thumb across it makes
 * no such region. Its four sides are still straight edges, each running the side's whole
 * length: the edges of the frame go into a Hough transform, and every four strong lines
 * that close a card-shaped quad are scored by how much of each side is edge.
 */

/** A line in normal form: x cos(theta) + y sin(theta) = rho; votes = edge pixels on it. */
export interface EdgeLine {
  theta: number;
  rho: number;
  votes: number;
}

export interface LineQuad {
  /** Corners ordered top-left, top-right, bottom-right, bottom-left. */
  quad: Point[];
  /** 0..1: the share of the sides that runs along an edge (mean of the four sides). */
  support: number;
  /** The least supported side (a thumb over an edge lowers one side, not all four). */
  weakest: number;
}

/** Edge strength (in the units of find-card's gradient: (|gx|+|gy|)/4 of the strongest channel). */
export interface EdgeMap {
  w: number;
  h: number;
  mag: Uint16Array;
  /** Gradient direction, degrees 0..359 (towards the brighter side; the edge runs across it). */
  dir: Uint16Array;
}

/** An edge pixel: weaker than a faint card outline on a light desk, stronger than blurred grain. */
const EDGE_MIN = 8;
const THETA_BINS = 180;
const MAX_LINES = 28;
/** Opposite sides of a card seen at up to ~45 degrees of tilt are still within this of parallel. */
const PARALLEL = 28;
/** A pixel's gradient direction is off by a few degrees where texture crosses the edge: it votes this far either side. */
const VOTE_SPREAD = 5;
/** Lines kept within DIRECTION_SPREAD degrees of one another. */
const PER_DIRECTION = 6;
const DIRECTION_SPREAD = 6;

/** Per-pixel colour gradient: the channel that changes most decides (a red card on a red cloth differs in shade, a blue card on grey in hue). */
export function edgeMap(img: RawImage): EdgeMap {
  const { width: w, height: h, channels: ch, data } = img;
  const mag = new Uint16Array(w * h);
  const dir = new Uint16Array(w * h);
  const row = w * ch;
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      let best = -1;
      let bx = 0;
      let by = 0;
      const p = (y * w + x) * ch;
      for (let c = 0; c < Math.min(3, ch); c++) {
        const q = p + c;
        const nw = data[q - row - ch]!;
        const n = data[q - row]!;
        const ne = data[q - row + ch]!;
        const wv = data[q - ch]!;
        const ev = data[q + ch]!;
        const sw = data[q + row - ch]!;
        const sv = data[q + row]!;
        const se = data[q + row + ch]!;
        const gx = ne + 2 * ev + se - nw - 2 * wv - sw;
        const gy = sw + 2 * sv + se - nw - 2 * n - ne;
        const m = (gx < 0 ? -gx : gx) + (gy < 0 ? -gy : gy);
        if (m > best) {
          best = m;
          bx = gx;
          by = gy;
        }
      }
      const i = y * w + x;
      mag[i] = best >> 2;
      // Only edge pixels need a direction.
      if (mag[i]! >= EDGE_MIN) dir[i] = (Math.round((Math.atan2(by, bx) * 180) / Math.PI) + 360) % 360;
    }
  return { w, h, mag, dir };
}

/**
 * The edge strength that counts: a faint card outline on a plain desk, but on a textured one
 * (wood grain, a weave) only what stands out from the texture, or the grain's thousands of
 * short lines outvote the card's four long ones.
 */
function edgeFloor(e: EdgeMap): number {
  const hist = new Uint32Array(1024);
  for (const m of e.mag) hist[Math.min(1023, m)]!++;
  let seen = 0;
  for (let v = 0; v < 1024; v++) {
    seen += hist[v]!;
    if (seen >= e.mag.length * 0.8) return Math.max(EDGE_MIN, v);
  }
  return EDGE_MIN;
}

/** Edge pixels thinned to the crest of the gradient, so a blurred edge votes as one line. */
function crest(e: EdgeMap): Uint8Array {
  const { w, h, mag, dir } = e;
  const floor = edgeFloor(e);
  const out = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const m = mag[i]!;
      if (m < floor) continue;
      const d = dir[i]! % 180;
      // Neighbours along the gradient: horizontal, diagonal, vertical or anti-diagonal.
      const step = d < 22.5 || d >= 157.5 ? 1 : d < 67.5 ? w + 1 : d < 112.5 ? w : w - 1;
      if (m >= mag[i - step]! && m >= mag[i + step]!) out[i] = 1;
    }
  return out;
}

/** The strongest straight lines of the edge map (Hough transform, each pixel voting near its own gradient direction). */
export function edgeLines(e: EdgeMap, max = MAX_LINES): EdgeLine[] {
  const { w, h, dir } = e;
  const thin = crest(e);
  const diag = Math.ceil(Math.hypot(w, h));
  const rhoBins = 2 * diag + 1;
  const acc = new Uint16Array(THETA_BINS * rhoBins);
  const cos = Float64Array.from({ length: THETA_BINS }, (_, t) => Math.cos((t * Math.PI) / 180));
  const sin = Float64Array.from({ length: THETA_BINS }, (_, t) => Math.sin((t * Math.PI) / 180));
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (!thin[i]) continue;
      const d = dir[i]! % 180;
      for (let k = -VOTE_SPREAD; k <= VOTE_SPREAD; k++) {
        const t = (d + k + THETA_BINS) % THETA_BINS;
        const r = Math.round(x * cos[t]! + y * sin[t]!) + diag;
        acc[t * rhoBins + r]!++;
      }
    }
  // A side must be a fair share of a card in the frame long.
  const minVotes = Math.max(12, Math.round(Math.min(w, h) * 0.12));
  const peaks: EdgeLine[] = [];
  for (let t = 0; t < THETA_BINS; t++)
    for (let r = 0; r < rhoBins; r++) {
      const v = acc[t * rhoBins + r]!;
      if (v < minVotes) continue;
      let top = true;
      for (let dt = -3; dt <= 3 && top; dt++)
        for (let dr = -4; dr <= 4; dr++) {
          if (!dt && !dr) continue;
          let tt = t + dt;
          let rr = r + dr;
          // theta wraps round with rho mirrored.
          if (tt < 0) {
            tt += THETA_BINS;
            rr = rhoBins - 1 - rr;
          } else if (tt >= THETA_BINS) {
            tt -= THETA_BINS;
            rr = rhoBins - 1 - rr;
          }
          if (rr < 0 || rr >= rhoBins) continue;
          const o = acc[tt * rhoBins + rr]!;
          // Ties are broken by position so a plateau yields one peak.
          if (o > v || (o === v && tt * rhoBins + rr < t * rhoBins + r)) {
            top = false;
            break;
          }
        }
      if (top) peaks.push({ theta: t, rho: r - diag, votes: v });
    }
  // The grain of a desk runs one way: a few lines of each direction, so the card's sides across the grain stay in.
  const kept: EdgeLine[] = [];
  for (const p of peaks.sort((a, b) => b.votes - a.votes)) {
    if (kept.length >= max) break;
    if (kept.filter((k) => angleBetween(k.theta, p.theta) <= DIRECTION_SPREAD).length < PER_DIRECTION) kept.push(p);
  }
  return kept;
}

function intersect(a: EdgeLine, b: EdgeLine): Point | null {
  const ta = (a.theta * Math.PI) / 180;
  const tb = (b.theta * Math.PI) / 180;
  const det = Math.cos(ta) * Math.sin(tb) - Math.sin(ta) * Math.cos(tb);
  if (Math.abs(det) < 1e-6) return null;
  return {
    x: (a.rho * Math.sin(tb) - b.rho * Math.sin(ta)) / det,
    y: (b.rho * Math.cos(ta) - a.rho * Math.cos(tb)) / det,
  };
}

/** Angle between two line directions, 0..90 degrees. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 180;
  return Math.min(d, 180 - d);
}

/**
 * The share of the segment a-b that runs along one edge: samples every ~2 px, each looking a
 * couple of pixels to either side for an edge pixel whose gradient is across the segment.
 * A card's side is brighter (or darker) on the card's side all along; the grain of a desk
 * runs the same way but turns dark-to-light and back, so only the commoner sense counts.
 */
export function sideSupport(e: EdgeMap, a: Point, b: Point): number {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len < 4) return 0;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  // One of the side's two normals, as a gradient's direction would be on it.
  const normal = ((Math.round((Math.atan2(ux, -uy) * 180) / Math.PI) % 360) + 360) % 360;
  const reach = Math.max(2, Math.round(len * 0.012));
  const n = Math.max(4, Math.floor(len / 2));
  let along = 0;
  let against = 0;
  let seen = 0;
  // The corners are left out: a rounded corner is no edge along either side.
  for (let s = 1; s < n; s++) {
    const f = 0.04 + (0.92 * s) / n;
    const px = a.x + (b.x - a.x) * f;
    const py = a.y + (b.y - a.y) * f;
    if (px < 1 || py < 1 || px >= e.w - 1 || py >= e.h - 1) continue;
    seen++;
    let sense = 0;
    for (let o = -reach; o <= reach && !sense; o++) {
      const x = Math.round(px - uy * o);
      const y = Math.round(py + ux * o);
      if (x < 1 || y < 1 || x >= e.w - 1 || y >= e.h - 1) continue;
      const i = y * e.w + x;
      if (e.mag[i]! < EDGE_MIN) continue;
      const off = Math.abs(e.dir[i]! - normal) % 360;
      const turn = Math.min(off, 360 - off);
      if (turn <= 20) sense = 1;
      else if (turn >= 160) sense = -1;
    }
    if (sense > 0) along++;
    else if (sense < 0) against++;
  }
  // A side beyond the frame's edge (a card cut by the frame) is no evidence either way: it
  // counts as half supported.
  const outside = n - 1 - seen;
  return (Math.max(along, against) + outside * 0.5) / Math.max(1, n - 1);
}

/**
 * Card-shaped quads closed by four of the frame's strong lines: two nearly parallel pairs
 * crossing at a card's angles (perspective allowing), corners inside the frame or just off
 * it. Scored by how much of each side is edge; the best distinct ones first.
 */
export function lineQuads(e: EdgeMap, lines: EdgeLine[], accept: (q: Point[]) => boolean, max = 6): LineQuad[] {
  const { w, h } = e;
  const minGap = Math.min(w, h) * 0.1;
  // Signed distance of the frame's centre from a line.
  const fromCentre = (l: EdgeLine) => (w / 2) * Math.cos((l.theta * Math.PI) / 180) + (h / 2) * Math.sin((l.theta * Math.PI) / 180) - l.rho;
  const pairs: [EdgeLine, EdgeLine][] = [];
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (angleBetween(a.theta, b.theta) > PARALLEL) continue;
      // Far enough apart at the frame's centre to be two sides of one card. Across the wrap
      // (2 and 178 degrees) one normal points the other way.
      const gap = Math.abs(a.theta - b.theta) <= 90 ? Math.abs(fromCentre(a) - fromCentre(b)) : Math.abs(fromCentre(a) + fromCentre(b));
      if (gap >= minGap) pairs.push([a, b]);
    }
  const found: LineQuad[] = [];
  for (let i = 0; i < pairs.length; i++)
    for (let j = i + 1; j < pairs.length; j++) {
      const [a1, a2] = pairs[i]!;
      const [b1, b2] = pairs[j]!;
      const cross = angleBetween(meanTheta(a1, a2), meanTheta(b1, b2));
      if (cross < 45) continue;
      if ([a1, a2].some((l) => l === b1 || l === b2)) continue;
      const corners = [intersect(a1, b1), intersect(b1, a2), intersect(a2, b2), intersect(b2, a1)];
      if (corners.some((p) => !p)) continue;
      const pts = corners as Point[];
      if (!convex(pts)) continue;
      const quad = orderCorners(pts);
      if (!accept(quad)) continue;
      const s = [0, 1, 2, 3].map((k) => sideSupport(e, quad[k]!, quad[(k + 1) % 4]!));
      const weakest = Math.min(...s);
      const support = s.reduce((x, y) => x + y, 0) / 4;
      if (weakest < 0.35 || support < 0.6) continue;
      found.push({ quad, support, weakest });
    }
  // Well supported and large first: a coloured panel, a stripe or a text block on the card is
  // as straight-edged as the card, but smaller.
  const rank = (q: LineQuad) => q.support + 0.25 * areaShare(q.quad, w, h);
  found.sort((x, y) => rank(y) - rank(x));
  const kept: LineQuad[] = [];
  for (const f of found) {
    if (kept.length >= max) break;
    if (!kept.some((k) => overlapsMostly(k.quad, f.quad))) kept.push(f);
  }
  return kept;
}

/** The mean direction of two nearly parallel lines, across the wrap at 180 degrees too. */
function meanTheta(a: EdgeLine, b: EdgeLine): number {
  return Math.abs(a.theta - b.theta) <= 90 ? (a.theta + b.theta) / 2 : ((a.theta + b.theta + 180) / 2) % 180;
}

const areaShare = (q: Point[], w: number, h: number) => Math.sqrt(polygonArea(q) / (w * h));

/** Every corner of `inner` inside `outer` (or on it, give or take 5% of its size) and `inner` smaller. */
export function encloses(outer: Point[], inner: Point[]): boolean {
  const area = polygonArea(outer);
  if (polygonArea(inner) >= area) return false;
  const slack = Math.max(2, Math.sqrt(area) * 0.05);
  const c = centre(outer);
  const grown = outer.map((p) => {
    const d = Math.hypot(p.x - c.x, p.y - c.y) || 1;
    return { x: p.x + ((p.x - c.x) / d) * slack, y: p.y + ((p.y - c.y) / d) * slack };
  });
  return inner.every((p) => inside(grown, p));
}

function convex(p: Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = p[i]!;
    const b = p[(i + 1) % 4]!;
    const c = p[(i + 2) % 4]!;
    const z = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (Math.abs(z) < 1e-9) return false;
    const s = Math.sign(z);
    if (sign && s !== sign) return false;
    sign = s;
  }
  return true;
}

/** Corners all within 6% of the quads' size of each other: one outline found twice. */
function overlapsMostly(a: Point[], b: Point[]): boolean {
  const size = Math.sqrt(Math.max(polygonArea(a), polygonArea(b)));
  return a.every((p, i) => Math.hypot(p.x - b[i]!.x, p.y - b[i]!.y) < size * 0.06);
}
