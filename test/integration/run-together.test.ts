/**
 * Two columns the page reading runs into one line (main/recognize/run-together.ts), through real
 * OCR: seed 33's clean s2_010, a big name on the left level with a small phone line on the right,
 * no blank band between the columns. The page reading reads the name's row as "Александра
 * Харитоновна Meo os" and the surname's as "Kp ЫлЛ O B a 620482, Россия, г. Екатеринбург";
 * each side, read alone, reads as printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { openCapture, renderView } from '../../main/capture/capture.js';
import { recognize } from '../../main/recognize/recognize.js';
import { Scanner } from '../../main/recognize/scanner.js';
import type { OcrEngine } from '../../main/recognize/ocr-pool.js';
import { tempDir } from '../helpers.js';

const ocr = createOcr({ dataDir: tempDir() });
afterAll(() => ocr.close());
const file = path.join(import.meta.dirname, '../fixtures/photos/name-beside-phone-column.png');

describe('a big name beside a small phone line', () => {
  it('is read as two lines: the name and the phone', async () => {
    const { draft } = await new Scanner(ocr, { defaultCountry: 'RU' }).scanFile(file);
    expect(draft.fields.phones.map((p) => p.value)).toEqual(['+79319324735']);
    expect(draft.ocrLines.map((l) => l.text)).toContain('Mob. 8 (931) 932-47-35');
    const name = draft.ocrLines.find((l) => l.text.startsWith('Александра'))!;
    expect(name.text).toBe('Александра Харитоновна');
    // The phone's box, for the review screen, lies right of the name's, on the name's row.
    const phone = draft.sources.phones?.[0];
    expect(phone).toBeDefined();
    expect(phone!.x).toBeGreaterThan(name.box.x + name.box.w);
    expect(phone!.y).toBeGreaterThanOrEqual(name.box.y - 5);
    expect(phone!.y).toBeLessThan(name.box.y + name.box.h);
    // The surname over it, run into the address beside it ("Kp ЫлЛ O B a 620482, Россия, ..."), read alone too.
    expect(draft.fields.name).toBe('Крылова Александра Харитоновна');
    expect(draft.fields.address).toContain('620482, Россия, г. Екатеринбург');
    // Nothing else on the card is lost.
    expect(draft.fields.emails).toEqual(['krylova.a@impuls.ru']);
    expect(draft.fields.company).toBe('ПАО «Импульс»');
  });

  it('runs together where the engine cannot read a line alone', async () => {
    // The same page reading without line re-reads: the phone is lost in the name's row.
    const pageOnly: OcrEngine = { recognize: (img, o) => ocr.recognize(img, o), close: async () => {} };
    const img = await renderView(await openCapture(fs.readFileSync(file)), { source: 'whole', turn: 0 });
    const draft = await recognize(img, pageOnly, { defaultCountry: 'RU', secondLook: false });
    expect(draft.fields.phones).toEqual([]);
    expect(draft.ocrLines.some((l) => /^Александра Харитоновна \S/.test(l.text))).toBe(true);
  });
});
