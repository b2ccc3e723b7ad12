import type { SavedContact } from '../../shared/contact.js';

const COLUMNS: [string, (c: SavedContact) => string][] = [
  ['Name', (c) => c.name],
  ['Given name', (c) => c.givenName],
  ['Middle name', (c) => c.middleName],
  ['Family name', (c) => c.familyName],
  ['Title', (c) => c.title],
  ['Company', (c) => c.company],
  ['Department', (c) => c.department],
  ['Work phone', (c) => phones(c, 'work')],
  ['Mobile phone', (c) => phones(c, 'mobile')],
  ['Fax', (c) => phones(c, 'fax')],
  ['Other phone', (c) => phones(c, 'other')],
  ['E-mail', (c) => c.emails.join('; ')],
  ['Website', (c) => c.websites.join('; ')],
  ['Address', (c) => c.address],
  ['Notes', (c) => c.notes],
  ['Tags', (c) => c.tags.join('; ')],
  ['Event', (c) => c.event],
  ['Recognition', (c) => c.recognitionMethod],
  ['Created', (c) => c.createdAt],
  ['UID', (c) => c.uid],
];

function phones(c: SavedContact, kind: string): string {
  return c.phones
    .filter((p) => p.kind === kind)
    .map((p) => (p.ext ? `${p.value} ext. ${p.ext}` : p.value))
    .join('; ');
}

function cell(v: string): string {
  // A leading = + - @ would run as a formula in Excel: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(v) && !/^\+\d/.test(v) ? `'${v}` : v;
  return /[",\r\n;]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a UTF-8 byte-order mark, so Excel shows Cyrillic instead of mojibake. */
export function toCsv(contacts: SavedContact[]): string {
  const rows = [COLUMNS.map(([h]) => h), ...contacts.map((c) => COLUMNS.map(([, get]) => get(c)))];
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
