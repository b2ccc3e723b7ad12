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
import { lines } from '../ocr-lines.js';

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
