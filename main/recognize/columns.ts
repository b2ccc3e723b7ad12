import sharp from 'sharp';

export interface Region {
  left: number;
  width: number;
}

/**
 * Splits a card into text columns at wide vertical blank bands. Tesseract's own layout
 * analysis merges a big name on the left with small contact lines on the right into one
 * garbled line; reading each column on its own avoids that. Rows that are ink across the
 * whole width (stripes, borders) are ignored so they do not hide the gap.
 */
export async function findColumns(grey: Buffer): Promise<Region[]> {
  const { data, info } = await sharp(grey).greyscale().resize({ width: 350 }).raw().toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const ink = new Float64Array(w);
  for (let y = 0; y < h; y++) {
    let rowInk = 0;
    for (let x = 0; x < w; x++) if (data[y * w + x]! < 110) rowInk++;
    if (rowInk > w * 0.5) continue;
    for (let x = 0; x < w; x++) if (data[y * w + x]! < 110) ink[x]!++;
  }
  const margin = Math.round(w * 0.04);
  const total = ink.reduce((s, v) => s + v, 0);
  if (!total) return [{ left: 0, width: 1 }];
  const blank = (x: number) => ink[x]! <= h * 0.004;
  let best: { from: number; to: number } | null = null;
  for (let x = Math.round(w * 0.2); x < w * 0.8; x++) {
    if (!blank(x)) continue;
    let end = x;
    while (end + 1 < w - margin && blank(end + 1)) end++;
    if (end - x + 1 >= w * 0.04 && (!best || end - x > best.to - best.from)) best = { from: x, to: end };
    x = end;
  }
  if (!best) return [{ left: 0, width: 1 }];
  const leftInk = ink.slice(0, best.from).reduce((s, v) => s + v, 0);
  const rightInk = total - leftInk;
  // Both sides must hold text, not a stray mark.
  if (leftInk < total * 0.08 || rightInk < total * 0.08) return [{ left: 0, width: 1 }];
  const cut = (best.from + best.to) / 2 / w;
  return [
    { left: 0, width: cut },
    { left: cut, width: 1 - cut },
  ];
}
