/**
 * The card found by its print (main/capture/print-block.ts): fine, dense strokes gathered into
 * blocks, each block's rectangle along its lines. Scenes are drawn with real type (DejaVu Sans,
 * rendered by librsvg through sharp) beside the things a desk holds that are not print: a
 * notebook's ruled lines, a pen, the desk's grain.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inside } from '../../main/capture/quad.js';
import type { RawImage } from '../../main/capture/homography.js';
import { PRINT_SIDE, printAngle, printBlocks, printTilt } from '../../main/capture/print-block.js';

const degrees = (a: number) => (a * 180) / Math.PI;

/** An SVG drawn by librsvg (through sharp) as raw RGB pixels. */
async function rasterised(svg: string): Promise<RawImage> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}
/** Two directions alike, a half turn apart or not (a line has no way round). */
const offBy = (a: number, b: number) => {
  const d = Math.abs(((a - b) % 180) + 180) % 180;
  return Math.min(d, 180 - d);
};

/**
 * A light desk seen from above, `width` x `height`: a card's worth of print (name, title,
 * contact lines) turned `angle` degrees round (cx, cy), and a ruled notebook and a pen at the
 * left, in PRINT_SIDE-sized pixels.
 */
async function desk(angle: number, cx: number, cy: number, width = PRINT_SIDE, height = 600): Promise<RawImage> {
  const text = (y: number, size: number, body: string) => `<text x="-150" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="#222">${body}</text>`;
  const rules = Array.from({ length: 12 }, (_, i) => `<rect x="30" y="${120 + i * 30}" width="220" height="7" fill="#8a8f9a"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#d9d6cf"/>
    <rect x="20" y="90" width="240" height="400" fill="#eeeeea"/>${rules}
    <rect x="300" y="60" width="14" height="260" rx="6" fill="#1b3a8a" transform="rotate(25 307 190)"/>
    <g transform="translate(${cx} ${cy}) rotate(${angle})">
      <rect x="-170" y="-100" width="340" height="200" fill="#e6e4de"/>
      ${text(-50, 20, 'Anna Smith')}${text(-28, 12, 'VP of Engineering')}
      ${text(20, 10, 'Tel +1 212 555 0153')}${text(36, 10, 'anna.smith@brightpath.com')}${text(52, 10, 'www.brightpath.com')}${text(68, 10, '450 Lexington Ave, New York')}
    </g></svg>`;
  return rasterised(svg);
}

describe('the direction print runs in', () => {
  // Points along parallel lines of print, a line every 12 px, each 150 px long.
  const lines = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    const pts = [];
    for (let k = 0; k < 6; k++) for (let t = 0; t < 150; t++) pts.push({ x: 400 + t * Math.cos(a) - k * 12 * Math.sin(a), y: 300 + t * Math.sin(a) + k * 12 * Math.cos(a) });
    return pts;
  };
  for (const deg of [0, 12, -30, 84, 95])
    it(`lines at ${deg} degrees`, () => {
      expect(offBy(degrees(printAngle(lines(deg))), deg)).toBeLessThanOrEqual(1);
    });
});

describe('blocks of print on a desk', () => {
  it("a card's print, turned 12 degrees, beside a ruled notebook and a pen: one block, along its lines", async () => {
    const img = await desk(12, 560, 330);
    const blocks = printBlocks(img);
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    const [card] = blocks;
    expect(card!.strategy).toBe('print');
    // Round the print: the name's and the address line's middles are inside it.
    const turn = (x: number, y: number) => {
      const a = (12 * Math.PI) / 180;
      return { x: 560 + x * Math.cos(a) - y * Math.sin(a), y: 330 + x * Math.sin(a) + y * Math.cos(a) };
    };
    expect(inside(card!.quad, turn(-90, -55))).toBe(true);
    expect(inside(card!.quad, turn(-60, 64))).toBe(true);
    // Its sides run along the print's lines.
    const [a, b] = card!.quad;
    expect(offBy(degrees(Math.atan2(b!.y - a!.y, b!.x - a!.x)), 12)).toBeLessThanOrEqual(2);
    // The notebook's ruled lines and the pen are no print: no block lies on them.
    for (const block of blocks) expect(block.quad.every((p) => p.x > 280)).toBe(true);
  });

  it('a card lying sideways: the block runs down the frame', async () => {
    const [card] = printBlocks(await desk(-88, 560, 300));
    expect(card).toBeDefined();
    const [a, b, c] = card!.quad;
    // Taller than wide, its sides square to the print's lines (which run at 92 degrees).
    expect(Math.hypot(c!.x - b!.x, c!.y - b!.y)).toBeGreaterThan(Math.hypot(b!.x - a!.x, b!.y - a!.y));
    expect(offBy(degrees(Math.atan2(c!.y - b!.y, c!.x - b!.x)), 92)).toBeLessThanOrEqual(2);
  });

  it('a desk with no card: nothing is proposed', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PRINT_SIDE}" height="600"><rect width="100%" height="100%" fill="#d9d6cf"/>
      ${Array.from({ length: 14 }, (_, i) => `<rect x="60" y="${60 + i * 34}" width="600" height="8" fill="#7d7f86"/>`).join('')}</svg>`;
    expect(printBlocks(await rasterised(svg))).toEqual([]);
  });

  it('a flat card filling the frame: its print is spread over it, so nothing is proposed (the card reads whole)', async () => {
    const text = (x: number, y: number, size: number, body: string) => `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="#222">${body}</text>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PRINT_SIDE}" height="480"><rect width="100%" height="100%" fill="#fbfaf7"/>
      ${text(40, 60, 16, 'OASIS CO., LTD.')}${text(430, 200, 28, 'Akiko Suzuki')}${text(470, 235, 14, 'Art Director')}
      ${text(40, 380, 12, 'Mobile +81 90 2035 3788')}${text(40, 400, 12, 'a.suzuki@oasis.com')}${text(40, 420, 12, '7F, 4-18-9 Jingumae, Minato-ku, Tokyo')}</svg>`;
    expect(printBlocks(await rasterised(svg))).toEqual([]);
  });
});

/** A straightened card, 600 x 360, its print turned `angle` degrees as a crooked outline leaves it. */
async function crookedCrop(angle: number): Promise<RawImage> {
  const text = (y: number, size: number, body: string) => `<text x="-250" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="#222">${body}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="360">
    <rect width="100%" height="100%" fill="#efede6"/>
    <g transform="translate(300 180) rotate(${angle})">
      ${text(-90, 34, 'Anna Smith')}${text(-55, 20, 'VP of Engineering')}
      ${text(10, 17, 'Tel +1 212 555 0153')}${text(36, 17, 'anna.smith@brightpath.com')}${text(62, 17, 'www.brightpath.com')}${text(88, 17, '450 Lexington Ave, New York')}
    </g></svg>`;
  return rasterised(svg);
}

describe("print running crooked across a straightened card (printTilt)", () => {
  for (const angle of [14, -9, 22])
    it(`finds print turned ${angle} degrees`, async () => {
      expect(Math.abs(printTilt(await crookedCrop(angle)) - angle)).toBeLessThanOrEqual(1.5);
    });

  for (const angle of [0, 2, -5])
    it(`leaves print ${angle} degrees off level as it is (tesseract reads it so)`, async () => {
      expect(printTilt(await crookedCrop(angle))).toBe(0);
    });

  it('says nothing of a card with next to no print', async () => {
    const { data, info } = await sharp({ create: { width: 600, height: 360, channels: 3, background: '#efede6' } }).raw().toBuffer({ resolveWithObject: true });
    expect(printTilt({ data, width: info.width, height: info.height, channels: 3 })).toBe(0);
  });
});
