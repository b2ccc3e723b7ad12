#!/usr/bin/env node
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ContactFields } from '../shared/contact.js';
import { AppError, oneLine } from '../shared/errors.js';
import { BizcardApp, cpuCount, type ScanOutcome } from './app.js';
import { expandInputs, mapLimit } from './cli/files.js';
import { Progress } from './cli/progress.js';
import { registerContactCommands } from './cli/contact-commands.js';
import { imagesOf } from './store/merge.js';
import { registerSyncCommands } from './cli/sync-commands.js';
import { closeLog, openLog, silentLog, type Logger } from './log.js';
import { defaultDataDir } from './paths.js';
import { jsonLine, safe, safeLines } from './cli/terminal.js';

const USAGE = `bizcard — business cards to contacts, offline

Usage:
  bizcard extract [--json] <image...>             recognise, print, store nothing
  bizcard scan <file|folder...> [--event NAME] [--tag T]... [--keep-duplicates]
  bizcard list [--json] [--search TEXT] [--event NAME] [--tag T]
  bizcard show <uid>
  bizcard edit <uid> --set FIELD=VALUE... [--add LIST=VALUE]... [--remove LIST=VALUE]...
                  FIELD: name given-name middle-name family-name title company department
                  address notes event, or a list: phones ([work|mobile|fax|other:]NUMBER),
                  emails, websites, tags (comma-separated; --set replaces, --add/--remove one)
  bizcard delete <uid...>                         a tombstone, sent to the server at the next sync
  bizcard tag <uid...> [--add TAG]... [--remove TAG]...
  bizcard merge <uidA> <uidB> [--prefer a|b] [--take FIELD=a|b|both]...
                  B goes into A: one value per field (the preferred side's unless empty),
                  lists and notes from both; both card images kept; conflicts are printed
  bizcard desk [--name NAME]                      this desk's id and the name the server shows
  bizcard export [--format F] [-o FILE] [--search TEXT] [--event NAME] [--tag T] [--no-photo]
                  F: vcf (vCard 3.0, default), vcf21 (vCard 2.1), csv, google-csv, outlook-csv
  bizcard export --outlook -o FOLDER|FILE.zip     one .vcf per contact (Outlook reads one card a file)
  bizcard sync [--timeout S] [--watch]            push queued contacts and images; gives up after S seconds
                                                  (default 30) with a line per server, exit 1; --watch waits
  bizcard status [--timeout S]                    asks each server now (default 5 s); pending, parked, last synced
  bizcard config [--json]                         each server setting, where it came from (secrets masked)
  bizcard serve [--port N]                        the UI and API on 127.0.0.1

Common options:
  --data-dir DIR      data folder (default: $BIZCARD_HOME, else the desktop app's folder)
  --country CC        country for phone numbers printed without a +code (default: from the card, else US)
  --langs eng+rus     OCR languages
`;

export interface CliContext {
  args: string[];
  out: (s: string) => void;
  err: (s: string) => void;
  /** The data folder's support log (silent when it cannot be opened). */
  log?: Logger;
}

/** The data folder a command will use, for its log: --data-dir, else the default. */
function dataDirOf(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data-dir' && args[i + 1]) return path.resolve(args[i + 1]!);
    if (args[i]!.startsWith('--data-dir=')) return path.resolve(args[i]!.slice('--data-dir='.length));
  }
  return defaultDataDir();
}

export type Command = (ctx: CliContext) => Promise<number>;
export const commands = new Map<string, Command>();

const COMMON = {
  'data-dir': { type: 'string' },
  country: { type: 'string' },
  langs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function openApp(values: { 'data-dir'?: string; country?: string; langs?: string }): BizcardApp {
  return new BizcardApp({
    dataDir: values['data-dir'],
    defaultCountry: values.country?.toUpperCase(),
    langs: values.langs ? values.langs.split(/[+,]/) : undefined,
  });
}

function contactJson(c: ContactFields) {
  return {
    name: c.name,
    given_name: c.givenName,
    middle_name: c.middleName,
    family_name: c.familyName,
    title: c.title,
    company: c.company,
    department: c.department,
    phones: c.phones,
    emails: c.emails,
    websites: c.websites,
    address: c.address,
  };
}

commands.set('extract', async ({ args, out, err }) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...COMMON, json: { type: 'boolean' } } });
  if (!positionals.length) throw new AppError('invalid_input', 'extract: name at least one image');
  const app = openApp(values);
  let failed = 0;
  try {
    const files = expandInputs(positionals);
    let printed = 0;
    const pending = new Map<number, string>();
    // One line per image, in input order, printed as soon as its turn comes.
    const emit = (line: string, i: number) => {
      pending.set(i, line);
      while (pending.has(printed)) {
        out(pending.get(printed)!);
        pending.delete(printed++);
      }
    };
    await mapLimit(
      files,
      cpuCount() + 1,
      async (file) => {
        try {
          const r = await app.scanner.scanFile(file);
          const d = r.draft;
          return values.json
            ? jsonLine({ file, ok: true, method: d.method, contact: contactJson(d.fields), confidence: d.confidence, warnings: r.image.warnings, ms: r.ms })
            : [`${safe(file)}: ${d.method}, ${r.ms} ms`, ...r.image.warnings.map((w) => `  warning: ${safe(w)}`), formatContact(d.fields)].join('\n');
        } catch (e) {
          failed++;
          if (values.json) return jsonLine({ file, ok: false, error: oneLine(e) });
          err(`${safe(file)}: ${safe(oneLine(e))}`);
          return '';
        }
      },
      (line, i) => emit(line, i),
    );
  } finally {
    await app.close();
  }
  return failed ? 1 : 0;
});

function formatContact(c: ContactFields): string {
  const rows: [string, string][] = [
    ['Name', c.name],
    ['Title', c.title],
    ['Company', c.company],
    ['Department', c.department],
    ...c.phones.map((p): [string, string] => [`Phone (${p.kind})`, p.ext ? `${p.value} ext. ${p.ext}` : p.value]),
    ...c.emails.map((e): [string, string] => ['E-mail', e]),
    ...c.websites.map((w): [string, string] => ['Website', w]),
    ['Address', c.address],
    ['Notes', c.notes],
  ];
  return rows
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${k.padEnd(16)} ${safe(v)}`)
    .join('\n');
}

commands.set('scan', async ({ args, out, err }) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMMON, event: { type: 'string' }, tag: { type: 'string', multiple: true }, 'keep-duplicates': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  if (!positionals.length) throw new AppError('invalid_input', 'scan: name files or folders to scan');
  const files = expandInputs(positionals);
  const app = openApp(values);
  const progress = new Progress(files.length, 'Scanning');
  let outcomes: ScanOutcome[];
  try {
    outcomes = await mapLimit(
      files,
      cpuCount() + 1,
      (file) => app.scanAndSave(file, { event: values.event, tags: values.tag, allowDuplicate: values['keep-duplicates'] }),
      (o) => {
        progress.tick(path.basename(o.file));
        if (values.json) out(jsonLine(o.ok ? (o.status === 'saved' ? { file: o.file, ok: true, status: o.status, uid: o.contact.uid, method: o.contact.recognitionMethod } : { file: o.file, ok: true, status: o.status, duplicates: o.duplicates }) : o));
      },
    );
  } finally {
    progress.end();
    await app.close();
  }
  const saved = outcomes.filter((o) => o.ok && o.status === 'saved');
  const dups = outcomes.filter((o): o is Extract<ScanOutcome, { status: 'duplicate' }> => o.ok && o.status === 'duplicate');
  const failed = outcomes.filter((o): o is Extract<ScanOutcome, { ok: false }> => !o.ok);
  if (!values.json) {
    for (const o of saved)
      if (o.ok && o.status === 'saved') {
        out(`saved      ${o.contact.uid.slice(0, 13)}  ${safe(o.contact.name || '(no name)')}${o.contact.company ? ` — ${safe(o.contact.company)}` : ''}  [${safe(o.file)}]`);
        for (const w of o.result.image.warnings) err(`warning    ${safe(o.file)}: ${safe(w)}`);
      }
    for (const o of dups) out(`duplicate  ${safe(o.file)}: same ${o.duplicates[0]!.reason} as ${o.duplicates[0]!.uid.slice(0, 13)} ${safe(o.duplicates[0]!.name)} (not saved; --keep-duplicates saves it)`);
    for (const o of failed) err(`failed     ${safe(o.file)}: ${safe(o.error)}`);
    out(`${saved.length} saved, ${dups.length} duplicates, ${failed.length} failed`);
  }
  return failed.length ? 1 : 0;
});

commands.set('list', async ({ args, out }) => {
  const { values } = parseArgs({ args, options: { ...COMMON, json: { type: 'boolean' }, search: { type: 'string' }, event: { type: 'string' }, tag: { type: 'string' } } });
  const app = openApp(values);
  try {
    const list = app.contacts.list({ search: values.search, event: values.event, tag: values.tag });
    if (values.json) for (const c of list) out(jsonLine(c));
    else {
      for (const c of list) out(`${c.uid.slice(0, 13)}  ${safe(c.name || '(no name)').padEnd(28)} ${safe(c.company).padEnd(28)} ${safe(c.emails[0] ?? c.phones[0]?.value ?? '')}`);
      out(`${list.length} contact${list.length === 1 ? '' : 's'}`);
    }
  } finally {
    await app.close();
  }
  return 0;
});

commands.set('show', async ({ args, out }) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...COMMON, json: { type: 'boolean' } } });
  if (!positionals[0]) throw new AppError('invalid_input', 'show: name a contact uid');
  const app = openApp(values);
  try {
    const c = app.contacts.get(app.contacts.resolveUid(positionals[0]))!;
    if (values.json) out(jsonLine(c));
    else {
      out(`${c.uid}  (${c.recognitionMethod}, v${c.version}, ${c.createdAt})`);
      out(formatContact(c));
      if (c.event) out(`  ${'Event'.padEnd(16)} ${safe(c.event)}`);
      if (c.tags.length) out(`  ${'Tags'.padEnd(16)} ${safe(c.tags.join(', '))}`);
      const img = app.contacts.imageOf(c.uid);
      if (img) out(`  ${'Image'.padEnd(16)} ${safe(app.contacts.images.abs(img.file))} (${safe(img.originalFilename)})`);
      // Cards joined or merged into this contact: every image is kept.
      for (const more of imagesOf(app.db, c.uid).filter((i) => i.kind !== 'own')) out(`  ${`Image (${more.kind})`.padEnd(16)} ${safe(app.contacts.images.abs(more.cardFile))}`);
    }
  } finally {
    await app.close();
  }
  return 0;
});

registerContactCommands(commands);
registerSyncCommands(commands);

export async function main(argv: string[], io: Omit<CliContext, 'args'> = { out: (s) => console.log(s), err: (s) => console.error(s) }): Promise<number> {
  // Whatever a command forgot to escape is escaped here (our own newlines and tabs kept).
  const ctx = { out: (s: string) => io.out(safeLines(s)), err: (s: string) => io.err(safeLines(s)) };
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ctx.out(USAGE);
    return name ? 0 : 2;
  }
  const cmd = commands.get(name);
  if (!cmd) {
    ctx.err(`bizcard: unknown command "${safe(name)}" (try bizcard --help)`);
    return 2;
  }
  // Only the command's name goes to the log: arguments may hold card text or file names.
  const log = await openLog(dataDirOf(args), { proc: name === 'serve' ? 'serve' : 'cli' }).catch(() => silentLog);
  log.info({ command: name }, 'command started');
  try {
    const code = await cmd({ ...ctx, args, log });
    log.info({ command: name, code }, 'command finished');
    return code;
  } catch (e) {
    ctx.err(`bizcard ${name}: ${safe(oneLine(e))}`);
    const code = e instanceof AppError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
    log[code === 2 ? 'warn' : 'error']({ command: name, code, err: e }, 'command failed');
    return code;
  } finally {
    if (log !== silentLog) await closeLog(log);
  }
}

// Run when started as this file (`tsx main/cli.ts`, `node dist/main/cli.js`); bin/bizcard.js imports it and calls main itself.
const invoked = process.argv[1] && /cli\.(ts|js)$/.test(process.argv[1]);
/** The process entry (this file run directly, or bin/bizcard.js). */
export async function runCli(argv: string[]): Promise<void> {
  process.exitCode = await main(argv);
}

if (invoked) await runCli(process.argv.slice(2));
