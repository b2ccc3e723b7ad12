/** A point in pixel space. */
export interface Point {
  x: number;
  y: number;
}

/** 3x3 projective matrix, row-major, h[8] = 1. */
export type Homography = readonly number[];

/** Solves the 8 unknowns that map four `from` points onto four `to` points. */
export function homography(from: readonly Point[], to: readonly Point[]): Homography {
  if (from.length !== 4 || to.length !== 4) throw new Error('homography needs 4 point pairs');
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  const h = solve(a);
  return [...h, 1];
}

/** Gaussian elimination with partial pivoting on an n x (n+1) augmented matrix. */
function solve(m: number[][]): number[] {
  const n = m.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (Math.abs(p) < 1e-12) throw new Error('degenerate quadrilateral');
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export function project(h: Homography, p: Point): Point {
  const d = h[6]! * p.x + h[7]! * p.y + h[8]!;
  return { x: (h[0]! * p.x + h[1]! * p.y + h[2]!) / d, y: (h[3]! * p.x + h[4]! * p.y + h[5]!) / d };
}

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/** Brightness 0..255 of the pixel at byte offset `p` (ITU-R 601 weights, in integers). */
export const lumaAt = (img: RawImage, p: number): number => (img.data[p]! * 77 + img.data[p + 1]! * 150 + img.data[p + 2]! * 29) >> 8;

/**
 * Renders `src` into a width x height image where each output pixel (x, y) samples the
 * source at project(dstToSrc, (x, y)) with bilinear filtering; `fill` is used outside.
 */
export function warp(
  src: RawImage,
  dstToSrc: Homography,
  width: number,
  height: number,
  fill: readonly number[] = [255, 255, 255, 255],
): RawImage {
  const ch = src.channels;
  const out = Buffer.alloc(width * height * ch);
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = dstToSrc as number[];
  const sw = src.width;
  const shh = src.height;
  const s = src.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = h6! * x + h7! * y + h8!;
      const sx = (h0! * x + h1! * y + h2!) / d;
      const sy = (h3! * x + h4! * y + h5!) / d;
      const o = (y * width + x) * ch;
      if (sx < 0 || sy < 0 || sx > sw - 1 || sy > shh - 1) {
        for (let c = 0; c < ch; c++) out[o + c] = fill[c] ?? 255;
        continue;
      }
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, sw - 1);
      const y1 = Math.min(y0 + 1, shh - 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const i00 = (y0 * sw + x0) * ch;
      const i10 = (y0 * sw + x1) * ch;
      const i01 = (y1 * sw + x0) * ch;
      const i11 = (y1 * sw + x1) * ch;
      for (let c = 0; c < ch; c++) {
        const top = s[i00 + c]! + (s[i10 + c]! - s[i00 + c]!) * fx;
        const bot = s[i01 + c]! + (s[i11 + c]! - s[i01 + c]!) * fx;
        out[o + c] = top + (bot - top) * fy + 0.5;
      }
    }
  }
  return { data: out, width, height, channels: ch };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
