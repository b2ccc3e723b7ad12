import fs from 'node:fs/promises';
import path from 'node:path';
import type { DraftContact } from '../../shared/contact.js';
import { AppError, oneLine } from '../../shared/errors.js';
import { openCapture, type CaptureLimits, type CapturedImage, type CardView, DEFAULT_LIMITS } from '../capture/capture.js';
import type { OcrEngine } from './ocr-pool.js';
import { missingFields } from './extract/fields.js';
import { fitFields } from './fit-fields.js';
import { readCapture } from './read-card.js';

export interface ScanResult {
  file: string;
  bytes: Buffer;
  image: CapturedImage;
  draft: DraftContact;
  ms: number;
  /** The views read and their evidence scores; the first is the one every card pays for. */
  tried: { view: CardView; score: number }[];
}

/** bytes -> captured image -> draft contact; the one pipeline every front end uses. */
export class Scanner {
  constructor(
    private readonly ocr: OcrEngine,
    private readonly opts: { defaultCountry?: string; limits?: CaptureLimits } = {},
  ) {}

  async scanBytes(bytes: Buffer, file = 'image'): Promise<ScanResult> {
    const t0 = performance.now();
    const capture = await openCapture(bytes, this.opts.limits ?? DEFAULT_LIMITS);
    // The view (crop or whole frame, turned) with the best evidence: its image is the one reviewed.
    const { image, draft: recognised, tried } = await readCapture(capture, this.ocr, { defaultCountry: this.opts.defaultCountry });
    const fitted = fitFields(recognised.fields);
    const draft = { ...recognised, fields: fitted.fields };
    draft.missing = missingFields(draft.fields);
    // Warnings travel with the image (into the inbox, onto the review screen): its own problems, then values clipped to the limits.
    return { file, bytes, image: { ...image, warnings: [...image.warnings, ...fitted.warnings] }, draft, tried, ms: Math.round(performance.now() - t0) };
  }

  async scanFile(file: string): Promise<ScanResult> {
    let bytes: Buffer;
    try {
      const st = await fs.stat(file);
      if (!st.isFile()) throw new AppError('invalid_input', 'not a file');
      const limit = (this.opts.limits ?? DEFAULT_LIMITS).maxBytes;
      if (st.size > limit) throw new AppError('too_large', `file is ${(st.size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit`);
      bytes = await fs.readFile(file);
    } catch (e) {
      if (e instanceof AppError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new AppError('not_found', code === 'ENOENT' ? 'no such file' : oneLine(e));
    }
    return this.scanBytes(bytes, path.basename(file));
  }
}
