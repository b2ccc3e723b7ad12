import { z } from 'zod';

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

export const PhoneSchema = z.object({
  /** E.164 when the number could be parsed, else the text as read. */
  value: z.string().min(1).max(64),
  kind: PhoneKindSchema,
  ext: z.string().max(16).optional(),
});
export type Phone = z.infer<typeof PhoneSchema>;

export const RecognitionMethodSchema = z.enum(['qr', 'ocr', 'qr+ocr', 'manual']);
export type RecognitionMethod = z.infer<typeof RecognitionMethodSchema>;

/** The fields a person reviews; every one may be empty. */
export const ContactFieldsSchema = z.object({
  name: z.string().max(300).default(''),
  givenName: z.string().max(200).default(''),
  middleName: z.string().max(200).default(''),
  familyName: z.string().max(200).default(''),
  title: z.string().max(300).default(''),
  company: z.string().max(300).default(''),
  department: z.string().max(300).default(''),
  phones: z.array(PhoneSchema).max(20).default([]),
  emails: z.array(z.string().max(320)).max(20).default([]),
  websites: z.array(z.string().max(500)).max(20).default([]),
  address: z.string().max(1000).default(''),
  notes: z.string().max(10000).default(''),
});
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
