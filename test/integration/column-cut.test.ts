/**
 * A card split into two columns for OCR (columns.ts) where the cut ran through its grey contact
 * lines: the straightened portrait card of a synthetic photo (second source, seed 63 s2_003).
 * The cut is made where no dark ink is, and grey small print is not dark; read apart, the
 * e-mail came back as "a@stroysoft.com", sure. Through real OCR, the lines are whole again.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { findRegions } from '../../main/recognize/columns.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { tempDir } from '../helpers.js';

const view = fs.readFileSync(path.join(__dirname, '../fixtures/photos/contact-lines-cut-by-column-split.jpg'));
const ocr = createOcr({ dataDir: tempDir() });
afterAll(() => ocr.close());

describe('lines a column cut ran through', () => {
  it('are joined again, a word cut in two made whole, and the e-mail is read right', async () => {
    const regions = await findRegions(view);
    // The premise: the card is cut into two columns a third of the way across.
    expect(regions).toHaveLength(2);
    expect(regions[1]!.left).toBeGreaterThan(0.2);
    expect(regions[1]!.left).toBeLessThan(0.4);
    const lines = await ocr.recognize(view);
    const texts = lines.map((l) => l.text);
    expect(texts.some((t) => /E-mail:\s*vera@stroysoft\.com/.test(t))).toBe(true);
    expect(texts.some((t) => /Тверская, д\. 38, офис 999/.test(t))).toBe(true);
    // The name's two words, a word's gap apart across the cut, stay two words of one line.
    expect(texts.some((t) => /\S+ Григорьева/.test(t))).toBe(true);
    // One line per row: nothing of the right column is left as a line of its own on a joined row.
    const emailRows = lines.filter((l) => l.text.includes('stroysoft'));
    expect(emailRows).toHaveLength(1);
    const { fields } = extractFields(lines, { defaultCountry: 'RU' });
    expect(fields.emails).toEqual(['vera@stroysoft.com']);
  });

  it('two real columns, a big name beside small contact lines on its row, stay apart', async () => {
    const lines = [
      [50, 160, 48, 20, 'Anna Whitfield'],
      [50, 210, 24, 40, 'Head of Procurement'],
      [640, 150, 22, 30, 'Tel: +44 20 7946 0321'],
      [640, 190, 22, 30, 'anna@hfl.co.uk'],
      [640, 230, 22, 30, 'www.hfl.co.uk'],
    ] as const;
    const text = lines.map(([x, y, size, grey, t]) => `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="rgb(${grey},${grey},${grey})">${t}</text>`).join('');
    const img = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1050" height="600"><rect width="100%" height="100%" fill="#f4f4f4"/>${text}</svg>`)).greyscale().png().toBuffer();
    expect(await findRegions(img)).toHaveLength(2);
    const read = (await ocr.recognize(img)).map((l) => l.text);
    expect(read).toContain('Anna Whitfield');
    expect(read).toContain('Tel: +44 20 7946 0321');
    expect(read.some((t) => t.includes('Whitfield') && t.includes('Tel'))).toBe(false);
  });
});
