/** Rectangle in frame pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FrameInfo {
  /** Mean absolute Laplacian: higher is sharper. */
  sharpness: number;
  /** Mean absolute difference from the previous frame, 0..255; NaN for the first frame. */
  motion: number;
  /** Bounding box of what differs from the frame's border (the card), or null. */
  card: Rect | null;
  /** A 16x9 grey miniature of the frame: what was in view, to recognise it again. */
  signature?: number[];
}

/** The frame shrunk to 16x9 mean grey levels. */
export function signatureOf(grey: Uint8Array, w: number, h: number): number[] {
  const out: number[] = [];
  for (let by = 0; by < 9; by++)
    for (let bx = 0; bx < 16; bx++) {
      let sum = 0;
      let n = 0;
      for (let y = Math.floor((by * h) / 9); y < Math.floor(((by + 1) * h) / 9); y++)
        for (let x = Math.floor((bx * w) / 16); x < Math.floor(((bx + 1) * w) / 16); x++) {
          sum += grey[y * w + x]!;
          n++;
        }
      out.push(n ? Math.round(sum / n) : 0);
    }
  return out;
}

/** Same scene: the miniatures differ by a few grey levels on average (camera noise), not more. */
export function sameScene(a: number[] | null | undefined, b: number[] | null | undefined, tolerance = 10): boolean {
  if (!a || !b || a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i]! - b[i]!);
  return d / a.length <= tolerance;
}

/** Grey levels from RGBA pixels. */
export function toGrey(rgba: Uint8ClampedArray, w: number, h: number): Uint8Array {
  const g = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) g[i] = (rgba[i * 4]! * 77 + rgba[i * 4 + 1]! * 150 + rgba[i * 4 + 2]! * 29) >> 8;
  return g;
}

export function analyseFrame(grey: Uint8Array, w: number, h: number, prev: Uint8Array | null): FrameInfo {
  let lap = 0;
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      lap += Math.abs(4 * grey[i]! - grey[i - 1]! - grey[i + 1]! - grey[i - w]! - grey[i + w]!);
    }
  let motion = 0;
  if (prev && prev.length === grey.length) {
    for (let i = 0; i < grey.length; i++) motion += Math.abs(grey[i]! - prev[i]!);
    motion /= grey.length;
  } else motion = Number.NaN; // no previous frame: motion unknown, neither still nor moving
  return { sharpness: lap / ((w - 2) * (h - 2)), motion, card: findCardBox(grey, w, h), signature: signatureOf(grey, w, h) };
}

function findCardBox(g: Uint8Array, w: number, h: number): Rect | null {
  const border: number[] = [];
  for (let x = 0; x < w; x++) border.push(g[x]!, g[(h - 1) * w + x]!);
  for (let y = 0; y < h; y++) border.push(g[y * w]!, g[y * w + w - 1]!);
  border.sort((a, b) => a - b);
  const bg = border[border.length >> 1]!;
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  let n = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (Math.abs(g[y * w + x]! - bg) > 40) {
        n++;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  if (n < w * h * 0.08) return null;
  return { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** Where auto-capture remembers the scene it captured last, so a reload does not capture it again. */
export interface CaptureMemory {
  load(): number[] | null;
  store(signature: number[] | null): void;
}

/**
 * Auto-capture: fires once when the card has been held still and sharp for `holdFrames`
 * frames, then waits until the scene changes (the card is taken away) before it can fire
 * again. The scene it fired on is remembered (in `memory`, which outlives a reload): the
 * same card still lying there after a reload or a restart is not captured a second time.
 */
export class AutoCapture {
  private still = 0;
  private armed = true;
  private absent = 0;
  private last: number[] | null;

  constructor(
    private readonly opts = { maxMotion: 4, minSharpness: 6, holdFrames: 6 },
    private readonly memory: CaptureMemory | null = null,
  ) {
    this.last = memory?.load() ?? null;
  }

  feed(f: FrameInfo): boolean {
    // A black frame (the camera starting, a tab coming back) says nothing about the scene.
    if (f.signature && f.signature.every((v) => v < 12)) return false;
    const steady = f.card !== null && f.motion <= this.opts.maxMotion && f.sharpness >= this.opts.minSharpness;
    // The card was taken away (for good, not a frame's flicker): the same one may come back and be captured again.
    this.absent = f.card === null ? this.absent + 1 : 0;
    if (this.absent >= AutoCapture.GONE_FRAMES && this.last) this.remember(null);
    if (!this.armed) {
      if (f.motion > this.opts.maxMotion * 3 || f.card === null) this.armed = true;
      this.still = 0;
      return false;
    }
    this.still = steady ? this.still + 1 : 0;
    if (this.still >= this.opts.holdFrames) {
      this.armed = false;
      this.still = 0;
      if (sameScene(f.signature, this.last)) return false;
      this.remember(f.signature ?? null);
      return true;
    }
    return false;
  }

  /** Frames without a card (~0.6 s at the preview's pace) before the card counts as taken away. */
  static readonly GONE_FRAMES = 5;

  private remember(sig: number[] | null): void {
    this.last = sig;
    this.memory?.store(sig);
  }
}
