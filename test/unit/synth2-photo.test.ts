import { describe, it, expect } from 'vitest';
import sharp from 'sharp';
import { homography, storeOriented } from '../fixtures/synth2/photo.js';

describe('synth2 photo simulation', () => {
  it('maps the four corners where asked (homography)', () => {
    const src: [number, number][] = [[0, 0], [1050, 0], [1050, 600], [0, 600]];
    const dst: [number, number][] = [[130, 80], [900, 140], [860, 700], [100, 620]];
    const H = homography(src, dst);
    for (let i = 0; i < 4; i++) {
      const [x, y] = src[i]!;
      const w = H[6] * x + H[7] * y + H[8];
      expect((H[0] * x + H[1] * y + H[2]) / w).toBeCloseTo(dst[i]![0], 6);
      expect((H[3] * x + H[4] * y + H[5]) / w).toBeCloseTo(dst[i]![1], 6);
    }
  });

  it('stores turned pixels that a viewer applying the EXIF tag shows upright', async () => {
    // A 60x40 scene: red top-left quarter on grey.
    const w = 60;
    const h = 40;
    const rgb = Buffer.alloc(w * h * 3, 128);
    for (let y = 0; y < h / 2; y++) for (let x = 0; x < w / 2; x++) rgb.set([230, 20, 20], (y * w + x) * 3);
    for (const orientation of [1, 3, 6, 8]) {
      const stored = await storeOriented(rgb, w, h, orientation);
      const jpeg = await stored.image.jpeg({ quality: 95 }).toBuffer();
      const meta = await sharp(jpeg).metadata();
      expect(meta.orientation ?? 1).toBe(orientation);
      expect([meta.width, meta.height]).toEqual(orientation === 6 || orientation === 8 ? [h, w] : [w, h]);
      // What a viewer shows: EXIF applied.
      const shown = await sharp(jpeg).rotate().raw().toBuffer({ resolveWithObject: true });
      expect([shown.info.width, shown.info.height]).toEqual([w, h]);
      const px = (x: number, y: number) => shown.data[(y * w + x) * 3]!;
      expect(px(5, 5), `orientation ${orientation}`).toBeGreaterThan(190);
      expect(px(w - 5, h - 5), `orientation ${orientation}`).toBeLessThan(160);
      expect(px(w - 5, 5), `orientation ${orientation}`).toBeLessThan(160);
    }
  });
});

describe('synth2 layout check', () => {
  it('refuses text outside the card, overlapping text and texts run together on one line', async () => {
    const { layoutProblems } = await import('../fixtures/synth2/render.js');
    const box = (text: string, x: number, y: number, w: number, h: number, role = 'name') => ({ role, text, x, y, w, h });
    expect(layoutProblems(1050, 600, [box('Jane Smith', 60, 60, 300, 50), box('Director', 60, 115, 200, 30)])).toEqual([]);
    expect(layoutProblems(1050, 600, [box('Jane Smith', 900, 60, 300, 50)])).toHaveLength(1);
    expect(layoutProblems(1050, 600, [box('Jane Smith', 60, 60, 300, 50), box('Director', 60, 80, 200, 30)])).toHaveLength(1);
    // "Meridian" and "PAO Meridian" side by side with a 4 px gap read as one line.
    expect(layoutProblems(1050, 600, [box('Meridian', 60, 60, 200, 40, 'logo'), box('PAO Meridian', 264, 62, 300, 40, 'company')])[0]).toMatch(/runs into/);
    expect(layoutProblems(1050, 600, [box('Meridian', 60, 60, 200, 40, 'logo'), box('PAO Meridian', 320, 62, 300, 40, 'company')])).toEqual([]);
    // A logo mark right beside its wordmark is fine.
    expect(layoutProblems(1050, 600, [box('', 60, 60, 60, 60, 'mark'), box('Meridian', 130, 70, 200, 40, 'logo')])).toEqual([]);
  });
});
