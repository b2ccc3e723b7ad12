import type { ContactFields, Phone, PhoneKind } from '../../shared/contact.js';
import { emptyFields } from '../../shared/contact.js';
import { normalisePhone } from './extract/phones.js';

/**
 * A vCard's TITLE holding only an honorific ("Dr", real_103's code): a form of address, not the
 * person's post, which the printed card names or leaves out.
 */
function jobTitle(v: string): string {
  const t = v.trim();
  return /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|г-н|г-жа)\.?$/iu.test(t) ? '' : t;
}

export type PayloadKind = 'vcard' | 'mecard' | 'url' | 'email' | 'phone' | 'text';

export interface ParsedPayload {
  kind: PayloadKind;
  fields: ContactFields;
}

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** Reads what a card's QR code holds: a vCard 2.1/3.0/4.0, a MECARD, or a lone URL/e-mail/phone. */
export function parsePayload(text: string, defaultCountry?: string): ParsedPayload {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (/^BEGIN:VCARD/i.test(t)) return { kind: 'vcard', fields: parseVCard(t, defaultCountry) };
  if (/^MECARD:/i.test(t)) return { kind: 'mecard', fields: parseMeCard(t, defaultCountry) };
  const f = emptyFields();
  const mail = /^(?:mailto:)?([^\s@:]+@[^\s@]+\.[a-z]{2,})$/i.exec(t);
  if (mail) return { kind: 'email', fields: { ...f, emails: [mail[1]!.toLowerCase()] } };
  const tel = /^tel:(.+)$/i.exec(t);
  if (tel) {
    const v = normalisePhone(tel[1]!, defaultCountry) ?? tel[1]!.trim();
    return { kind: 'phone', fields: { ...f, phones: [{ value: v, kind: 'other' }] } };
  }
  if (/^(https?:\/\/|www\.)\S+$/i.test(t)) return { kind: 'url', fields: { ...f, websites: [t] } };
  return { kind: 'text', fields: f };
}

/** Joins folded lines: RFC 2425 (leading white space) and 2.1 quoted-printable soft breaks. */
function unfold(text: string): string[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of raw) {
    const prev = out.length ? out[out.length - 1]! : null;
    if (prev !== null && /^[ \t]/.test(line)) {
      out[out.length - 1] = prev + line.slice(1);
    } else if (prev !== null && /QUOTED-PRINTABLE/i.test(prev.split(':')[0]!) && prev.endsWith('=')) {
      out[out.length - 1] = prev.slice(0, -1) + line;
    } else out.push(line);
  }
  return out.filter((l) => l.trim());
}

function splitUnquoted(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function parseLine(line: string): Property | null {
  // The first ':' outside a quoted parameter value ends the name and parameters.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [head, ...paramParts] = splitUnquoted(line.slice(0, colon), ';');
  const name = head!.replace(/^[^.]*\./, '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    // vCard 2.1 allows bare types: TEL;WORK;FAX:...
    const key = eq < 0 ? 'TYPE' : p.slice(0, eq).toUpperCase();
    const vals = (eq < 0 ? p : p.slice(eq + 1))
      .split(',')
      .map((v) => v.replace(/^"|"$/g, '').trim())
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...vals]);
  }
  return { name, params, value: line.slice(colon + 1) };
}

function decodeQuotedPrintable(s: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const m = s[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(s.slice(i + 1, i + 3)) : null;
    if (m) {
      bytes.push(parseInt(m[0], 16));
      i += 2;
    } else for (const b of Buffer.from(s[i]!, 'utf8')) bytes.push(b);
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodedValue(p: Property): string {
  const enc = (p.params.get('ENCODING')?.[0] ?? '').toUpperCase();
  const charset = p.params.get('CHARSET')?.[0] ?? 'utf-8';
  if (enc === 'QUOTED-PRINTABLE') return decodeQuotedPrintable(p.value, charset);
  if (enc === 'B' || enc === 'BASE64') return decodeBytes(Buffer.from(p.value, 'base64'), charset);
  return p.value;
}

/** Splits on an unescaped separator, then unescapes \n \, \; \\ in each part. */
export function splitEscaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      const n = s[i + 1]!;
      cur += n === 'n' || n === 'N' ? '\n' : n;
      i++;
    } else if (ch === sep) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function unescape(s: string): string {
  return splitEscaped(s, '\u0000')[0]!;
}

function types(p: Property): string[] {
  return (p.params.get('TYPE') ?? []).map((t) => t.toLowerCase());
}

function phoneKind(ts: string[]): PhoneKind {
  if (ts.includes('fax')) return 'fax';
  if (ts.includes('cell') || ts.includes('mobile')) return 'mobile';
  if (ts.includes('work') || ts.includes('voice') || ts.includes('pref')) return 'work';
  return 'other';
}

function addPhone(list: Phone[], raw: string, kind: PhoneKind, country?: string) {
  const text = raw.replace(/^tel:/i, '').trim();
  if (!text) return;
  const extM = /(?:;ext=|\s*(?:ext\.?|x|доб\.?)\s*)(\d{1,6})$/i.exec(text);
  const value = normalisePhone(extM ? text.slice(0, extM.index) : text, country) ?? text;
  if (list.some((p) => p.value === value)) return;
  list.push(extM ? { value, kind, ext: extM[1]! } : { value, kind });
}

function joinName(parts: string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(' ');
}

export function parseVCard(text: string, defaultCountry?: string): ContactFields {
  const f = emptyFields();
  let adr = '';
  let label = '';
  for (const line of unfold(text)) {
    const p = parseLine(line);
    if (!p) continue;
    const v = decodedValue(p);
    switch (p.name) {
      case 'FN':
        f.name = unescape(v).trim();
        break;
      case 'N': {
        const [family = '', given = '', additional = ''] = splitEscaped(v, ';');
        f.familyName = family.trim();
        f.givenName = given.trim();
        f.middleName = additional.trim();
        break;
      }
      case 'ORG': {
        const [org = '', ...units] = splitEscaped(v, ';');
        f.company = org.trim();
        f.department = units.map((u) => u.trim()).filter(Boolean).join(', ');
        break;
      }
      case 'TITLE':
        f.title = jobTitle(unescape(v));
        break;
      case 'ROLE':
        if (!f.title) f.title = unescape(v).trim();
        break;
      case 'TEL':
        addPhone(f.phones, unescape(v), phoneKind(types(p)), defaultCountry);
        break;
      case 'EMAIL': {
        const e = unescape(v).replace(/^mailto:/i, '').trim().toLowerCase();
        if (e && !f.emails.includes(e)) f.emails.push(e);
        break;
      }
      case 'URL': {
        const u = unescape(v).trim();
        if (u && !f.websites.includes(u)) f.websites.push(u);
        break;
      }
      case 'ADR':
        if (!adr) {
          const parts = splitEscaped(v, ';').map((s) => s.replace(/\n/g, ', ').trim());
          // pobox; extended; street; locality; region; postal code; country
          adr = [parts[2], parts[1], parts[0], parts[3], [parts[4], parts[5]].filter(Boolean).join(' '), parts[6]]
            .filter((s): s is string => !!s && !!s.trim())
            .join(', ');
        }
        break;
      case 'LABEL':
        if (!label) label = unescape(v).replace(/\n/g, ', ').trim();
        break;
      case 'NOTE':
        f.notes = unescape(v).trim();
        break;
    }
  }
  f.address = adr || label;
  if (!f.name) f.name = joinName([f.givenName, f.middleName, f.familyName]);
  return f;
}

export function parseMeCard(text: string, defaultCountry?: string): ContactFields {
  const f = emptyFields();
  const body = text.replace(/^MECARD:/i, '');
  for (const item of splitEscaped(body.replace(/\\:/g, '\u0001'), ';')) {
    const colon = item.indexOf(':');
    if (colon < 0) continue;
    const key = item.slice(0, colon).toUpperCase();
    const value = item.slice(colon + 1).replace(/\u0001/g, ':').trim();
    if (!value) continue;
    switch (key) {
      case 'N': {
        const [family = '', given = ''] = value.split(',').map((s) => s.trim());
        f.familyName = family;
        f.givenName = given;
        f.name = joinName([given, family]);
        break;
      }
      case 'TEL':
        addPhone(f.phones, value, 'other', defaultCountry);
        break;
      case 'TEL-AV':
        addPhone(f.phones, value, 'mobile', defaultCountry);
        break;
      case 'EMAIL':
        f.emails.push(value.toLowerCase());
        break;
      case 'URL':
        f.websites.push(value);
        break;
      case 'ADR':
        f.address = value.replace(/,(?=\S)/g, ', ');
        break;
      case 'ORG':
        f.company = value;
        break;
      case 'TITLE':
        f.title = jobTitle(value);
        break;
      case 'NOTE':
        f.notes = value;
        break;
    }
  }
  return f;
}
