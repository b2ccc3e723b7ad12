import { findNumbers, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { PhoneKind } from '../../../shared/contact.js';
import { cyrillicShare, fixDigits } from './scripts.js';

export function normalisePhone(text: string, country?: string): string | null {
  const p = parsePhoneNumberFromString(fixDigits(text), country as CountryCode | undefined);
  return p && p.isValid() ? p.number : null;
}

const LABELS: [RegExp, PhoneKind][] = [
  [/(fax|факс|телефакс|^f|^ф)\.?:?$/iu, 'fax'],
  [/(mob|mobile|cell|cellular|моб|мобильный|сот|сотовый|^m|^c|^м)\.?:?$/iu, 'mobile'],
  [/(tel|ten|phone|ph|office|direct|work|main|тел|телефон|раб|рабочий|^t|^p|^o|^w|^т|^р)\.?:?$/iu, 'work'],
];

/** Kind from the label printed just before a number ("Tel:", "M", "моб.", "факс"). */
export function labelKind(before: string): { kind: PhoneKind; strong: boolean } | null {
  // A label may be several words ("Моб. тел.:", "Mobile phone"): the most specific kind in
  // the last few words wins (fax over mobile over work).
  const words = before.trim().split(/[\s|/,;]+/).filter(Boolean).slice(-3);
  let best: { kind: PhoneKind; strong: boolean; rank: number } | null = null;
  const rank: Record<PhoneKind, number> = { fax: 3, mobile: 2, work: 1, other: 0 };
  for (const w of words) {
    const word = w.replace(/[^\p{L}.:]/gu, '');
    // One-letter labels (T, M, F, P) are easily misread as each other.
    const strong = word.replace(/[.:]/g, '').length > 1;
    for (const [re, kind] of LABELS)
      if (re.test(word) && (!best || rank[kind] > best.rank)) best = { kind, strong, rank: rank[kind] };
  }
  return best && { kind: best.kind, strong: best.strong };
}

export interface FoundPhone {
  value: string;
  kind: PhoneKind;
  labelled: boolean;
  ext?: string;
}

/** Every valid number in a line of text, with the kind its label or its number type says. */
export function findPhones(text: string, countries: string[]): FoundPhone[] {
  for (const country of countries) {
    const found = findPhonesIn(text, country);
    if (found.length) return found;
  }
  return [];
}

function findPhonesIn(text: string, country: string): FoundPhone[] {
  const fixed = fixDigits(text).replace(/[‐‑–—]/g, '-');
  const out: FoundPhone[] = [];
  let consumed = 0;
  for (const m of findNumbers(fixed, { defaultCountry: country as CountryCode, v2: true })) {
    const n = m.number;
    if (!n.isValid()) continue;
    const before = fixed.slice(consumed, m.startsAt);
    consumed = m.endsAt;
    const label = labelKind(before);
    const labelled = !!label?.strong;
    const type = n.getType();
    const kind: PhoneKind = label?.kind ?? (type === 'MOBILE' ? 'mobile' : 'work');
    const phone: FoundPhone = { value: n.number, kind, labelled };
    if (n.ext) phone.ext = n.ext;
    out.push(phone);
  }
  return out;
}

const TLD_COUNTRY: Record<string, string> = { ru: 'RU', 'рф': 'RU', by: 'BY', kz: 'KZ', ua: 'UA', uk: 'GB', de: 'DE', fr: 'FR', ca: 'CA', au: 'AU' };

/**
 * The country a card's numbers without a +code belong to, from the card's own evidence:
 * explicit +codes, "8 (..." trunk prefixes, Cyrillic text, address forms, the web domain.
 * A wrong guess turns "(415) 555-0132" into a valid Russian number, so evidence wins
 * over the configured default.
 */
export function guessCountry(text: string, fallback = 'US'): string {
  return rankCountries(text, fallback)[0]!;
}

/** Countries in order of the evidence for them; the fallback always comes last if unvoted. */
export function rankCountries(text: string, fallback = 'US'): string[] {
  const votes = new Map<string, number>();
  const vote = (c: string, w: number) => votes.set(c, (votes.get(c) ?? 0) + w);
  for (const m of fixDigits(text).matchAll(/\+\s?(\d{1,3})[\s(]/g)) {
    const cc = m[1]!;
    if (cc.startsWith('7')) vote('RU', 3);
    else if (cc.startsWith('1')) vote('US', 3);
    else if (cc === '44') vote('GB', 3);
    else if (cc === '49') vote('DE', 3);
    else if (cc === '375') vote('BY', 3);
    else if (cc === '380') vote('UA', 3);
  }
  if (/(^|\s)8\s?\(\d{3}\)/.test(text)) vote('RU', 2);
  if (cyrillicShare(text) > 0.3) vote('RU', 2);
  if (/,\s*[A-Z]{2}\s+\d{5}(-\d{4})?\b/.test(text)) vote('US', 2);
  if (/\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/.test(text)) vote('GB', 2);
  for (const m of text.toLowerCase().matchAll(/\.([a-zа-я]{2,3})\b(?![.@])/gu)) {
    const c = TLD_COUNTRY[m[1]!];
    if (c) vote(c, 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return ranked.includes(fallback) ? ranked : [...ranked, fallback];
}
