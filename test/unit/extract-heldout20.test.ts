/**
 * Real cards read by OCR, from a set kept blind until measured (heldout20): (h20a_001) a web
 * address read at 0.00 over the rule under it, "__www.sino.com"; (h20b_001) a shop's list of
 * services running over three lines, the middle one two capitalised words.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe('a web address under a rule (h20a_001)', () => {
  const card = (web: string) => [
    line([["SINO", 0.91, 726, 60, 103, 31], ["GROUP", 0.96, 843, 54, 156, 33]]),
    line([["David", 0.91, 104, 161, 101, 30], ["W.", 0.83, 220, 160, 45, 29], ["L.", 0.87, 281, 160, 26, 29], ["Ng", 0.96, 324, 160, 49, 35]]),
    line([["Group", 0.96, 99, 207, 78, 26], ["Associate", 0.96, 185, 205, 128, 22], ["Director", 0.96, 324, 204, 105, 21]]),
    line([["Sino", 0.96, 77, 371, 65, 25], ["Land", 0.96, 154, 370, 74, 25], ["Company", 0.94, 240, 370, 145, 30], ["Limited", 0.96, 396, 368, 114, 26]]),
    line([["T", 0.83, 64, 485, 17, 22], [":", 0.83, 94, 492, 5, 15], ["(852)", 0.96, 117, 485, 63, 27], ["2721", 0.96, 191, 485, 64, 22], ["8388", 0.96, 266, 485, 66, 21], ["DL", 0.92, 438, 485, 35, 21], [":", 0.91, 490, 490, 5, 16], ["(852)", 0.96, 514, 484, 65, 27], ["2132", 0.95, 591, 484, 66, 22], ["8222", 0.95, 666, 483, 70, 22]]),
    line([["E", 0.90, 59, 522, 16, 22], [":", 0.92, 89, 528, 6, 16], ["davidng@sino.com", 0.91, 111, 522, 237, 27]]),
    line([[web, 0.00, 2, 552, 237, 29]]),
  ];

  it('keeps the line: an underscore is no letter, so "www" starts there', () => {
    const { fields, confidence } = extractFields(card('__www.sino.com'), { defaultCountry: 'HK' });
    expect(fields.websites).toEqual(['www.sino.com']);
    expect(fields.emails).toEqual(['davidng@sino.com']);
    expect(confidence.websites ?? 0).toBeLessThan(0.8);
  });

  it('still drops a line read at 0.00 that only looks like a word run into "www"', () => {
    expect(extractFields(card('__awwwsino'), { defaultCountry: 'HK' }).fields.websites).toEqual([]);
  });
});

describe("a shop's services over three lines (h20b_001)", () => {
  const card = [
    line([["rv", 0.37, 531, 94, 57, 76], ["RAISA", 0.76, 599, 98, 291, 64], ["S", 0.76, 797, 94, 26, 76], ["oy", 0.74, 841, 94, 51, 76]]),
    line([["SEWING", 0.96, 586, 164, 85, 19], ["cl", 0.52, 677, 165, 17, 15], ["ACCESSORIES", 0.57, 714, 165, 121, 17]]),
    line([["Clothing", 0.95, 434, 277, 166, 40], ["Alterations,", 0.95, 607, 279, 234, 39], ["Design,", 0.96, 854, 282, 149, 39]]),
    line([["Web:", 0.93, 261, 469, 27, 90], ["www.raisasewing.com", 0.88, 263, 62, 37, 396]]),
    line([["+", 0.74, 224, 315, 28, 47], ["Tailoring,", 0.96, 641, 333, 194, 40], ["Repairs", 0.96, 848, 336, 156, 38]]),
    line([["ba", 0.39, 219, 360, 32, 70], ["Dancewear,", 0.96, 411, 384, 203, 33], ["Bridal", 0.93, 625, 385, 109, 28], ["&", 0.93, 744, 387, 26, 27], ["Formal", 0.95, 779, 388, 131, 27], ["Wear", 0.96, 918, 390, 100, 27]]),
    line([["Ys", 0.52, 213, 425, 37, 51], ["E-mail:", 0.92, 449, 434, 124, 28], ["raisasewing@gmail.com", 0.91, 585, 435, 429, 38]]),
    line([["K", 0.84, 223, 475, 26, 32], ["899", 0.96, 630, 483, 64, 32], ["Brighton", 0.96, 706, 484, 156, 34], ["Avenue", 0.96, 871, 487, 134, 29]]),
    line([["о", 0.43, 222, 510, 21, 46], ["Portland,", 0.96, 659, 526, 164, 33], ["ME", 0.96, 834, 529, 59, 26], ["04102", 0.96, 904, 536, 108, 27]]),
  ];

  it('reads no name from the list: the line under one ending on a comma goes on with it', () => {
    const { fields } = extractFields(card, { defaultCountry: 'US' });
    expect(fields.name).toBe('');
    expect(fields.address).toBe('899 Brighton Avenue, Portland, ME 04102');
    expect(fields.emails).toEqual(['raisasewing@gmail.com']);
  });

  it('still reads a name under a line that ends without a comma', () => {
    const { fields } = extractFields(card.map((l, i) => (i === 2 ? line([["Clothing", 0.95, 434, 277, 166, 40], ["Alterations", 0.95, 607, 279, 234, 39]]) : i === 4 ? line([["Raisa", 0.96, 641, 333, 194, 40], ["Wilson", 0.96, 848, 336, 156, 38]]) : l)), { defaultCountry: 'US' });
    expect(fields.name).toBe('Raisa Wilson');
  });
});
