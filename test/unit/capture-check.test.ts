import { describe, it, expect } from 'vitest';
import { captureVerdict, quadIoU, trueCorners } from '../bench/capture-check.js';

const rect = (x: number, y: number, w: number, h: number) => [{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }];
/** The same corners with another one first: the crop turned 90 degrees per step. */
const turned = (q: { x: number; y: number }[], steps: number) => q.map((_, i) => q[(i + steps) % 4]!);

describe('capture check (eval: was the card read, upright?)', () => {
  it('measures overlap of outlines', () => {
    expect(quadIoU(rect(0, 0, 100, 60), rect(0, 0, 100, 60))).toBeCloseTo(1, 2);
    // Half the card shifted off: overlap 50 of 150.
    expect(quadIoU(rect(0, 0, 100, 60), rect(50, 0, 100, 60))).toBeCloseTo(1 / 3, 1);
    expect(quadIoU(rect(0, 0, 100, 60), rect(200, 0, 100, 60))).toBe(0);
  });

  it('tells a right crop from a turned, loose or wrong one, and the whole frame upright or not', () => {
    const card = rect(100, 100, 350, 200);
    expect(captureVerdict(card, { source: 'card', turn: 0 }, rect(98, 99, 354, 203)).verdict).toBe('crop-ok');
    expect(captureVerdict(card, { source: 'card', turn: 180 }, turned(card, 2)).verdict).toBe('crop-turned');
    // Card and the hand holding it in one outline.
    expect(captureVerdict(card, { source: 'card', turn: 0 }, rect(100, 100, 350, 320)).verdict).toBe('crop-loose');
    expect(captureVerdict(card, { source: 'card', turn: 0 }, rect(500, 100, 350, 200)).verdict).toBe('crop-wrong');
    expect(captureVerdict(card, { source: 'whole', turn: 0 }, null).verdict).toBe('whole-upright');
    // A card lying turned a quarter clockwise (its top edge runs down): the frame needs 270.
    const quarter = turned(card, 1);
    expect(captureVerdict(quarter, { source: 'whole', turn: 270 }, null).verdict).toBe('whole-upright');
    expect(captureVerdict(quarter, { source: 'whole', turn: 0 }, null).verdict).toBe('whole-turned');
  });

  it('scales the true corners to the frame the scan worked on, sideways files included', () => {
    const meta = { card_quad: [[100, 50], [300, 50], [300, 150], [100, 150]] as [number, number][], width: 480, height: 640, exif_orientation: 6 };
    expect(trueCorners(meta, 320)![1]).toEqual({ x: 150, y: 25 });
    expect(trueCorners({ width: 10, height: 10 }, 10)).toBeNull();
  });
});
