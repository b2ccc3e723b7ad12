import type { Box } from '../../../shared/contact.js';
import type { Segment } from './segments.js';

/** The fields a card's lines in its own script give (korean.ts, chinese.ts). */
export interface ScriptFields {
  name?: PersonName & { box: Box };
  title?: { text: string; box: Box };
  company?: { text: string; box: Box };
  address?: { text: string; boxes: Box[] };
}

export interface PersonName {
  text: string;
  family: string;
  given: string;
}

/** A line's words, parted at spaces, bars, slashes, commas and colons (full-width too). */
export const wordsOf = (text: string) => text.split(/[\s/|,:：]+/).filter(Boolean);

/**
 * The name among the lines' words: one on a line with a post ("대표 / 공인중개사 정용한")
 * before any other, for a logo's syllables stand in bigger type; else the one in the biggest type.
 */
export function pickName(lines: Segment[], asName: (word: string) => PersonName | null, isPost: (word: string) => boolean): ScriptFields['name'] {
  let best: { seg: Segment; name: PersonName; rank: number } | null = null;
  for (const seg of lines) {
    const ws = wordsOf(seg.text);
    const rank = (ws.some(isPost) ? 1000 : 0) + seg.size;
    for (const w of ws) {
      const name = asName(w);
      if (name && (!best || rank > best.rank)) best = { seg, name, rank };
    }
  }
  return best ? { ...best.name, box: best.seg.box } : undefined;
}
