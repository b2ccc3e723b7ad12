/** Where a card is cut into parts OCR reads apart (main/recognize/columns.ts): at the blank band between two columns. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findRegions } from '../../main/recognize/columns.js';

const W = 1050;
const H = 600;

/** A card of text lines: [x, y, size, grey level, text]. */
function card(lines: [number, number, number, number, string][]): Promise<Buffer> {
  const text = lines.map(([x, y, size, grey, t]) => `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="rgb(${grey},${grey},${grey})">${t}</text>`).join('');
  return sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#f4f4f4"/>${text}</svg>`)).greyscale().png().toBuffer();
}

describe('regions of a card read apart', () => {
  it('are its two columns, cut in the blank band between them', async () => {
    const img = await card([
      [50, 200, 48, 20, 'Anna Whitfield'],
      [50, 250, 24, 40, 'Head of Procurement'],
      [700, 150, 22, 30, 'Tel: +44 20 7946 0321'],
      [700, 190, 22, 30, 'anna@hfl.co.uk'],
      [700, 230, 22, 30, 'www.hfl.co.uk'],
      [700, 270, 22, 30, '12 Quay Street'],
    ]);
    const regions = await findRegions(img);
    expect(regions).toHaveLength(2);
    const cut = regions[1]!.left * W;
    expect(cut).toBeGreaterThan(480);
    expect(cut).toBeLessThan(700);
  });
});
