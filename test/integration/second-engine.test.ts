/**
 * The second OCR engine (PaddleOCR's models through onnxruntime, paddle-reader.ts) on real
 * images: its lines and their words placed on the ink, and a card whose first reading lacks
 * its company getting it from the second engine, and a doubtful e-mail read again on its line.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { PaddleReader } from '../../main/recognize/paddle-reader.js';
import { rereadContacts } from '../../main/recognize/contact-reread.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { SURE_CONFIDENCE, emptyFields } from '../../shared/contact.js';
import { tempDir } from '../helpers.js';

const photo = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/photos', name));

describe('the second OCR engine', () => {
  const withIt = createOcr({ dataDir: tempDir() });
  const without = createOcr({ dataDir: tempDir(), secondEngine: false });
  afterAll(async () => {
    await withIt.close();
    await without.close();
  });

  it('reads a card’s lines with their words on the ink, in the image’s pixels', async () => {
    const image = photo('small-print-clean-card.png');
    const { width, height } = await sharp(image).metadata();
    const lines = (await new PaddleReader().readPage(image))!;
    const text = lines.map((l) => l.text).join('\n');
    expect(text).toMatch(/Akiko Suzuki/);
    expect(text).toMatch(/a\.suzuki@oasis\.com/);
    for (const l of lines) {
      expect(l.box.x + l.box.w).toBeLessThanOrEqual(width!);
      expect(l.box.y + l.box.h).toBeLessThanOrEqual(height!);
      expect(l.words.map((w) => w.text).join(' ')).toBe(l.text);
      l.words.forEach((w, i) => {
        expect(w.box.x).toBeGreaterThanOrEqual(l.box.x);
        expect(w.box.x + w.box.w).toBeLessThanOrEqual(l.box.x + l.box.w);
        if (i) expect(w.box.x).toBeGreaterThanOrEqual(l.words[i - 1]!.box.x + l.words[i - 1]!.box.w);
      });
    }
    // Lines top to bottom.
    expect(lines.map((l) => l.box.y)).toEqual([...lines.map((l) => l.box.y)].sort((a, b) => a - b));
  });

  it('fills the company a webcam photo’s first reading lacks, never sure, boxed on the card (second source, seed 2 s2_058)', async () => {
    const image = photo('portrait-card-webcam-frame.jpg');
    const first = await new Scanner(without).scanBytes(image);
    expect(first.draft.fields.company).toBe('');
    expect(first.draft.missing).toContain('company');
    const r = await new Scanner(withIt).scanBytes(image);
    expect(r.draft.fields.company).toMatch(/riverstone analytics/i);
    expect(r.draft.confidence.company).toBeLessThan(SURE_CONFIDENCE);
    expect(r.draft.missing).not.toContain('company');
    // What the first reading found stays as it was.
    expect(r.draft.fields.name).toBe(first.draft.fields.name);
    expect(r.draft.fields.title).toBe(first.draft.fields.title);
    const [box] = r.draft.sources.company!;
    expect(box!.x + box!.w).toBeLessThanOrEqual(r.image.cardWidth);
    expect(box!.y + box!.h).toBeLessThanOrEqual(r.image.cardHeight);
  });

  it('reads a doubtful e-mail’s line again and takes its misread letter from the second engine, never sure (second source seed 21 s2_025)', async () => {
    const image = photo('email-letter-misread-in-photo.jpg');
    const first = await new Scanner(without).scanBytes(image);
    expect(first.draft.fields.emails).toEqual(['tarigalmansouri@nova-works.com']);
    const r = await new Scanner(withIt).scanBytes(image);
    expect(r.draft.fields.emails).toEqual(['tariqalmansouri@nova-works.com']);
    expect(r.draft.confidence.emails).toBeLessThan(SURE_CONFIDENCE);
    // Only the doubted address is read again: the rest is the first reading's.
    expect(r.draft.fields.websites).toEqual(first.draft.fields.websites);
    expect(r.draft.fields.phones).toEqual(first.draft.fields.phones);
    expect(r.draft.fields.name).toBe(first.draft.fields.name);
  });

  it('reads doubtful phone numbers’ lines again and takes the digits the first reading misread, never sure (second source seed 29 s2_015)', async () => {
    const image = photo('phone-digits-misread-in-photo.jpg');
    const first = await new Scanner(without).scanBytes(image);
    expect(first.draft.fields.phones.map((p) => p.value)).toEqual(['+441312584229', '+447739584525']);
    const r = await new Scanner(withIt).scanBytes(image);
    expect(r.draft.fields.phones).toEqual([
      { value: '+441312384229', kind: 'work' },
      { value: '+447739584325', kind: 'mobile' },
    ]);
    expect(r.draft.confidence.phones).toBeLessThan(SURE_CONFIDENCE);
    expect(r.draft.fields.name).toBe(first.draft.fields.name);
  });

  it("doubts numbers read surely from a card enlarged more than twice from a webcam's frame, and reads them again (second source seed 73 s2_036)", async () => {
    // Its digits are 7 px tall in the 640x480 frame: tesseract reads "+7 (973)" as 975 at 0.93.
    const image = photo('webcam-phone-digit-read-surely.jpg');
    const first = await new Scanner(without).scanBytes(image);
    expect(first.image.enlargement).toBeGreaterThan(2);
    expect(first.draft.fields.phones.map((p) => p.value)).toEqual(['+79756990362']);
    expect(first.draft.confidence.phones).toBeLessThan(SURE_CONFIDENCE);
    const r = await new Scanner(withIt).scanBytes(image);
    expect(r.draft.fields.phones).toEqual([{ value: '+79736990362', kind: 'mobile' }]);
    expect(r.draft.confidence.phones).toBeLessThan(SURE_CONFIDENCE);
  });

  it('reads at most six lines of a card again, however many doubtful numbers it prints', async () => {
    const image = photo('small-print-clean-card.png');
    const { width, height } = await sharp(image).metadata();
    const paddle = new PaddleReader();
    let reads = 0;
    const counted = (png: Buffer) => {
      reads++;
      return paddle.readPage(png);
    };
    const rows = Array.from({ length: 12 }, (_, i) => ({ x: 10, y: Math.floor(((height! - 20) * i) / 12), w: width! - 20, h: 12 }));
    const draft = {
      fields: { ...emptyFields(), phones: rows.map((_, i) => ({ value: `+4420794600${String(i).padStart(2, '0')}`, kind: 'work' as const })) },
      confidence: { phones: 0.5 },
      sources: { phones: rows },
      method: 'ocr' as const,
      qrPayload: null,
      ocrLines: [],
    };
    const out = await rereadContacts(draft, image, counted, 'GB');
    expect(reads).toBe(6);
    expect(out.fields.phones).toHaveLength(12);
  });
});
