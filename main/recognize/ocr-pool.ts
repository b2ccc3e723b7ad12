import os from 'node:os';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { findRegions, joinAcrossCut } from './columns.js';
import { createScheduler, createWorker, OEM, type PSM, type Scheduler, type Worker, type Page } from 'tesseract.js';
import type { Box, OcrLine } from '../../shared/contact.js';
import { AppError } from '../../shared/errors.js';
import { PaddleReader } from './paddle-reader.js';

const require = createRequire(import.meta.url);

export function cpuCount(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export interface ReadOptions {
  /** Let tesseract straighten small tilts (costs ~15%); not needed after a perspective fix. */
  deskew?: boolean;
  /** Read the image inside a black frame (see FRAME_PX). */
  framed?: boolean;
  /**
   * Tell ink from paper by each pixel's neighbourhood (tesseract's Sauvola thresholding) rather
   * than one threshold for the whole page: see LOCAL_THRESHOLD.
   */
  localThreshold?: boolean;
  /**
   * Leave a view read as an empty page empty, not read again as blocks: for a view lying askew,
   * whose reading read-card.ts follows with one turned level when it reads badly.
   */
  noBlock?: boolean;
}

/** The port recognition uses; the default adapter is tesseract.js. */
export interface OcrEngine {
  recognize(image: Buffer, opts?: ReadOptions): Promise<OcrLine[]>;
  /**
   * Reads the image as sparse text (tesseract's PSM 11: text anywhere, no layout): for a card
   * whose layout analysis found nothing, as under a shadow's gradient or on a busy photo.
   */
  readSparse?(image: Buffer): Promise<OcrLine[]>;
  /** Re-reads single lines with a Latin-script model that has accented letters, when one is set up. */
  readLatinLines?(image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]>;
  /** Re-reads each box as one line with the card's languages (null where nothing reads). */
  readLines?(image: Buffer, boxes: Box[], opts?: { bothCuts?: boolean }): Promise<(OcrLine | null)[]>;
  /** Re-reads single lines with the model of another script ("kor", "chi_tra"), when it is set up (null where nothing reads). */
  readScriptLines?(model: string, image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]>;
  /** Reads the whole image with the model of another script as sparse text, when it is set up. */
  readScriptPage?(model: string, image: Buffer): Promise<OcrLine[]>;
  /** Reads the whole image with a second OCR engine (paddle-reader.ts); null when it cannot run here. */
  readSecondEngine?(image: Buffer): Promise<OcrLine[] | null>;
  close(): Promise<void>;
}

export interface OcrPoolOptions {
  langs: string[];
  langPath: string;
  /**
   * A Latin-script model with the accented letters (Debian's tesseract-ocr-script-latn) and
   * its folder, for re-reading single lines (readLatinLines); started only when first asked.
   */
  latin?: { lang: string; langPath: string };
  /**
   * Models of other scripts by name (Debian's tesseract-ocr-kor, -chi-tra, -chi-sim), for
   * re-reading the lines of cards from the countries that write them (readScriptLines).
   */
  scripts?: Record<string, { lang: string; langPath: string }>;
  /** Defaults to the number of cores. */
  size?: number;
  /** The second engine (paddle-reader.ts) for cards the first reading left short; on unless false. */
  secondEngine?: boolean;
  initTimeoutMs?: number;
}

function shiftLine(l: OcrLine, dx: number, dy: number): OcrLine {
  const shift = (b: Box): Box => ({ ...b, x: b.x + dx, y: b.y + dy });
  return { ...l, box: shift(l.box), words: l.words.map((w) => ({ ...w, box: shift(w.box) })) };
}

/**
 * A black frame round the image OCR reads. Tesseract thresholds a page globally; on a photo's
 * grey, unevenly lit paper that threshold can fall above the paper and the page reads empty
 * ("Empty page" on correct crops of synthetic photos). Dark pixels at the edges pull the
 * threshold below the paper, as a strip of desk round a loose crop did. It costs other cards
 * lines, so it is a second reading for doubtful ones, not the first (read-card.ts).
 */
const FRAME_PX = 20;

/** Boxes read on the framed image, back in the pixel space of the image itself. */
function unframe(lines: OcrLine[], w: number, h: number, frame: number): OcrLine[] {
  if (!frame) return lines;
  const back = (b: Box): Box => {
    const x = Math.min(w, Math.max(0, b.x - frame));
    const y = Math.min(h, Math.max(0, b.y - frame));
    return { x, y, w: Math.max(0, Math.min(w, b.x - frame + b.w) - x), h: Math.max(0, Math.min(h, b.y - frame + b.h) - y) };
  };
  return lines.map((l) => ({ ...l, box: back(l.box), words: l.words.map((wd) => ({ ...wd, box: back(wd.box) })) }));
}

/**
 * Tesseract's default threshold is one for the whole page (Otsu). On a photo whose light falls
 * off across the card (a window's light, a hand's shadow) that threshold splits lit paper from
 * shaded paper instead of ink from paper: the shaded half turns black and the page reads empty,
 * though every letter is sharp (a pale-blue card under a diagonal shadow read nothing in any turn,
 * and reads whole this way). Judged in each pixel's neighbourhood, ink stays ink. It costs clean
 * cards letters (thin strokes, tinted bands: 99.6% -> 99.1% and 97% -> 94% on clean synthetic
 * cards, 96% -> 92% on real ones when used for every card), so it is a second reading for
 * doubtful cards only (read-card.ts, recognize.ts).
 */
const LOCAL_THRESHOLD = { thresholding_method: '2' };

/** A part read as an empty page and then as one block: the block reading counts when a line of it reads this surely. */
const BLOCK_WORDS = 0.75;

function toBox(b: { x0: number; y0: number; x1: number; y1: number }): Box {
  return { x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 };
}

/**
 * With deskew on, tesseract rotates the image by `radians` about its centre (same size)
 * before reading, and every box it returns is in that rotated frame: on a tilted photo the
 * boxes sit off the text. This maps them back into the pixel space of the image handed in,
 * as the axis-aligned box around the turned rectangle.
 */
export function unrotateLines(lines: OcrLine[], radians: number, width: number, height: number): OcrLine[] {
  if (!radians) return lines;
  const cx = width / 2;
  const cy = height / 2;
  const cos = Math.cos(-radians);
  const sin = Math.sin(-radians);
  const back = (b: Box): Box => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [b.x, b.y],
      [b.x + b.w, b.y],
      [b.x + b.w, b.y + b.h],
      [b.x, b.y + b.h],
    ] as const) {
      xs.push(cx + (x - cx) * cos - (y - cy) * sin);
      ys.push(cy + (x - cx) * sin + (y - cy) * cos);
    }
    const x = Math.max(0, Math.min(...xs));
    const y = Math.max(0, Math.min(...ys));
    return { x, y, w: Math.min(width, Math.max(...xs)) - x, h: Math.min(height, Math.max(...ys)) - y };
  };
  return lines.map((l) => ({ ...l, box: back(l.box), words: l.words.map((w) => ({ ...w, box: back(w.box) })) }));
}

export function pageLines(page: Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? [])
    for (const para of block.paragraphs)
      for (const line of para.lines) {
        const words = line.words
          .filter((w) => w.text.trim())
          .map((w) => ({ text: w.text, confidence: w.confidence / 100, box: toBox(w.bbox) }));
        if (!words.length) continue;
        lines.push({
          text: words.map((w) => w.text).join(' '),
          confidence: line.confidence / 100,
          box: toBox(line.bbox),
          words,
        });
      }
  return lines;
}

/**
 * A pool of tesseract.js workers, one per core by default, created lazily on first use.
 * Workers are built fully offline from one local folder; a missing file makes
 * createWorker hang forever, so its start is bounded by a timeout.
 */
export class TesseractPool implements OcrEngine {
  private scheduler: Promise<Scheduler> | null = null;
  private workers: Worker[] = [];
  private latinWorker: Promise<Worker> | null = null;
  private latinBroken = false;
  private readonly scriptWorkers = new Map<string, Promise<Worker>>();
  private readonly brokenScripts = new Set<string>();
  private sparseWorker: Promise<Worker> | null = null;
  private localWorker: Promise<Worker> | null = null;
  private blockWorker: Promise<Worker> | null = null;
  private lineWorker: Promise<Worker> | null = null;
  /** Started when first asked: only cards the first reading left without a core field pay for it. */
  private readonly paddle = new PaddleReader();

  constructor(private readonly opts: OcrPoolOptions) {}

  private start(): Promise<Scheduler> {
    this.scheduler ??= (async () => {
      const size = this.opts.size ?? cpuCount();
      const scheduler = createScheduler();
      const make = () => this.makeWorker();
      const workers = await Promise.all(Array.from({ length: size }, make));
      for (const w of workers) scheduler.addWorker(w);
      this.workers = workers;
      return scheduler;
    })();
    this.scheduler.catch(() => (this.scheduler = null));
    return this.scheduler;
  }

  private async makeWorker(langs = this.opts.langs, langPath = this.opts.langPath, psm = process.env.BIZCARD_OCR_PSM ?? '3', extra: Record<string, string> = {}): Promise<Worker> {
    const timeout = this.opts.initTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    let fail: (e: AppError) => void = () => {};
    // A bad language file reaches errorHandler but createWorker itself never settles.
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
      timer = setTimeout(() => reject(new AppError('internal', `OCR engine did not start within ${timeout} ms`)), timeout);
    });
    const pending = createWorker(langs.join('+'), OEM.LSTM_ONLY, {
      langPath,
      // Explicit, so a DOM-like global (jsdom in tests, Electron) never makes it build a URL.
      workerPath: require.resolve('tesseract.js/src/worker-script/node/index.js'),
      gzip: false,
      cacheMethod: 'none',
      errorHandler: (e: unknown) => fail(new AppError('missing_language', `OCR engine failed to load language data: ${String(e)}`)),
    });
    try {
      const worker = await Promise.race([pending, failed]);
      // Cards are sparse text blocks; PSM 3 (auto) finds columns and keeps line boxes. tesseract.js
      // defaults to PSM 6 (one block), which dropped big name lines above small text: on the
      // real and second synthetic sets PSM 3 read 2-3 points more fields than 6 or 11.
      // debug_file keeps tesseract's warnings ("Image too small to scale!!") off our stdout.
      await worker.setParameters({ tessedit_pageseg_mode: psm as PSM, preserve_interword_spaces: '1', user_defined_dpi: '300', debug_file: '/dev/null', ...extra });
      return worker;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Boxes come back in the pixel space of `image`, deskewed or not. */
  async recognize(image: Buffer, opts: ReadOptions = {}): Promise<OcrLine[]> {
    const scheduler = await this.start();
    const local = opts.localThreshold ? await this.startLocal() : null;
    const rotateAuto = opts.deskew ?? true;
    const frame = opts.framed ? FRAME_PX : 0;
    const read = async (img: Buffer, w: number, h: number, block = false) => {
      const framed = frame ? await sharp(img).extend({ top: frame, bottom: frame, left: frame, right: frame, background: '#000000' }).png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer() : img;
      const out = { blocks: true, text: false };
      // A block is read without deskewing: tesseract.js finds the skew under PSM 3 and then reads
      // under 6, and a worker doing that reads an image differently after another (seen:
      // "499 263 06 54" read as "499 265 O65 5"), so a scan's result would depend on the one before it.
      const page = block
        ? (await (await this.startBlock()).recognize(framed, { rotateAuto: false }, out)).data
        : (local ? await local.recognize(framed, { rotateAuto }, out) : await scheduler.addJob('recognize', framed, { rotateAuto }, out)).data;
      return unframe(unrotateLines(pageLines(page), page.rotateRadians ?? 0, w + 2 * frame, h + 2 * frame), w, h, frame);
    };
    const [regions, meta] = await Promise.all([findRegions(image), sharp(image).metadata()]);
    const W = meta.width ?? 0;
    const H = meta.height ?? 0;
    // The pool's scheduler spreads the regions over its workers; a worker of its own reads them one after another.
    let queue: Promise<OcrLine[]> = Promise.resolve([]);
    // Each part cut once (a view read again as blocks reads the same crops); one part is the image itself.
    const crops = regions.length === 1 ? [] : regions.map((r) => {
      const left = Math.round(r.left * W);
      const top = Math.round(r.top * H);
      const width = Math.min(W - left, Math.round(r.width * W));
      const height = Math.min(H - top, Math.round(r.height * H));
      return { left, top, width, height, png: sharp(image).extract({ left, top, width, height }).png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer() };
    });
    const readParts = async (block: boolean) => {
      if (regions.length === 1) return read(image, W, H, block);
      const parts = await Promise.all(
        crops.map(async ({ left, top, width, height, png }) => {
          const crop = await png;
          const turn = local || block ? (queue = queue.then(() => read(crop, width, height, block))) : read(crop, width, height);
          return (await turn).map((l) => shiftLine(l, left, top));
        }),
      );
      // Two columns side by side: lines the cut ran through are joined again.
      const sideBySide = regions.length === 2 && regions[1]!.left > 0;
      const all = sideBySide ? joinAcrossCut(parts[0]!, parts[1]!, Math.round(regions[1]!.left * W)) : parts.flat();
      return all.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    };
    const lines = await readParts(false);
    // tesseract's layout analysis can call a whole view of a blurred card an empty page (seed 35
    // s2_030: its upright crop, split at the band under the title, each half read as nothing),
    // while the same parts read as one block of text each give its name and phone. Such a view
    // is read again that way, so it can win over the views that read scraps. Only a view read as
    // nothing at all: where some part read, the second look reads the rest row by row, better
    // than a block does ("CONSTRUCTIO!"). And only when the block reads words: on a view turned
    // the wrong way a block reading is scraps, and those would outscore the nothing they replace.
    if (lines.length || local || opts.noBlock) return lines;
    const block = await readParts(true);
    return block.some((l) => l.confidence >= BLOCK_WORDS && l.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 4) ? block : lines;
  }

  /** The locally thresholding worker: one of its own, started when first asked (only doubtful cards read this way). */
  private startLocal(): Promise<Worker> {
    this.localWorker ??= this.makeWorker(this.opts.langs, this.opts.langPath, undefined, LOCAL_THRESHOLD);
    this.localWorker.catch(() => (this.localWorker = null));
    return this.localWorker;
  }

  /** The one-block worker (PSM 6): one of its own, started when first asked (only a part read as an empty page is read this way). */
  private startBlock(): Promise<Worker> {
    this.blockWorker ??= this.makeWorker(this.opts.langs, this.opts.langPath, '6');
    this.blockWorker.catch(() => (this.blockWorker = null));
    return this.blockWorker;
  }

  /** One worker of its own, started when first asked: only cards nothing else could read pay for it. */
  async readSparse(image: Buffer): Promise<OcrLine[]> {
    this.sparseWorker ??= this.makeWorker(this.opts.langs, this.opts.langPath, '11');
    this.sparseWorker.catch(() => (this.sparseWorker = null));
    const worker = await this.sparseWorker;
    return pageLines((await worker.recognize(image, {}, { blocks: true, text: false })).data);
  }

  /**
   * Re-reads single lines with the Latin-script model: each box is cut from `image` with a
   * margin and read as one line (PSM 7). Null for a box that reads nothing; every entry null
   * when no Latin model is configured.
   */
  async readLatinLines(image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]> {
    const latin = this.opts.latin;
    if (!latin || this.latinBroken || !boxes.length) return boxes.map(() => null);
    this.latinWorker ??= this.makeWorker([latin.lang], latin.langPath, '7');
    let worker: Worker;
    try {
      worker = await this.latinWorker;
    } catch {
      // A broken or unreadable model: the cards keep their first reading, and no later card
      // waits for it again.
      this.latinBroken = true;
      this.latinWorker = null;
      return boxes.map(() => null);
    }
    return readEachLine(worker, image, boxes);
  }

  /** A script model's worker for one page mode, started when first asked; null when the model is not set up or would not start. */
  private scriptWorker(model: string, psm: '7' | '11'): Promise<Worker> | null {
    const m = this.opts.scripts?.[model];
    if (!m || this.brokenScripts.has(model)) return null;
    const key = `${model}:${psm}`;
    let w = this.scriptWorkers.get(key);
    if (!w) {
      w = this.makeWorker([m.lang], m.langPath, psm);
      this.scriptWorkers.set(key, w);
      // A broken or unreadable model: its cards keep their first reading, and no later card waits for it again.
      w.catch(() => {
        this.scriptWorkers.delete(key);
        this.brokenScripts.add(model);
      });
    }
    return w;
  }

  /** Re-reads single lines with a script model (`scripts`), as readLatinLines does with the Latin one. */
  async readScriptLines(model: string, image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]> {
    const pending = boxes.length ? this.scriptWorker(model, '7') : null;
    const worker = pending ? await pending.catch(() => null) : null;
    return worker ? readEachLine(worker, image, boxes) : boxes.map(() => null);
  }

  /** Reads the whole image with a script model as sparse text (PSM 11): rows in that script the page reading lost. */
  async readScriptPage(model: string, image: Buffer): Promise<OcrLine[]> {
    const pending = this.scriptWorker(model, '11');
    const worker = pending ? await pending.catch(() => null) : null;
    return worker ? pageLines((await worker.recognize(image, {}, { blocks: true, text: false })).data) : [];
  }

  /**
   * Re-reads boxes of `image` each as one line of text (PSM 7) with the card's languages: for a
   * line the page reading cut in two (split-lines.ts). A worker of its own, started when first
   * asked: only cards with such a line pay for it.
   */
  async readLines(image: Buffer, boxes: Box[], opts: { bothCuts?: boolean } = {}): Promise<(OcrLine | null)[]> {
    if (!boxes.length) return [];
    this.lineWorker ??= this.makeWorker(this.opts.langs, this.opts.langPath, '7');
    this.lineWorker.catch(() => (this.lineWorker = null));
    return readEachLine(await this.lineWorker, image, boxes, opts.bothCuts);
  }

  readSecondEngine(image: Buffer): Promise<OcrLine[] | null> {
    if (this.opts.secondEngine === false) return Promise.resolve(null);
    return this.paddle.readPage(image);
  }

  async close(): Promise<void> {
    const latin = this.latinWorker;
    this.latinWorker = null;
    if (latin) await (await latin.catch(() => null))?.terminate();
    for (const spare of [this.sparseWorker, this.localWorker, this.blockWorker, this.lineWorker, ...this.scriptWorkers.values()]) if (spare) await (await spare.catch(() => null))?.terminate();
    this.scriptWorkers.clear();
    this.sparseWorker = null;
    this.localWorker = null;
    this.blockWorker = null;
    this.lineWorker = null;
    if (!this.scheduler) return;
    const s = await this.scheduler.catch(() => null);
    this.scheduler = null;
    if (s) await s.terminate();
    this.workers = [];
  }
}

/**
 * Each box cut from `image` with a margin and read by `worker` (a single-line worker): the
 * line, in the pixel space of `image`; null for a box that reads nothing.
 */
async function readEachLine(worker: Worker, image: Buffer, boxes: Box[], bothCuts = false): Promise<(OcrLine | null)[]> {
  const meta = await sharp(image).metadata();
  const W = meta.width ?? 0;
  const H = meta.height ?? 0;
  const out: (OcrLine | null)[] = [];
  for (const b of boxes) {
    // A row above or below cut by the crop's edge can make tesseract read the line as nothing
    // at all ("E-mail: n.sergeeva@orbita.ru" over the tops of the next row): then it is read
    // again cut close above and below, set in its own paper's colour.
    const padded = await readBox(worker, image, b, W, H, false);
    // `bothCuts`: a box measured to its ink (a row no line read) is read both ways, and the
    // surer reading is kept; the margin helps where the rows around are far enough.
    const close = !padded || bothCuts ? await readBox(worker, image, b, W, H, true) : null;
    out.push(padded && (!close || padded.confidence >= close.confidence) ? padded : close);
  }
  return out;
}

async function readBox(worker: Worker, image: Buffer, b: Box, W: number, H: number, close: boolean): Promise<OcrLine | null> {
  const padY = close ? Math.round(b.h * 0.1) + 1 : Math.round(b.h * 0.35) + 2;
  const padX = Math.round(b.h * 0.6) + 2;
  const left = Math.max(0, Math.round(b.x - padX));
  const top = Math.max(0, Math.round(b.y - padY));
  const width = Math.min(W - left, Math.round(b.w + 2 * padX));
  const height = Math.min(H - top, Math.round(b.h + 2 * padY));
  if (width < 4 || height < 4) return null;
  // Small print reads better a little larger: the LSTM was trained on ~30 px text.
  const scale = b.h < 24 ? Math.min(3, 32 / Math.max(1, b.h)) : 1;
  let crop = sharp(image).extract({ left, top, width, height });
  if (scale > 1) crop = crop.resize(Math.round(width * scale), Math.round(height * scale), { kernel: 'cubic' });
  const margin = close ? Math.round(b.h * scale * 0.5) + 4 : 0;
  if (margin) {
    // Set in its own paper's colour: a white margin round grey paper is an edge tesseract reads as print.
    const cut = await crop.png({ compressionLevel: 0 }).toBuffer();
    const { dominant } = await sharp(cut).stats();
    crop = sharp(cut).extend({ top: margin, bottom: margin, left: margin, right: margin, background: { ...dominant, alpha: 1 } });
  }
  const png = await crop.png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer();
  const page = (await worker.recognize(png, {}, { blocks: true, text: false })).data;
  const lines = pageLines(page);
  if (!lines.length) return null;
  // Back into the pixel space of `image`.
  const back = (x: Box): Box => ({ x: left + (x.x - margin) / scale, y: top + (x.y - margin) / scale, w: x.w / scale, h: x.h / scale });
  const words = lines.flatMap((l) => l.words).map((w) => ({ ...w, box: back(w.box) }));
  return { text: words.map((w) => w.text).join(' '), confidence: Math.min(...lines.map((l) => l.confidence)), box: back(lines[0]!.box), words };
}
