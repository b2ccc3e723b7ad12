/**
 * Light print in dark panels of a light card (main/recognize/panels.ts), through real OCR: a
 * web address in a black pill, as phones photograph it.
 */
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { tempDir } from '../helpers.js';

const ocr = createOcr({ dataDir: tempDir() });
afterAll(() => ocr.close());

const W = 1050;
const H = 600;
const text = (s: string, x: number, y: number, fill: string, size: number, weight = 'normal') =>
  `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${s}</text>`;
/** At this size tesseract, left to itself, reads nothing in the pill. */
const SCALE = 0.6;
/** The card as a phone photographs it: softened, a little noisy, JPEG. */
async function card(body: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#fbfbf8"/>${body}</svg>`;
  const soft = await sharp(Buffer.from(svg)).resize(Math.round(W * SCALE)).blur(0.6).jpeg({ quality: 70 }).toBuffer();
  return sharp(soft).resize(W).jpeg({ quality: 80 }).toBuffer();
}

describe('light print on dark panels, through real OCR', () => {
  it('reads the web address printed white in a black pill', async () => {
    const png = await card(
      text('Franck Ginon', 380, 140, '#111', 40) +
        text('SALES DIRECTOR', 380, 190, '#333', 22) +
        text('franck.ginon@raft.ai', 380, 330, '#111', 26) +
        text('+34 618 763 938', 380, 372, '#111', 26) +
        `<rect x="372" y="440" width="250" height="46" rx="23" fill="#101010"/>` +
        text('WWW.RAFT.AI', 402, 472, '#ffffff', 24),
    );
    const { draft } = await new Scanner(ocr).scanBytes(png, 'pill.jpg');
    expect(draft.fields.name).toBe('Franck Ginon');
    expect(draft.fields.websites.map((w) => w.toLowerCase())).toEqual(['www.raft.ai']);
    // Its box is where the pill is: the review screen draws it there.
    const line = draft.ocrLines.find((l) => /raft\.ai$/i.test(l.text) && !l.text.includes('@'))!;
    expect(line.box.y).toBeGreaterThan(430);
    expect(line.box.y + line.box.h).toBeLessThan(500);
  });
});
