import sharp from 'sharp';

/**
 * Out of focus, or a small card enlarged to OCR's size: every stroke is smeared over several
 * pixels, and tesseract reads letters it cannot part as others. Richardson-Lucy deconvolution
 * with a Gaussian blur undoes much of the smear. The blur is that of the view OCR reads (its
 * long side OCR_LONG_SIDE), where a card out of focus or enlarged from a webcam frame smears
 * a stroke's edge over some 4-6 px: a sigma of 2 undid most of it on the out-of-focus photos
 * of both synthetic sets; 3 rang round sharp strokes and lost as many fields as it gained.
 */
export const DEBLUR_SIGMA = 2;
/** Each iteration sharpens further and amplifies noise further; 10 is where JPEG grain stays below the strokes. */
const ITERATIONS = 10;
/** Caps how far one iteration may brighten a pixel (a ratio over paper white), so noise cannot run away. */
const CEILING = 1.5;

/** Separable Gaussian blur of a float image into `out`, edges clamped; `tmp` is scratch of the same size. */
function gaussian(src: Float32Array, w: number, h: number, k: Float32Array, tmp: Float32Array, out: Float32Array): Float32Array {
  const r = (k.length - 1) / 2;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let a = 0;
      if (x >= r && x < w - r) a = r === 5 ? tap11(src, row + x - 5, 1, k) : along(src, row + x - r, 1, k);
      else for (let i = -r; i <= r; i++) a += k[i + r]! * src[row + Math.min(w - 1, Math.max(0, x + i))]!;
      tmp[row + x] = a;
    }
  }
  for (let y = 0; y < h; y++) {
    const inner = y >= r && y < h - r;
    for (let x = 0; x < w; x++) {
      let a = 0;
      if (inner) a = r === 5 ? tap11(tmp, (y - 5) * w + x, w, k) : along(tmp, (y - r) * w + x, w, k);
      else for (let i = -r; i <= r; i++) a += k[i + r]! * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x]!;
      out[y * w + x] = a;
    }
  }
  return out;
}

/** The kernel's weighted sum of `k.length` pixels from `p`, `step` apart. */
function along(img: Float32Array, p: number, step: number, k: Float32Array): number {
  let a = 0;
  for (let i = 0; i < k.length; i++, p += step) a += k[i]! * img[p]!;
  return a;
}

/** `along` for the 11 taps of sigma 2 (DEBLUR_SIGMA), written out: the one case paid for on every smeared card, in the same order of sums. */
function tap11(img: Float32Array, p: number, s: number, k: Float32Array): number {
  return (
    k[0]! * img[p]! + k[1]! * img[p + s]! + k[2]! * img[p + 2 * s]! + k[3]! * img[p + 3 * s]! + k[4]! * img[p + 4 * s]! + k[5]! * img[p + 5 * s]! +
    k[6]! * img[p + 6 * s]! + k[7]! * img[p + 7 * s]! + k[8]! * img[p + 8 * s]! + k[9]! * img[p + 9 * s]! + k[10]! * img[p + 10 * s]!
  );
}

function kernel(sigma: number): Float32Array {
  const r = Math.ceil(2.5 * sigma);
  const k = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) sum += k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i]! /= sum;
  return k;
}

/** Richardson-Lucy deconvolution of a grey image (one byte a pixel) blurred by a Gaussian of `sigma` px. */
export function deconvolve(grey: Uint8Array, w: number, h: number, sigma = DEBLUR_SIGMA, iterations = ITERATIONS): Uint8Array {
  const n = w * h;
  const k = kernel(sigma);
  // Intensities kept above 0: the update divides by the blurred estimate.
  const seen = new Float32Array(n);
  for (let i = 0; i < n; i++) seen[i] = (grey[i]! + 1) / 256;
  const est = new Float32Array(seen);
  const tmp = new Float32Array(n);
  const ratio = new Float32Array(n);
  const correction = new Float32Array(n);
  for (let t = 0; t < iterations; t++) {
    gaussian(est, w, h, k, tmp, ratio);
    for (let i = 0; i < n; i++) ratio[i] = seen[i]! / Math.max(1e-3, ratio[i]!);
    gaussian(ratio, w, h, k, tmp, correction);
    for (let i = 0; i < n; i++) est[i] = Math.min(CEILING, est[i]! * correction[i]!);
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.max(0, Math.min(255, Math.round(est[i]! * 256 - 1)));
  return out;
}

/** A step's share of pixels taken as the view's sharpest edges (a card's text has far more edge than this). */
const SHARPEST = 0.002;
/** Blur worth undoing, as a Gaussian's sigma in the view's pixels: less is sharp enough; more (text smeared to blots) no deconvolution brings back. */
export const SMEARED = { from: 1.4, to: 3.5 } as const;

/**
 * How blurred a view's strokes are, as the sigma (px) of a Gaussian blur: a step between paper
 * and ink of contrast C, blurred so, rises at most C / (sigma * sqrt(2 pi)) a pixel. Taken from
 * the view's sharpest edges (its top SHARPEST share of neighbour steps) against its contrast
 * (2nd to 98th percentile of brightness). A sharp card scores under 1; out of focus, or a
 * small card enlarged from a webcam frame, 1.5-3.
 */
export function strokeBlur(grey: Uint8Array, w: number, h: number): number {
  const levels = new Uint32Array(256);
  for (const v of grey) levels[v]!++;
  const percentile = (hist: Uint32Array, share: number, total: number) => {
    let seen = 0;
    for (let i = 0; i < hist.length; i++) if ((seen += hist[i]!) >= share * total) return i;
    return hist.length - 1;
  };
  const contrast = percentile(levels, 0.98, grey.length) - percentile(levels, 0.02, grey.length);
  // Steps between the neighbours either side, across and down, whichever is steeper.
  const steps = new Uint32Array(256);
  let n = 0;
  for (let y = 1; y < h - 1; y++)
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      steps[Math.max(Math.abs(grey[i + 1]! - grey[i - 1]!), Math.abs(grey[i + w]! - grey[i - w]!)) >> 1]!++;
      n++;
    }
  // From the steepest down: the step that the sharpest SHARPEST share of pixels reach.
  let seen = 0;
  let sharpest = 1;
  for (let i = 255; i > 0; i--) if ((seen += steps[i]!) >= n * SHARPEST) {
    sharpest = i;
    break;
  }
  return contrast / sharpest / Math.sqrt(2 * Math.PI);
}

/**
 * OCR's grey PNG of a view, deconvolved (same size, so every box of a reading of it is a box
 * of the view); null when its strokes are sharp already, or smeared past mending (SMEARED).
 */
export async function deblurred(png: Buffer, sigma = DEBLUR_SIGMA): Promise<Buffer | null> {
  const { data, info } = await sharp(png).greyscale().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const grey = new Uint8Array(data.buffer, data.byteOffset, info.width * info.height);
  const blur = strokeBlur(grey, info.width, info.height);
  if (blur < SMEARED.from || blur > SMEARED.to) return null;
  const out = deconvolve(grey, info.width, info.height, sigma);
  return sharp(Buffer.from(out.buffer, out.byteOffset, out.length), { raw: { width: info.width, height: info.height, channels: 1 } })
    .png({ compressionLevel: 0, adaptiveFiltering: false })
    .toBuffer();
}
