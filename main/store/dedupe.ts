import type { ContactFields } from '../../shared/contact.js';
import { LEGAL_FORM } from '../recognize/extract/keywords.js';
import { nameKey } from '../recognize/extract/scripts.js';

export interface DedupeKey {
  kind: 'email' | 'phone' | 'person';
  key: string;
}

/**
 * Keys two records of one person share: an e-mail, a phone, or given + family name with
 * the company, compared across Latin and Cyrillic spellings and word order.
 */
export function dedupeKeys(f: ContactFields): DedupeKey[] {
  const keys: DedupeKey[] = [];
  for (const e of f.emails) keys.push({ kind: 'email', key: e.trim().toLowerCase() });
  for (const p of f.phones) if (p.value.startsWith('+')) keys.push({ kind: 'phone', key: p.value });
  const given = nameKey(f.givenName || f.name.split(/\s+/)[0] || '');
  const family = nameKey(f.familyName || f.name.split(/\s+/).slice(-1)[0] || '');
  const company = nameKey(f.company.replace(LEGAL_FORM, ' ').replace(/[«»"]/g, ' ')).replace(/\s/g, '');
  if (given && family && company) keys.push({ kind: 'person', key: `${[given, family].sort().join(' ')}|${company}` });
  return keys;
}

/** Lower-case text of every field plus its transliteration, so a Latin query finds a Cyrillic card. */
export function searchText(f: ContactFields, extra: string[] = []): string {
  const parts = [f.name, f.title, f.company, f.department, f.address, f.notes, ...f.emails, ...f.websites, ...f.phones.map((p) => p.value), ...extra];
  const text = parts.join(' ').toLowerCase();
  return `${text} ${nameKey(text)}`;
}
