import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { generateSynth2 } from '../fixtures/synth2/generate.js';
import { truthProblems, type Synth2Truth } from '../fixtures/synth2/truth.js';
import { tempDir } from '../helpers.js';
import { homography, warp, type RawImage } from '../../main/capture/homography.js';

function grey(img: RawImage): number[] {
  const out: number[] = [];
  for (let p = 0; p < img.data.length; p += img.channels) out.push((img.data[p]! * 77 + img.data[p + 1]! * 150 + img.data[p + 2]! * 29) >> 8);
  return out;
}

/** Pearson correlation of two equally long series of pixel values. */
function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]! / n;
    mb += b[i]! / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb || 1);
}

// Renders two cards of the second synthetic source in real Chromium and photographs
// them: every image has a truth record in the real-cards format, and the images have the
// sizes the records say.
const dir = tempDir('bizcard-synth2-');

/** Chromium processes started by this test process (the generator must close its browser). */
function childChromiums(): number[] {
  const out: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // A zombie has ended already (only not yet reaped); a live child is a leak.
      if (Number(ppid) === process.pid && state !== 'Z' && /chrom/i.test(stat)) out.push(Number(pid));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

describe('synth2 generator', () => {
  it('writes a clean PNG, a photo JPEG and a truth record per image, and closes its browser', async () => {
    const out = await generateSynth2(2, { dir, seed: 11, pages: 1 });
    expect(out).toBe(dir);
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('s2_')).sort();
    expect(files).toEqual(['001', '002'].flatMap((n) => [`s2_${n}_clean.json`, `s2_${n}_clean.png`, `s2_${n}_photo.jpg`, `s2_${n}_photo.json`]));
    for (const f of files.filter((x) => x.endsWith('.json'))) {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Synth2Truth;
      expect(truthProblems(truth), f).toEqual([]);
      expect(`${truth.id}.json`).toBe(f);
      const meta = await sharp(path.join(dir, truth.meta.image)).metadata();
      expect(meta.width, f).toBe(truth.meta.width);
      expect(meta.height, f).toBe(truth.meta.height);
      expect(meta.orientation ?? 1, f).toBe(truth.meta.exif_orientation);
      if (truth.variant === 'clean') {
        expect(meta.format).toBe('png');
        // A card at 300 dpi: 3.5 x 2 in, 85 x 55 mm or their portrait forms.
        expect(Math.max(meta.width!, meta.height!)).toBeGreaterThanOrEqual(1000);
        expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1075);
        expect(Math.min(meta.width!, meta.height!)).toBeGreaterThanOrEqual(600);
        // Not blank: a printed card has ink on it.
        const { channels } = await sharp(path.join(dir, truth.meta.image)).flatten({ background: '#fff' }).stats();
        expect(channels[0]!.stdev).toBeGreaterThan(10);
      } else {
        expect(meta.format).toBe('jpeg');
        expect([[640, 480], [1600, 1200], [2048, 1536], [1920, 1080], [2592, 1944], [4032, 3024]].map(([w, h]) => `${w}x${h}`))
          .toContain(`${Math.max(meta.width!, meta.height!)}x${Math.min(meta.width!, meta.height!)}`);
      }
    }
    // Same card, same truth apart from the variant.
    const a = JSON.parse(fs.readFileSync(path.join(dir, 's2_002_clean.json'), 'utf8')) as Synth2Truth;
    const b = JSON.parse(fs.readFileSync(path.join(dir, 's2_002_photo.json'), 'utf8')) as Synth2Truth;
    expect({ ...a, id: '', variant: '', meta: null }).toEqual({ ...b, id: '', variant: '', meta: null });
    expect(childChromiums()).toEqual([]);

    // The photo's truth gives the card's corners, printed top-left first: the photo warped
    // back from them looks like the clean card, and not like it turned half round.
    for (const n of ['001', '002']) {
      const photo = JSON.parse(fs.readFileSync(path.join(dir, `s2_${n}_photo.json`), 'utf8')) as Synth2Truth;
      const q = photo.meta.card_quad!;
      expect(q).toHaveLength(4);
      const up = await sharp(path.join(dir, photo.meta.image)).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
      for (const [x, y] of q) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(up.info.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(up.info.height);
      }
      const clean = await sharp(path.join(dir, `s2_${n}_clean.png`)).flatten({ background: '#fff' }).greyscale().resize(64, 40, { fit: 'fill' }).raw().toBuffer();
      const rect = [{ x: 0, y: 0 }, { x: 63, y: 0 }, { x: 63, y: 39 }, { x: 0, y: 39 }];
      const src = { data: up.data, width: up.info.width, height: up.info.height, channels: up.info.channels };
      const back = (corners: { x: number; y: number }[]) => grey(warp(src, homography(rect, corners), 64, 40));
      const corners = q.map(([x, y]) => ({ x, y }));
      const upright = correlation(back(corners), clean);
      const halfRound = correlation(back([...corners.slice(2), ...corners.slice(0, 2)]), clean);
      expect(upright, n).toBeGreaterThan(0.5);
      expect(upright, n).toBeGreaterThan(halfRound + 0.2);
    }

    // The same set asked for again is reused, not drawn again; another seed is drawn anew.
    const before = fs.statSync(path.join(dir, 's2_001_photo.jpg')).mtimeMs;
    await generateSynth2(2, { dir, seed: 11, pages: 1 });
    expect(fs.statSync(path.join(dir, 's2_001_photo.jpg')).mtimeMs).toBe(before);
    await generateSynth2(1, { dir, seed: 12, pages: 1 });
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('s2_'))).toHaveLength(4);
    const again = JSON.parse(fs.readFileSync(path.join(dir, 's2_001_clean.json'), 'utf8')) as Synth2Truth;
    expect(again.source.seed).toBe(12);
    // Chromium and the photo simulation on a busy 2-core machine: allow for the load.
  }, 240_000);
});
