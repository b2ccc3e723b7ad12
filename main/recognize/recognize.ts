import type { ContactFields, DraftContact, FieldConfidence, FieldName } from '../../shared/contact.js';
import type { CapturedImage } from '../capture/capture.js';
import { extractFields } from './extract/fields.js';
import { guessCountry } from './extract/phones.js';
import type { OcrEngine } from './ocr-pool.js';
import { decodeQr } from './qr.js';
import { parsePayload } from './vcard.js';

export interface RecognizeOptions {
  defaultCountry?: string;
}

/** A QR vCard that names the person and a way to reach them needs no OCR. */
function qrIsEnough(f: ContactFields): boolean {
  return !!f.name && (f.phones.length > 0 || f.emails.length > 0) && !!f.company;
}

const QR_FIELDS: FieldName[] = ['name', 'title', 'company', 'department', 'phones', 'emails', 'websites', 'address'];

function hasValue(f: ContactFields, k: FieldName): boolean {
  const v = f[k];
  return Array.isArray(v) ? v.length > 0 : !!v;
}

/** QR first; OCR when there is no QR or it lacks fields. QR values win: they are exact. */
export async function recognize(img: CapturedImage, ocr: OcrEngine, opts: RecognizeOptions = {}): Promise<DraftContact> {
  const payload = (await decodeQr(img.card)) ?? (img.cardQuad ? null : await decodeQr(img.ocr));
  const country = opts.defaultCountry ?? 'US';
  const qr = payload ? parsePayload(payload, guessCountry(payload, country)) : null;
  const qrUseful = qr && qr.kind !== 'text';
  if (qr && qrUseful && qrIsEnough(qr.fields)) {
    const confidence: FieldConfidence = {};
    for (const k of QR_FIELDS) if (hasValue(qr.fields, k)) confidence[k] = 1;
    return { fields: qr.fields, confidence, sources: {}, method: 'qr', qrPayload: payload, ocrLines: [] };
  }
  const lines = await ocr.recognize(img.ocr);
  const ex = extractFields(lines, { defaultCountry: country });
  if (!qr || !qrUseful) return { ...ex, method: 'ocr', qrPayload: payload, ocrLines: lines };
  const fields = { ...ex.fields };
  const confidence = { ...ex.confidence };
  const sources = { ...ex.sources };
  for (const k of QR_FIELDS) {
    if (!hasValue(qr.fields, k)) continue;
    (fields as Record<string, unknown>)[k] = qr.fields[k];
    confidence[k] = 1;
    delete sources[k];
  }
  if (qr.fields.name) Object.assign(fields, { givenName: qr.fields.givenName, middleName: qr.fields.middleName, familyName: qr.fields.familyName });
  return { fields, confidence, sources, method: 'qr+ocr', qrPayload: payload, ocrLines: lines };
}
