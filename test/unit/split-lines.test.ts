import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../shared/contact.js';
import { readsWhole, splitPairs, withJoined } from '../../main/recognize/split-lines.js';

function line(text: string, x: number, y: number, w: number, h: number, confidence: number): OcrLine {
  return { text, confidence, box: { x, y, w, h }, words: [{ text, confidence, box: { x, y, w, h } }] };
}

describe('a line of big print read as two halves', () => {
  // As tesseract read "Tidewater Consulting SARL" in bold on a clean card.
  const name = line('Boniface Picard', 364, 64, 435, 46, 0.96);
  const top = line('=e J оли фм бо ааа” г © А ©', 359, 204, 552, 19, 0.35);
  const bottom = line('А Sees wr EN ee', 366, 223, 556, 23, 0.17);
  const phone = line('T 01 48 63 43 94', 359, 515, 229, 22, 0.94);

  it('pairs two unsure lines lying one on the other, as wide as each other, into the box they make', () => {
    const pairs = splitPairs([name, top, bottom, phone]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.top).toBe(top);
    expect(pairs[0]!.bottom).toBe(bottom);
    expect(pairs[0]!.box).toEqual({ x: 359, y: 204, w: 563, h: 42 });
  });

  it('does not pair lines read surely, lines with a line gap between them, or lines of other widths', () => {
    const sure = [line('Attorney at Law', 359, 131, 212, 28, 0.96), line('Marketing & Communications', 361, 165, 358, 26, 0.94)];
    expect(splitPairs(sure)).toEqual([]);
    const spaced = [line('Uica 8 Berlin', 40, 800, 300, 20, 0.4), line('Germ any', 40, 830, 290, 20, 0.4)];
    expect(splitPairs(spaced)).toEqual([]);
    const narrower = [line('Tel: 030/45 77', 40, 800, 300, 20, 0.4), line('Mob 0170', 40, 822, 150, 20, 0.4)];
    expect(splitPairs(narrower)).toEqual([]);
  });

  it('takes the line read whole in their place when it reads surely and as tall as both, and keeps the halves otherwise', () => {
    const [pair] = splitPairs([name, top, bottom, phone]);
    const whole = line('Tidewater Consulting SARL', 359, 187, 563, 63, 0.93);
    expect(readsWhole(pair!, whole)).toBe(true);
    const joined = withJoined([name, top, bottom, phone], [pair!], [whole]);
    expect(joined.map((l) => l.text)).toEqual(['Boniface Picard', 'Tidewater Consulting SARL', 'T 01 48 63 43 94']);
    // Its box bounds the ink the halves covered, not the cut-out it was read from.
    expect(joined[1]!.box).toEqual(pair!.box);

    // Two lines after all: read as one, they make garbage.
    const garbage = line('Uica Germ any 8', 359, 200, 560, 40, 0.41);
    expect(readsWhole(pair!, garbage)).toBe(false);
    expect(withJoined([name, top, bottom, phone], [pair!], [garbage])).toEqual([name, top, bottom, phone]);
    // Only one of the halves read, however surely.
    expect(readsWhole(pair!, line('Tidewater', 359, 223, 200, 20, 0.9))).toBe(false);
    expect(withJoined([name, top, bottom, phone], [pair!], [null])).toEqual([name, top, bottom, phone]);
  });
});
