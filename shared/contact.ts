import { z } from 'zod';
import { LIMITS, stripNul } from './limits.js';

/** A rectangle in the pixel space of the prepared (upright, cropped) card image. */
export const BoxSchema = z.object({
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
});
export type Box = z.infer<typeof BoxSchema>;

export const PhoneKindSchema = z.enum(['work', 'mobile', 'fax', 'other']);
export type PhoneKind = z.infer<typeof PhoneKindSchema>;

/** A string limited to `max` characters with NUL bytes dropped (see shared/limits.ts). */
const text = (max: number) => z.string().transform(stripNul).pipe(z.string().max(max));

export const PhoneSchema = z.object({
  /** E.164 when the number could be parsed, else the text as read. */
  value: z.string().transform(stripNul).pipe(z.string().min(1).max(LIMITS.phone)),
  kind: PhoneKindSchema,
  ext: text(LIMITS.ext).optional(),
});
export type Phone = z.infer<typeof PhoneSchema>;

export const RecognitionMethodSchema = z.enum(['qr', 'ocr', 'qr+ocr', 'manual']);
export type RecognitionMethod = z.infer<typeof RecognitionMethodSchema>;

/**
 * Each field's type without a default. Patches are built from these: zod 4's `.partial()`
 * keeps each field's `.default()`, so a partial schema over the defaulted one fills every
 * field a patch leaves out with '' or [] and erases it.
 */
export const CONTACT_FIELD_TYPES = {
  name: text(LIMITS.name),
  givenName: text(LIMITS.givenName),
  middleName: text(LIMITS.middleName),
  familyName: text(LIMITS.familyName),
  title: text(LIMITS.title),
  company: text(LIMITS.company),
  department: text(LIMITS.department),
  phones: z.array(PhoneSchema).max(LIMITS.listItems),
  emails: z.array(text(LIMITS.email)).max(LIMITS.listItems),
  websites: z.array(text(LIMITS.website)).max(LIMITS.listItems),
  address: text(LIMITS.address),
  notes: text(LIMITS.notes),
};

/** The fields a person reviews; every one may be empty. */
export const ContactFieldsSchema = z.object({
  name: CONTACT_FIELD_TYPES.name.default(''),
  givenName: CONTACT_FIELD_TYPES.givenName.default(''),
  middleName: CONTACT_FIELD_TYPES.middleName.default(''),
  familyName: CONTACT_FIELD_TYPES.familyName.default(''),
  title: CONTACT_FIELD_TYPES.title.default(''),
  company: CONTACT_FIELD_TYPES.company.default(''),
  department: CONTACT_FIELD_TYPES.department.default(''),
  phones: CONTACT_FIELD_TYPES.phones.default([]),
  emails: CONTACT_FIELD_TYPES.emails.default([]),
  websites: CONTACT_FIELD_TYPES.websites.default([]),
  address: CONTACT_FIELD_TYPES.address.default(''),
  notes: CONTACT_FIELD_TYPES.notes.default(''),
});
/** An edit: only the fields it names change; nothing has a default. */
export const ContactPatchFieldsSchema = z.object(CONTACT_FIELD_TYPES).partial();
export type ContactFields = z.infer<typeof ContactFieldsSchema>;

export const FIELD_NAMES = [
  'name',
  'title',
  'company',
  'department',
  'phones',
  'emails',
  'websites',
  'address',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** 0..1 per field; a field at or above SURE_CONFIDENCE is claimed to be right. */
export type FieldConfidence = Partial<Record<FieldName, number>>;
export type FieldSources = Partial<Record<FieldName, Box[]>>;
export const SURE_CONFIDENCE = 0.9;

export function emptyFields(): ContactFields {
  return ContactFieldsSchema.parse({});
}

export interface OcrWord {
  text: string;
  confidence: number;
  box: Box;
}
export interface OcrLine {
  text: string;
  confidence: number;
  box: Box;
  words: OcrWord[];
}

/** What recognition proposes before a person has looked at it. */
export interface DraftContact {
  fields: ContactFields;
  confidence: FieldConfidence;
  sources: FieldSources;
  method: Exclude<RecognitionMethod, 'manual'>;
  qrPayload: string | null;
  ocrLines: OcrLine[];
  /** Fields nearly every card shows that recognition did not find: a person should look. */
  missing?: FieldName[];
  /** Contact fields whose every value is a repair of a misreading, not what OCR read: never sure. */
  repaired?: FieldName[];
}

export interface SavedContact extends ContactFields {
  uid: string;
  tags: string[];
  event: string;
  recognitionMethod: RecognitionMethod;
  confidence: FieldConfidence;
  imageHash: string | null;
  qrPayload: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  serverId: number | null;
  objectKey: string | null;
}
