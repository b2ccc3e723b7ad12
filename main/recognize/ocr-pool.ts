import os from 'node:os';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { findRegions } from './columns.js';
import { createScheduler, createWorker, OEM, type Scheduler, type Worker, type Page } from 'tesseract.js';
import type { Box, OcrLine } from '../../shared/contact.js';
import { AppError } from '../../shared/errors.js';

const require = createRequire(import.meta.url);

export function cpuCount(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/** The port recognition uses; the default adapter is tesseract.js. */
export interface OcrEngine {
  /** `deskew`: let tesseract straighten small tilts (costs ~15%); not needed after a perspective fix. */
  recognize(image: Buffer, opts?: { deskew?: boolean }): Promise<OcrLine[]>;
  close(): Promise<void>;
}

export interface OcrPoolOptions {
  langs: string[];
  langPath: string;
  /** Defaults to the number of cores. */
  size?: number;
  initTimeoutMs?: number;
}

function shiftLine(l: OcrLine, dx: number, dy: number): OcrLine {
  const shift = (b: Box): Box => ({ ...b, x: b.x + dx, y: b.y + dy });
  return { ...l, box: shift(l.box), words: l.words.map((w) => ({ ...w, box: shift(w.box) })) };
}

function toBox(b: { x0: number; y0: number; x1: number; y1: number }): Box {
  return { x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 };
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

  private async makeWorker(): Promise<Worker> {
    const timeout = this.opts.initTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    let fail: (e: AppError) => void = () => {};
    // A bad language file reaches errorHandler but createWorker itself never settles.
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
      timer = setTimeout(() => reject(new AppError('internal', `OCR engine did not start within ${timeout} ms`)), timeout);
    });
    const pending = createWorker(this.opts.langs.join('+'), OEM.LSTM_ONLY, {
      langPath: this.opts.langPath,
      // Explicit, so a DOM-like global (jsdom in tests, Electron) never makes it build a URL.
      workerPath: require.resolve('tesseract.js/src/worker-script/node/index.js'),
      gzip: false,
      cacheMethod: 'none',
      errorHandler: (e: unknown) => fail(new AppError('missing_language', `OCR engine failed to load language data: ${String(e)}`)),
    });
    try {
      const worker = await Promise.race([pending, failed]);
      // Cards are sparse text blocks; PSM 3 (auto) finds columns and keeps line boxes.
      // debug_file keeps tesseract's warnings ("Image too small to scale!!") off our stdout.
      await worker.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: '300', debug_file: '/dev/null' });
      return worker;
    } finally {
      clearTimeout(timer);
    }
  }

  async recognize(image: Buffer, opts: { deskew?: boolean } = {}): Promise<OcrLine[]> {
    const scheduler = await this.start();
    const rotateAuto = opts.deskew ?? true;
    const regions = await findRegions(image);
    if (regions.length === 1) return pageLines((await scheduler.addJob('recognize', image, { rotateAuto }, { blocks: true, text: false })).data);
    const meta = await sharp(image).metadata();
    const W = meta.width ?? 0;
    const H = meta.height ?? 0;
    const parts = await Promise.all(
      regions.map(async (r) => {
        const left = Math.round(r.left * W);
        const top = Math.round(r.top * H);
        const width = Math.min(W - left, Math.round(r.width * W));
        const height = Math.min(H - top, Math.round(r.height * H));
        const crop = await sharp(image).extract({ left, top, width, height }).png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer();
        const res = await scheduler.addJob('recognize', crop, { rotateAuto }, { blocks: true, text: false });
        return pageLines(res.data).map((l) => shiftLine(l, left, top));
      }),
    );
    return parts.flat().sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  }

  async close(): Promise<void> {
    if (!this.scheduler) return;
    const s = await this.scheduler.catch(() => null);
    this.scheduler = null;
    if (s) await s.terminate();
    this.workers = [];
  }
}
