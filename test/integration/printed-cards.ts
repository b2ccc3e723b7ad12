/**
 * Set-up shared by the suites that print a card's lines, render (and photograph) it, and read
 * it through the real pipeline: one OCR pool per test file in a throwaway data folder, and a
 * plain card that prints exactly the lines a test names.
 */
import { afterAll } from 'vitest';
import { emptyFields } from '../../shared/contact.js';
import { createOcr } from '../../main/app.js';
import type { TesseractPool } from '../../main/recognize/ocr-pool.js';
import type { CardSpec, PrintedLine } from '../fixtures/card-specs.js';
import { photographCard, renderCard } from '../fixtures/render-card.js';
import { tempDir } from '../helpers.js';

/** Real OCR (eng+rus, the bundled Latin model) for this test file; closed after the file's tests (then its tempDir() folder goes). */
export function fileOcr(): TesseractPool {
  const pool = createOcr({ dataDir: tempDir() });
  afterAll(() => pool.close());
  return pool;
}

/** A plain card: one column, dark on light, DejaVu Sans, no QR code or icons, only these lines. */
export function printedCard(id: string, lines: PrintedLine[], lang: 'en' | 'ru' = 'en'): CardSpec {
  return { id, lang, layout: 'stack', dark: false, font: 'DejaVu Sans', qr: 'none', icons: false, lines, truth: emptyFields(), qrPayload: null };
}

/** The card rendered flat, and the same render photographed on a desk (seed 7). */
export async function cleanAndPhoto(spec: CardSpec): Promise<[clean: Buffer, photo: Buffer]> {
  const clean = await renderCard(spec);
  return [clean, await photographCard(clean, 7, false)];
}
