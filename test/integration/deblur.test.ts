/**
 * A view out of focus read deconvolved (main/recognize/deblur.ts), through real OCR: the
 * straightened card of a synthetic photo taken out of focus (second source, seed 7 s2_027),
 * whose address line tesseract does not read as it is and reads once deconvolved.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { deblurred, SMEARED, strokeBlur } from '../../main/recognize/deblur.js';
import { tempDir } from '../helpers.js';

const ocr = createOcr({ dataDir: tempDir() });
afterAll(() => ocr.close());

describe('a view out of focus', () => {
  it('is told blurred, and deconvolved it yields a line tesseract did not read before', async () => {
    const jpeg = fs.readFileSync(path.join(__dirname, '../fixtures/photos/out-of-focus.jpg'));
    // As capture.ts hands a view to OCR: grey, stretched to full contrast.
    const view = await sharp(jpeg).greyscale().normalise().png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer();
    const { data, info } = await sharp(view).greyscale().raw().toBuffer({ resolveWithObject: true });
    const blur = strokeBlur(new Uint8Array(data), info.width, info.height);
    expect(blur).toBeGreaterThan(SMEARED.from);
    expect(blur).toBeLessThan(SMEARED.to);

    const before = (await ocr.recognize(view, { deskew: false })).map((l) => l.text).join('\n');
    expect(before).toContain('Аким Федотович Ильин');
    expect(before).not.toContain('420930');
    const sharper = await deblurred(view);
    expect(sharper).not.toBeNull();
    const after = (await ocr.recognize(sharper!, { deskew: false })).map((l) => l.text).join('\n');
    expect(after).toContain('Аким Федотович Ильин');
    expect(after).toContain('420930, Россия, г. Казань');
  });
});
