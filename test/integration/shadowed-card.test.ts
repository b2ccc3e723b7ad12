/**
 * A card half under a shadow (a phone held over it): one threshold for the whole page turns the
 * shaded part's print into paper or ink alike, and the card's crop reads only its lit lines
 * (real photos of the new blind set: real_808, real_804). A view that reads some lines surely
 * and is still doubtful is read at once by neighbourhood and inside a black frame too
 * (read-card.ts), and the card reads whole, where it used to try every other outline and turn
 * and lose its name.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { castShadow, placeCard } from '../fixtures/scenes.js';
import { fixture, tempDir } from '../helpers.js';

const ocr = createOcr({ dataDir: tempDir() });
const scanner = new Scanner(ocr);
afterAll(() => ocr.close());

describe('a card half under a shadow', () => {
  it('is read whole from its own crop, by neighbourhood, in a few readings', async () => {
    const card = await fixture('en', 4);
    const scene = await placeCard(fs.readFileSync(card.clean), { desk: 'light-grey', size: 0.8, at: { x: 0.5, y: 0.5 }, angle: 2, seed: 4, width: 1600, height: 1200 });
    const photo = await castShadow(scene.image, 0.4);
    const r = await scanner.scanBytes(photo);
    // The card's crop, its plain reading doubtful (the shaded lines lost), then read the second ways.
    expect(r.image.view.source).toBe('card');
    expect(r.image.view.candidate ?? 0).toBe(0);
    const plain = r.tried.find((t) => t.view.source === 'card' && !t.view.candidate && t.view.turn === 0)!;
    expect(plain.score).toBeLessThan(0.6);
    expect(Math.max(...r.tried.map((t) => t.score))).toBeGreaterThan(0.8);
    expect(r.tried.length).toBeLessThanOrEqual(5);
    const f = r.draft.fields;
    const want = card.spec.truth;
    expect(f.name).toBe(want.name);
    expect(f.title).toBe(want.title);
    expect(f.company).toBe(want.company);
    expect(f.emails).toEqual(want.emails);
    expect(f.phones.map((p) => p.value)).toEqual(want.phones.map((p) => p.value));
  });
});
