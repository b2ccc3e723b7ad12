/**
 * Capture proposes, evidence decides: cards turned 90/180/270 degrees, lying at a steep
 * angle on wood, small in the frame, photographed in a portrait frame, or cropped wrongly
 * by the finder still come back read, and the boxes sit on the text of the image the review
 * screen shows. The photos are made from the generator's own cards (test/fixtures/scenes.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { openCapture, renderView, tiltOf } from '../../main/capture/capture.js';
import { printTilt } from '../../main/capture/print-block.js';
import { homography, project, type Homography, type Point } from '../../main/capture/homography.js';
import { CLEAR_READING, GOOD_READING, readCapture } from '../../main/recognize/read-card.js';
import { Scanner, type ScanResult } from '../../main/recognize/scanner.js';
import { SURE_CONFIDENCE, type Box, type OcrLine } from '../../shared/contact.js';
import { onCorners, placeCard, sceneWithCorners, type Scene, type SceneOptions, SHADOW_UNDER_LAMP } from '../fixtures/scenes.js';
import { fixture, tempDir } from '../helpers.js';

const ocr = createOcr({ dataDir: tempDir() });
const scanner = new Scanner(ocr);
afterAll(() => ocr.close());

async function scene(lang: 'en' | 'ru', i: number, opts: SceneOptions) {
  const card = await fixture(lang, i);
  return { card, scene: await placeCard(fs.readFileSync(card.clean), opts) };
}

function expectRead(r: ScanResult, truth: { name: string; emails: string[] }) {
  expect(r.draft.fields.name).toBe(truth.name);
  expect(r.draft.fields.emails).toEqual(truth.emails);
  // What the review screen shows is the card the right way up: landscape.
  expect(r.image.cardWidth).toBeGreaterThan(r.image.cardHeight);
}

describe('orientation is found from the text', () => {
  for (const [lang, i, angle] of [
    ['en', 1, 90],
    ['en', 1, 180],
    ['ru', 2, 270],
  ] as const)
    it(`a ${lang} card turned ${angle} degrees in the frame`, async () => {
      const { card, scene: s } = await scene(lang, i, { angle, size: angle === 180 ? 0.6 : 0.45, seed: angle });
      const r = await scanner.scanBytes(s.image);
      expectRead(r, card.spec.truth);
      // Turned 90 (long side up, top to the right) the straightening already lands upright.
      if (angle !== 90) expect(r.tried.length).toBeGreaterThan(1);
    });

  it('a card turned sideways in a portrait (vertical) frame', async () => {
    const { card, scene: s } = await scene('en', 3, { angle: 268, size: 0.75, width: 1200, height: 1600 });
    expectRead(await scanner.scanBytes(s.image), card.spec.truth);
  });

  it('a card read right the first time costs one reading', async () => {
    const { card, scene: s } = await scene('en', 1, { angle: 6, size: 0.6 });
    const r = await scanner.scanBytes(s.image);
    expectRead(r, card.spec.truth);
    expect(r.tried).toHaveLength(1);
  });
});

/**
 * A light card on a light desk with a dark panel printed over its right side, holding the
 * contact lines in white (as held-out 4's h4_009): the finder is surer of the panel's edges
 * than of the card's.
 */
async function cardWithPanel(): Promise<Buffer> {
  const text = (x: number, y: number, size: number, body: string, fill = '#1f3b73', weight = 'normal', anchor = 'start') =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${body}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1050" height="600"><rect width="100%" height="100%" fill="#f1efe9"/>
    <polygon points="560,80 1050,80 1050,600 680,600" fill="#2a5a94"/>
    ${text(60, 120, 40, 'NORTHWIND', '#2a5a94', 'bold')}${text(60, 330, 30, 'RAVI SHANKAR', '#1f3b73', 'bold')}${text(60, 370, 24, 'Director - Operations')}
    ${text(60, 460, 26, 'NORTHWIND SYSTEMS PVT. LTD.', '#1f3b73', 'bold')}${text(60, 500, 22, 'B-12, Sector 62, Noida')}${text(60, 535, 22, 'Uttar Pradesh - 201 309')}
    ${text(1010, 170, 26, 'ravi@northwind.in', '#ffffff', 'normal', 'end')}${text(1010, 220, 26, '+91 98110 24567', '#ffffff', 'normal', 'end')}${text(1010, 270, 26, 'www.northwind.in', '#ffffff', 'normal', 'end')}
  </svg>`;
  const card = await sharp(Buffer.from(svg)).resize(1300).png().toBuffer();
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#dedddb' } })
    .composite([{ input: card, left: 150, top: 130 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

describe('capture never loses a card', () => {
  it('a dark panel printed on a light card, its outline surer than the card’s, is not taken for the card', async () => {
    const frame = await cardWithPanel();
    const c = await openCapture(frame);
    // The finder's first outline is the panel (narrower than the card by half).
    expect(c.candidates[0]!.quad.reduce((n, p) => Math.min(n, p.x), Infinity)).toBeGreaterThan(600);
    const r = await scanner.scanBytes(frame);
    expect(r.draft.fields.name).toBe('RAVI SHANKAR');
    expect(r.draft.fields.company).toBe('NORTHWIND SYSTEMS PVT. LTD.');
    expect(r.draft.fields.emails).toEqual(['ravi@northwind.in']);
  });

  it('a card at 35 degrees, seen from the side, on a wood desk is straightened and read', async () => {
    const { card, scene: s } = await scene('en', 1, { angle: 35, size: 0.55, desk: 'wood', tilt: 0.2 });
    const r = await scanner.scanBytes(s.image);
    expect(r.image.view.source).toBe('card');
    expectRead(r, card.spec.truth);
  });

  it('a card small in the frame: the finder is unsure, the whole frame is read too, the card is read', async () => {
    // A 12 MP phone frame with the card a quarter of its width across (1000 px).
    const { card, scene: s } = await scene('en', 1, { angle: 8, size: 0.25, width: 4000, height: 3000, quality: 80 });
    const r = await scanner.scanBytes(s.image);
    expect(r.image.finderCertainty).toBeLessThan(0.6);
    expect(r.tried.map((t) => `${t.view.source}:${t.view.turn}`)).toContain('whole:0');
    expect(r.draft.fields.name).toBe(card.spec.truth.name);
    expect(r.draft.fields.emails).toEqual(card.spec.truth.emails);
  });

  it("a light card under a lamp (the border's desk colour fits badly): found by its own region and read", async () => {
    const { card, scene: s } = await scene('en', 2, { desk: 'lamp', at: { x: 0.42, y: 0.4 }, size: 0.45, angle: 20, seed: 6 });
    const r = await scanner.scanBytes(s.image);
    expect(r.image.view.source).toBe('card');
    expectRead(r, card.spec.truth);
  });

  it('a printed sheet of paper beside the card on a cluttered desk: the sheet reads as nothing, the card is found and read', async () => {
    const { card, scene: s } = await scene('en', 1, { desk: 'cluttered', at: { x: 0.62, y: 0.4 }, size: 0.38, angle: 14, seed: 3 });
    const r = await scanner.scanBytes(s.image);
    // The sheet (the border strategy's sure crop) first, then the finder's other outline: the card.
    expect(r.tried[0]!.view).toEqual({ source: 'card', turn: 0 });
    expect(r.image.view).toEqual({ source: 'card', turn: 0, candidate: 1 });
    expect(r.draft.fields.emails).toEqual(card.spec.truth.emails);
    expect(r.draft.fields.phones.map((p) => p.value).sort()).toEqual(card.spec.truth.phones.map((p) => p.value).sort());
  });

  it("the desk's edge crosses the frame (no one colour at the border): the frame read whole is weak, the finder's regions then find the card", async () => {
    const { card, scene: s } = await scene('en', 3, { desk: 'desk-edge', at: { x: 0.55, y: 0.68 }, size: 0.4, angle: 6, seed: 2 });
    const r = await scanner.scanBytes(s.image);
    expect(r.tried[0]!.view).toEqual({ source: 'whole', turn: 0 });
    expect(r.image.view.source).toBe('card');
    expectRead(r, card.spec.truth);
  });

  it('a card of two colours held by a thumb on a wood desk: cropped along its straight edges, panel and all, and read', async () => {
    const opts: SceneOptions = { desk: 'wood', size: 0.5, angle: 20, tilt: 0.1, panel: { colour: [34, 52, 110], share: 0.3 }, thumb: { at: 0.1 }, seed: 2 };
    const { card, scene: s } = await scene('en', 1, opts);
    const c = await openCapture(s.image);
    expect(c.found?.strategy).toBe('lines');
    const r = await scanner.scanBytes(s.image);
    expect(r.image.view).toEqual({ source: 'card', turn: 0 });
    // The crop is the whole card: its panel takes the left 30% of the review image.
    expect(r.image.cardWidth / r.image.cardHeight).toBeGreaterThan(1.6);
    expectRead(r, card.spec.truth);
  });

  it("a light card casting a drop shadow under a lamp: cropped along the card's own edges, not round its shadow, and read", async () => {
    const card = await fixture('en', 2);
    const { scene: s, corners, cardWidth } = await sceneWithCorners(card.clean, SHADOW_UNDER_LAMP);
    const r = await scanner.scanBytes(s.image);
    expect(r.image.view.source).toBe('card');
    // The review image is the card: the straight edges round card and shadow miss its corners by 6% of its width.
    expect(onCorners(r.image.cardQuad!, corners, cardWidth * 0.04)).toBe(true);
    expectRead(r, card.spec.truth);
  });

  it('a card about 2% of a 12 MP frame: the frame read whole gives nothing, the small outline is proposed when asked, cropped at full scale and read', async () => {
    const { card, scene: s } = await scene('en', 1, { desk: 'wood', size: 0.17, at: { x: 0.15, y: 0.8 }, angle: -10, seed: 3, width: 4000, height: 3000 });
    const r = await scanner.scanBytes(s.image);
    expect(r.tried[0]!.view).toEqual({ source: 'whole', turn: 0 });
    expect(r.image.view.source).toBe('card');
    expectRead(r, card.spec.truth);
  });

  it("a card lying sideways on a keyboard, read whole badly: the most certain outline's crop is turned too, though a wrong outline's crop read a little better the wrong way up (second source, seed 2 s2_006)", async () => {
    const r = await scanner.scanFile(path.join(import.meta.dirname, '../fixtures/photos/portrait-card-on-keyboard.jpg'));
    expect(r.tried[0]!.view).toEqual({ source: 'whole', turn: 0 });
    expect(r.image.view.source).toBe('card');
    expect(r.image.view.candidate ?? 0).toBe(0);
    expect([90, 270]).toContain(r.image.view.turn);
    const f = r.draft.fields;
    expect(f.name).toBe('Семен Бирюков');
    expect(f.phones.map((p) => p.value)).toEqual(expect.arrayContaining(['+78124718156', '+79693484465']));
    // A card designed upright: the review screen shows it standing.
    expect(r.image.cardHeight).toBeGreaterThan(r.image.cardWidth);
  });

  it("a portrait card's crop laid on its side reads well with its lines running down the page: its quarter turns are read too, and the one with its lines flat wins, its name in order (second source, seed 69 s2_016)", async () => {
    const r = await scanner.scanFile(path.join(import.meta.dirname, '../fixtures/photos/portrait-card-read-sideways.jpg'));
    // The crop as the finder laid it reads well enough to stop at, but sideways.
    const first = r.tried[0]!;
    expect(first.view).toEqual({ source: 'card', turn: 0 });
    expect(first.score).toBeGreaterThanOrEqual(GOOD_READING);
    expect(r.image.view).toEqual({ source: 'card', turn: 270 });
    const long = r.draft.ocrLines.filter((l) => l.text.length >= 8);
    expect(long.length).toBeGreaterThan(5);
    for (const l of long) expect(l.box.w).toBeGreaterThan(l.box.h);
    const f = r.draft.fields;
    expect(f.name).toBe('Анжела Эльдаровна Ковалева');
    expect(f.title).toBe('Ведущий инженер');
    expect(f.company).toBe('ООО "Байкал"');
    expect(r.image.cardHeight).toBeGreaterThan(r.image.cardWidth);
  });

  it("a portrait card lying sideways in a webcam's 640x480 frame: the frame read whole wins the views but finds no name; the card's sure crop, read again by neighbourhood, finds it (second source, seed 2 s2_058)", async () => {
    const r = await scanner.scanFile(path.join(import.meta.dirname, '../fixtures/photos/portrait-card-webcam-frame.jpg'));
    const whole = r.tried.find((t) => t.view.source === 'whole' && t.view.turn === 0)!;
    const crop = r.tried.find((t) => t.view.source === 'card' && t.view.turn === r.image.view.turn)!;
    // At first sight the frame read better than the crop in any turn.
    expect(whole.score).toBeGreaterThan(crop.score);
    expect(r.image.view.source).toBe('card');
    expect(r.draft.fields.name).toBe('Marlene Lübke');
    expect(r.draft.fields.title).toBe('Founder & CEO');
  });

  it("a card on a wooden desk whose border outline ran out along a plank's seam: the side on no edge is put on the card's straight edge, and the address column at that side is read (second source, seed 35 s2_039)", async () => {
    // The photo upright, 1200 px wide: the card lies upside down and tilted 34 degrees, its
    // lower left corner where a plank's dark seam meets it.
    const c = await openCapture(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/card-beside-plank-seam.jpg')));
    // The card's corners as the photo was made (top-left, top-right, bottom-right, bottom-left in the frame).
    const truth = [{ x: 600, y: 101 }, { x: 1121, y: 35 }, { x: 1141, y: 360 }, { x: 541, y: 383 }];
    const off = (q: { x: number; y: number }[]) => Math.max(...q.map((p, k) => Math.hypot(p.x - truth[k]!.x, p.y - truth[k]!.y)));
    expect(c.candidates.length).toBe(2);
    // The border's own outline, read next, has a corner far off; the mended one has none.
    expect(off(c.candidates[1]!.quad)).toBeGreaterThan(40);
    expect(off(c.candidates[0]!.quad)).toBeLessThan(15);
    const best = await readCapture(c, ocr);
    expect(best.view.source).toBe('card');
    expect(best.view.candidate ?? 0).toBe(0);
    const f = best.draft.fields;
    expect(f.emails).toEqual(['cortney.cassin@brightwaterrobotics.co.uk']);
    expect(f.phones.map((p) => p.value)).toEqual(['+441619737743', '+447425764701']);
    expect(f.company).toBe('Brightwater Robotics Ltd');
  });

  it('a card a fiftieth of the frame on a ribbed cloth: when asked for more, its outline is found on the unblurred finer frame and proposed as a small card (second source, seed 33 s2_029)', async () => {
    // The photo scaled to 1600 px: a white card 250 px wide lying on light-blue ribbed cloth.
    const c = await openCapture(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/small-card-ribbed-cloth.jpg')));
    expect(c.candidates).toHaveLength(0);
    await c.proposeMore();
    // The card's corners as the photo was made (top-left, top-right, bottom-right, bottom-left).
    const truth = [{ x: 644, y: 1005 }, { x: 891, y: 996 }, { x: 879, y: 1133 }, { x: 640, y: 1147 }];
    const [small] = c.candidates;
    expect(small).toBeDefined();
    // Within a few pixels, and its drop shadow's width below.
    expect(Math.max(...small!.quad.map((p, k) => Math.hypot(p.x - truth[k]!.x, p.y - truth[k]!.y)))).toBeLessThan(20);
    expect(small!.certainty).toBeLessThan(0.5);
  });

  it("a light card on a light, cluttered desk, lying sideways: no outline is found, the card's print is, and read (second source, seed 11 s2_014)", async () => {
    const c = await openCapture(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/light-card-light-desk.jpg')));
    // Neither the border's colour nor any region outlines the card.
    expect(c.candidates).toHaveLength(0);
    const best = await readCapture(c, ocr);
    expect(best.view.source).toBe('card');
    expect(c.candidates[best.view.candidate ?? 0]!.strategy).toBe('print');
    const f = best.draft.fields;
    // Read from the print: the card's QR code spells the name given name first ("Grace Ng").
    expect(f.name).toBe('Ng Grace');
    expect(f.department).toMatch(/^Corporate Planning Dept/);
    expect(f.emails).toEqual(['grace@evergreen.sg']);
    expect(f.phones.map((p) => p.value)).toEqual(['+6566135909']);
  });

  it("a blurred portrait card lying sideways, which the page reading finds no text in the right way up: read there as sparse text, its name comes back, not sure, rather than nothing (second source, seed 19 s2_022)", async () => {
    const c = await openCapture(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/blurred-portrait-card.jpg')));
    const best = await readCapture(c, ocr);
    // No reading looked like a card; the one chosen is the crop turned upright (a portrait card).
    expect(best.evidence.score).toBeLessThan(GOOD_READING);
    expect(best.view.source).toBe('card');
    expect([90, 270]).toContain(best.view.turn);
    expect(best.draft.fields.name).toBe('Парфен Артемьевич Титов');
    expect(best.draft.confidence.name ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('a flat card in small type, read badly whole: its print fills the frame, so no block of it is cut out and read alone, and its name and contact lines both stay (second source, seed 13 s2_012)', async () => {
    const c = await openCapture(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/small-print-clean-card.png')));
    const best = await readCapture(c, ocr);
    expect(c.candidates.some((k) => k.strategy === 'print')).toBe(false);
    const f = best.draft.fields;
    expect(f.name).toBe('Akiko Suzuki');
    expect(f.title).toBe('Art Director');
    expect(f.emails).toEqual(['a.suzuki@oasis.com']);
    expect(f.phones.map((p) => p.value)).toEqual(['+819020353788']);
  });

  it('a card lying inside a 12 MP frame with no one colour at the border: the frame reads passably whole, the crop is read too and wins (the card at full scale)', async () => {
    const { card, scene: s } = await scene('en', 1, { desk: 'desk-edge', at: { x: 0.5, y: 0.6 }, size: 0.55, angle: -3, seed: 4, width: 4000, height: 3000 });
    const r = await scanner.scanBytes(s.image);
    expect(r.tried[0]!.view).toEqual({ source: 'whole', turn: 0 });
    // Passable, not clear: the frame gives the card ~580 of OCR's 1050 pixels.
    expect(r.tried[0]!.score).toBeGreaterThanOrEqual(GOOD_READING);
    expect(r.tried[0]!.score).toBeLessThan(CLEAR_READING);
    expect(r.image.view.source).toBe('card');
    expect(r.tried).toHaveLength(2);
    expectRead(r, card.spec.truth);
  });

  it('a card filling most of a frame with no one colour at the border reads clearly whole: one reading', async () => {
    const { card, scene: s } = await scene('en', 3, { desk: 'desk-edge', at: { x: 0.5, y: 0.6 }, size: 0.5, angle: 6, seed: 2, width: 4000, height: 3000 });
    const r = await scanner.scanBytes(s.image);
    expect(r.tried).toHaveLength(1);
    expect(r.tried[0]!.score).toBeGreaterThanOrEqual(CLEAR_READING);
    expectRead(r, card.spec.truth);
  });

  it('a card on a 640x480 webcam frame, no one colour at the border: enlarged to OCR size and read', async () => {
    const { card, scene: s } = await scene('en', 3, { desk: 'desk-edge', width: 640, height: 480, at: { x: 0.5, y: 0.62 }, size: 0.75, angle: -5, seed: 2, quality: 80 });
    const r = await scanner.scanBytes(s.image);
    // Frame or crop, what OCR reads is enlarged from the card's ~480 px to OCR's size.
    expect(r.image.cardWidth).toBeGreaterThanOrEqual(1000);
    expectRead(r, card.spec.truth);
  });

  it('a crooked outline (turned 14 degrees off the card) is cut again along the print, and the card reads', async () => {
    const { card, scene: s } = await scene('en', 1, { angle: 4, size: 0.6 });
    const c = await openCapture(s.image);
    expect(c.found).not.toBeNull();
    // The finder's quad turned 14 degrees round its centre, as an outline fitted to a shadow's
    // edge and a corner of the desk leaves it.
    const q = c.found!.quad;
    const mid = { x: q.reduce((a, p) => a + p.x, 0) / 4, y: q.reduce((a, p) => a + p.y, 0) / 4 };
    const t = (14 * Math.PI) / 180;
    const turned = q.map((p) => ({ x: mid.x + (p.x - mid.x) * Math.cos(t) - (p.y - mid.y) * Math.sin(t), y: mid.y + (p.x - mid.x) * Math.sin(t) + (p.y - mid.y) * Math.cos(t) }));
    c.found = { ...c.found!, quad: turned };
    c.candidates = [c.found];
    expect(Math.abs(tiltOf(c, { source: 'card', turn: 0 }))).toBeGreaterThanOrEqual(12);
    const view = await renderView(c, { source: 'card', turn: 0, level: true });
    const { data, info } = await sharp(view.card).resize(400, 400, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
    expect(printTilt({ data, width: info.width, height: info.height, channels: info.channels })).toBe(0);
    const best = await readCapture(c, ocr);
    expect(best.view).toMatchObject({ source: 'card', level: true });
    expect(best.draft.fields.name).toBe(card.spec.truth.name);
    expect(best.draft.fields.emails).toEqual(card.spec.truth.emails);
  });

  it('a frame read whole, its card lying 14 degrees askew and found by no outline, is read again turned level', async () => {
    const { card, scene: s } = await scene('en', 1, { angle: 14, size: 0.85 });
    const c = await openCapture(s.image);
    // No outline, as on a white card lying on a white page (rd3_004): only the frame is read.
    c.found = null;
    c.candidates = [];
    const whole = { source: 'whole' as const, turn: 0 as const };
    expect(Math.abs(tiltOf(c, whole))).toBeGreaterThanOrEqual(10);
    const view = await renderView(c, { ...whole, level: true });
    const { data, info } = await sharp(view.card).resize(400, 400, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
    expect(printTilt({ data, width: info.width, height: info.height, channels: info.channels })).toBe(0);
    const best = await readCapture(c, ocr);
    expect(best.tried.some((t) => t.view.source === 'whole' && t.view.level)).toBe(true);
    expect(best.draft.fields.name).toBe(card.spec.truth.name);
    expect(best.draft.fields.emails).toEqual(card.spec.truth.emails);
  });

  it('a wrong, doubtful crop does not cost the card: the whole frame wins', async () => {
    const { card, scene: s } = await scene('en', 1, { angle: 4, size: 0.6 });
    const c = await openCapture(s.image);
    expect(c.found).not.toBeNull();
    // The finder's quad replaced by one over the card's top-left corner only, as a shadow or
    // a hand can make it, and marked doubtful.
    const q = c.found!.quad;
    const mid = (a: Point, b: Point, t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    c.found = { ...c.found!, certainty: 0.3, quad: [q[0]!, mid(q[0]!, q[1]!, 0.45), mid(q[0]!, q[2]!, 0.45), mid(q[0]!, q[3]!, 0.45)] };
    const best = await readCapture(c, ocr);
    expect(best.view.source).toBe('whole');
    expect(best.draft.fields.name).toBe(card.spec.truth.name);
    expect(best.draft.fields.emails).toEqual(card.spec.truth.emails);
  });
});

/** Centre of the word that holds `needle`, in the image the review screen shows. */
function wordCentre(lines: OcrLine[], needle: string): Point {
  const w = lines.flatMap((l) => l.words).find((x) => x.text.includes(needle));
  expect(w, `a word with "${needle}"`).toBeDefined();
  return centre(w!.box);
}
const centre = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** Where the needle's word sits on the flat card: read straight off the generator's PNG. */
async function flatCentre(png: Buffer, needle: string): Promise<Point> {
  return wordCentre(await ocr.recognize(await sharp(png).greyscale().png().toBuffer(), { deskew: false }), needle);
}

function sceneToReview(r: ScanResult, s: Scene): Homography {
  const W = r.image.cardWidth;
  const H = r.image.cardHeight;
  const rect = [
    { x: 0, y: 0 },
    { x: W - 1, y: 0 },
    { x: W - 1, y: H - 1 },
    { x: 0, y: H - 1 },
  ];
  if (r.image.cardQuad) return homography(r.image.cardQuad, rect);
  // The whole frame, scaled (and here not turned).
  expect(r.image.view.turn).toBe(0);
  const k = W / s.width;
  return [k, 0, 0, 0, k, 0, 0, 0, 1];
}

describe('boxes line up with the text on the review image', () => {
  for (const [what, opts] of [
    ['a card at 35 degrees on wood (crop straightened)', { angle: 35, size: 0.55, desk: 'wood', tilt: 0.2 }],
    ['a tilted card filling the frame (whole frame, deskewed by OCR)', { angle: 7, size: 1.15, width: 1300, height: 800 }],
  ] as [string, SceneOptions][])
    it(what, async () => {
      const c = await fixture('en', 1);
      const png = fs.readFileSync(c.clean);
      const s = await placeCard(png, opts);
      const r = await scanner.scanBytes(s.image);
      const toReview = sceneToReview(r, s);
      for (const needle of ['@', 'Anna', 'Street']) {
        const truth = project(toReview, project(s.cardToScene, await flatCentre(png, needle)));
        const got = wordCentre(r.draft.ocrLines, needle);
        // Within a fraction of a text line: the box is on the word, not beside it.
        const off = Math.hypot(got.x - truth.x, got.y - truth.y);
        expect(off, needle).toBeLessThan(r.image.cardWidth * 0.012);
      }
    });
});
