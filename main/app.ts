import path from 'node:path';
import { defaultDataDir, bundledTessdata } from './paths.js';
import { resolveTessdata } from './recognize/tessdata.js';
import { TesseractPool } from './recognize/ocr-pool.js';

export const DEFAULT_LANGS = ['eng', 'rus'];

/** The OCR engine, with language data resolved from the app, npm, the system or the user. */
export function createOcr(opts: { langs?: string[]; dataDir?: string; size?: number } = {}): TesseractPool {
  const dataDir = opts.dataDir ?? defaultDataDir();
  const langs = opts.langs ?? DEFAULT_LANGS;
  const langPath = resolveTessdata(langs, {
    bundledDir: bundledTessdata(),
    userDir: path.join(dataDir, 'tessdata'),
    cacheDir: path.join(dataDir, 'cache', 'tessdata'),
  });
  return new TesseractPool({ langs, langPath, size: opts.size });
}
