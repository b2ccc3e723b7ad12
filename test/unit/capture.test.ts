import fs from 'node:fs';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { captureImage, frameTurn, inspect, openCapture, renderView } from '../../main/capture/capture.js';
import { AppError } from '../../shared/errors.js';
import { findFixture, fixture } from '../helpers.js';

/** A PNG whose header claims a huge size over a few bytes of data: a decompression bomb. */
function pngBomb(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc(1000))), chunk('IEND', Buffer.alloc(0))]);
}

async function rejects(bytes: Buffer, code: string, message: RegExp) {
  const err = await captureImage(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).message).toMatch(message);
  expect((err as AppError).message).not.toContain('\n');
}

describe('capture rejects bad input with a one-line reason', () => {
  it('empty file', () => rejects(Buffer.alloc(0), 'bad_image', /empty file/));
  it('not an image', () => rejects(Buffer.from('name,phone\nJohn,555\n'), 'unsupported', /not an image/));
  it('an image kind we do not take (GIF, SVG)', async () => {
    await rejects(await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } }).gif().toBuffer(), 'unsupported', /"gif"/);
    await rejects(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'unsupported', /"svg"/);
  });
  it('truncated JPEG', async () => {
    const jpeg = fs.readFileSync((await fixture('en', 0)).photo);
    await rejects(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'bad_image', /truncated or corrupt/);
  });
  it('an image too small to hold a card (a 40x3 strip, on which OCR itself fails)', async () => {
    await rejects(await sharp({ create: { width: 40, height: 3, channels: 3, background: '#c8c8c8' } }).png().toBuffer(), 'bad_image', /40x3 pixels, too small to hold a readable card/);
  });
  it('file over the size limit', async () => {
    const err = await inspect(Buffer.alloc(2048, 1), { maxBytes: 1024, maxPixels: 1e8 }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('too_large');
  });
  it('decompression bomb (60000 x 60000 in 1 KB)', async () => {
    const bomb = pngBomb(60000, 60000);
    expect(bomb.length).toBeLessThan(2000);
    await rejects(bomb, 'too_large', /60000x60000 \(3600 MP\), over the 120 MP limit/);
  });
});

describe('capture', () => {
  it('reads only the first page of a multi-page TIFF and says so', async () => {
    const card = await sharp((await fixture('en', 1)).clean).toBuffer();
    const page = await sharp(card).raw().toBuffer({ resolveWithObject: true });
    const tiff = await sharp(Buffer.concat([page.data, page.data]), { raw: { width: page.info.width, height: page.info.height * 2, channels: page.info.channels, pageHeight: page.info.height } as never })
      .tiff()
      .toBuffer();
    const c = await captureImage(tiff);
    expect(c.format).toBe('tiff');
    expect(c.warnings[0]).toMatch(/2 frames\/pages: only the first was read/);
    expect(c.cardWidth / c.cardHeight).toBeCloseTo(1050 / 600, 1);
  });

  it('turns an image by its EXIF orientation', async () => {
    const rotated = await sharp((await fixture('en', 1)).clean).rotate(90).jpeg().withMetadata({ orientation: 8 }).toBuffer();
    const meta = await sharp(rotated).metadata();
    expect(meta.height! > meta.width!).toBe(true);
    const c = await captureImage(rotated);
    expect(c.cardWidth).toBeGreaterThan(c.cardHeight);
  });

  it('finds, crops and straightens a card photographed on a desk', async () => {
    const { photo } = await fixture('ru', 0);
    const c = await captureImage(fs.readFileSync(photo));
    expect(c.cardQuad).not.toBeNull();
    expect(c.cardWidth / c.cardHeight).toBeGreaterThan(1.6);
    expect(c.cardWidth / c.cardHeight).toBeLessThan(1.95);
    // Cropped: the desk (dark brown) is gone, so the border of the result is card-bright.
    const { data, info } = await sharp(c.ocr).raw().toBuffer({ resolveWithObject: true });
    let edge = 0;
    for (let x = 0; x < info.width; x++) edge += data[Math.round(info.height * 0.1) * info.width + x]!;
    expect(edge / info.width).toBeGreaterThan(150);
    const thumb = await sharp(c.thumbnail).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(256);
  });

  it('inverts a dark card so OCR sees dark text on light', async () => {
    const dark = await findFixture('en', (s) => s.dark, 20);
    const c = await captureImage(fs.readFileSync(dark.clean));
    const stats = await sharp(c.ocr).stats();
    expect(stats.channels[0]!.mean).toBeGreaterThan(128);
  });
});

describe('the whole frame turned', () => {
  it('keeps all of the frame: a landscape frame turned 90 or 270 degrees comes out portrait, its corners in it', async () => {
    // A grey frame with a black square in its top-left corner and a white one in its bottom-right.
    const square = (colour: string) => sharp({ create: { width: 160, height: 160, channels: 3, background: colour } }).png().toBuffer();
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#808080' } })
      .composite([
        { input: await square('#000000'), left: 0, top: 0 },
        { input: await square('#ffffff'), left: 1440, top: 1040 },
      ])
      .png()
      .toBuffer();
    const c = await openCapture(photo);
    for (const turn of [90, 270] as const) {
      const v = await renderView(c, { source: 'whole', turn });
      expect([v.cardWidth, v.cardHeight]).toEqual([788, 1050]);
      const { data, info } = await sharp(v.card).greyscale().raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => data[Math.round(y) * info.width + Math.round(x)]!;
      // Turned clockwise, the frame's top-left lies at the top-right; anticlockwise, at the bottom-left.
      const black = turn === 90 ? at(info.width - 20, 20) : at(20, info.height - 20);
      const white = turn === 90 ? at(20, info.height - 20) : at(info.width - 20, 20);
      expect(black).toBeLessThan(40);
      expect(white).toBeGreaterThan(215);
    }
  });
});

describe('the turn that shows a crop as the card lies in the frame', () => {
  it('is 0 for a wide outline and 90 for a tall one, whose crop is otherwise laid on its side', async () => {
    // A tall white card with a black bar across its top, on a dark desk.
    const card = await sharp({ create: { width: 500, height: 880, channels: 3, background: '#f4f4f4' } })
      .composite([{ input: await sharp({ create: { width: 400, height: 60, channels: 3, background: '#000000' } }).png().toBuffer(), left: 50, top: 40 }])
      .png()
      .toBuffer();
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a3028' } }).composite([{ input: card, left: 550, top: 160 }]).jpeg().toBuffer();
    const c = await openCapture(photo);
    expect(c.found).not.toBeNull();
    const quad = c.found!.quad;
    expect(frameTurn(quad)).toBe(90);
    expect(frameTurn([{ x: 0, y: 0 }, { x: 900, y: 0 }, { x: 900, y: 500 }, { x: 0, y: 500 }])).toBe(0);
    const laid = await renderView(c, { source: 'card', turn: 0 });
    expect(laid.cardWidth).toBeGreaterThan(laid.cardHeight);
    const asInFrame = await renderView(c, { source: 'card', turn: frameTurn(quad) });
    expect(asInFrame.cardHeight).toBeGreaterThan(asInFrame.cardWidth);
    // The bar is at the top, as in the frame: the top tenth is darker than the bottom tenth.
    const { data, info } = await sharp(asInFrame.card).greyscale().raw().toBuffer({ resolveWithObject: true });
    const band = (y0: number, y1: number) => {
      let s = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < info.width; x++) s += data[y * info.width + x]!;
      return s / ((y1 - y0) * info.width);
    };
    const tenth = Math.round(info.height / 10);
    expect(band(0, tenth)).toBeLessThan(band(info.height - tenth, info.height) - 40);
  });
});
