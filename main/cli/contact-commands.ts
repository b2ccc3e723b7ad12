import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { AppError } from '../../shared/errors.js';
import type { BizcardApp } from '../app.js';
import type { Command } from '../cli.js';
import { openApp } from '../cli.js';
import { cardPhotos, EXPORT_FORMATS, isExportFormat, renderExport, vcardFiles } from '../export/export.js';
import { zip } from '../export/zip.js';
import { deskName, setDeskName } from '../store/desk.js';
import { MERGE_FIELDS, mergeContacts, type MergeField, type MergeTake } from '../store/merge.js';
import { PhoneKindSchema, type ContactFields, type Phone, type SavedContact } from '../../shared/contact.js';
import { safe as forTerminal } from './terminal.js';

const COMMON = { 'data-dir': { type: 'string' }, country: { type: 'string' }, langs: { type: 'string' } } as const;
/** The filters `list` takes; `export` takes the same and asks the store the same question. */
const FILTERS = { search: { type: 'string' }, event: { type: 'string' }, tag: { type: 'string' } } as const;

type Patch = Partial<ContactFields> & { tags?: string[]; event?: string };
type ListKey = 'phones' | 'emails' | 'websites' | 'tags';

/** `--set` keys people type (given-name, given_name, givenName all work) to the field they mean. */
const SCALAR_KEYS: Record<string, keyof ContactFields | 'event'> = {
  name: 'name',
  givenname: 'givenName',
  middlename: 'middleName',
  familyname: 'familyName',
  title: 'title',
  company: 'company',
  department: 'department',
  address: 'address',
  notes: 'notes',
  event: 'event',
};
const LIST_KEYS: Record<string, ListKey> = { phone: 'phones', phones: 'phones', email: 'emails', emails: 'emails', website: 'websites', websites: 'websites', url: 'websites', tag: 'tags', tags: 'tags' };
const normKey = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');

/** "work:+1 415 555 0132 ext. 12" (kind optional, default work) as a phone. */
function parsePhone(text: string): Phone {
  const m = text.trim().match(/^(?:(\w+):\s*)?(.+?)(?:\s*(?:ext\.?|x|доб\.?)\s*(\d+))?$/i);
  const kind = PhoneKindSchema.safeParse((m?.[1] ?? 'work').toLowerCase());
  if (!m || !kind.success) throw new AppError('invalid_input', `phone "${text}": write [work|mobile|fax|other:]NUMBER [ext. N]`);
  return { value: m[2]!.trim(), kind: kind.data, ...(m[3] ? { ext: m[3] } : {}) };
}

function splitAssignment(opt: string, s: string): [string, string] {
  const i = s.indexOf('=');
  if (i <= 0) throw new AppError('invalid_input', `${opt} ${s}: write FIELD=VALUE`);
  return [s.slice(0, i), s.slice(i + 1)];
}

/** Builds an edit from --set / --add / --remove, each naming a field; unknown fields are an error naming them. */
export function buildPatch(cur: SavedContact, sets: string[], adds: string[], removes: string[]): Patch {
  const patch: Patch = {};
  const lists: Record<ListKey, unknown[]> = { phones: [...cur.phones], emails: [...cur.emails], websites: [...cur.websites], tags: [...cur.tags] };
  const touched = new Set<ListKey>();
  const item = (key: ListKey, v: string): unknown => (key === 'phones' ? parsePhone(v) : key === 'emails' ? v.trim().toLowerCase() : v.trim());
  const same = (key: ListKey, x: unknown, y: unknown) => (key === 'phones' ? (x as Phone).value === (y as Phone).value : String(x).toLowerCase() === String(y).toLowerCase());
  const unknown = (opt: string, k: string) =>
    new AppError('invalid_input', `${opt} ${k}: no such field (one of ${[...Object.keys(SCALAR_KEYS), 'phones', 'emails', 'websites', 'tags'].join(', ')})`);
  for (const s of sets) {
    const [k, v] = splitAssignment('--set', s);
    const scalar = SCALAR_KEYS[normKey(k)];
    const list = LIST_KEYS[normKey(k)];
    if (scalar) (patch as Record<string, unknown>)[scalar] = v.replace(/\\n/g, '\n');
    else if (list) {
      lists[list] = v.trim() ? v.split(/\s*[,;]\s*/).filter(Boolean).map((x) => item(list, x)) : [];
      touched.add(list);
    } else throw unknown('--set', k);
  }
  for (const [opt, values] of [['--add', adds], ['--remove', removes]] as const)
    for (const s of values) {
      const [k, v] = splitAssignment(opt, s);
      const list = LIST_KEYS[normKey(k)];
      if (!list) throw unknown(opt, `${k} (only lists take ${opt}: phone, email, website, tag)`);
      const x = item(list, v);
      lists[list] = opt === '--add' ? [...lists[list].filter((y) => !same(list, x, y)), x] : lists[list].filter((y) => !same(list, x, y));
      touched.add(list);
    }
  for (const k of touched) (patch as Record<string, unknown>)[k] = lists[k];
  return patch;
}

/** A value the contact schema refuses, as one line naming the field ("title: Too big: ..."), not zod's JSON. */
function withFieldErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ZodError) {
      const i = e.issues[0]!;
      throw new AppError('invalid_input', `${i.path.join('.') || 'value'}: ${i.message}`);
    }
    throw e;
  }
}

function line(c: SavedContact): string {
  return `${c.uid.slice(0, 13)}  ${forTerminal(c.name || c.company || c.emails[0] || '(no name)')}`;
}

/**
 * Runs `change` on each contact named by a uid or a unique prefix, in one opening of the
 * store. A name that matches nothing, or a change the store refuses, is one line naming it,
 * and the other contacts go on; the exit code is 1 when any failed.
 */
async function eachNamedContact(values: Parameters<typeof openApp>[0], names: string[], err: (line: string) => void, change: (app: BizcardApp, uid: string) => void): Promise<number> {
  const app = openApp(values);
  let failed = 0;
  try {
    for (const name of names) {
      try {
        change(app, app.contacts.resolveUid(name));
      } catch (e) {
        failed++;
        err(`${forTerminal(name)}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    await app.close();
  }
  return failed ? 1 : 0;
}

export function registerContactCommands(commands: Map<string, Command>): void {
  commands.set('edit', async ({ args, out }) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...COMMON, set: { type: 'string', multiple: true }, add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    });
    if (positionals.length !== 1) throw new AppError('invalid_input', 'edit: name one contact uid (or a unique prefix)');
    if (!values.set?.length && !values.add?.length && !values.remove?.length) throw new AppError('invalid_input', 'edit: nothing to change (use --set FIELD=VALUE, --add or --remove)');
    const app = openApp(values);
    try {
      const uid = app.contacts.resolveUid(positionals[0]!);
      const cur = app.contacts.get(uid)!;
      const patch = buildPatch(cur, values.set ?? [], values.add ?? [], values.remove ?? []);
      // The version read above guards against an edit made meanwhile (by the app, say).
      const c = withFieldErrors(() => app.contacts.update(uid, patch, cur.version));
      if (values.json) out(JSON.stringify(c));
      else out(`updated ${line(c)} (version ${c.version}): ${Object.keys(patch).join(', ')}`);
    } finally {
      await app.close();
    }
    return 0;
  });

  commands.set('delete', async ({ args, out, err }) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...COMMON } });
    if (!positionals.length) throw new AppError('invalid_input', 'delete: name contact uids (or unique prefixes)');
    return eachNamedContact(values, positionals, err, (app, uid) => {
      const c = app.contacts.get(uid)!;
      app.contacts.delete(uid);
      out(`deleted ${line(c)} (the server gets it as a tombstone at the next sync)`);
    });
  });

  commands.set('tag', async ({ args, out, err }) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...COMMON, add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true } } });
    if (!positionals.length || (!values.add?.length && !values.remove?.length)) throw new AppError('invalid_input', 'tag: name contact uids and --add TAG and/or --remove TAG');
    const drop = new Set(values.remove ?? []);
    return eachNamedContact(values, positionals, err, (app, uid) => {
      const cur = app.contacts.get(uid)!;
      const tags = [...cur.tags.filter((t) => !drop.has(t)), ...(values.add ?? []).map((t) => t.trim()).filter((t) => t && !cur.tags.includes(t))];
      const c = withFieldErrors(() => app.contacts.update(uid, { tags }, cur.version));
      out(`${line(c)}  tags: ${c.tags.map(forTerminal).join(', ') || '(none)'}`);
    });
  });

  commands.set('merge', async ({ args, out }) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...COMMON, prefer: { type: 'string' }, take: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    });
    if (positionals.length !== 2) throw new AppError('invalid_input', 'merge: name two contacts, A (kept) and B (merged into A)');
    const prefer = values.prefer ?? 'a';
    if (prefer !== 'a' && prefer !== 'b') throw new AppError('invalid_input', `--prefer must be a or b, not "${prefer}"`);
    const take: Partial<Record<MergeField, MergeTake>> = {};
    for (const t of values.take ?? []) {
      const [k, v] = splitAssignment('--take', t);
      const field = normKey(k) === 'phone' || normKey(k) === 'email' || normKey(k) === 'website' || normKey(k) === 'tag' ? `${normKey(k)}s` : normKey(k);
      if (!(MERGE_FIELDS as readonly string[]).includes(field)) throw new AppError('invalid_input', `--take ${k}: no such field (one of ${MERGE_FIELDS.join(', ')})`);
      if (v !== 'a' && v !== 'b' && v !== 'both') throw new AppError('invalid_input', `--take ${k}=${v}: choose a, b or both`);
      take[field as MergeField] = v;
    }
    const app = openApp(values);
    try {
      const a = app.contacts.resolveUid(positionals[0]!);
      const b = app.contacts.resolveUid(positionals[1]!);
      const { contact, plan } = mergeContacts(app.db, app.contacts, a, b, { prefer, take });
      if (values.json) out(JSON.stringify({ contact, conflicts: plan.conflicts, merged: b }));
      else {
        out(`merged ${b.slice(0, 13)} into ${line(contact)} (version ${contact.version}); both card images kept`);
        for (const c of plan.conflicts) out(`  ${c.field.padEnd(10)} a: ${forTerminal(c.a)}  |  b: ${forTerminal(c.b)}  -> ${c.chosen}`);
        if (plan.conflicts.length) out('  (choose otherwise with --take FIELD=a|b, or undo by editing A)');
      }
    } finally {
      await app.close();
    }
    return 0;
  });

  commands.set('desk', async ({ args, out }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, name: { type: 'string' } } });
    const app = openApp(values);
    try {
      const id = (app.db.prepare(`SELECT value FROM meta WHERE key = 'desk_id'`).get() as { value: string }).value;
      const name = values.name !== undefined ? setDeskName(app.db, values.name) : deskName(app.db);
      out(`desk ${id}: ${forTerminal(name)}`);
    } finally {
      await app.close();
    }
    return 0;
  });

  commands.set('export', async ({ args, out }) => {
    const { values } = parseArgs({
      args,
      options: { ...COMMON, ...FILTERS, format: { type: 'string' }, output: { type: 'string', short: 'o' }, 'no-photo': { type: 'boolean' }, outlook: { type: 'boolean' } },
    });
    // Outlook classic reads vCard 2.1 (quoted-printable UTF-8) best; it is the default there.
    const fmt = values.format ?? (values.outlook ? 'vcf21' : 'vcf');
    if (!isExportFormat(fmt)) throw new AppError('invalid_input', `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${fmt}"`);
    if (values.outlook && fmt !== 'vcf' && fmt !== 'vcf21') throw new AppError('invalid_input', '--outlook writes one vCard per contact: use it with --format vcf or vcf21');
    if (values.outlook && !values.output) throw new AppError('invalid_input', '--outlook needs -o FOLDER or -o FILE.zip (one .vcf per contact)');
    const app = openApp(values);
    try {
      // Oldest first, so an import keeps the order cards were scanned in.
      const list = app.contacts.list({ search: values.search, event: values.event, tag: values.tag }).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.uid.localeCompare(b.uid));
      const photoOf = values['no-photo'] || !(fmt === 'vcf' || fmt === 'vcf21') ? undefined : await cardPhotos(app.contacts, list);
      if (values.outlook) {
        const files = vcardFiles(fmt as 'vcf' | 'vcf21', list, photoOf);
        const target = values.output!;
        if (/\.zip$/i.test(target)) {
          writeAtomically(target, zip(files.map((f) => ({ name: f.name, data: Buffer.from(f.content, 'utf8') }))));
          out(`${list.length} contacts written to ${target} (one .vcf each)`);
        } else {
          fs.mkdirSync(target, { recursive: true });
          for (const f of files) writeAtomically(path.join(target, f.name), Buffer.from(f.content, 'utf8'));
          out(`${list.length} contacts written to ${target}${path.sep} (one .vcf each)`);
        }
        return 0;
      }
      const text = renderExport(fmt, list, photoOf);
      if (values.output) {
        writeAtomically(values.output, Buffer.from(text, 'utf8'));
        out(`${list.length} contact${list.length === 1 ? '' : 's'} written to ${values.output}`);
      } else process.stdout.write(text);
    } finally {
      await app.close();
    }
    return 0;
  });
}

/** A half-written export must never replace a good one: write beside it, then rename. */
function writeAtomically(file: string, bytes: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
