/**
 * The one contract between the UI and main. The preload bridge, the IPC binding, the HTTP
 * server and the renderer's client are all derived from this table; nothing is typed twice.
 */
import { z } from 'zod';
import { BoxSchema, ContactFieldsSchema, ContactPatchFieldsSchema, PhoneSchema, RecognitionMethodSchema } from './contact.js';
import { LIMITS, stripNul } from './limits.js';

const TagsSchema = z.array(z.string().transform(stripNul).pipe(z.string().max(LIMITS.tag))).max(LIMITS.tags);
const EventSchema = z.string().transform(stripNul).pipe(z.string().max(LIMITS.event));
const Confidence = z.record(z.string(), z.number());
const Sources = z.record(z.string(), z.array(BoxSchema));

export const OcrLineSchema = z.object({ text: z.string(), confidence: z.number(), box: BoxSchema });

export const DuplicateSchema = z.object({ uid: z.string(), name: z.string(), company: z.string(), reason: z.enum(['email', 'phone', 'person']) });

/** A recognised card waiting for review; `scanId` names it until it is saved or dropped. */
export const DraftSchema = z.object({
  scanId: z.string(),
  file: z.string(),
  method: RecognitionMethodSchema,
  fields: ContactFieldsSchema,
  confidence: Confidence,
  sources: Sources,
  lines: z.array(OcrLineSchema),
  cardUrl: z.string(),
  cardWidth: z.number(),
  cardHeight: z.number(),
  cardQuad: z.array(z.object({ x: z.number(), y: z.number() })).nullable(),
  warnings: z.array(z.string()),
  duplicates: z.array(DuplicateSchema),
  ms: z.number(),
  /** When the scan entered the inbox (ISO). */
  createdAt: z.string().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** A card in the inbox as the queue lists it; the full draft comes from getScan when it is reviewed. */
export const InboxEntrySchema = z.object({ scanId: z.string(), file: z.string(), name: z.string(), company: z.string(), createdAt: z.string() });
export type InboxEntry = z.infer<typeof InboxEntrySchema>;

export const ContactSchema = ContactFieldsSchema.extend({
  uid: z.string(),
  tags: z.array(z.string()),
  event: z.string(),
  recognitionMethod: RecognitionMethodSchema,
  confidence: Confidence,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  serverId: z.number().nullable(),
  objectKey: z.string().nullable(),
  thumbUrl: z.string().nullable(),
  cardUrl: z.string().nullable(),
});
export type ApiContact = z.infer<typeof ContactSchema>;

export const TargetStatusSchema = z.object({
  target: z.enum(['db', 'objects']),
  configured: z.boolean(),
  reachable: z.boolean().nullable(),
  pending: z.number(),
  parked: z.array(z.object({ id: z.number(), uid: z.string(), op: z.string(), error: z.string() })),
  lastError: z.string().nullable(),
  /** 'schema': the server answered but a table in its database is in the way (not an outage). */
  lastErrorKind: z.enum(['transient', 'auth', 'rejected', 'schema']).nullable().optional(),
  lastErrorAt: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  progress: z.object({ done: z.number(), total: z.number(), current: z.string(), rate: z.number() }).nullable(),
});
export type ApiTargetStatus = z.infer<typeof TargetStatusSchema>;

/** `url` without its password; the password is write-only like every secret. */
export const PgFormSchema = z.object({ url: z.string(), password: z.string(), ssl: z.boolean() });
export const S3FormSchema = z.object({
  endPoint: z.string(),
  port: z.number().int().min(0).max(65535).nullable(),
  useSSL: z.boolean(),
  accessKey: z.string(),
  /** Empty on read (secrets never leave main); empty on write keeps the stored one. */
  secretKey: z.string(),
  bucket: z.string(),
  region: z.string(),
});
export const SettingsSchema = z.object({
  event: EventSchema,
  langs: z.array(z.enum(['eng', 'rus'])).min(1),
  defaultCountry: z.string().regex(/^[A-Z]{2}$/),
  uiLanguage: z.enum(['en', 'ru']),
  pg: PgFormSchema.nullable(),
  s3: S3FormSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const ConnectionResultSchema = z.object({
  target: z.enum(['db', 'objects']),
  ok: z.boolean(),
  message: z.string(),
  /** What happened as a code with its values, for the UI to say in its own language. */
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const ContactPatch = ContactPatchFieldsSchema.extend({ tags: TagsSchema.optional(), event: EventSchema.optional() });

/** Every call: its input and output schemas. */
export const API = {
  scanImage: { input: z.object({ name: z.string().max(500), dataBase64: z.string().max(60_000_000) }), output: DraftSchema },
  scanPath: { input: z.object({ path: z.string().max(4096) }), output: DraftSchema },
  dropScan: { input: z.object({ scanId: z.string() }), output: z.object({ ok: z.boolean() }) },
  saveScan: {
    input: z.object({ scanId: z.string(), fields: ContactFieldsSchema, tags: TagsSchema, event: EventSchema, allowDuplicate: z.boolean() }),
    output: z.object({ contact: ContactSchema.nullable(), duplicates: z.array(DuplicateSchema) }),
  },
  listContacts: { input: z.object({ search: z.string().max(200).optional(), event: z.string().optional(), tag: z.string().optional() }), output: z.array(ContactSchema) },
  getContact: { input: z.object({ uid: z.string() }), output: ContactSchema },
  updateContact: { input: z.object({ uid: z.string(), patch: ContactPatch, version: z.number().int() }), output: ContactSchema },
  deleteContact: { input: z.object({ uid: z.string() }), output: z.object({ ok: z.boolean() }) },
  exportContacts: { input: z.object({ format: z.enum(['vcf', 'vcf21', 'csv', 'google-csv', 'outlook-csv']), photo: z.boolean().optional(), event: z.string().optional(), search: z.string().max(200).optional(), tag: z.string().optional() }), output: z.object({ filename: z.string(), mime: z.string(), content: z.string() }) },
  facets: { input: z.object({}), output: z.object({ events: z.array(z.string()), tags: z.array(z.string()), total: z.number().optional() }) },
  /** The inbox: every card recognised and not yet saved, skipped, joined or merged, oldest first. */
  listInbox: { input: z.object({}), output: z.array(InboxEntrySchema) },
  getScan: { input: z.object({ scanId: z.string() }), output: DraftSchema },
  /** Puts a scan into an existing contact: the back side of a card ('joined') or a duplicate chosen field by field ('merged'). */
  mergeScan: {
    input: z.object({ scanId: z.string(), uid: z.string(), fields: ContactFieldsSchema, version: z.number().int(), how: z.enum(['joined', 'merged']), tags: z.array(z.string().max(100)).max(50).optional(), event: z.string().max(200).optional() }),
    output: ContactSchema,
  },
  /** Takes back a save, join or merge: the scan is in the inbox again. */
  undoScan: { input: z.object({ scanId: z.string() }), output: z.object({ ok: z.boolean() }) },
  syncStatus: { input: z.object({}), output: z.array(TargetStatusSchema) },
  /** Versions, paths, settings with their sources, servers asked now, last log lines: no secret in it. */
  diagnostics: { input: z.object({}), output: z.object({ text: z.string() }) },
  /** Where passwords are kept; `warning` when they are not encrypted (no keychain on this machine). */
  secretStorage: { input: z.object({}), output: z.object({ kind: z.enum(['keychain', 'file']), encrypted: z.boolean(), warning: z.string().nullable() }) },
  /** This desk's id and the human-readable name the server shows beside it (default: the host name; blank resets it). */
  getDesk: { input: z.object({}), output: z.object({ id: z.string(), name: z.string() }) },
  setDeskName: { input: z.object({ name: z.string().max(100) }), output: z.object({ id: z.string(), name: z.string() }) },
  syncNow: { input: z.object({}), output: z.object({ ok: z.boolean() }) },
  retryParked: { input: z.object({ target: z.enum(['db', 'objects']).optional() }), output: z.object({ count: z.number() }) },
  getSettings: { input: z.object({}), output: SettingsSchema },
  saveSettings: { input: SettingsSchema, output: SettingsSchema },
  testConnection: { input: z.object({ pg: PgFormSchema.nullable(), s3: S3FormSchema.nullable() }), output: z.array(ConnectionResultSchema) },
} as const;

export type ApiName = keyof typeof API;
export type ApiInput<K extends ApiName> = z.input<(typeof API)[K]['input']>;
export type ApiOutput<K extends ApiName> = z.output<(typeof API)[K]['output']>;

export const ApiErrorSchema = z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type ApiError = z.infer<typeof ApiErrorSchema>;
/** What crosses the boundary: a value or a typed error, never a stack trace. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The shape the preload exposes as `window.bizcard` and the HTTP client mimics. */
export interface Bridge {
  call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  /** Electron only: native pickers hand back paths for scanPath. */
  pickFiles?(opts: { folders: boolean }): Promise<string[]>;
}

export const API_NAMES = Object.keys(API) as ApiName[];
export { PhoneSchema };
