import { describe, expect, it } from 'vitest';
import { AutoCapture, analyseFrame } from '../../renderer/src/logic/frame.js';
import { joinSides, level, missingFields, plausibleBackSide } from '../../renderer/src/logic/fields.js';
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
    q = queueReducer(q, { type: 'done', id: 2, scanId: 's2', label: 'B' });
    q = queueReducer(q, { type: 'done', id: 1, scanId: 's1', label: 'A' });
    expect(nextToReview(q)!.id).toBe(1);
    q = queueReducer(q, { type: 'saved', id: 1 });
    expect(nextToReview(q)!.id).toBe(2);
    expect(progressOf(q)).toEqual({ total: 3, done: 3, failed: 1, toReview: 1 });
    // Undo puts the saved card back first in line.
    q = queueReducer(q, { type: 'undo', id: 1 });
    expect(nextToReview(q)!.id).toBe(1);
  });

  it('restores the inbox after a reload without listing a card twice', () => {
    let q: QueueItem[] = queueReducer([], { type: 'add', names: ['a.jpg'], firstId: 1 });
    q = queueReducer(q, { type: 'done', id: 1, scanId: 's1', label: 'A' });
    const entries = [
      { scanId: 's0', file: 'old.jpg', name: 'Old', company: 'Co', createdAt: '2026-01-01' },
      { scanId: 's1', file: 'a.jpg', name: 'A', company: '', createdAt: '2026-01-02' },
    ];
    q = queueReducer(q, { type: 'restore', entries, firstId: 10 });
    expect(q.map((i) => [i.scanId, i.status, i.label])).toEqual([
      ['s0', 'ready', 'Old · Co'],
      ['s1', 'ready', 'A'],
    ]);
    expect(progressOf(q).toReview).toBe(2);
  });
});

describe('review rules', () => {
  const f = (x: Partial<ReturnType<typeof emptyFields>>) => ({ ...emptyFields(), ...x });
  const front = f({ name: 'Anna Berg', company: 'Berg AB', emails: ['anna@berg.se'], phones: [{ value: '+4681234567', kind: 'work' }] });

  it('offers Join only for a plausible back side', () => {
    expect(plausibleBackSide(front, f({ company: 'BERG AB', phones: [{ value: '+4687654321', kind: 'mobile' }] }), 9)).toBe(true);
    expect(plausibleBackSide(front, f({ websites: ['https://www.berg.se/en'] }), 9)).toBe(true);
    expect(plausibleBackSide(front, f({ notes: 'Sweden' }), 2)).toBe(true);
    expect(plausibleBackSide(front, f({ name: 'Berg Anna', emails: ['x@other.example'] }), 9)).toBe(true);
    // Another person, or a full card of another company: a new contact.
    expect(plausibleBackSide(front, f({ name: 'Boris Ivanov', company: 'Berg AB' }), 3)).toBe(false);
    expect(plausibleBackSide(front, f({ company: 'Acme', emails: ['x@acme.example'] }), 9)).toBe(false);
  });

  it('names the missing name, company and phone', () => {
    expect(missingFields(f({}))).toEqual(['name', 'company', 'phones']);
    expect(missingFields(front)).toEqual([]);
    expect(missingFields(f({ name: ' ', company: 'X' }))).toEqual(['name', 'phones']);
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
    // Card removed (for more than a flicker), then a new one held still: fires again.
    for (let i = 0; i < AutoCapture.GONE_FRAMES; i++) feed(frame(0, false, false));
    expect(Array.from({ length: 12 }, () => feed(frame(2)).fired).filter(Boolean)).toHaveLength(1);
  });

  it('after a reload does not capture the card it captured before, until that card is taken away', () => {
    let saved: number[] | null = null;
    const memory = { load: () => saved, store: (sig: number[] | null) => void (saved = sig) };
    const run = (ac: AutoCapture, frames: Uint8Array[]) => {
      let prev: Uint8Array | null = null;
      return frames.map((g) => {
        const fired = ac.feed(analyseFrame(g, 160, 90, prev));
        prev = g;
        return fired;
      });
    };
    const still = Array.from({ length: 12 }, () => frame(9));
    expect(run(new AutoCapture(undefined, memory), still).filter(Boolean)).toHaveLength(1);
    // The page reloads: a new detector with the same memory, the same card still in view.
    expect(run(new AutoCapture(undefined, memory), still).filter(Boolean)).toHaveLength(0);
    // One frame without the card (a hand passing, the camera restarting) is not taking it away.
    const black = new Uint8Array(160 * 90);
    expect(run(new AutoCapture(undefined, memory), [black, black, frame(0, false, false), ...still]).filter(Boolean)).toHaveLength(0);
    // The card is taken away and put back: that is a new capture.
    const away = Array.from({ length: AutoCapture.GONE_FRAMES }, () => frame(0, false, false));
    expect(run(new AutoCapture(undefined, memory), [...away, ...still]).filter(Boolean)).toHaveLength(1);
  });
});
