import { describe, expect, it } from 'vitest';
import { AutoCapture, analyseFrame } from '../../renderer/src/logic/frame.js';
import { joinSides, level } from '../../renderer/src/logic/fields.js';
import { nextToReview, progressOf, queueReducer, type QueueItem } from '../../renderer/src/logic/queue.js';
import { emptyFields } from '../../shared/contact.js';

/** A 160x90 grey frame: desk of `bg`, a bright card with dark text lines, shifted by `dx`. */
function frame(dx = 0, blur = false, card = true): Uint8Array {
  const w = 160;
  const h = 90;
  const g = new Uint8Array(w * h).fill(70);
  if (card)
    for (let y = 20; y < 70; y++)
      for (let x = 40 + dx; x < 120 + dx; x++) g[y * w + x] = (y % 8 < 2 && x % 5 < 3 && !blur) ? 30 : 230;
  return g;
}

describe('queue', () => {
  it('tracks recognition progress and hands out the oldest card to review', () => {
    let q: QueueItem[] = [];
    q = queueReducer(q, { type: 'add', names: ['a.jpg', 'b.jpg', 'c.txt'], firstId: 1 });
    q = queueReducer(q, { type: 'start', id: 1 });
    q = queueReducer(q, { type: 'fail', id: 3, error: 'not an image' });
    expect(progressOf(q)).toEqual({ total: 3, done: 1, failed: 1, toReview: 0 });
    q = queueReducer(q, { type: 'done', id: 2, draft: { scanId: 's2' } as never });
    q = queueReducer(q, { type: 'done', id: 1, draft: { scanId: 's1' } as never });
    expect(nextToReview(q)!.id).toBe(1);
    q = queueReducer(q, { type: 'saved', id: 1 });
    expect(nextToReview(q)!.id).toBe(2);
    expect(progressOf(q)).toEqual({ total: 3, done: 3, failed: 1, toReview: 1 });
  });
});

describe('fields', () => {
  it('grades confidence for the eye', () => {
    expect(level('x', 0.95)).toBe('sure');
    expect(level('x', 0.8)).toBe('check');
    expect(level('x', 0.2)).toBe('guess');
    expect(level([], 1)).toBe('empty');
  });
  it('joins the back of a card into the front', () => {
    const front = { ...emptyFields(), name: 'Иван Петров', company: 'ООО «Ромашка»', phones: [{ value: '+74951234567', kind: 'work' as const }] };
    const back = { ...emptyFields(), name: 'Ivan Petrov', title: 'CEO', phones: [{ value: '+74951234567', kind: 'work' as const }, { value: '+79161234567', kind: 'mobile' as const }], emails: ['i.petrov@romashka.ru'] };
    const j = joinSides(front, back);
    expect(j.name).toBe('Иван Петров');
    expect(j.title).toBe('CEO');
    expect(j.phones.map((p) => p.value)).toEqual(['+74951234567', '+79161234567']);
    expect(j.emails).toEqual(['i.petrov@romashka.ru']);
  });
});

describe('auto-capture', () => {
  it('finds the card, fires once when it is held still and sharp, and re-arms when it is taken away', () => {
    const ac = new AutoCapture();
    let prev: Uint8Array | null = null;
    const feed = (g: Uint8Array) => {
      const info = analyseFrame(g, 160, 90, prev);
      prev = g;
      return { info, fired: ac.feed(info) };
    };
    const first = feed(frame());
    expect(first.info.card).toEqual({ x: 40, y: 20, w: 80, h: 50 });
    // Moving: never fires.
    expect([1, 3, 5, 7, 9].map((dx) => feed(frame(dx)).fired)).toEqual([false, false, false, false, false]);
    // Blurred and still: never fires.
    expect(Array.from({ length: 8 }, () => feed(frame(9, true)).fired).some(Boolean)).toBe(false);
    // Sharp and still: fires exactly once.
    const fired = Array.from({ length: 12 }, () => feed(frame(9)).fired);
    expect(fired.filter(Boolean)).toHaveLength(1);
    // Card removed, then a new one held still: fires again.
    feed(frame(0, false, false));
    expect(Array.from({ length: 12 }, () => feed(frame(2)).fired).filter(Boolean)).toHaveLength(1);
  });
});
