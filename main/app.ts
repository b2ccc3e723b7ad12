import path from 'node:path';
import type { SavedContact } from '../shared/contact.js';
import { AppError, oneLine } from '../shared/errors.js';
import { defaultDataDir, bundledTessdata } from './paths.js';
import { resolveTessdata } from './recognize/tessdata.js';
import { TesseractPool, type OcrEngine } from './recognize/ocr-pool.js';
export { cpuCount } from './recognize/ocr-pool.js';
import { Scanner, type ScanResult } from './recognize/scanner.js';
import { openDb, type Db } from './store/db.js';
import { ImageFiles } from './store/images.js';
import { ContactStore, type Duplicate } from './store/contacts.js';
import { InboxStore } from './store/inbox.js';
import { markOpen, removeLeftovers, secureDataDir, type Leftovers } from './store/data-folder.js';

export const DEFAULT_LANGS = ['eng', 'rus'];

export interface AppOptions {
  dataDir?: string;
  langs?: string[];
  defaultCountry?: string;
  ocrWorkers?: number;
  /** Stand-in OCR engine, for fault injection only. */
  ocr?: OcrEngine;
}

/** The OCR engine, with language data resolved from the app, npm, the system or the user. */
export function createOcr(opts: { langs?: string[]; dataDir?: string; size?: number; secondEngine?: boolean } = {}): TesseractPool {
  const dataDir = opts.dataDir ?? defaultDataDir();
  const langs = opts.langs ?? DEFAULT_LANGS;
  const search = {
    bundledDir: bundledTessdata(),
    userDir: path.join(dataDir, 'tessdata'),
    cacheDir: path.join(dataDir, 'cache', 'tessdata'),
  };
  const langPath = resolveTessdata(langs, search);
  // BIZCARD_SECOND_ENGINE=0 turns the second engine off (a machine where it cannot run finds that out itself).
  return new TesseractPool({ langs, langPath, size: opts.size, latin: latinModel(search), scripts: scriptModels(search), secondEngine: opts.secondEngine ?? process.env.BIZCARD_SECOND_ENGINE !== '0' });
}

/**
 * Latin-script model with the accented letters, for re-reading lines of cards from countries
 * that write them (resources/tessdata, from Debian's tesseract-ocr-script-latn). Optional:
 * BIZCARD_LATIN_LANG=none turns the second reading off, another name picks another model.
 */
export const LATIN_LANG = process.env.BIZCARD_LATIN_LANG ?? 'Latin_nodict';

function latinModel(search: Parameters<typeof resolveTessdata>[1]): { lang: string; langPath: string } | undefined {
  // Without it accented letters read as the main models read them; fields stay unsure (extraction).
  return optionalModel(LATIN_LANG, search);
}

/**
 * Models of other scripts for re-reading the lines of cards from Korea, Taiwan and Hong Kong,
 * and China, which the English and Russian models read as junk (resources/tessdata, from
 * Debian's tesseract-ocr-kor, -chi-tra and -chi-sim). Optional like the Latin one:
 * BIZCARD_SCRIPT_LANGS=none turns them off, a list picks some.
 */
export const SCRIPT_LANGS = (process.env.BIZCARD_SCRIPT_LANGS ?? 'kor,chi_tra,chi_sim').split(',').filter((l) => l && l !== 'none');

function scriptModels(search: Parameters<typeof resolveTessdata>[1]): Record<string, { lang: string; langPath: string }> {
  const out: Record<string, { lang: string; langPath: string }> = {};
  for (const lang of SCRIPT_LANGS) {
    const m = optionalModel(lang, search);
    if (m) out[lang] = m;
  }
  return out;
}

/** A second model for re-reading lines, when its data is found; none (no second reading) otherwise. */
function optionalModel(lang: string, search: Parameters<typeof resolveTessdata>[1]): { lang: string; langPath: string } | undefined {
  if (lang === 'none') return undefined;
  try {
    return { lang, langPath: resolveTessdata([lang], search) };
  } catch {
    return undefined;
  }
}

export type ScanOutcome =
  | { file: string; ok: true; status: 'saved'; contact: SavedContact; result: ScanResult; duplicates: Duplicate[] }
  | { file: string; ok: true; status: 'duplicate'; duplicates: Duplicate[]; result: ScanResult }
  | { file: string; ok: false; error: string; code: string };

/** The composition root: builds the services once, for the CLI, the HTTP server and Electron alike. */
export class BizcardApp {
  readonly dataDir: string;
  readonly db: Db;
  readonly contacts: ContactStore;
  /** Recognised cards waiting for review, kept in the store like contacts. */
  readonly inbox: InboxStore;
  /** What an earlier, killed process left behind and this start removed. */
  readonly leftovers: Leftovers;
  private readonly marker: ReturnType<typeof markOpen>;
  private ocrEngine: OcrEngine | null;
  private scannerInstance: Scanner | null = null;

  constructor(private readonly opts: AppOptions = {}) {
    this.dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
    secureDataDir(this.dataDir);
    this.db = openDb(path.join(this.dataDir, 'bizcard.db'));
    const images = path.join(this.dataDir, 'images');
    this.marker = markOpen(this.dataDir);
    // Images a killed process left are searched for only when one was killed (see markOpen).
    this.leftovers = removeLeftovers(this.db, this.dataDir, images, { images: this.marker.crashed.length > 0 });
    this.marker.forgetCrashed();
    this.contacts = new ContactStore(this.db, new ImageFiles(images));
    this.inbox = new InboxStore(this.db, this.contacts);
    this.ocrEngine = opts.ocr ?? null;
  }

  /** OCR starts on first use: listing or exporting never pays for it. */
  get scanner(): Scanner {
    this.ocrEngine ??= createOcr({ langs: this.opts.langs, dataDir: this.dataDir, size: this.opts.ocrWorkers });
    this.scannerInstance ??= new Scanner(this.ocrEngine, { defaultCountry: this.opts.defaultCountry });
    return this.scannerInstance;
  }

  /** Recognises one file and saves it; a bad file is an outcome, never an exception. */
  async scanAndSave(file: string, opts: { event?: string; tags?: string[]; allowDuplicate?: boolean } = {}): Promise<ScanOutcome> {
    let result: ScanResult;
    try {
      result = await this.scanner.scanFile(file);
    } catch (e) {
      return { file, ok: false, error: oneLine(e), code: e instanceof AppError ? e.code : 'internal' };
    }
    try {
      const { draft, image, bytes } = result;
      const saved = this.contacts.save(
        {
          fields: draft.fields,
          method: draft.method,
          confidence: draft.confidence,
          sources: draft.sources,
          qrPayload: draft.qrPayload,
          ocrLines: draft.ocrLines,
          tags: opts.tags,
          event: opts.event,
          image: { original: bytes, originalFilename: path.basename(file), mime: image.mime, card: image.card, cardWidth: image.cardWidth, cardHeight: image.cardHeight, thumbnail: image.thumbnail },
        },
        { allowDuplicate: opts.allowDuplicate },
      );
      if (!saved.contact) return { file, ok: true, status: 'duplicate', duplicates: saved.duplicates, result };
      return { file, ok: true, status: 'saved', contact: saved.contact, duplicates: saved.duplicates, result };
    } catch (e) {
      return { file, ok: false, error: `could not save: ${oneLine(e)}`, code: 'internal' };
    }
  }

  async close(): Promise<void> {
    await this.ocrEngine?.close();
    this.db.close();
    this.marker.release();
  }
}
