/**
 * Two columns the page reading ran into one line (run-together.ts): a line whose words change
 * type size across a gap, one side read unsurely, is found, and becomes two lines where its
 * unsure side, read alone, reads surely. Word boxes as tesseract gave them on seed 33's clean
 * s2_010 (a big name beside a small phone line).
 */
import { describe, expect, it } from 'vitest';
import { apart, runTogetherLines, withSidesApart } from '../../main/recognize/run-together.js';
import { line } from '../ocr-lines.js';

const nameAndJunk = () =>
  line([
    ['Александра', 0.92, 60, 334, 284, 48],
    ['Харитоновна', 0.92, 361, 334, 322, 48],
    ['Meo', 0.08, 788, 366, 60, 20],
    ['os', 0.2, 990, 369, 26, 17],
  ]);
const phoneRead = line([['Mob.', 0.96, 788, 360, 51, 20], ['8', 0.96, 847, 360, 10, 20], ['(931)', 0.92, 864, 360, 48, 20], ['932-47-35', 0.92, 920, 360, 98, 20]]);

describe('lines run together from two columns', () => {
  it('are found where the type changes size across a gap and one side reads unsurely', () => {
    const [found, ...more] = runTogetherLines([nameAndJunk()]);
    expect(more).toEqual([]);
    expect(found!.sides.map((s) => s.map((w) => w.text).join(' '))).toEqual(['Александра Харитоновна', 'Meo os']);
    expect(found!.boxes[1]).toEqual({ x: 788, y: 366, w: 228, h: 20 });
  });

  it('are not lines of one size of type, nor two sizes each read surely in one size', () => {
    const oneSize = line([['Генеральный', 0.5, 60, 400, 200, 20], ['директор', 0.3, 270, 400, 150, 20]]);
    const bothSure = line([['Majd', 0.92, 59, 401, 137, 40], ['Wehbeh', 0.86, 210, 401, 198, 39], ['Beirut', 0.93, 558, 406, 155, 21], ['Lebanon', 0.95, 791, 408, 203, 20]]);
    expect(runTogetherLines([oneSize, bothSure])).toEqual([]);
  });

  it('are not found at a dash boxed tall: a side\'s type is the height of its words (seed 27 s2_034)', () => {
    const address = line([['Bela', 0.97, 60, 300, 60, 17], ['Vista,', 0.96, 130, 300, 80, 20], ['Sao', 0.92, 220, 300, 50, 17], ['Paulo', 0.92, 280, 300, 70, 21], ['-', 0.92, 360, 295, 10, 31], ['SP,01310-275', 0.9, 420, 300, 150, 17], ['‘сематег', 0.11, 700, 300, 90, 15]]);
    expect(runTogetherLines([address])).toEqual([]);
  });

  it('are not read apart where a side was boxed lower than any type (seed 27 s2_011 photo: a phone line boxed 8 px high)', () => {
    const phone = line([['MDivwcte', 0, 60, 300, 120, 15], ['(11)', 0.81, 190, 290, 50, 31], ['2857-061', 0.59, 300, 310, 90, 8], ['047', 0.53, 400, 310, 40, 8]]);
    expect(runTogetherLines([phone])).toEqual([]);
  });

  it('are found where a side read surely holds two sizes of type: a name\'s last letters read at the next column\'s height', () => {
    const surname = line([['Kp', 0.96, 65, 278, 54, 48], ['ЫлЛ', 0.42, 126, 287, 60, 28], ['O', 0.83, 193, 287, 25, 28], ['B', 0.92, 224, 287, 23, 27], ['a', 0.95, 252, 287, 22, 28], ['620482,', 0.95, 712, 311, 71, 18], ['Россия,', 0.96, 789, 311, 71, 18], ['г.', 0.96, 866, 315, 12, 11], ['Екатеринбург', 0.96, 884, 310, 134, 20]]);
    const [found] = runTogetherLines([surname]);
    expect(found!.sides[0].map((w) => w.text).join(' ')).toBe('Kp ЫлЛ O B a');
    const read = (text: string, confidence: number) => line([[text, confidence, 65, 278, 200, 48]]);
    // Read alone, the surname reads surely; the address's side, read as surely as before, stays as read.
    const sides = apart(found!, [read('Крылова', 0.96), read('620482, Россия, г. Екатеринбург', 0.95)])!;
    expect(sides.map((l) => l.text)).toEqual(['Крылова', '620482, Россия, г. Екатеринбург']);
    expect(sides[1]!.words.map((w) => w.text)).toEqual(['620482,', 'Россия,', 'г.', 'Екатеринбург']);
    // A reading alone no surer than the page's changes nothing.
    expect(apart(found!, [read('Крылова', 0.85), null])).toBeNull();
  });

  it("keep the page's reading of a side read alone into much the same letters, however surer (realdev rd_005)", () => {
    const title = line([['Geschätsführer', 0.37, 60, 200, 240, 33], ['Fritz-Liebsch-Str.', 0.92, 420, 212, 180, 18], ['3', 0.93, 605, 212, 10, 17], ['D-26723', 0.91, 640, 212, 80, 18], ['Emden', 0.93, 730, 212, 60, 18]]);
    const [found] = runTogetherLines([title]);
    expect(found!.sides[0].map((w) => w.text)).toEqual(['Geschätsführer']);
    expect(apart(found!, [line([['Geschaftsfiihrer', 0.62, 60, 200, 240, 33]]), null])).toBeNull();
  });

  it('become two lines where the unsure side reads surely alone, boxed as the side was', () => {
    const l = nameAndJunk();
    const [found] = runTogetherLines([l]);
    const [name, phone] = apart(found!, [null, phoneRead])!;
    expect(name!.text).toBe('Александра Харитоновна');
    expect(phone!.text).toBe('Mob. 8 (931) 932-47-35');
    expect(phone!.box).toEqual(found!.boxes[1]);
    expect(phone!.words.every((w) => w.box.y === 366 && w.box.h === 20)).toBe(true);
    const before = line([['Крылова', 0.95, 60, 250, 240, 48]]);
    expect(withSidesApart([before, l], [found!], [[null, phoneRead]]).map((x) => x.text)).toEqual(['Крылова', 'Александра Харитоновна', 'Mob. 8 (931) 932-47-35']);
  });

  it('stay as read where the unsure side reads no better alone', () => {
    const l = nameAndJunk();
    const [found] = runTogetherLines([l]);
    const junk = line([['Мео', 0.3, 788, 366, 60, 20], ['os', 0.3, 990, 369, 26, 17]]);
    expect(apart(found!, [null, junk])).toBeNull();
    expect(withSidesApart([l], [found!], [[null, junk]])).toEqual([l]);
  });
});
