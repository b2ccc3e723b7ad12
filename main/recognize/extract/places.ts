/**
 * Places and mail providers from maintained packages: cities and towns of every country
 * (data/cities.json, scripts/build-place-data.mjs), the place an address line ends with; free
 * e-mail providers' domains (data/free-mail.json, scripts/build-mail-data.mjs).
 */
import placesData from './data/cities.json' with { type: 'json' };
import mailData from './data/free-mail.json' with { type: 'json' };
import { CONFUSED, differingAt } from './keywords.js';

/**
 * Big cities by the names their own cards print, which the list (Natural Earth's) gives in
 * English only: "10122 Torino", "80331 München", "00-590 Warszawa". Roma is Rome here, not the
 * Queensland town the list holds under that name.
 */
const OWN_NAMES: Record<string, string> = {
  torino: 'IT', milano: 'IT', roma: 'IT', napoli: 'IT', firenze: 'IT', venezia: 'IT', genova: 'IT',
  munchen: 'DE', koln: 'DE', nurnberg: 'DE', hannover: 'DE', wien: 'AT', praha: 'CZ', warszawa: 'PL',
  lisboa: 'PT', sevilla: 'ES', bruxelles: 'BE', brussel: 'BE', geneve: 'CH', moskva: 'RU', kiev: 'UA',
  athina: 'GR', bucuresti: 'RO', beograd: 'RS', 'den haag': 'NL',
};
const CITIES: ReadonlyMap<string, string> = new Map([...Object.entries(placesData.cities), ...Object.entries(OWN_NAMES)]);

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The country of the city an address line names in its last part: "Camp Chowk, Hisar 125001",
 * "Near Sharma Hospital, Hisar", "CH-8001 Zurich", "72000 Zenica". Only after a comma or beside
 * a postcode: a city's name alone on a line is as often a person's ("Austin") or a word.
 */
export function cityCountry(line: string): string | null {
  const parts = line.split(',');
  const last = parts[parts.length - 1]!;
  const postcode = /(?<![\d])\d{4,6}(?![\d])/.test(last);
  if (parts.length < 2 && !postcode) return null;
  const words = fold(last)
    // "CH-8001", "D-80331": a country's letters before its postcode.
    .replace(/\b[a-z]{1,2}-(?=\d)/g, ' ')
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/[\s-]+/)
    // "Ahmedabad-4. S НАЗНМ/ АТ": a logo's junk after the city leaves single letters, no city's words.
    .filter((w) => w.length >= 2);
  // "Ahmedabad-4", "Mumbai - 400001": a city and its postal district or PIN after a hyphen,
  // whatever follows them (a logo's junk).
  const district = /(\p{L}{3,})\s?-\s?(?:\d{1,2}|\d{3}\s?\d{3})(?![\d\s-]*\d)/u.exec(last);
  const city = district && CITIES.get(fold(district[1]!));
  if (city) return city;
  if (!words.length || words.length > 5) return null;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = CITIES.get(words.slice(-n).join(' '));
    if (tail) return tail;
    const head = CITIES.get(words.slice(0, n).join(' '));
    if (head && postcode) return head;
  }
  return null;
}

/**
 * Internet providers' own mail, which the free-mail list leaves out: older Indian cards print
 * scmrjpm@vsnl.com as often as a gmail address, and it names no company either.
 */
const PROVIDER_MAIL = ['vsnl.com', 'vsnl.net', 'vsnl.net.in', 'bsnl.in', 'dataone.in', 'sancharnet.in', 'mtnl.net.in', 'satyam.net.in', 'eth.net', 'airtelmail.in'];
const FREE_MAIL: ReadonlySet<string> = new Set([...mailData.domains, ...PROVIDER_MAIL]);

/** gmail.com, rediffmail.com, mail.ru: an address there says nothing of the card's company. */
export const isFreeMail = (domain: string) => FREE_MAIL.has(domain.toLowerCase());

/** Free mail domains by length, for freeMailSpelling. */
let byLength: Map<number, string[]> | null = null;

/**
 * "gmaii.com", "yah0o.com": a free mail provider's domain with one look-alike letter misread,
 * spelt as the provider spells it; null when no provider's domain is one such letter away.
 */
export function freeMailSpelling(domain: string): string | null {
  if (FREE_MAIL.has(domain)) return null;
  if (!byLength) {
    byLength = new Map();
    for (const d of FREE_MAIL) byLength.set(d.length, [...(byLength.get(d.length) ?? []), d]);
  }
  const near = (byLength.get(domain.length) ?? []).filter((d) => {
    const at = differingAt(domain, d);
    return at?.length === 1 && CONFUSED.has(domain[at[0]!]! + d[at[0]!]!);
  });
  return near.length === 1 ? near[0]! : null;
}
