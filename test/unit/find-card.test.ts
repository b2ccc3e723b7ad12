/**
 * The card finder on scenes where the desk at the frame's border says nothing useful: a lamp
 * lighting one corner (no one border colour), and a cluttered desk where a printed sheet of
 * paper is as white and as card-shaped as the card. Made from the generator's own cards
 * (test/fixtures/scenes.ts), which also say where the card's corners truly are.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openCapture } from '../../main/capture/capture.js';
import { MIN_ALTERNATIVE, SURE_CARD, locateCards } from '../../main/capture/find-card.js';
import { onCorners, placeCard, sceneWithCorners, type SceneOptions } from '../fixtures/scenes.js';
import { fixture } from '../helpers.js';

async function sceneOf(lang: 'en' | 'ru', i: number, opts: SceneOptions) {
  return sceneWithCorners((await fixture(lang, i)).clean, opts);
}

describe('the card finder when the border is no help', () => {
  it("a lamp lights one corner of a light desk: the border's desk colour fits badly, the card's own region is sure", async () => {
    const { scene, corners, cardWidth } = await sceneOf('en', 2, { desk: 'lamp', at: { x: 0.42, y: 0.4 }, size: 0.45, angle: 20, seed: 6 });
    const c = await openCapture(scene.image);
    expect(c.found).not.toBeNull();
    expect(c.found!.strategy).not.toBe('border');
    expect(c.found!.certainty).toBeGreaterThanOrEqual(SURE_CARD);
    // The scene is 1600 px wide, the finder works at 400: a corner within 4% of the card's width.
    expect(onCorners(c.found!.quad, corners, cardWidth * 0.04)).toBe(true);
  });

  it('a printed sheet of paper beside the card: when asked for more, the finder proposes the card too', async () => {
    const { scene, corners, cardWidth } = await sceneOf('en', 1, { desk: 'cluttered', at: { x: 0.62, y: 0.4 }, size: 0.38, angle: 14, seed: 3 });
    const c = await openCapture(scene.image);
    // The sheet is the largest thing off the desk colour: the border strategy is sure of it.
    expect(c.found).not.toBeNull();
    expect(onCorners(c.found!.quad, corners, cardWidth * 0.04)).toBe(false);
    const n = await c.proposeMore();
    expect(n).toBeGreaterThan(1);
    const card = c.candidates.slice(1).find((f) => onCorners(f.quad, corners, cardWidth * 0.04));
    expect(card, 'the card among the other outlines').toBeDefined();
    // Asking again proposes nothing new (the work is done once).
    expect(await c.proposeMore()).toBe(n);
  });

  it("the desk's edge crosses the frame: nothing proposed at first (a flat scan looks the same and reads well whole); asked, the regions find the card", async () => {
    const { scene, corners, cardWidth } = await sceneOf('en', 3, { desk: 'desk-edge', at: { x: 0.55, y: 0.68 }, size: 0.4, angle: 6, seed: 2 });
    const c = await openCapture(scene.image);
    expect(c.found).toBeNull();
    expect(await c.proposeMore()).toBeGreaterThan(0);
    expect(c.found).not.toBeNull();
    expect(onCorners(c.found!.quad, corners, cardWidth * 0.04)).toBe(true);
  });

  it('a card about 2% of a 12 MP frame: too small to propose unasked, proposed (doubtful) when a reading asks for more', async () => {
    const { scene, corners, cardWidth } = await sceneOf('en', 1, { desk: 'wood', size: 0.17, at: { x: 0.15, y: 0.8 }, angle: -10, seed: 3, width: 4000, height: 3000 });
    const c = await openCapture(scene.image);
    expect(c.found).toBeNull();
    expect(await c.proposeMore()).toBeGreaterThan(0);
    // The finder works on the frame decoded at 2400 px: the truth scaled to it.
    const scale = c.width / scene.width;
    const truth = corners.map((p) => ({ x: p.x * scale, y: p.y * scale }));
    const card = c.candidates.find((f) => onCorners(f.quad, truth, cardWidth * scale * 0.04));
    expect(card, 'the small card among the outlines').toBeDefined();
    expect(card!.certainty).toBeLessThan(SURE_CARD);
  });

  it("a small light card held up over a light desk: nothing at the finder's size; asked for more, it looks again finer and finds the card", async () => {
    const { scene, corners, cardWidth } = await sceneOf('en', 3, { desk: 'light-grey', size: 0.2, angle: 9, seed: 3, thumb: { at: 0.3 }, width: 1600, height: 1200, quality: 85 });
    const c = await openCapture(scene.image);
    expect(c.found).toBeNull();
    expect(await c.proposeMore()).toBeGreaterThan(0);
    const card = c.candidates.find((f) => onCorners(f.quad, corners, cardWidth * 0.05));
    expect(card, 'the card among the outlines').toBeDefined();
    expect(card!.certainty).toBeGreaterThanOrEqual(MIN_ALTERNATIVE);
  });

  it('a desk with no card on it: asked for more, no small outline is proposed either', async () => {
    const card = await fixture('en', 1);
    for (const desk of ['wood', 'grey', 'lamp', 'red-cloth'] as const) {
      // The card placed far beyond the frame: the desk alone.
      const s = await placeCard(fs.readFileSync(card.clean), { desk, at: { x: 5, y: 5 }, size: 0.3 });
      const c = await openCapture(s.image);
      await c.proposeMore();
      expect(c.candidates, desk).toEqual([]);
    }
  });

  it('a flat scan of a card filling the frame: nothing proposed, the frame is the card', async () => {
    const card = await fixture('en', 1);
    const c = await openCapture(fs.readFileSync(card.clean));
    expect(c.candidates).toEqual([]);
  });

  it('a plain desk costs nothing more: the border strategy is sure, and its outline runs along the card', async () => {
    const { scene, corners } = await sceneOf('en', 1, { desk: 'grey', size: 0.6, angle: 5 });
    const k = 400 / (await sharp(scene.image).metadata()).width!;
    const small = await sharp(scene.image).resize(400).blur(1).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const found = locateCards({ data: small.data, width: small.info.width, height: small.info.height, channels: 3 });
    expect(found.every((f) => f.strategy === 'border')).toBe(true);
    expect(found[0]!.certainty).toBeGreaterThanOrEqual(SURE_CARD);
    // The blob's hull cut the card's right side ten pixels in (on no edge): that side is put
    // on the card's edge, and the blob's own outline is only read after it.
    const off = Math.max(...found[0]!.quad.map((p, i) => Math.hypot(p.x - corners[i]!.x * k, p.y - corners[i]!.y * k)));
    expect(off).toBeLessThan(4);
    expect(found.length).toBeLessThanOrEqual(2);
  });
});

describe("the card's outline runs along its edges", () => {
  /**
   * A portrait card on a grey desk with seams, white above and shading to cream below, where its
   * contact lines are (a drawn frame: the shading is what matters). The light region stops where
   * the cream begins, its lower side across the card on no edge; the card's edges run round it all.
   */
  async function shadedCard(cream: number[]) {
    const card = [{ x: 300, y: 80 }, { x: 520, y: 84 }, { x: 514, y: 530 }, { x: 292, y: 526 }];
    const rows = (y0: number, gap: number, n: number, h: number, fill: string) =>
      Array.from({ length: n }, (_, i) => `<rect x="320" y="${y0 + i * gap}" width="${130 + (i % 2) * 40}" height="${h}" fill="${fill}"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
      <defs><linearGradient id="c" x1="0" y1="0" x2="0" y2="1"><stop offset="0.6" stop-color="rgb(250,250,248)"/><stop offset="0.8" stop-color="rgb(${cream.join(',')})"/></linearGradient></defs>
      <rect width="800" height="600" fill="rgb(150,150,150)"/>
      ${Array.from({ length: 8 }, (_, i) => `<rect x="0" y="${i * 80 + 30}" width="800" height="3" fill="rgb(120,120,120)"/>`).join('')}
      <polygon points="${card.map((p) => `${p.x},${p.y}`).join(' ')}" fill="url(#c)"/>
      ${rows(140, 30, 3, 10, 'rgb(200,40,40)')}${rows(420, 22, 4, 8, 'rgb(50,50,50)')}
    </svg>`;
    return { image: await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer(), card };
  }

  it('a card shading to cream below: the outline round the whole card comes first, not the white part alone', async () => {
    for (const cream of [[225, 212, 175], [230, 220, 190]]) {
      const { image, card } = await shadedCard(cream);
      const c = await openCapture(image);
      await c.proposeMore();
      expect(c.candidates[0], `cream ${cream}`).toBeDefined();
      expect(onCorners(c.candidates[0]!.quad, card, 11), `cream ${cream}`).toBe(true);
      expect(c.candidates[0]!.certainty).toBeGreaterThanOrEqual(SURE_CARD);
    }
  });
});

describe('a light card on a light desk', () => {
  it('the desk lightens towards the card\'s far side until it is nearly as white: the card is still proposed, on its corners', async () => {
    // At the card's right side desk and card differ by 8 levels: no surface a person would call
    // another, but a step all along the side, the card lighter.
    const card = [{ x: 430, y: 150 }, { x: 760, y: 160 }, { x: 752, y: 372 }, { x: 424, y: 362 }];
    const rows = (y0: number, gap: number, n: number, h: number) =>
      Array.from({ length: n }, (_, i) => `<rect x="460" y="${y0 + i * gap}" width="${130 + (i % 2) * 40}" height="${h}" fill="rgb(50,50,50)"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
      <defs><linearGradient id="d" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="rgb(150,150,152)"/><stop offset="1" stop-color="rgb(244,244,246)"/></linearGradient></defs>
      <rect width="800" height="600" fill="url(#d)"/>
      <polygon points="${card.map((p) => `${p.x},${p.y}`).join(' ')}" fill="rgb(252,252,250)"/>
      ${rows(190, 28, 2, 14)}${rows(290, 20, 3, 8)}
    </svg>`;
    const c = await openCapture(await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer());
    await c.proposeMore();
    expect(c.candidates[0]).toBeDefined();
    expect(onCorners(c.candidates[0]!.quad, card, 8)).toBe(true);
  });
});

describe('a black card held over dark wood', () => {
  it('is proposed by its lack of colour, where no brightness parts it from the grain (a synthetic photo, second source, seed 2 s2_055)', async () => {
    // Upside down in a hand, fingers over two sides, a glare spot on it: the wood's grain is as
    // dark as the card, and its straight lines crowd out the card's short sides.
    const c = await openCapture(fs.readFileSync(path.join(__dirname, '../fixtures/photos/black-card-dark-wood.jpg')));
    await c.proposeMore();
    // The card's corners, read off the photo by eye.
    const card = [{ x: 220, y: 178 }, { x: 490, y: 183 }, { x: 472, y: 393 }, { x: 199, y: 350 }];
    expect(c.candidates[0]!.strategy).toBe('neutral');
    expect(c.candidates[0]!.certainty).toBeGreaterThanOrEqual(MIN_ALTERNATIVE);
    expect(onCorners(c.candidates[0]!.quad, card, 30)).toBe(true);
  });
});

describe('a dark card on a dark cloth', () => {
  it('is proposed though no side differs from the cloth as much as another surface does in daylight (a synthetic photo, second source, seed 7 s2_010)', async () => {
    // A slate-blue card with a gold stripe on navy cloth: colour steps of 25-50 across three sides, all one way.
    const c = await openCapture(fs.readFileSync(path.join(__dirname, '../fixtures/photos/dark-card-dark-cloth.jpg')));
    await c.proposeMore();
    // The card's corners, read off the photo by eye (the stripe on the right is part of the card).
    const card = [{ x: 175, y: 438 }, { x: 740, y: 418 }, { x: 748, y: 755 }, { x: 185, y: 775 }];
    expect(c.candidates.length).toBeGreaterThan(0);
    expect(c.candidates[0]!.certainty).toBeGreaterThanOrEqual(MIN_ALTERNATIVE);
    expect(onCorners(c.candidates[0]!.quad, card, 30)).toBe(true);
  });
});
