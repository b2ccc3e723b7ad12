import path from 'node:path';
import { ZodError, type z } from 'zod';
import { API, type ApiInput, type ApiName, type ApiOutput, type ApiResult, type ApiContact, type Draft } from '../shared/api.js';
import type { SavedContact } from '../shared/contact.js';
import { AppError, oneLine } from '../shared/errors.js';
import type { BizcardApp } from './app.js';
import { cardPhotos, EXPORT_EXT, EXPORT_MIME, renderExport } from './export/export.js';
import { deskName, setDeskName } from './store/desk.js';
import type { ScanResult } from './recognize/scanner.js';
import type { InboxItem } from './store/inbox.js';
import type { SettingsService } from './settings.js';
import { silentLog, type Logger } from './log.js';
import { diagnosticsText } from './diagnostics.js';
import type { SyncController } from './sync/controller.js';
import { MinioObjectStore } from './sync/object-store.js';
import { PgRemoteDb } from './sync/remote-db.js';
import { parseSettings } from './sync/settings.js';

type Handlers = { [K in ApiName]: (input: z.output<(typeof API)[K]['input']>) => Promise<ApiOutput<K>> };

const MAX_CACHED_THUMBS = 5000;
const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString('base64')}`;

/** The API's implementation over the app's services; every front end dispatches through here. */
export class ApiHandlers {
  /** Thumbnails are named by content hash and never change: read each once. */
  private readonly thumbs = new Map<string, string>();

  constructor(
    private readonly app: BizcardApp,
    private readonly settings: SettingsService,
    private readonly sync: SyncController,
    private readonly log: Logger = silentLog,
  ) {
    // Saves, joins and merges of an earlier run are past undoing now.
    app.inbox.purgeDone();
  }

  /** A card from the inbox as the review screen shows it; the card image is read from disk. */
  private draft(it: InboxItem): Draft {
    const d = it.draft;
    let cardUrl = '';
    try {
      cardUrl = dataUrl('image/jpeg', this.app.contacts.images.read(it.files.cardFile));
    } catch {
      // a card file lost on disk still leaves the fields to review
    }
    return {
      scanId: it.scanId,
      file: it.file,
      method: d.method,
      fields: d.fields,
      confidence: d.confidence as Record<string, number>,
      sources: d.sources as Record<string, { x: number; y: number; w: number; h: number }[]>,
      lines: d.ocrLines.map((l) => ({ text: l.text, confidence: l.confidence, box: l.box })),
      cardUrl,
      cardWidth: it.cardWidth,
      cardHeight: it.cardHeight,
      cardQuad: it.cardQuad,
      warnings: it.warnings,
      duplicates: this.app.contacts.findDuplicates(d.fields),
      ms: it.ms,
      createdAt: it.createdAt,
    };
  }

  /** Recognised, then kept in the inbox at once: nothing waits for review in memory only. */
  private intoInbox(r: ScanResult): Draft {
    return this.draft(this.app.inbox.add(r));
  }

  private contact(c: SavedContact, withCard = false): ApiContact {
    const img = this.app.contacts.imageOf(c.uid);
    const read = (rel: string) => {
      try {
        return dataUrl('image/jpeg', this.app.contacts.images.read(rel));
      } catch {
        return null;
      }
    };
    const thumb = (rel: string) => {
      const cached = this.thumbs.get(rel);
      if (cached) return cached;
      const url = read(rel);
      if (this.thumbs.size >= MAX_CACHED_THUMBS) this.thumbs.delete(this.thumbs.keys().next().value!);
      if (url) this.thumbs.set(rel, url);
      return url;
    };
    return {
      ...c,
      confidence: c.confidence as Record<string, number>,
      thumbUrl: img ? thumb(img.thumbFile) : null,
      cardUrl: img && withCard ? read(img.cardFile) : null,
    };
  }

  private deskId(): string {
    return (this.app.db.prepare(`SELECT value FROM meta WHERE key = 'desk_id'`).get() as { value: string }).value;
  }

  readonly handlers: Handlers = {
    scanImage: async ({ name, dataBase64 }) => this.intoInbox(await this.app.scanner.scanBytes(Buffer.from(dataBase64, 'base64'), path.basename(name))),
    scanPath: async ({ path: p }) => this.intoInbox(await this.app.scanner.scanFile(p)),
    dropScan: async ({ scanId }) => ({ ok: this.app.inbox.drop(scanId) }),
    saveScan: async ({ scanId, fields, tags, event, allowDuplicate }) => {
      const res = this.app.inbox.save(scanId, { fields, tags, event, allowDuplicate });
      if (res.contact) this.sync.poke();
      return { contact: res.contact && this.contact(res.contact), duplicates: res.duplicates };
    },
    listInbox: async () =>
      this.app.inbox.pending().map((it) => ({ scanId: it.scanId, file: it.file, name: it.draft.fields.name, company: it.draft.fields.company, createdAt: it.createdAt })),
    getScan: async ({ scanId }) => {
      const it = this.app.inbox.get(scanId);
      if (!it || it.state !== 'pending') throw new AppError('not_found', `no scan ${scanId} waiting for review`);
      return this.draft(it);
    },
    mergeScan: async ({ scanId, uid, fields, version, how, tags, event }) => {
      const c = this.app.inbox.mergeInto(scanId, uid, fields, version, how, { tags, event });
      this.sync.poke();
      return this.contact(c, true);
    },
    undoScan: async ({ scanId }) => {
      this.app.inbox.undo(scanId);
      this.sync.poke();
      return { ok: true };
    },
    listContacts: async (q) => this.app.contacts.list(q).map((c) => this.contact(c)),
    getContact: async ({ uid }) => {
      const c = this.app.contacts.get(uid);
      if (!c) throw new AppError('not_found', `no contact with uid ${uid}`);
      return this.contact(c, true);
    },
    updateContact: async ({ uid, patch, version }) => {
      const c = this.app.contacts.update(uid, patch, version);
      this.sync.poke();
      return this.contact(c, true);
    },
    deleteContact: async ({ uid }) => {
      this.app.contacts.delete(uid);
      this.sync.poke();
      return { ok: true };
    },
    exportContacts: async ({ format, event, search, tag, photo }) => {
      // What the list shows is what is exported: the same query, oldest first.
      const list = this.app.contacts.list({ event, search, tag }).reverse();
      const stamp = new Date().toISOString().slice(0, 10);
      return { filename: `contacts-${stamp}.${EXPORT_EXT[format]}`, mime: EXPORT_MIME[format], content: renderExport(format, list, photo === false || !format.startsWith('vcf') ? undefined : await cardPhotos(this.app.contacts, list)) };
    },
    facets: async () => {
      const events = this.app.db.prepare(`SELECT DISTINCT event FROM contacts WHERE deleted_at IS NULL AND event != '' ORDER BY event`).all() as { event: string }[];
      const tags = this.app.db.prepare(`SELECT DISTINCT j.value AS tag FROM contacts, json_each(contacts.tags) j WHERE deleted_at IS NULL ORDER BY 1`).all() as { tag: string }[];
      return { events: events.map((e) => e.event), tags: tags.map((t) => t.tag), total: this.app.contacts.count() };
    },
    syncStatus: async () => this.sync.status(),
    diagnostics: async () => ({ text: await diagnosticsText(this.app, this.settings, this.sync.status()) }),
    secretStorage: async () => {
      const { kind, encrypted, warning } = this.settings.secretStorage;
      return { kind, encrypted, warning };
    },
    getDesk: async () => ({ id: this.deskId(), name: deskName(this.app.db) }),
    setDeskName: async ({ name }) => {
      const saved = setDeskName(this.app.db, name);
      return { id: this.deskId(), name: saved };
    },
    syncNow: async () => {
      this.sync.poke();
      return { ok: true };
    },
    retryParked: async ({ target }) => ({ count: this.sync.retryParked(target) }),
    getSettings: async () => this.settings.get(),
    saveSettings: async (s) => {
      const saved = this.settings.save(s);
      await this.sync.restart();
      return saved;
    },
    testConnection: async ({ pg, s3 }) => {
      const out: ApiOutput<'testConnection'> = [];
      const withheld = this.settings.withheld(pg, s3);
      const typeIt = (host: string | null, what: string) => (host ? ` (the saved ${what} is for ${host} and is never sent elsewhere: type this server's ${what})` : '');
      let parsed;
      try {
        parsed = parseSettings(this.settings.withSecrets(pg, s3));
      } catch (e) {
        const hint = typeIt(withheld.db ?? withheld.objects, withheld.db ? 'password' : 'secret key');
        return [{ target: pg ? 'db' : 'objects', ok: false, message: `${oneLine(e)}${hint}`, code: 'bad_setting', params: { detail: oneLine(e), ...(withheld.db ?? withheld.objects ? { savedFor: (withheld.db ?? withheld.objects)! } : {}) } }];
      }
      if (parsed.pg) {
        const db = new PgRemoteDb(parsed.pg);
        try {
          await db.ping();
          out.push({ target: 'db', ok: true, message: 'PostgreSQL: connected', code: 'connected', params: {} });
        } catch (e) {
          const f = explainFailure(e);
          out.push({ target: 'db', ok: false, message: `PostgreSQL: ${f.text}${typeIt(withheld.db, 'password')}`, code: f.code, params: { detail: f.detail, ...(withheld.db ? { savedFor: withheld.db } : {}) } });
        } finally {
          await db.close().catch(() => {});
        }
      }
      if (parsed.s3) {
        const store = new MinioObjectStore(parsed.s3);
        try {
          const exists = await store.client.bucketExists(parsed.s3.bucket);
          out.push({
            target: 'objects',
            ok: true,
            message: `Object store: connected, bucket "${parsed.s3.bucket}" ${exists ? 'exists' : 'will be created'}`,
            code: exists ? 'bucket_exists' : 'bucket_created_later',
            params: { bucket: parsed.s3.bucket },
          });
        } catch (e) {
          const f = explainFailure(e);
          out.push({ target: 'objects', ok: false, message: `Object store: ${f.text}${typeIt(withheld.objects, 'secret key')}`, code: f.code, params: { detail: f.detail, ...(withheld.objects ? { savedFor: withheld.objects } : {}) } });
        }
      }
      return out;
    },
  };

  /** Validates the input, runs the call, validates the output; errors come back typed, one line, no stack. */
  async dispatch(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!Object.hasOwn(API, name)) return { ok: false, error: { code: 'invalid_input', message: `unknown call "${name}"` } };
    const key = name as ApiName;
    try {
      const parsed = API[key].input.parse(input ?? {});
      const value = await (this.handlers[key] as (i: unknown) => Promise<unknown>)(parsed);
      return { ok: true, value: API[key].output.parse(value) };
    } catch (e) {
      if (e instanceof ZodError) {
        const i = e.issues[0]!;
        return { ok: false, error: { code: 'invalid_input', message: `${name}: ${i.path.join('.') || 'input'} ${i.message}` } };
      }
      if (e instanceof AppError) {
        this.log.warn({ call: name, code: e.code, error: e.message }, 'call refused');
        return { ok: false, error: { code: e.code, message: e.message, ...(e.detail ? { params: plainParams(e.detail) } : {}) } };
      }
      this.log.error({ call: name, err: e }, 'call failed');
      return { ok: false, error: { code: 'internal', message: oneLine(e) } };
    }
  }

  /** For the tests and the CLI: a typed call that throws the typed error. */
  async call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
    const r = await this.dispatch(name, input);
    if (!r.ok) throw new AppError(r.error.code as never, r.error.message);
    return r.value as ApiOutput<K>;
  }
}

/** An error's values as strings and numbers, for the UI to put into its own sentence. */
function plainParams(detail: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(detail)) out[k] = typeof v === 'number' ? v : String(v);
  return out;
}

/** What failed, in words a person can act on, and as a code the UI says in its own language. */
export function explainFailure(e: unknown): { code: string; text: string; detail: string } {
  const err = e as { code?: string; message?: string };
  const m = oneLine(e);
  if (err.code === 'ECONNREFUSED') return { code: 'refused', text: `nothing listens at that address (${m})`, detail: m };
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return { code: 'host_not_found', text: `host not found (${m})`, detail: m };
  if (err.code === '28P01') return { code: 'bad_password', text: 'wrong user name or password', detail: m };
  if (err.code === '3D000') return { code: 'no_database', text: `database does not exist (${m})`, detail: m };
  if (err.code === 'SignatureDoesNotMatch') return { code: 'wrong_secret', text: 'wrong secret key', detail: m };
  if (err.code === 'InvalidAccessKeyId') return { code: 'unknown_key', text: 'unknown access key', detail: m };
  if (err.code === 'AccessDenied') return { code: 'access_denied', text: 'access denied: wrong secret key, or this key may not use the bucket', detail: m };
  return { code: 'other', text: m, detail: m };
}
