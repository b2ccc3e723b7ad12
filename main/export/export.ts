import sharp from 'sharp';
import type { SavedContact } from '../../shared/contact.js';
import { toCsv, toGoogleCsv, toOutlookCsv } from './csv.js';
import { oneLineText } from './text.js';
import { displayName, toVCard21, toVCard30, type VCardOptions } from './vcard-writer.js';

export const EXPORT_FORMATS = ['vcf', 'vcf21', 'csv', 'google-csv', 'outlook-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The card image of a contact, for PHOTO; null when it has none (or photos are off). */
export type PhotoOf = (c: SavedContact) => VCardOptions['photo'];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  vcf: 'text/vcard',
  vcf21: 'text/x-vcard',
  csv: 'text/csv',
  'google-csv': 'text/csv',
  'outlook-csv': 'text/csv',
};

export const EXPORT_EXT: Record<ExportFormat, string> = { vcf: 'vcf', vcf21: 'vcf', csv: 'csv', 'google-csv': 'csv', 'outlook-csv': 'csv' };

function vcard(format: 'vcf' | 'vcf21', c: SavedContact, photoOf?: PhotoOf): string {
  const opts: VCardOptions = { photo: photoOf?.(c) ?? null };
  return format === 'vcf21' ? toVCard21(c, opts) : toVCard30(c, opts);
}

/** The whole export as one text (one multi-card .vcf, or one CSV). */
export function renderExport(format: ExportFormat, contacts: SavedContact[], photoOf?: PhotoOf): string {
  switch (format) {
    case 'csv':
      return toCsv(contacts);
    case 'google-csv':
      return toGoogleCsv(contacts);
    case 'outlook-csv':
      return toOutlookCsv(contacts);
    default:
      return contacts.map((c) => vcard(format, c, photoOf)).join('');
  }
}

/**
 * One .vcf per contact, for Outlook classic (it reads only the first card of a file).
 * Names are numbered (unique, in export order) and carry the contact's name with only
 * letters, digits, spaces, dots, dashes and underscores, so they are safe on every file
 * system and inside a zip.
 */
export function vcardFiles(format: 'vcf' | 'vcf21', contacts: SavedContact[], photoOf?: PhotoOf): { name: string; content: string }[] {
  const width = Math.max(3, String(contacts.length).length);
  return contacts.map((c, i) => {
    const stem = oneLineText(displayName(c))
      .replace(/[^\p{L}\p{N} ._-]+/gu, '_')
      .replace(/^[ ._-]+|[ ._-]+$/g, '')
      .slice(0, 60);
    return { name: `${String(i + 1).padStart(width, '0')}-${stem || 'contact'}.vcf`, content: vcard(format, c, photoOf) };
  });
}

/** The long side of a PHOTO: readable card text, tens of kilobytes, not the full scan. */
const PHOTO_LONG_SIDE = 800;

type PhotoSource = {
  imageOf(uid: string): { cardFile: string; thumbFile: string } | null;
  images: { read(rel: string): Buffer };
};

/**
 * Each contact's card image (the upright, cropped card) scaled down for PHOTO, read before
 * the export is written (sharp works off the event loop, a few at a time). A missing or
 * unreadable file falls back to the thumbnail, else no photo: never a failed export.
 */
export async function cardPhotos(store: PhotoSource, contacts: SavedContact[], concurrency = 4): Promise<PhotoOf> {
  const photos = new Map<string, Buffer>();
  let next = 0;
  const worker = async () => {
    while (next < contacts.length) {
      const c = contacts[next++]!;
      const img = store.imageOf(c.uid);
      if (!img) continue;
      try {
        photos.set(c.uid, await sharp(store.images.read(img.cardFile)).resize(PHOTO_LONG_SIDE, PHOTO_LONG_SIDE, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer());
      } catch {
        try {
          photos.set(c.uid, store.images.read(img.thumbFile));
        } catch {
          // no photo for this one
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (c) => {
    const bytes = photos.get(c.uid);
    return bytes ? { mime: 'image/jpeg', bytes } : null;
  };
}
