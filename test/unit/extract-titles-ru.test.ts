/**
 * Russian titles as the Russian model reads them in photos (second generator, seed 25): two
 * letters it takes for look-alikes in one long word, and a word cut in three pieces or with
 * its first letter read alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { joinSplitTitleWords, nearTitleWord } from '../../main/recognize/extract/keywords.js';
import { lines } from '../ocr-lines.js';

describe('a title word with two Cyrillic look-alikes', () => {
  it('is spelt again: "Велуший" (д read л, щ read ш) is ведущий', () => {
    expect(nearTitleWord('велуший')).toBe('ведущий');
    expect(extractFields(lines('Кошелева Анна Игоревна', 'Велуший инженер', 'Тел.: +7 (495) 123-45-67')).fields.title).toBe('Ведущий инженер');
  });

  it('leaves a word two letters off that are no look-alikes: "веселый" is no title word', () => {
    expect(nearTitleWord('веселый')).toBeNull();
  });
});

describe('a title word cut into pieces', () => {
  it('joins three pieces: "Ком мерчес кий" is коммерческий', () => {
    expect(joinSplitTitleWords('Ком мерчес кий директор')).toBe('Коммерческий директор');
  });

  it('joins a first letter read apart: "д иректор", and drops one read twice: "д директор"', () => {
    expect(joinSplitTitleWords('Коммерческий д иректор')).toBe('Коммерческий директор');
    expect(joinSplitTitleWords('Коммерческий д директор')).toBe('Коммерческий директор');
  });

  it('leaves words that are words: "a director", "Head of Sales"', () => {
    expect(joinSplitTitleWords('a director')).toBe('a director');
    expect(joinSplitTitleWords('Head of Sales')).toBe('Head of Sales');
  });
});
