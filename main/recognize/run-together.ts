import type { Box, OcrLine, OcrWord } from '../../shared/contact.js';
import { boxedAs, unionBox } from './boxes.js';
import { hasCyrillic, hasLatin, similarity } from './extract/scripts.js';
import type { OcrEngine } from './ocr-pool.js';

/*
 * Two columns run together into one line. A card with a big name on the left and small contact
 * lines on the right, set close (no blank band between the columns for columns.ts to cut at),
 * is laid out by tesseract's page reading as rows across both columns: the name's row takes the
 * phone line beside it and reads it, at the name's height, as junk ("Александра Харитоновна
 * Meo os" for the name beside "Mob. 8 (931) 932-47-35"). Such a line changes type size across a
 * gap, and one side of it reads unsurely. Each side is read again alone, as one line, and the
 * line becomes the two, where the unsure side then reads surely.
 */

/** Word heights this far apart are two sizes of type. */
const TYPE_CHANGE = 1.5;
/** The room between the two sides, as a share of the bigger type: a column's gap, not a word space ("KAZUYA WATANABE", a name whose words OCR boxed at two heights). */
const MIN_GAP = 1.2;
/** A side read below this is in doubt; read again, it must reach SURE_PART and gain GAIN. */
const UNSURE = 0.6;
const SURE_PART = 0.6;
const GAIN = 0.1;
/** A side boxed lower than this (pixels of the OCR image) was boxed wrong, not set in such type: read alone, it reads as anything. */
const MIN_TYPE = 10;
/** The widest gaps of a line weighed as a column's gap. */
const WIDEST_GAPS = 3;
/** At most this many lines a reading: each costs two or four line reads. */
const MAX_LINES = 3;

export interface RunTogether {
  line: OcrLine;
  /** The line's words on either side of the change of type. */
  sides: [OcrWord[], OcrWord[]];
  /** Each side's box: its words' bounds. */
  boxes: [Box, Box];
}

const mean = (ws: OcrWord[]) => ws.reduce((n, w) => n + w.confidence, 0) / ws.length;
const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** A side's words of two letters or digits at least: a mark or an icon is boxed, and read, any way at all. */
const wordsOf = (ws: OcrWord[]) => {
  const words = ws.filter((w) => /[\p{L}\p{N}]{2}/u.test(w.text));
  return words.length ? words : ws;
};

/**
 * A side in doubt: read unsurely, or read surely as words of two sizes of type ("Kp ЫлЛ O B a"
 * for "Крылова", its first letters at the name's height, the rest at the next column's).
 */
function doubtful(ws: OcrWord[]): boolean {
  // A mark's confidence ("=" read at 0) says nothing of the words'.
  const words = wordsOf(ws);
  const hs = words.map((w) => w.box.h);
  return mean(words) < UNSURE || (hs.length >= 2 && Math.max(...hs) >= Math.min(...hs) * TYPE_CHANGE);
}
const textOf = (ws: OcrWord[]) => ws.map((w) => w.text).join(' ');

/**
 * The size of a side's type: the median height of its words of two letters or digits (a dash, a
 * bracket or an icon is boxed at any height: "Sao Paulo -" beside "SP,01310-275" is one size).
 */
function typeOf(ws: OcrWord[]): number {
  const hs = wordsOf(ws)
    .map((w) => w.box.h)
    .sort((a, b) => a - b);
  const m = hs.length >> 1;
  return hs.length % 2 ? hs[m]! : (hs[m - 1]! + hs[m]!) / 2;
}

/** Lines whose words change type size across a gap with one side read unsurely, the least sure first. */
export function runTogetherLines(lines: OcrLine[]): RunTogether[] {
  const found: RunTogether[] = [];
  for (const line of lines) {
    const ws = line.words;
    const gap = (i: number) => ws[i]!.box.x - (ws[i - 1]!.box.x + ws[i - 1]!.box.w);
    // A column's gap is among the line's widest: only those are weighed (a line of thousands of
    // words, a hostile card's, is not cut at every space).
    const widest = [...ws.keys()].slice(1).sort((i, j) => gap(j) - gap(i)).slice(0, WIDEST_GAPS).sort((i, j) => i - j);
    for (const i of widest) {
      const sides: [OcrWord[], OcrWord[]] = [ws.slice(0, i), ws.slice(i)];
      const [left, right] = sides.map(typeOf) as [number, number];
      if (Math.max(left, right) < Math.min(left, right) * TYPE_CHANGE || gap(i) < Math.max(left, right) * MIN_GAP) continue;
      if (Math.min(left, right) < MIN_TYPE) break;
      if (sides.some((s) => letters(textOf(s)).length < 2) || !sides.some(doubtful)) break;
      found.push({ line, sides, boxes: [unionBox(sides[0].map((w) => w.box)), unionBox(sides[1].map((w) => w.box))] });
      break;
    }
  }
  return found.sort((p, q) => Math.min(mean(p.sides[0]), mean(p.sides[1])) - Math.min(mean(q.sides[0]), mean(q.sides[1]))).slice(0, MAX_LINES);
}

/** A side as a line of its own, from the words the page reading gave it. */
function sideLine(ws: OcrWord[], box: Box): OcrLine {
  return { text: textOf(ws), confidence: mean(ws), box, words: ws };
}

/**
 * A side read alone into much the same letters ("Geschätsführer" as "Geschaftsfiihrer") is no
 * other reading, only a surer-sounding one, which may lose what the page's reading had (the
 * umlauts the accent re-reading builds on): bigram likeness at or above this keeps the page's.
 */
const SAME_READING = 0.5;

const script = (t: string) => (hasCyrillic(t) ? 'cyrillic' : hasLatin(t) ? 'latin' : null);

/**
 * Read alone in the other alphabet than the words the page read surely on that side ("HARBOR"
 * beside a tall logo, read alone as "НАВВОВ"): capitals both alphabets share, not a better reading.
 */
function otherScript(ws: OcrWord[], read: OcrLine): boolean {
  const sure = ws.filter((w) => w.confidence >= 0.8 && /\p{L}{3}/u.test(w.text)).map((w) => script(w.text));
  const was = sure[0];
  return !!was && sure.every((x) => x === was) && script(read.text.replace(/[^\p{L}]/gu, '')) !== was;
}

/**
 * The line's two sides as lines of their own, each read alone where that reads it better, or
 * null when the unsure side does not read surely alone (the line stays as the page read it).
 */
export function apart(r: RunTogether, reads: (OcrLine | null)[]): OcrLine[] | null {
  const out: OcrLine[] = [];
  let mended = false;
  ([0, 1] as const).forEach((k) => {
    const ws = r.sides[k];
    const read = reads[k] ?? null;
    const before = mean(ws);
    const better = doubtful(ws) && !!read && letters(read.text).length >= 3 && read.confidence >= SURE_PART && read.confidence >= before + GAIN && !otherScript(ws, read) && similarity(letters(textOf(ws)), letters(read.text)) < SAME_READING;
    if (better) mended = true;
    out.push(better ? boxedAs(read, r.boxes[k]) : sideLine(ws, r.boxes[k]));
  });
  return mended ? out : null;
}

/** `lines` with each run-together line that reads apart replaced by its two sides. */
export function withSidesApart(lines: OcrLine[], found: RunTogether[], reads: (OcrLine | null)[][]): OcrLine[] {
  const swap = new Map<OcrLine, OcrLine[]>();
  found.forEach((r, i) => {
    const sides = apart(r, reads[i] ?? []);
    if (sides) swap.set(r.line, sides);
  });
  return swap.size ? lines.flatMap((l) => swap.get(l) ?? [l]) : lines;
}

/** The reading with its run-together lines read apart; as it was when the engine cannot re-read lines. */
export async function readRunTogetherApart(image: Buffer, lines: OcrLine[], ocr: OcrEngine): Promise<OcrLine[]> {
  const found = runTogetherLines(lines);
  if (!found.length || !ocr.readLines) return lines;
  // Only a side in doubt can take its reading alone (apart): the other is not read again.
  const wanted = found.flatMap((r, i) => ([0, 1] as const).filter((k) => doubtful(r.sides[k])).map((k) => ({ i, k })));
  const read = await ocr.readLines(image, wanted.map(({ i, k }) => found[i]!.boxes[k]), { bothCuts: true });
  const reads = found.map((): (OcrLine | null)[] => [null, null]);
  wanted.forEach(({ i, k }, j) => (reads[i]![k] = read[j] ?? null));
  return withSidesApart(lines, found, reads);
}
