import type { ContactFields } from '../../../shared/contact.js';

export type Level = 'sure' | 'check' | 'guess' | 'empty';

/** What a confidence means to the person reviewing: green, amber, red. */
export function level(value: unknown, confidence: number | undefined): Level {
  const empty = Array.isArray(value) ? value.length === 0 : !value;
  if (empty) return 'empty';
  const c = confidence ?? 0;
  return c >= 0.9 ? 'sure' : c >= 0.7 ? 'check' : 'guess';
}

/**
 * Front and back of one card: the front's fields win; the back fills what the front lacks
 * (a Russian front and an English back, say) and adds numbers, e-mails and sites it has.
 */
export function joinSides(front: ContactFields, back: ContactFields): ContactFields {
  const pickText = (a: string, b: string) => (a.trim() ? a : b);
  const union = <T>(a: T[], b: T[], key: (x: T) => string) => {
    const seen = new Set(a.map(key));
    return [...a, ...b.filter((x) => !seen.has(key(x)))];
  };
  return {
    name: pickText(front.name, back.name),
    givenName: pickText(front.givenName, back.givenName),
    middleName: pickText(front.middleName, back.middleName),
    familyName: pickText(front.familyName, back.familyName),
    title: pickText(front.title, back.title),
    company: pickText(front.company, back.company),
    department: pickText(front.department, back.department),
    phones: union(front.phones, back.phones, (p) => p.value),
    emails: union(front.emails, back.emails, (e) => e.toLowerCase()),
    websites: union(front.websites, back.websites, (w) => w.toLowerCase().replace(/^https?:\/\/|^www\.|\/$/g, '')),
    address: pickText(front.address, back.address),
    notes: [front.notes, back.notes].filter(Boolean).join('\n'),
  };
}

/** Lists are edited as one value per line. */
export const listToText = (xs: string[]) => xs.join('\n');
export const textToList = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
