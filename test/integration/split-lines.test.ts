/**
 * A line of big bold print tesseract's layout analysis cuts in two (main/recognize/split-lines.ts),
 * through real OCR: a company set in Open Sans Bold on a clean card.
 */
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { tempDir } from '../helpers.js';

const ocr = createOcr({ dataDir: tempDir() });
afterAll(() => ocr.close());

const W = 1004;
const H = 650;
const text = (s: string, x: number, y: number, fill: string, size: number, weight = 'normal') =>
  `<text x="${x}" y="${y}" font-family="Open Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${s}</text>`;

describe('a line of big print the page reading cuts in two', () => {
  it('reads the company whole', async () => {
    // At this size tesseract's page reading reads the company as two thin lines of garbage.
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#f3f3f0"/><rect width="300" height="${H}" fill="#6b2f7d"/>` +
      text('Boniface Picard', 343, 100, '#6b2f7d', 53) +
      text('Attorney at Law', 343, 146, '#444', 26) +
      text('Marketing &amp; Communications', 343, 180, '#444', 22) +
      text('Tidewater Consulting SARL', 342, 225, '#222', 44, 'bold') +
      text('T 01 48 63 43 94', 343, 510, '#333', 26) +
      text('M +33 (0)6 24 14 48 35', 343, 550, '#333', 26) +
      text('E bpicard@tidewater-consulting.fr', 343, 590, '#333', 26) +
      '</svg>';
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const { draft } = await new Scanner(ocr).scanBytes(png, 'bold-company.png');
    expect(draft.fields.name).toBe('Boniface Picard');
    expect(draft.fields.company).toBe('Tidewater Consulting SARL');
    // One line where the company is printed, for the review screen's box.
    const company = draft.ocrLines.filter((l) => l.box.y > 190 && l.box.y < 260);
    expect(company.map((l) => l.text)).toEqual(['Tidewater Consulting SARL']);
  });
});
