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

/** Card images bigger than this go as their thumbnail: a contact photo is a picture, not an archive. */
const MAX_PHOTO_BYTES = 512 * 1024;

/** Reads each contact's card image (the upright, cropped JPEG) for PHOTO; a missing file means no photo, not a failed export. */
export function cardPhotos(store: {
  imageOf(uid: string): { cardFile: string; thumbFile: string } | null;
  images: { read(rel: string): Buffer };
}): PhotoOf {
  return (c) => {
    const img = store.imageOf(c.uid);
    if (!img) return null;
    for (const rel of [img.cardFile, img.thumbFile]) {
      try {
        const bytes = store.images.read(rel);
        if (bytes.length <= MAX_PHOTO_BYTES) return { mime: 'image/jpeg', bytes };
      } catch {
        // removed or unreadable: try the thumbnail, else no photo
      }
    }
    return null;
  };
}
