/**
 * A company or title printed in capitals, some of its letters read as their small forms: the
 * value a person keeps is in capitals; a brand's own mixed case stays as printed.
 */
import { describe, expect, it } from 'vitest';
import { extractFields, jumbledInCapitals } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe('a company in capitals read with small letters in it', () => {
  it('is given back in capitals (seed 27 s2_021, a photo: "sakuRA PARTNERS")', () => {
    const { fields } = extractFields([
      line([["©", 0.89, 163, 51, 44, 44], ["sakuRA", 0.81, 223, 64, 121, 18], ["PARTNERS", 0.95, 358, 63, 154, 19]]),
      line([["Ho", 0.96, 185, 209, 48, 25], ["Minh", 0.96, 244, 208, 91, 25], ["Huong", 0.96, 346, 209, 113, 33]]),
      line([["Regional", 0.95, 195, 254, 97, 24], ["Sales", 0.96, 306, 254, 55, 19], ["Director", 0.96, 375, 254, 89, 19]]),
      line([["Research", 0.93, 198, 288, 102, 17], ["&", 0.93, 310, 293, 16, 12], ["Development", 0.96, 350, 287, 142, 24]]),
      line([["&", 0.83, 219, 427, 17, 15], ["Mob:", 0.96, 245, 425, 41, 12], ["0350", 0.96, 299, 424, 41, 13], ["137", 0.95, 349, 424, 27, 13], ["637", 0.96, 383, 424, 29, 13]]),
      line([["©", 0.66, 223, 455, 17, 13], ["Email:", 0.89, 249, 451, 51, 12], ["huong@sakurapartners.com", 0.91, 313, 450, 255, 19]]),
      line([["®", 0.77, 227, 479, 17, 15], ["Website:", 0.93, 252, 477, 68, 11], ["www.sakurapartners.com", 0.91, 355, 475, 216, 19]]),
    ], { defaultCountry: 'VN' });
    expect(fields.company).toBe('SAKURA PARTNERS');
    expect(fields.name).toBe('Ho Minh Huong');
  });

  it('mends words opening small before capitals, capitals before small, or changing case twice', () => {
    expect(jumbledInCapitals('БАйкАЛ-инвЕСТ')).toBe('БАЙКАЛ-ИНВЕСТ');
    expect(jumbledInCapitals('cTO')).toBe('CTO');
    expect(jumbledInCapitals('IRONBRIDGE LoGIsTICS')).toBe('IRONBRIDGE LOGISTICS');
  });

  it("keeps a brand's own mixed case and lines not mostly in capitals", () => {
    expect(jumbledInCapitals('LogIT ME Fzco.')).toBe('LogIT ME Fzco.');
    expect(jumbledInCapitals('McDONALD & CO')).toBe('McDONALD & CO');
    expect(jumbledInCapitals('iPhone Repairs')).toBe('iPhone Repairs');
    expect(jumbledInCapitals('ООО «Кедр»')).toBe('ООО «Кедр»');
    expect(jumbledInCapitals('eBay')).toBe('eBay');
  });
});
