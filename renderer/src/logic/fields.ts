import { SURE_CONFIDENCE, type ContactFields } from '../../../shared/contact.js';

export type Level = 'sure' | 'check' | 'guess' | 'empty';

/** What a confidence means to the person reviewing: green, amber, red. */
export function level(value: unknown, confidence: number | undefined): Level {
  const empty = Array.isArray(value) ? value.length === 0 : !value;
  if (empty) return 'empty';
  const c = confidence ?? 0;
  // "Sure" promises a person need not look: only at the threshold recognition calibrates for.
  return c >= SURE_CONFIDENCE ? 'sure' : c >= 0.7 ? 'check' : 'guess';
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

/** The fields a contact is hardly usable without; saving without them asks first. */
export const REQUIRED = ['name', 'company', 'phones'] as const;
export type Required = (typeof REQUIRED)[number];

export function missingFields(f: Pick<ContactFields, Required>): Required[] {
  return REQUIRED.filter((k) => (Array.isArray(f[k]) ? f[k].length === 0 : !String(f[k]).trim()));
}

const norm = (s: string) => s.toLowerCase().replace(/[«»"'.,()]/g, ' ').replace(/\b(ooo|ооо|llc|ltd|inc|gmbh|ao|ао|зао|оао|ag|sa|plc|corp)\b/g, ' ').replace(/\s+/g, ' ').trim();
const domainOf = (s: string) => s.toLowerCase().replace(/^.*@/, '').replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');

/**
 * Whether a card may be the back of the contact saved just before: it names nobody else,
 * and it shares the company or a domain, or carries little text. Anything else is a new
 * person, and Join is not offered (the person can still say so).
 */
export function plausibleBackSide(front: ContactFields, back: ContactFields, lineCount: number): boolean {
  const sameName = !!back.name.trim() && norm(back.name).split(' ').sort().join(' ') === norm(front.name).split(' ').sort().join(' ');
  if (back.name.trim() && !sameName) return false;
  const sameCompany = !!norm(back.company) && norm(back.company) === norm(front.company);
  const domains = new Set([...front.emails, ...front.websites].map(domainOf).filter(Boolean));
  const sameDomain = [...back.emails, ...back.websites].map(domainOf).some((d) => domains.has(d));
  const littleText = lineCount <= 4;
  return sameName || sameCompany || sameDomain || littleText;
}
