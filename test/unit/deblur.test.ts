/**
 * Deconvolution of a blurred view (main/recognize/deblur.ts): strokes smeared by a known
 * Gaussian come back steep-edged, plain paper stays plain, the blur is told from the strokes
 * themselves, and the image keeps its size, so every box read on it is a box of the view.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deblurred, deconvolve, SMEARED, strokeBlur } from '../../main/recognize/deblur.js';

const W = 200;
const H = 60;

/** Dark bars 6 px wide on white paper, every 20 px: strokes of small print. */
function bars(): Uint8Array {
  const img = new Uint8Array(W * H).fill(235);
  for (let y = 15; y < 45; y++) for (let x = 0; x < W; x++) if (x % 20 >= 7 && x % 20 < 13) img[y * W + x] = 30;
  return img;
}

async function blurred(img: Uint8Array, sigma: number): Promise<Uint8Array> {
  const out = await sharp(Buffer.from(img), { raw: { width: W, height: H, channels: 1 } }).blur(sigma).greyscale().raw().toBuffer();
  return new Uint8Array(out);
}

/** The steepest step between neighbours along the middle row: how sharp the strokes' edges are. */
function steepest(img: Uint8Array): number {
  let best = 0;
  for (let x = 1; x < W; x++) best = Math.max(best, Math.abs(img[30 * W + x]! - img[30 * W + x - 1]!));
  return best;
}

/** How far the middle row's darkest stroke and lightest paper lie apart. */
function contrast(img: Uint8Array): number {
  const row = Array.from(img.subarray(30 * W + 20, 30 * W + W - 20));
  return Math.max(...row) - Math.min(...row);
}

describe('deconvolving a blurred view', () => {
  it('gives strokes smeared by a Gaussian their edges and their ink back', async () => {
    const sharpBars = bars();
    const smeared = await blurred(sharpBars, 2);
    const mended = deconvolve(smeared, W, H, 2);
    expect(steepest(mended)).toBeGreaterThan(steepest(smeared) * 1.5);
    expect(contrast(mended)).toBeGreaterThan(contrast(smeared) + 20);
    // Not beyond what was printed: paper stays paper, ink stays ink, give or take ringing.
    const mid = (img: Uint8Array, x: number) => img[30 * W + x]!;
    expect(Math.abs(mid(mended, 10) - 30)).toBeLessThan(40);
    expect(Math.abs(mid(mended, 0) - 235)).toBeLessThan(25);
  });

  it('leaves plain paper as it was', () => {
    const paper = new Uint8Array(W * H).fill(220);
    const out = deconvolve(paper, W, H);
    expect(Math.max(...out) - Math.min(...out)).toBeLessThanOrEqual(1);
  });

  it('tells how blurred strokes are, and deconvolves only a view smeared but not past mending, keeping its size', async () => {
    const printed = bars();
    expect(strokeBlur(printed, W, H)).toBeLessThan(1);
    const sigma2 = strokeBlur(await blurred(printed, 2), W, H);
    expect(sigma2).toBeGreaterThan(1.6);
    expect(sigma2).toBeLessThan(2.6);
    expect(strokeBlur(await blurred(printed, 6), W, H)).toBeGreaterThan(SMEARED.to);
    const png = async (img: Uint8Array) => sharp(Buffer.from(img), { raw: { width: W, height: H, channels: 1 } }).png().toBuffer();
    expect(await deblurred(await png(printed))).toBeNull();
    expect(await deblurred(await png(await blurred(printed, 6)))).toBeNull();
    const mended = await deblurred(await png(await blurred(printed, 2)));
    expect(mended).not.toBeNull();
    const meta = await sharp(mended!).metadata();
    expect([meta.width, meta.height]).toEqual([W, H]);
  });
});
