import fs from 'node:fs';
import { createRequire } from 'node:module';
import sharp, { type Sharp } from 'sharp';
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

/** The decoded text, or `false` when a code was seen but not read, or null when none was seen. */
async function zxing(encoded: Buffer): Promise<string | false | null> {
  await prepare();
  const results = await readBarcodes(new Uint8Array(encoded), { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1, returnErrors: true });
  const hit = results.find((r) => r.isValid && r.text);
  return hit ? hit.text : results.length ? false : null;
}

async function jsqr(img: Sharp): Promise<string | null> {
  const { data, info } = await img.clone().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const hit = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  return hit?.data ? hit.data : null;
}

/**
 * Reads a QR code from an image: zxing on the image as it is, then on a binarised and an
 * upscaled copy (small, tilted, compressed codes), then jsqr as a second opinion.
 */
export async function decodeQr(image: Buffer): Promise<string | null> {
  // The common cases cost one pass: a code read at once, or no code-like pattern at all.
  const first = await zxing(image).catch(() => false as const);
  if (first) return first;
  if (first === null) return null;
  const base = sharp(image).greyscale();
  const attempts: (() => Promise<string | false | null>)[] = [
    async () => zxing(await base.clone().normalise().threshold(128).png({ compressionLevel: 1 }).toBuffer()),
    async () => {
      const meta = await sharp(image).metadata();
      const w = Math.min(3000, (meta.width ?? 1000) * 2);
      return zxing(await base.clone().resize(w).sharpen().png({ compressionLevel: 1 }).toBuffer());
    },
    () => jsqr(base),
  ];
  for (const attempt of attempts) {
    const text = await attempt().catch(() => null);
    if (text) return text;
  }
  return null;
}
