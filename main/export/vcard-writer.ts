import type { ContactFields, PhoneKind } from '../../shared/contact.js';

const TEL_TYPE: Record<PhoneKind, string> = { work: 'WORK,VOICE', mobile: 'CELL', fax: 'WORK,FAX', other: 'VOICE' };
const TEL_TYPE_21: Record<PhoneKind, string> = { work: 'WORK;VOICE', mobile: 'CELL', fax: 'WORK;FAX', other: 'VOICE' };

const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');

/** RFC 6350 line folding at 75 octets, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export function toVCard30(f: ContactFields & { uid?: string; tags?: string[] }): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  lines.push(`N:${[f.familyName, f.givenName, f.middleName, '', ''].map(esc).join(';')}`);
  lines.push(`FN:${esc(f.name || [f.givenName, f.familyName].filter(Boolean).join(' ') || f.company)}`);
  if (f.company || f.department) lines.push(`ORG:${esc(f.company)}${f.department ? `;${esc(f.department)}` : ''}`);
  if (f.title) lines.push(`TITLE:${esc(f.title)}`);
  for (const p of f.phones) lines.push(`TEL;TYPE=${TEL_TYPE[p.kind]}:${p.value}${p.ext ? ` ext. ${p.ext}` : ''}`);
  for (const e of f.emails) lines.push(`EMAIL;TYPE=INTERNET:${esc(e)}`);
  for (const u of f.websites) lines.push(`URL:${u}`);
  if (f.address) lines.push(`ADR;TYPE=WORK:;;${esc(f.address)};;;;`);
  if (f.notes) lines.push(`NOTE:${esc(f.notes)}`);
  if (f.tags?.length) lines.push(`CATEGORIES:${f.tags.map(esc).join(',')}`);
  if (f.uid) lines.push(`UID:urn:uuid:${f.uid}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * Quoted-printable of the UTF-8 bytes, soft-broken so no line passes 76 characters, as
 * vCard 2.1 readers expect. `col` is where the value starts on its line.
 */
function qp(s: string, col: number): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const t = b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (col + t.length > 75) {
      out += '=\r\n';
      col = 0;
    }
    out += t;
    col += t.length;
  }
  return out;
}

const esc21 = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;');

/** vCard 2.1 for old Outlook: every non-ASCII value as quoted-printable UTF-8. */
export function toVCard21(f: ContactFields & { uid?: string }): string {
  const prop = (name: string, ...values: string[]) => {
    const joined = values.map(esc21).join(';');
    if (/^[\x20-\x7e]*$/.test(joined)) return `${name}:${joined}`;
    const head = `${name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:`;
    return head + qp(joined, head.length);
  };
  const lines = ['BEGIN:VCARD', 'VERSION:2.1'];
  lines.push(prop('N', f.familyName, f.givenName, f.middleName, '', ''));
  lines.push(prop('FN', f.name || [f.givenName, f.familyName].filter(Boolean).join(' ')));
  if (f.company || f.department) lines.push(f.department ? prop('ORG', f.company, f.department) : prop('ORG', f.company));
  if (f.title) lines.push(prop('TITLE', f.title));
  for (const p of f.phones) lines.push(`TEL;${TEL_TYPE_21[p.kind]}:${p.value}${p.ext ? ` ext. ${p.ext}` : ''}`);
  for (const e of f.emails) lines.push(`EMAIL;INTERNET:${e}`);
  for (const u of f.websites) lines.push(`URL:${u}`);
  if (f.address) lines.push(prop('ADR;WORK', '', '', f.address, '', '', '', ''));
  if (f.notes) lines.push(prop('NOTE', f.notes));
  lines.push('END:VCARD');
  return lines.join('\r\n') + '\r\n';
}
