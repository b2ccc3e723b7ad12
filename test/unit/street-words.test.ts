import { describe, expect, it } from 'vitest';
import { mendStreetWords } from '../../main/recognize/extract/street-words.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { lines } from '../ocr-lines.js';

describe('street words OCR misread in an address', () => {
  it('respells a street word with one group of glyphs misread, in its printed case', () => {
    expect(mendStreetWords('2300 Commonwealth Dnve, Suite Cl')).toBe('2300 Commonwealth Drive, Suite C1');
    expect(mendStreetWords('77 OCEAN DNVE')).toBe('77 OCEAN DRIVE');
    expect(mendStreetWords('12 Tower Clrcle')).toBe('12 Tower Circle');
    expect(mendStreetWords('1 Infinite Loop, Suite l00')).toBe('1 Infinite Loop, Suite 100');
    expect(mendStreetWords('Room I2, 5 Kings Roacl')).toBe('Room 12, 5 Kings Road');
  });

  it('leaves words of their own, lines with no number before them, and units that are letters', () => {
    for (const t of ['10 Downing Street', '45 Baker Street, Floor 3', 'Dnve 5', 'Suite I', 'Commonwealth Dnve', '12 Main Stroet'])
      expect(mendStreetWords(t)).toBe(t);
  });

  it('gives the address as printed once extraction has it (realdev2 rd2_005, its lines as read)', () => {
    const f = extractFields(lines('SHAWNDA PEERY', 'Licensed Massage Therapist', '2300 Commonwealth Dnve, Suite Cl', 'Charlottesville VA 22901', 'ywork@gmail.com', '434 260 9924'), {}).fields;
    expect(f.address).toBe('2300 Commonwealth Drive, Suite C1, Charlottesville VA 22901');
  });
});
