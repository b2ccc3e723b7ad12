import type { ContactFields, Phone } from '../../shared/contact.js';
import { clip, LIMITS, stripNul, TEXT_FIELDS } from '../../shared/limits.js';

const LABEL: Record<string, string> = { givenName: 'given name', middleName: 'middle name', familyName: 'family name' };

/**
 * Recognised values come from a QR code or OCR, i.e. from whoever printed the card: a
 * value over a limit is clipped (and said so) rather than failing the whole card, NUL
 * bytes are dropped, and lists keep their first items.
 */
export function fitFields(f: ContactFields): { fields: ContactFields; warnings: string[] } {
  const warnings: string[] = [];
  const fit = (label: string, v: string, max: number) => {
    const s = stripNul(v);
    if (s.length <= max) return s;
    warnings.push(`${label} was ${s.length} characters long: clipped to ${max}`);
    return clip(s, max);
  };
  const list = <T>(label: string, xs: T[]): T[] => {
    if (xs.length <= LIMITS.listItems) return xs;
    warnings.push(`${xs.length} ${label}: kept the first ${LIMITS.listItems}`);
    return xs.slice(0, LIMITS.listItems);
  };
  const out = { ...f };
  for (const k of TEXT_FIELDS) out[k] = fit(LABEL[k] ?? k, f[k], LIMITS[k]);
  out.phones = list('phone numbers', f.phones)
    .map((p, i): Phone => ({ ...p, value: fit(`phone ${i + 1}`, p.value, LIMITS.phone), ...(p.ext !== undefined ? { ext: fit(`phone ${i + 1} extension`, p.ext, LIMITS.ext) } : {}) }))
    .filter((p) => p.value);
  out.emails = list('e-mail addresses', f.emails).map((e, i) => fit(`e-mail ${i + 1}`, e, LIMITS.email));
  out.websites = list('websites', f.websites).map((w, i) => fit(`website ${i + 1}`, w, LIMITS.website));
  return { fields: out, warnings };
}
