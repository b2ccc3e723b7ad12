import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.js';
import type { Command } from '../cli.js';
import { openApp } from '../cli.js';
import { cardPhotos, EXPORT_FORMATS, isExportFormat, renderExport, vcardFiles } from '../export/export.js';
import { zip } from '../export/zip.js';

const COMMON = { 'data-dir': { type: 'string' }, country: { type: 'string' }, langs: { type: 'string' } } as const;
/** The filters `list` takes; `export` takes the same and asks the store the same question. */
const FILTERS = { search: { type: 'string' }, event: { type: 'string' }, tag: { type: 'string' } } as const;

export function registerContactCommands(commands: Map<string, Command>): void {
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
      const photoOf = values['no-photo'] ? undefined : cardPhotos(app.contacts);
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
