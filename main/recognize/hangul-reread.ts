import type { Box, OcrLine } from '../../shared/contact.js';
import { unreadRows } from './unread-rows.js';

export interface HangulLineReader {
  readHangulLines(image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]>;
  readHangulPage?(image: Buffer): Promise<OcrLine[]>;
}

const HANGUL_G = /[\uAC00-\uD7A3]/gu;
const LETTER_G = /\p{L}/gu;
/** An e-mail, a web address or a phone number: read well by the main models, kept as they read it. */
const CONTACT = /@|www\.|https?:|(?:\d[\s().-]{0,2}){8,}/iu;
/** A Hangul reading below this confidence is the Hangul model's junk. */
const MIN_READING = 0.5;

const hangulCount = (s: string) => (s.match(HANGUL_G) ?? []).length;

/**
 * A Hangul reading worth taking for a line: two syllables or more, most of its letters Hangul
 * (a Korean address keeps its digits and a Latin "F" or "B1"), read with some confidence.
 */
export function readsHangul(l: OcrLine | null): l is OcrLine {
  if (!l) return false;
  const h = hangulCount(l.text);
  const letters = (l.text.match(LETTER_G) ?? []).length;
  return h >= 2 && h >= letters * 0.5 && l.confidence >= MIN_READING;
}

const SYLLABLE = /^[\uAC00-\uD7A3]$/u;
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/u;
/** The syllables that end a town's or a quarter's name in an address. */
const PLACE_END = /^[읍면동]$/u;

/**
 * The Hangul model sets a space between most syllables ("월 드 컵 북로 56 길"), where a Korean
 * card prints words of several syllables ("월드컵북로 56길"). Which words to join, as indices
 * into `ws`: a run of lone syllables is one word, joined to a word of Hangul right after it
 * ("울 산 광역시"), or else, one or two syllables long, to a number right before it (a road's
 * "56길", a building's "4층", a lot's "20-1번지").
 */
function joinGroups(ws: string[]): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < ws.length; ) {
    if (!SYLLABLE.test(ws[i]!)) {
      groups.push([i++]);
      continue;
    }
    const run: number[] = [];
    // A town's or a quarter's word ends the run ("다 사 읍 대 실 역" is 다사읍 and 대실역).
    while (i < ws.length && SYLLABLE.test(ws[i]!) && !(run.length >= 2 && PLACE_END.test(ws[run[run.length - 1]!]!))) run.push(i++);
    if (i < ws.length && HANGUL_WORD.test(ws[i]!) && !SYLLABLE.test(ws[i]!) && !PLACE_END.test(ws[run[run.length - 1]!]!)) run.push(i++);
    const prev = groups[groups.length - 1];
    const afterNumber = prev && prev.length === 1 && /\d$/.test(ws[prev[0]!]!) && run.length <= 2 && run.every((k) => SYLLABLE.test(ws[k]!));
    if (afterNumber) prev.push(...run);
    else groups.push(run);
  }
  return groups;
}

export function joinSyllables(text: string): string {
  const ws = text.split(/\s+/).filter(Boolean);
  return joinGroups(ws).map((g) => g.map((k) => ws[k]).join('')).join(' ');
}

/** The reading with its syllables joined into words (joinSyllables), each joined word boxed round its parts. */
function asWords(l: OcrLine): OcrLine {
  const words = joinGroups(l.words.map((w) => w.text)).map((g) => {
    const parts = g.map((k) => l.words[k]!);
    const x = Math.min(...parts.map((p) => p.box.x));
    const y = Math.min(...parts.map((p) => p.box.y));
    const box = { x, y, w: Math.max(...parts.map((p) => p.box.x + p.box.w)) - x, h: Math.max(...parts.map((p) => p.box.y + p.box.h)) - y };
    return { text: parts.map((p) => p.text).join(''), confidence: Math.min(...parts.map((p) => p.confidence)), box };
  });
  return { ...l, words, text: words.map((w) => w.text).join(' ') };
}

/**
 * A Korean card's Hangul lines, which the English and Russian models read as junk ("IBAA 3a CAs
 * WSs" for an address) or leave out (a name in big spaced syllables), read again with the
 * Hangul model: each line but the contact lines, and each row of print no line covers. A reading
 * replaces its line, or joins the lines, only when it reads as Hangul (readsHangul).
 */
/** Lines side by side on one row (a name's syllables set far apart, read as two lines of junk) in type of one size, grouped; each group once. */
function rowsOf(lines: OcrLine[], which: number[]): number[][] {
  const groups: number[][] = [];
  const sameRow = (a: Box, b: Box) => {
    const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
    const gap = Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w);
    return overlap >= Math.min(a.h, b.h) * 0.5 && gap < Math.max(a.h, b.h) * 3 && Math.max(a.h, b.h) < Math.min(a.h, b.h) * 1.6;
  };
  for (const i of which) {
    const g = groups.find((g) => g.some((k) => sameRow(lines[k]!.box, lines[i]!.box)));
    if (g) g.push(i);
    else groups.push([i]);
  }
  return groups;
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

export async function rehangul(image: Buffer, lines: OcrLine[], reader: HangulLineReader): Promise<{ lines: OcrLine[]; changed: number }> {
  const groups = rowsOf(lines, lines.flatMap((l, i) => (!CONTACT.test(l.text) ? [i] : [])));
  const rows = await unreadRows(image, lines).catch(() => [] as Box[]);
  if (!groups.length && !rows.length) return { lines, changed: 0 };
  const read = await reader.readHangulLines(image, [...groups.map((g) => union(g.map((i) => lines[i]!.box))), ...rows]);
  const out: (OcrLine | null)[] = [...lines];
  let changed = 0;
  groups.forEach((g, k) => {
    const r = read[k] ?? null;
    if (!readsHangul(r)) return;
    out[g[0]!] = asWords(r);
    for (const i of g.slice(1)) out[i] = null;
    changed++;
  });
  for (const r of read.slice(groups.length)) {
    if (readsHangul(r)) {
      out.push(asWords(r));
      changed++;
    }
  }
  // The page read whole in Hangul, as sparse text, finds rows the page reading lost or read as
  // one with a neighbour (a big name over its post): each of its Hangul lines that no Hangul
  // line read so far covers takes the place of the junk under it.
  let kept = out.filter((l): l is OcrLine => !!l);
  const page = reader.readHangulPage ? await reader.readHangulPage(image).catch(() => []) : [];
  for (const p of joinRows(page).filter(readsHangul)) {
    const under = kept.filter((l) => overlapShare(l.box, p.box) >= 0.3);
    if (under.some((l) => hangulCount(l.text) >= 2 || CONTACT.test(l.text))) continue;
    kept = [...kept.filter((l) => !under.includes(l)), asWords(p)];
    changed++;
  }
  return { lines: changed ? kept : lines, changed };
}

/**
 * Sparse text comes as one line per island of print: a name set in syllables far apart
 * ("정   태   훈") as three. Lines side by side on one row in type of one size are one line.
 */
function joinRows(page: OcrLine[]): OcrLine[] {
  const sorted = [...page].sort((a, b) => a.box.x - b.box.x);
  return rowsOf(sorted, sorted.map((_, i) => i)).map((g) => {
    if (g.length === 1) return sorted[g[0]!]!;
    const parts = g.map((i) => sorted[i]!);
    const words = parts.flatMap((l) => l.words);
    return { text: words.map((w) => w.text).join(' '), confidence: Math.min(...parts.map((l) => l.confidence)), box: union(parts.map((l) => l.box)), words };
  });
}

/** The share of the smaller of two boxes that they have in common. */
function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / Math.min(a.w * a.h, b.w * b.h) : 0;
}
