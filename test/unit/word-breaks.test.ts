/**
 * The segmenter's word rules (word-breaks.ts), each on the word it was made for and on a guard:
 * the verdict a line's word gets decides where the line breaks into segments.
 */
import { describe, expect, it } from 'vitest';
import { WORD_RULES, wordVerdict, type WordContext } from '../../main/recognize/extract/word-breaks.js';

/** Words laid out left to right as [text, confidence, height], 10 px apart unless a gap is given. */
function at(words: [string, number, number, number?][], index: number): WordContext {
  let x = 0;
  const ws = words.map(([text, confidence, h, gap]) => {
    x += gap ?? 10;
    const w = { text, confidence, box: { x, y: 100 - h, w: text.length * 12, h } };
    x += w.box.w;
    return w;
  });
  const hs = ws.map((w) => w.box.h).sort((a, b) => a - b);
  const prev = ws[index - 1];
  const w = ws[index]!;
  return { w, i: index, words: ws, prev, next: ws[index + 1], gap: prev ? w.box.x - (prev.box.x + prev.box.w) : 0, h: hs[Math.floor(hs.length / 2)]! };
}

describe('word rules', () => {
  it('have names of their own', () => {
    expect(new Set(WORD_RULES.map((r) => r.name)).size).toBe(WORD_RULES.length);
  });

  it('part a name from a logo at a mark standing tall between them, not at a sign of the text\'s size', () => {
    expect(wordVerdict(at([['ОРЕХОВА', 0.9, 30], ['ФАИНА', 0.9, 30], ['©', 0.6, 60], ['СТРОЙ-КОНСАЛТ', 0.9, 30]], 2))).toBe('part');
    expect(wordVerdict(at([['Service', 0.9, 30], ['©', 0.9, 30], ['MIG', 0.9, 30]], 1))).toBeNull();
    expect(wordVerdict(at([['Founder', 0.9, 30], ['&', 0.9, 60], ['CEO', 0.9, 30]], 1))).toBeNull();
  });

  it('drop a low, tall logo before a line\'s first word, and keep a drop capital read well', () => {
    expect(wordVerdict(at([['QY', 0.33, 135], ['VEE', 0.95, 29], ['BEE', 0.96, 29], ['YARN', 0.96, 30]], 0))).toBe('drop');
    expect(wordVerdict(at([['DE', 0.93, 135], ['VEE', 0.95, 29], ['BEE', 0.96, 29]], 0))).toBeNull();
  });

  it('separate at an icon, a phone icon read as "@", a lone letter of the other alphabet', () => {
    expect(wordVerdict(at([['Ivan', 0.9, 30], ['•', 0.9, 10], ['Acme', 0.9, 30]], 1))).toBe('separator');
    expect(wordVerdict(at([['Kumar', 0.9, 30], ['@', 0.3, 30], ['92156-26059', 0.9, 30]], 1))).toBe('separator');
    expect(wordVerdict(at([['zhang', 0.9, 30], ['@', 0.9, 30], ['163.com', 0.9, 30]], 1))).toBeNull();
    expect(wordVerdict(at([['BEDNAR', 0.9, 30], ['О', 0.9, 30], ['Tidewater', 0.9, 30]], 1))).toBe('separator');
  });

  it('start a segment across a column\'s gap or where the type changes size across a gap', () => {
    expect(wordVerdict(at([['Majd', 0.9, 40], ['Wehbeh', 0.9, 40], ['Beirut', 0.9, 20, 90]], 2))).toBe('start');
    expect(wordVerdict(at([['Majd', 0.9, 40], ['Wehbeh', 0.9, 40]], 1))).toBeNull();
  });
});
