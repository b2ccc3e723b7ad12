import fs from 'node:fs';
import { createRequire } from 'node:module';
import sharp, { type Sharp } from 'sharp';
import type { Box } from '../../shared/contact.js';
import * as jsqrModule from 'jsqr';
import type { QRCode } from 'jsqr';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
// jsqr is CommonJS with a `default` export; under ESM interop the function may sit one level down.
type JsQr = (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;
const jsqrExports = jsqrModule as unknown as { default: JsQr | { default: JsQr } };
const jsQR: JsQr = typeof jsqrExports.default === 'function' ? jsqrExports.default : jsqrExports.default.default;
let ready: Promise<unknown> | null = null;

/** zxing-wasm fetches its .wasm from a CDN unless handed the bytes: hand it the local copy. */
function prepare(): Promise<unknown> {
  ready ??= Promise.resolve(
    prepareZXingModule({
      overrides: { wasmBinary: fs.readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer },
      fireImmediately: true,
    }),
  );
  return ready;
}

export interface QrHit {
  text: string;
  /** Where the code sits in the image it was read from, when known. */
  box: Box | null;
}

/** The decoded code, or `false` when a code was seen but not read, or null when none was seen. */
async function zxing(encoded: Buffer, scale = 1): Promise<QrHit | false | null> {
  await prepare();
  // 'Plain': the bytes as encoded. The default (HRI) shows control characters as <ESC>, <LF>, ...,
  // which turned a vCard holding one control character into one line of text.
  const results = await readBarcodes(new Uint8Array(encoded), { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1, returnErrors: true, textMode: 'Plain' });
  const hit = results.find((r) => r.isValid && r.text);
  if (!hit) return results.length ? false : null;
  const p = hit.position;
  const xs = [p.topLeft.x, p.topRight.x, p.bottomLeft.x, p.bottomRight.x].map((v) => v / scale);
  const ys = [p.topLeft.y, p.topRight.y, p.bottomLeft.y, p.bottomRight.y].map((v) => v / scale);
  const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  return { text: hit.text, box };
}

async function jsqr(img: Sharp): Promise<QrHit | null> {
  const { data, info } = await img.clone().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const hit = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  if (!hit?.data) return null;
  const l = hit.location;
  const xs = [l.topLeftCorner.x, l.topRightCorner.x, l.bottomLeftCorner.x, l.bottomRightCorner.x];
  const ys = [l.topLeftCorner.y, l.topRightCorner.y, l.bottomLeftCorner.y, l.bottomRightCorner.y];
  return { text: hit.data, box: { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) } };
}

/**
 * Reads a QR code from an image: zxing on the image as it is, then on a binarised and an
 * upscaled copy (small, tilted, compressed codes), then jsqr as a second opinion.
 */
export async function decodeQr(image: Buffer): Promise<QrHit | null> {
  // The common cases cost one pass: a code read at once, or no code-like pattern at all.
  const first = await zxing(image).catch(() => false as const);
  if (first) return first;
  if (first === null) return null;
  const base = sharp(image).greyscale();
  const attempts: (() => Promise<QrHit | false | null>)[] = [
    async () => zxing(await base.clone().normalise().threshold(128).png({ compressionLevel: 1 }).toBuffer()),
    async () => {
      const meta = await sharp(image).metadata();
      const w = Math.min(3000, (meta.width ?? 1000) * 2);
      return zxing(await base.clone().resize(w).sharpen().png({ compressionLevel: 1 }).toBuffer(), w / (meta.width ?? w));
    },
    () => jsqr(base),
  ];
  for (const attempt of attempts) {
    const text = await attempt().catch(() => null);
    if (text) return text;
  }
  return null;
}
