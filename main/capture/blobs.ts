import type { Point } from './homography.js';

/*
 * Shapes in binary masks: morphology, connected blobs with their outlines and holes, and
 * what is reached from a box's edge. The card finder's strategies share these; the quad a
 * blob's outline reduces to is in quad.ts.
 */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** A summed-area table of a w x h grid of values: the sum over any box in four lookups (boxSum). */
export function summedArea(values: ArrayLike<number>, w: number, h: number): Float64Array {
  const sum = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += values[y * w + x]!;
      sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1]! + row;
    }
  }
  return sum;
}

/** The sum of the values over columns x0..x1-1 and rows y0..y1-1, from their summed-area table. */
export function boxSum(sum: Float64Array, w: number, x0: number, y0: number, x1: number, y1: number): number {
  const W = w + 1;
  return sum[y1 * W + x1]! - sum[y0 * W + x1]! - sum[y1 * W + x0]! + sum[y0 * W + x0]!;
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

/** A 4-connected blob's label in `labelBlobs`' map, its size and its bounding box. */
export interface BlobStats {
  id: number;
  area: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every 4-connected blob of the mask, in scan order, with a map of which blob each pixel is (0: none). */
export function labelBlobs(m: Uint8Array, w: number, h: number): { label: Int32Array; stats: BlobStats[] } {
  const label = new Int32Array(w * h);
  const stats: BlobStats[] = [];
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
    stats.push(s);
    next++;
  }
  return { label, stats };
}

/**
 * The `max` largest 4-connected blobs of at least `minArea` pixels, largest first, each with
 * its outline (the extreme pixels of every row and column) and its hole-filled area.
 */
export function components(m: Uint8Array, w: number, h: number, minArea: number, max: number): Blob[] {
  const { label, stats: all } = labelBlobs(m, w, h);
  const stats = all.filter((s) => s.area >= minArea);
  stats.sort((a, b) => b.area - a.area);
  return stats.slice(0, max).map((s) => {
    const outline: Point[] = [];
    for (let y = s.y0; y <= s.y1; y++) {
      const row = firstLast(label, s.id, y * w + s.x0, 1, s.x1 - s.x0 + 1);
      if (row) outline.push({ x: s.x0 + row[0], y }, { x: s.x0 + row[1] + 1, y });
    }
    for (let x = s.x0; x <= s.x1; x++) {
      const col = firstLast(label, s.id, s.y0 * w + x, w, s.y1 - s.y0 + 1);
      if (col) outline.push({ x, y: s.y0 + col[0] }, { x, y: s.y0 + col[1] + 1 });
    }
    return { area: s.area, filled: filledArea(label, w, s), outline };
  });
}

/** The first and last k < count with label[start + k * step] === id (a row: step 1; a column: step w), or null. */
function firstLast(label: Int32Array, id: number, start: number, step: number, count: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = 0, i = start; k < count; k++, i += step)
    if (label[i] === id) {
      if (first < 0) first = k;
      last = k;
    }
  return first < 0 ? null : [first, last];
}

/** The blob's area plus its holes: its bounding box less what is reachable from the box's edge without crossing it. */
function filledArea(label: Int32Array, w: number, s: { id: number; x0: number; y0: number; x1: number; y1: number }): number {
  const bw = s.x1 - s.x0 + 1;
  const bh = s.y1 - s.y0 + 1;
  const outside = reachedFromEdge(bw, bh, (x, y) => label[(y + s.y0) * w + x + s.x0] !== s.id);
  let n = 0;
  for (const v of outside) n += v;
  return bw * bh - n;
}

/**
 * The pixels of a bw x bh box reached from its edge through pixels that `open` lets through
 * (4-connected), as a box-sized mask of 1s at y * bw + x: the outside of a blob,
 * the desk round a card.
 */
export function reachedFromEdge(bw: number, bh: number, open: (x: number, y: number) => boolean): Uint8Array {
  if (bw <= 0 || bh <= 0) return new Uint8Array(0);
  const seen = new Uint8Array(bw * bh);
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const k = y * bw + x;
    if (seen[k] || !open(x, y)) return;
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
  while (stack.length) {
    const k = stack.pop()!;
    const x = k % bw;
    const y = (k - x) / bw;
    if (x > 0) push(x - 1, y);
    if (x < bw - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < bh - 1) push(x, y + 1);
  }
  return seen;
}
