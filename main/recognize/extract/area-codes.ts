/**
 * Local numbers printed without their area code ("Off. : 23323856" on a New Delhi card,
 * "266-10-35" on one from Ufa): the city the card's address names gives the code, for the
 * cities whose codes are one and whose local numbers have one length. A guess from the
 * address, never sure (channels.ts).
 */
interface Area {
  city: RegExp;
  country: string;
  code: string;
  /** Digits of a local number there. */
  local: number;
}

const AREAS: Area[] = [
  { city: /\b(?:new\s+)?delhi\b/i, country: 'IN', code: '11', local: 8 },
  { city: /\bmumbai\b|\bbombay\b/i, country: 'IN', code: '22', local: 8 },
  { city: /\bkolkata\b|\bcalcutta\b/i, country: 'IN', code: '33', local: 8 },
  { city: /\bchennai\b|\bmadras\b/i, country: 'IN', code: '44', local: 8 },
  { city: /\bbengaluru\b|\bbangalore\b/i, country: 'IN', code: '80', local: 8 },
  { city: /\bhyderabad\b/i, country: 'IN', code: '40', local: 8 },
  { city: /\bpune\b/i, country: 'IN', code: '20', local: 8 },
  { city: /\bahmedabad\b/i, country: 'IN', code: '79', local: 8 },
  // The Kathmandu valley's three cities share one code.
  { city: /\bkathmandu\b|\blalitpur\b|\bbhaktapur\b/i, country: 'NP', code: '1', local: 7 },
  { city: /санкт-петербург|\bспб\b/iu, country: 'RU', code: '812', local: 7 },
  { city: /(?<!\p{L})уф[аеы](?!\p{L})/iu, country: 'RU', code: '347', local: 7 },
  { city: /(?<!\p{L})казан[ьи](?!\p{L})/iu, country: 'RU', code: '843', local: 7 },
  { city: /новосибирск/iu, country: 'RU', code: '383', local: 7 },
  { city: /екатеринбург/iu, country: 'RU', code: '343', local: 7 },
  { city: /(?<!\p{L})самар[аеы](?!\p{L})/iu, country: 'RU', code: '846', local: 7 },
  { city: /нижн\p{L}+\s+новгород/iu, country: 'RU', code: '831', local: 7 },
  { city: /челябинск/iu, country: 'RU', code: '351', local: 7 },
  { city: /ростов-на-дону/iu, country: 'RU', code: '863', local: 7 },
  { city: /красноярск/iu, country: 'RU', code: '391', local: 7 },
  { city: /(?<!\p{L})перм[ьи](?!\p{L})/iu, country: 'RU', code: '342', local: 7 },
  { city: /(?<!\p{L})воронеж/iu, country: 'RU', code: '473', local: 7 },
];

/** The one area the card's text names, in its country (or any, with no country known); null for none or several. */
export function cardArea(text: string, country: string | undefined): Area | null {
  const named = AREAS.filter((a) => a.city.test(text) && (!country || a.country === country));
  return named.length === 1 ? named[0]! : null;
}

/**
 * The local numbers of `text` (each alone, of the area's length, no + or leading 0 or 8 trunk
 * prefix before it) written with the area's code: "+91 11 23323856".
 */
export function withAreaCode(text: string, area: Area, callingCode: string): string | null {
  let hit = false;
  const out = text.replace(/(?<![\d+(])[1-9](?:[\s.-]?\d){5,9}(?![\d)])/g, (m) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length !== area.local) return m;
    hit = true;
    return `+${callingCode} ${area.code} ${digits}`;
  });
  return hit ? out : null;
}
