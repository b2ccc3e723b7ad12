import { cutsText } from '../../main/recognize/read-card.js';
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../shared/contact.js';
import { countContacts, readingEvidence, wordLike } from '../../main/recognize/evidence.js';

/** OCR lines as tesseract gives them: words with confidences (boxes do not matter here). */
function lines(rows: [string, number][]): OcrLine[] {
  return rows.map(([text, confidence], i) => ({
    text,
    confidence,
    box: { x: 0, y: i * 30, w: 400, h: 24 },
    words: text.split(/\s+/).map((w, j) => ({ text: w, confidence, box: { x: j * 60, y: i * 30, w: 50, h: 24 } })),
  }));
}

// What tesseract read from one generated card, right way up and upside down (the second
// taken from a real run on test/fixtures' card en-001 turned 180 degrees).
const upright = lines([
  ['Anna Smith', 0.93],
  ['VP of Engineering', 0.91],
  ['Brightpath Solutions Ltd', 0.9],
  ['T +1 212.555.0153', 0.92],
  ['anna_smith@brightpath.co.uk', 0.88],
  ['https://brightpath.co.uk', 0.9],
  ['85 Broad Street, Floor 12', 0.91],
]);
const upsideDown = lines([
  ['vPOOL AN SHOA MAN', 0.31],
  ['ZL Joo|4 Y9as}S peolg ¢g', 0.28],
  ['yn"oo"yyedyybiug//:sdyy', 0.22],
  ['€S10°SSS°Z1Z L+ L', 0.35],
  ['p}7 suonnjos yyedyybiug', 0.3],
  ['YYWS euuy', 0.4],
]);

describe('reading evidence', () => {
  it('ranks a card read the right way up far above the same card read upside down', () => {
    const good = readingEvidence(upright);
    const bad = readingEvidence(upsideDown);
    expect(good.score).toBeGreaterThan(0.8);
    expect(bad.score).toBeLessThan(0.35);
    expect(good.contacts).toBe(3);
    expect(bad.contacts).toBe(0);
  });

  it("a reading of the card's big name and title alone loses to one that reads its contact block too, less surely", () => {
    // After the frame and the crop of s2_051 of the second source (a card at 42 degrees): the
    // frame gives the card a third of OCR's pixels, and only its big lines read.
    const bigOnly = readingEvidence(lines([
      ['NAKAMURA Kazuya', 0.96],
      ['Marketing Director', 0.96],
    ]));
    // The crop reads the same big lines as surely, the company and address nearly as surely,
    // and its phone and e-mail, lost to blur, as debris: no contact parses.
    const fuller = readingEvidence(lines([
      ['Copperleaf Trading Co.,Ltd.', 0.9],
      ['5-20-17 Umeda', 0.93],
      ['Shinjuku-ku, Tokyo 160-0022', 0.93],
      ['Mobile: 080-4257-27!', 0.45],
      ['E. P Ai пи. со.ур', 0.32],
      ['NAKAMURA Kazuya', 0.96],
      ['Marketing Director', 0.96],
    ]));
    expect(fuller.contacts).toBe(0);
    expect(fuller.score).toBeGreaterThan(bigOnly.score);
  });

  it('an empty reading scores 0', () => {
    expect(readingEvidence([]).score).toBe(0);
  });

  it('a sparse card read right (name and company only) still clears the bar a garbled reading does not', () => {
    const sparse = readingEvidence(lines([
      ['Иван Петров', 0.9],
      ['ООО «Ромашка»', 0.88],
    ]));
    expect(sparse.score).toBeGreaterThan(readingEvidence(upsideDown).score + 0.2);
  });

  // Shape only: a word read backwards ("yyedyybiug") passes; confidence and contacts catch it.
  it('word shapes: words of a language and contact data count, OCR debris does not', () => {
    for (const w of ['Engineering', 'SMITH', 'Петров', "O'Brien", 'Jean-Luc', 'www.acme.com', 'a.b@c.org', '+1 (212) 555-0153', 'Lübke', 'São', 'JÉRÔME', 'Straße'])
      expect(wordLike(w), w).toBe(true);
    for (const w of ['|', 'ZL', 'p}7', '€S10°SSS', 'aBcD', 'Y9as}S']) expect(wordLike(w), w).toBe(false);
  });

  it('counts valid numbers, e-mails and URLs; invalid numbers do not count', () => {
    expect(countContacts('Tel +81-3-5577-3950\nmail: a.b@example.co.jp\nhttp://www.example.co.jp')).toBe(3);
    expect(countContacts('+1 212 555 01')).toBe(0);
    // A national number counts only in the country it belongs to.
    expect(countContacts('03-5577-3950', 'JP')).toBe(1);
    expect(countContacts('(415) 555-0132', 'US')).toBe(1);
  });

  it('a national number counts in the country the text points to, whatever the configured one', () => {
    // As s2_051 of the second source read it: a Tokyo address, a .jp domain, a Japanese mobile.
    const read = 'Shinjuku-ku, Tokyo 160-0022\nMobile:080-4257-2784\nopperieaftrading.co.jp';
    expect(countContacts(read, 'US')).toBe(1);
    // With nothing pointing elsewhere, the configured country decides as before.
    expect(countContacts('Mobile:080-4257-2784', 'US')).toBe(0);
  });
});

describe('a crop that cut through the card', () => {
  const line = (text: string, x: number, y: number, w: number, h: number) => ({ text, confidence: 0.95, box: { x, y, w, h }, words: [{ text, confidence: 0.95, box: { x, y, w, h } }] });
  it('is told by text running into its edges, not by a card read whole with margins', () => {
    // The contact block of a flat scan stretched to card size: lines from edge to edge.
    const cut = [line('Tel. 8 (343) 404-50-50', 20, 0, 1030, 105), line('Fax +7 (343) 404-50-51', 15, 151, 1035, 98), line('Email yudin@evergreen.r', 7, 293, 1043, 93), line('4 Leningradsky Prospekt', 0, 421, 928, 79)];
    expect(cutsText(cut, 1050, 606)).toBe(true);
    const whole = [line('YAN YUDIN', 63, 63, 400, 48), line('Software Engineer', 64, 144, 229, 26), line('Tel. 8 (343) 404-50-50', 64, 386, 400, 28), line('4 Leningradsky Prospekt', 63, 508, 306, 27)];
    expect(cutsText(whole, 1050, 642)).toBe(false);
  });
});
