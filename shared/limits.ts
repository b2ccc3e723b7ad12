/**
 * One set of limits for a contact's values, the same on this desk and on the central
 * PostgreSQL (whose `contacts` table checks notes at 5,000 characters): a value the desk
 * accepts is never refused by the server, where it would park forever.
 */
export const LIMITS = {
  name: 300,
  givenName: 200,
  middleName: 200,
  familyName: 200,
  title: 300,
  company: 300,
  department: 300,
  address: 1000,
  notes: 5000,
  phone: 64,
  ext: 16,
  email: 320,
  website: 500,
  /** Phones, e-mails, websites: items per list. */
  listItems: 20,
  tag: 100,
  tags: 50,
  event: 200,
} as const;

export const TEXT_FIELDS = ['name', 'givenName', 'middleName', 'familyName', 'title', 'company', 'department', 'address', 'notes'] as const;

/** PostgreSQL text cannot hold NUL (U+0000): it is dropped wherever a value comes in. */
export function stripNul(s: string): string {
  return s.includes('\0') ? s.replace(/\0/g, '') : s;
}

/** Cuts to `max` UTF-16 units without leaving half a surrogate pair behind. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
