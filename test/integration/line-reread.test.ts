/**
 * Single lines read again (second look, Latin model) through real OCR, on a crop of a photographed
 * card where the row below the line comes close.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOcr } from './printed-cards.js';
import { openCapture } from '../../main/capture/capture.js';
import { readCapture } from '../../main/recognize/read-card.js';
import { isLatinCard } from '../../main/recognize/latin-reread.js';

const pool = fileOcr();
const image = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/email-over-next-row.png'));
/** The e-mail line as the page reading boxed it; its usual margin takes in the tops of the row below. */
const box = { x: 42, y: 38, w: 654, h: 28 };

describe('a line re-read beside a close row', () => {
  it('reads the e-mail line with the Latin model and with the card’s languages, boxed on the image', async () => {
    const [latin] = await pool.readLatinLines(image, [box]);
    expect(latin?.text).toMatch(/n\.?sergeeva\W?@orbita\.ru/);
    expect(latin?.text).toContain('www.orbita.ru');
    const [own] = await pool.readLines(image, [box]);
    expect(own?.text).toMatch(/sergeeva@orbita\.ru/);
    // The words' boxes are in the image's pixels, not the enlarged crop's.
    for (const w of own!.words) {
      expect(w.box.y).toBeGreaterThan(box.y - 10);
      expect(w.box.y + w.box.h).toBeLessThan(box.y + box.h + 10);
      expect(w.box.x).toBeGreaterThanOrEqual(box.x - 30);
    }
  });
});

describe('a Latin card whose e-mail line the English-and-Russian models read as Cyrillic look-alikes', () => {
  it('reads the address again with the Latin model (second source, seed 27 s2_010, clean)', async () => {
    // 19% of the card's letters came back Cyrillic, all in "Видзоп@Кеу$юопедупатс$.сот" at 0.32,
    // no Cyrillic word read surely: a Latin card, and its address line is read again.
    const c = await openCapture(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos/latin-card-email-in-lookalikes.png')));
    const best = await readCapture(c, pool);
    expect(best.draft.fields.emails).toEqual(['hudson@keystonedynamics.com']);
    expect(best.draft.fields.name).toBe('Hazel Hudson');
    expect(isLatinCard(best.draft.ocrLines)).toBe(true);
    expect(best.draft.ocrLines.some((l) => /[\u0400-\u04FF]/u.test(l.text))).toBe(false);
  });
});
