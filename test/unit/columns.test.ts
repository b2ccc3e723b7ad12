/**
 * Where a card is cut into parts OCR reads apart (main/recognize/columns.ts): at a blank band
 * between two columns, never through lines of grey print that are not dark (a card in a shadow,
 * under a lamp, printed in grey).
 */
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

  it('are not cut through lines of grey print that run across the gap between dark words', async () => {
    const img = await card([
      [50, 120, 44, 20, 'DELPHI'],
      [860, 120, 30, 20, 'ACME'],
      [50, 330, 34, 60, 'Mauro Castro'],
      // Grey (not under the dark threshold), running from the left column far into the right.
      [50, 420, 24, 140, 'QUERETARO TECHNICAL CENTER, Cto. Palma Cocotera 2059'],
      [50, 460, 24, 140, 'Tel: +52 (442) 103-0500 x 1277   Fax: +52 (442) 218-5098'],
      [50, 500, 24, 140, 'email: mauro.h.castro@delphi.com   www.delphi.com/mexico'],
    ]);
    // Cut, if at all, between rows: every part as wide as the card.
    const regions = await findRegions(img);
    for (const r of regions) expect([r.left, r.width]).toEqual([0, 1]);
  });
});
