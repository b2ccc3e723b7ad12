/**
 * A view of a card that tesseract's layout analysis calls an empty page is read again, each
 * part as one block of text (ocr-pool.ts): a portrait card from a synthetic phone photo (second source,
 * seed 35 s2_030), sharp enough to read, whose straightened crop is split at the blank band
 * between its name and its contact lines, each half then read as nothing. Before, the card's
 * right turn read as nothing at all, and the frame read whole won with a misread phone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { openCapture, renderView } from '../../main/capture/capture.js';
import { findRegions } from '../../main/recognize/columns.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { tempDir } from '../helpers.js';

const photo = path.join(__dirname, '../fixtures/photos/portrait-card-halves-read-as-empty.jpg');
const ocr = createOcr({ dataDir: tempDir() });
afterAll(() => ocr.close());

describe('a view of the card read as an empty page', () => {
  it('is read again as one block per part: the upright crop, each half of it an empty page to the layout analysis, gives the name and the phone line', async () => {
    const c = await openCapture(fs.readFileSync(photo));
    const view = await renderView(c, { source: 'card', turn: 90 });
    // Upright, portrait, split in two at the band between the title and the contact lines.
    expect(view.cardHeight).toBeGreaterThan(view.cardWidth);
    const regions = await findRegions(view.ocr);
    expect(regions).toHaveLength(2);
    const lines = await ocr.recognize(view.ocr);
    const text = lines.map((l) => l.text).join('\n');
    expect(text).toContain('ЛАВРЕНТЬЕВ');
    expect(text).toMatch(/Исай Антипович/);
    expect(text).toMatch(/499 263/);
    // Boxes stay in the view's pixels: the name above the phone line.
    const name = lines.find((l) => l.text.includes('ЛАВРЕНТЬЕВ'))!;
    const phone = lines.find((l) => /499 263/.test(l.text))!;
    expect(name.box.y).toBeLessThan(phone.box.y);
    expect(phone.box.y + phone.box.h).toBeLessThanOrEqual(view.cardHeight);
    // Read again after another view, it reads the same: no reading depends on the one before.
    const other = await renderView(c, { source: 'card', turn: 0 });
    await ocr.recognize(other.ocr);
    expect((await ocr.recognize(view.ocr)).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it('the scanner reads the card the right way up, name and company found', async () => {
    const r = await new Scanner(ocr).scanFile(photo);
    expect(r.image.view.source).toBe('card');
    expect(r.draft.fields.name).toBe('ЛАВРЕНТЬЕВ Исай Антипович');
    expect(r.draft.fields.company).toMatch(/^ПАО "?Гранит"?$/);
    expect(r.image.cardHeight).toBeGreaterThan(r.image.cardWidth);
  });
});
