/**
 * A card of an unseen synthetic seed (61, the second source's clean renders), read by OCR.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe('a German street whose ß OCR read as a dollar sign (seed 61 s2_038: "A:Leopoldstra$e 127")', () => {
  it('is the address\'s first line, spelt with its ß', () => {
    const { fields } = extractFields([
      line([["Dr", 0.94, 361, 62, 59, 34], ["Benjamin", 0.96, 450, 59, 272, 49], ["Stürmer", 0.95, 752, 59, 239, 38]]),
      line([["Office", 0.96, 359, 115, 53, 22], ["Manager", 0.96, 419, 115, 86, 22]]),
      line([["|", 0.83, 173, 239, 16, 64], ["Design.", 0.96, 358, 239, 60, 20], ["Build.", 0.94, 424, 239, 47, 15], ["Deliver.", 0.94, 477, 239, 60, 15]]),
      line([["Nova", 0.96, 16, 331, 107, 29], ["Capital", 0.96, 144, 329, 153, 41]]),
      line([[" A:Leopoldstra$e", 0.00, 358, 361, 193, 21], ["127", 0.96, 560, 360, 34, 17]]),
      line([["20095", 0.96, 358, 391, 60, 17], ["Hamburg", 0.96, 428, 392, 87, 21]]),
      line([["BT:", 0.67, 359, 423, 50, 18], ["040/60901486", 0.91, 416, 423, 157, 21]]),
      line([["©", 0.93, 358, 456, 18, 18], ["M:", 0.90, 389, 456, 25, 18], ["+49", 0.93, 422, 456, 38, 18], ["(0)176", 0.92, 469, 456, 66, 23], ["02107586", 0.96, 544, 456, 107, 18]]),
      line([["&", 0.62, 358, 492, 18, 13], ["Е:", 0.90, 389, 489, 18, 18], ["benjamin@nova-capital.com", 0.90, 416, 489, 305, 23]]),
      line([["©", 0.63, 359, 527, 11, 13], ["W:nova-capital.com", 0.57, 388, 522, 215, 23]]),
    ], { defaultCountry: 'DE' });
    expect(fields.address).toBe('Leopoldstraße 127, 20095 Hamburg');
  });
});
