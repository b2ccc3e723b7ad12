/**
 * Which turn of a crop is the right way up, when both read poorly (read-card.ts turnVerdict):
 * the readings are those of seed 2 s2_049, a card with its name in capitals, out of focus in a
 * hand, read upright and upside down.
 */
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../shared/contact.js';
import type { CardView } from '../../main/capture/capture.js';
import { readingEvidence } from '../../main/recognize/evidence.js';
import { turnVerdict } from '../../main/recognize/read-card.js';
import { line, lines } from '../ocr-lines.js';

function reading(view: CardView, ocrLines: OcrLine[], confidence: number) {
  const read = ocrLines.map((l) => ({ ...l, confidence, words: l.words.map((w) => ({ ...w, confidence })) }));
  return { view, draft: { ocrLines: read }, evidence: readingEvidence(read) };
}

const upright = reading({ source: 'card', turn: 0 }, lines('DANG MINH HOA', 'Caen Br чины +'), 0.55);
const upsideDown = reading({ source: 'card', turn: 180 }, lines('wr ав oe', 'YOH HNIW ONVO'), 0.55);

describe('the right way up between two poor readings of one crop', () => {
  it('is the turn that reads a name of the name lists, though the other scores a little better', () => {
    expect(upsideDown.evidence.score).toBeGreaterThan(upright.evidence.score);
    expect(turnVerdict(upsideDown, upright)).toBe('pass');
    expect(turnVerdict(upright, upsideDown)).toBe('take');
  });

  it('leaves readings of other crops, and readings that read well, to their evidence', () => {
    const otherCrop = { ...upsideDown, view: { source: 'card' as const, candidate: 1, turn: 180 as const } };
    expect(turnVerdict(otherCrop, upright)).toBe('weigh');
    const wellRead = reading({ source: 'card', turn: 180 }, lines('Naoko Ito', 'Head of Operations', 'Tel. +81-3-6815-4884', 'naoko.ito@apex.co.jp'), 0.95);
    expect(turnVerdict(wellRead, upright)).toBe('weigh');
  });
});

describe('a reading of lines running down the page against a turn that lays them flat', () => {
  // Seed 37 s2_012, a portrait card read whole: tesseract turned it itself and read it well,
  // every box then standing on its end; the turn that lays the lines flat reads as well, its
  // confidence a little lower.
  const texts = [['АВДЕЕВ', 'БОГДАН'], ['ГЕНЕРАЛЬНЫЙ', 'ДИРЕКТОР'], ['Мобильный:', '+7', '(966)', '197-00-24']];
  const read = (vertical: boolean, confidence: number) =>
    texts.map((ws, r) => line(ws.map((t, k): [string, number, number, number, number, number] => (vertical ? [t, confidence, 500 - r * 40, 100 + k * 150, 30, t.length * 18] : [t, confidence, 100 + k * 150, 100 + r * 40, t.length * 18, 30]))));
  const asRead = (turn: 0 | 270, ocrLines: OcrLine[]) => ({ view: { source: 'whole' as const, turn }, draft: { ocrLines }, evidence: readingEvidence(ocrLines) });
  const standing = asRead(0, read(true, 0.92));

  it('takes the flat turn when it reads about as well', () => {
    const flat = asRead(270, read(false, 0.5));
    expect(standing.evidence.vertical).toBe(1);
    expect(Math.abs(flat.evidence.score - standing.evidence.score)).toBeLessThan(0.03);
    expect(turnVerdict(flat, standing)).toBe('take');
  });

  it('leaves a flat turn that reads worse to its evidence', () => {
    const poor = asRead(270, read(false, 0.2));
    expect(poor.evidence.score).toBeLessThan(standing.evidence.score - 0.03);
    expect(turnVerdict(poor, standing)).not.toBe('take');
  });
});
