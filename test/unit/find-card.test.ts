/**
 * The card finder on scenes where the desk at the frame's border says nothing useful: a lamp
 * lighting one corner (no one border colour), and a cluttered desk where a printed sheet of
 * paper is as white and as card-shaped as the card. Made from the generator's own cards
 * (test/fixtures/scenes.ts), which also say where the card's corners truly are.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openCapture } from '../../main/capture/capture.js';
import { SURE_CARD, locateCards } from '../../main/capture/find-card.js';
import { onCorners, sceneWithCorners, type SceneOptions } from '../fixtures/scenes.js';
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
    const n = c.proposeMore();
    expect(n).toBeGreaterThan(1);
    const card = c.candidates.slice(1).find((f) => onCorners(f.quad, corners, cardWidth * 0.04));
    expect(card, 'the card among the other outlines').toBeDefined();
    // Asking again proposes nothing new (the work is done once).
    expect(c.proposeMore()).toBe(n);
  });

  it("the desk's edge crosses the frame: nothing proposed at first (a flat scan looks the same and reads well whole); asked, the regions find the card", async () => {
    const { scene, corners, cardWidth } = await sceneOf('en', 3, { desk: 'desk-edge', at: { x: 0.55, y: 0.68 }, size: 0.4, angle: 6, seed: 2 });
    const c = await openCapture(scene.image);
    expect(c.found).toBeNull();
    expect(c.proposeMore()).toBeGreaterThan(0);
    expect(c.found).not.toBeNull();
    expect(onCorners(c.found!.quad, corners, cardWidth * 0.04)).toBe(true);
  });

  it('a flat scan of a card filling the frame: nothing proposed, the frame is the card', async () => {
    const card = await fixture('en', 1);
    const c = await openCapture(fs.readFileSync(card.clean));
    expect(c.candidates).toEqual([]);
  });

  it('a plain desk costs nothing more: the border strategy is sure and alone', async () => {
    const { scene } = await sceneOf('en', 1, { desk: 'grey', size: 0.6, angle: 5 });
    const small = await sharp(scene.image).resize(400).blur(1).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const found = locateCards({ data: small.data, width: small.info.width, height: small.info.height, channels: 3 });
    expect(found).toHaveLength(1);
    expect(found[0]!.strategy).toBe('border');
    expect(found[0]!.certainty).toBeGreaterThanOrEqual(SURE_CARD);
  });
});
