import type { ContactFields, PhoneKind } from '../../shared/contact.js';
import { splitAddress } from './address.js';
import { oneLineText, plainText, safeEmail, safePhone, safeUrl } from './text.js';

/** What a vCard is written from: the reviewed fields plus what the desk knows about the contact. */
export interface VCardContact extends ContactFields {
  uid?: string;
  tags?: string[];
  event?: string;
  updatedAt?: string;
}

export interface VCardOptions {
  /** The card image, embedded as PHOTO (JPEG or PNG); omitted when absent. */
  photo?: { mime: string; bytes: Buffer } | null;
}

const TEL_TYPE: Record<PhoneKind, string> = { work: 'WORK,VOICE', mobile: 'CELL', fax: 'WORK,FAX', other: 'VOICE' };
const TEL_TYPE_21: Record<PhoneKind, string> = { work: 'WORK;VOICE', mobile: 'CELL', fax: 'WORK;FAX', other: 'VOICE' };
const PHOTO_TYPE: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/gif': 'GIF' };

/** RFC 2426 text escaping, after line breaks are normalised and control characters dropped. */
const esc = (s: string) => plainText(s).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');

/** FN is required and must never be empty: the name, else the company, else an e-mail or phone. */
export function displayName(f: ContactFields): string {
  const fromParts = [f.givenName, f.middleName, f.familyName].filter((s) => s.trim()).join(' ');
  for (const v of [f.name, fromParts, f.company, f.emails[0] ?? '', f.phones[0]?.value ?? '']) {
    const s = oneLineText(v);
    if (s) return s;
  }
  return 'Unnamed contact';
}

function telValue(p: ContactFields['phones'][number]): string {
  const ext = p.ext ? safePhone(p.ext) : '';
  return `${safePhone(p.value)}${ext ? ` ext. ${ext}` : ''}`;
}

/** The event and the tags, each once, for CATEGORIES. */
function categories(f: VCardContact): string[] {
  const out: string[] = [];
  for (const c of [f.event ?? '', ...(f.tags ?? [])].map(oneLineText)) if (c && !out.includes(c)) out.push(c);
  return out;
}

/** RFC 6350 / 2426 line folding at 75 octets, never inside a UTF-8 sequence. */
function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line; // most lines: nothing to fold
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  let i = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(line.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += n;
    i += ch.length;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

export function toVCard30(f: VCardContact, opts: VCardOptions = {}): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  lines.push(`N:${[f.familyName, f.givenName, f.middleName, '', ''].map(esc).join(';')}`);
  lines.push(`FN:${esc(displayName(f))}`);
  if (f.company || f.department) lines.push(`ORG:${esc(f.company)}${f.department ? `;${esc(f.department)}` : ''}`);
  if (f.title) lines.push(`TITLE:${esc(f.title)}`);
  for (const p of f.phones) {
    const v = telValue(p);
    if (v) lines.push(`TEL;TYPE=${TEL_TYPE[p.kind]}:${v}`);
  }
  for (const e of f.emails.map(safeEmail).filter(Boolean)) lines.push(`EMAIL;TYPE=INTERNET:${esc(e)}`);
  for (const u of f.websites.map(safeUrl).filter(Boolean)) lines.push(`URL:${u}`);
  if (f.address.trim()) {
    const a = splitAddress(f.address);
    lines.push(`ADR;TYPE=WORK:;;${[a.street, a.city, a.region, a.postcode, a.country].map(esc).join(';')}`);
    lines.push(`LABEL;TYPE=WORK:${esc(f.address.trim())}`);
  }
  if (f.notes.trim()) lines.push(`NOTE:${esc(f.notes)}`);
  const cats = categories(f);
  if (cats.length) lines.push(`CATEGORIES:${cats.map(esc).join(',')}`);
  if (f.uid) lines.push(`UID:urn:uuid:${esc(f.uid)}`);
  if (f.updatedAt && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(f.updatedAt)) lines.push(`REV:${f.updatedAt}`);
  const photo = opts.photo && PHOTO_TYPE[opts.photo.mime];
  if (photo) lines.push(`PHOTO;ENCODING=b;TYPE=${photo}:${opts.photo!.bytes.toString('base64')}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * Quoted-printable of the UTF-8 bytes, soft-broken so no line passes 76 characters, as
 * vCard 2.1 readers expect. A character's bytes stay on one line: decoders that convert
 * each physical line on its own would otherwise see half a Cyrillic letter. `col` is
 * where the value starts on its line.
 */
function qp(s: string, col: number): string {
  const bytes = Buffer.from(s, 'utf8');
  const out: string[] = [];
  let token = '';
  const flush = () => {
    // Leave room for the "=" that marks the soft break: at most 76 characters a line.
    if (col + token.length > 75) {
      out.push('=\r\n');
      col = 0;
    }
    out.push(token);
    col += token.length;
    token = '';
  };
  for (const b of bytes) {
    // A byte that starts a character (not a UTF-8 continuation byte) closes the previous one.
    if ((b & 0xc0) !== 0x80 && token) flush();
    token += b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : HEX[b]!;
  }
  if (token) flush();
  return out.join('');
}

const HEX = Array.from({ length: 256 }, (_, b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * vCard 2.1 itself escapes only ";", but readers apply the 3.0 rules to 2.1 too (vobject
 * and Android's parser unescape "\,"; vobject cuts a value at a bare comma), so commas
 * are escaped as well. Line breaks travel inside quoted-printable as CRLF.
 */
const esc21 = (s: string) => plainText(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\r\n');

/** A 2.1 property from an escaped value: as is when short printable ASCII, else quoted-printable UTF-8. */
function prop21Raw(name: string, escaped: string): string {
  const plain = `${name}:${escaped}`;
  if (/^[\x20-\x7e]*$/.test(escaped) && plain.length <= 75) return plain;
  const head = `${name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:`;
  return head + qp(escaped, head.length);
}

/**
 * vCard 2.1 for old Outlook: every value that is not short printable ASCII is written as
 * quoted-printable UTF-8, so no value can carry a raw line break into the file.
 */
export function toVCard21(f: VCardContact, opts: VCardOptions = {}): string {
  const prop = (name: string, ...values: string[]) => prop21Raw(name, values.map(esc21).join(';'));
  const lines = ['BEGIN:VCARD', 'VERSION:2.1'];
  lines.push(prop('N', f.familyName, f.givenName, f.middleName, '', ''));
  lines.push(prop('FN', displayName(f)));
  if (f.company || f.department) lines.push(f.department ? prop('ORG', f.company, f.department) : prop('ORG', f.company));
  if (f.title) lines.push(prop('TITLE', f.title));
  for (const p of f.phones) {
    const v = telValue(p);
    if (v) lines.push(prop(`TEL;${TEL_TYPE_21[p.kind]}`, v));
  }
  for (const e of f.emails.map(safeEmail).filter(Boolean)) lines.push(prop('EMAIL;INTERNET', e));
  for (const u of f.websites.map(safeUrl).filter(Boolean)) lines.push(prop('URL', u));
  if (f.address.trim()) {
    const a = splitAddress(f.address);
    lines.push(prop('ADR;WORK', '', '', a.street, a.city, a.region, a.postcode, a.country));
    lines.push(prop('LABEL;WORK', f.address.trim()));
  }
  if (f.notes.trim()) lines.push(prop('NOTE', f.notes));
  const cats = categories(f);
  // Joined after escaping: the commas between categories separate them.
  if (cats.length) lines.push(prop21Raw('CATEGORIES', cats.map(esc21).join(',')));
  if (f.uid) lines.push(prop('UID', f.uid));
  const photo = opts.photo && PHOTO_TYPE[opts.photo.mime];
  if (photo) {
    // 2.1 base64: the value on indented lines, ended by an empty line.
    const b64 = opts.photo!.bytes.toString('base64').match(/.{1,72}/g) ?? [];
    lines.push(`PHOTO;ENCODING=BASE64;TYPE=${photo}:`, ...b64.map((l) => ` ${l}`), '');
  }
  lines.push('END:VCARD');
  return lines.join('\r\n') + '\r\n';
}
