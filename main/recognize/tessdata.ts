import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { AppError } from '../../shared/errors.js';

const require = createRequire(import.meta.url);

export const SYSTEM_TESSDATA_DIRS = [
  '/usr/share/tesseract-ocr/5/tessdata',
  '/usr/share/tesseract-ocr/4.00/tessdata',
  '/usr/share/tessdata',
  '/usr/local/share/tessdata',
  '/opt/homebrew/share/tessdata',
  'C:\\Program Files\\Tesseract-OCR\\tessdata',
];

export interface TessdataSearch {
  /** The app's own folder (resources/tessdata in a checkout, extraResources when packaged). */
  bundledDir: string;
  /** Per-user folder where a person may drop extra languages. */
  userDir: string;
  /** Where a merged folder is built when languages come from different places. */
  cacheDir: string;
}

interface Found {
  lang: string;
  file: string;
  gz: boolean;
}

function npmDataFile(lang: string): string | null {
  try {
    const pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    for (const sub of ['4.0.0_best_int', '4.0.0']) {
      const f = path.join(pkg, sub, `${lang}.traineddata.gz`);
      if (fs.existsSync(f)) return f;
    }
  } catch {
    // no such data package installed
  }
  return null;
}

/** The folders looked in, in order, for one language (for the error message too). */
export function candidates(lang: string, s: TessdataSearch): string[] {
  const env = process.env.TESSDATA_PREFIX ? [process.env.TESSDATA_PREFIX] : [];
  const list = [path.join(s.bundledDir, `${lang}.traineddata`)];
  const npm = npmDataFile(lang);
  if (npm) list.push(npm);
  for (const d of [...env, ...SYSTEM_TESSDATA_DIRS, s.userDir]) list.push(path.join(d, `${lang}.traineddata`));
  return list;
}

function locate(lang: string, s: TessdataSearch): Found | null {
  for (const file of candidates(lang, s)) {
    if (fs.existsSync(file) && fs.statSync(file).size > 1000) return { lang, file, gz: file.endsWith('.gz') };
    const gz = `${file}.gz`;
    if (!file.endsWith('.gz') && fs.existsSync(gz)) return { lang, file: gz, gz: true };
  }
  return null;
}

/**
 * tesseract.js takes ONE folder holding every language, all gzipped or all plain. Returns
 * such a folder: the languages' own when they sit together uncompressed, otherwise a
 * merged folder of plain copies under cacheDir (built once, reused while sizes match).
 */
export function resolveTessdata(langs: string[], s: TessdataSearch): string {
  const found: Found[] = [];
  const missing: string[] = [];
  for (const lang of langs) {
    const f = locate(lang, s);
    if (f) found.push(f);
    else missing.push(lang);
  }
  if (missing.length) {
    const lang = missing[0]!;
    throw new AppError(
      'missing_language',
      `OCR language data "${lang}" not found (looked in ${[s.bundledDir, 'npm @tesseract.js-data', ...SYSTEM_TESSDATA_DIRS.slice(0, 2), s.userDir].join(', ')}); ` +
        `put ${lang}.traineddata into ${s.userDir}` +
        (lang === 'rus' ? ' or install the Debian package tesseract-ocr-rus' : ''),
      { lang },
    );
  }
  const dirs = new Set(found.map((f) => path.dirname(f.file)));
  if (dirs.size === 1 && found.every((f) => !f.gz)) return [...dirs][0]!;
  fs.mkdirSync(s.cacheDir, { recursive: true });
  for (const f of found) {
    const dest = path.join(s.cacheDir, `${f.lang}.traineddata`);
    const marker = `${dest}.source`;
    const stamp = `${f.file}:${fs.statSync(f.file).size}`;
    if (fs.existsSync(dest) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) continue;
    const data = fs.readFileSync(f.file);
    const tmp = `${dest}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, f.gz ? zlib.gunzipSync(data) : data);
    fs.renameSync(tmp, dest);
    fs.writeFileSync(marker, stamp);
  }
  return s.cacheDir;
}
