/**
 * Splits a one-line or multi-line postal address, as read from a card, into the parts a
 * vCard ADR and the server's address columns hold. Cards write addresses in their
 * country's order (US "street, city, ST 12345"; UK "street, town POSTCODE"; RU
 * "123456, г. Москва, ул. ..."; JP "〒100-0005 東京都千代田区..."; most of Europe "street,
 * 12345 City"), so each comma- or line-separated part is classified on its own evidence
 * (postcode shapes, country names, street and locality words) and whatever is left is
 * the street, in the card's order. Nothing is ever dropped: a part that fits no role
 * stays in the street.
 */
export interface AddressParts {
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));

/** Lower-cased country names in the languages cards here come in, from ICU (not a hand list), plus the usual short forms. */
let countryNames: Set<string> | null = null;
function isCountry(part: string): boolean {
  if (!countryNames) {
    countryNames = new Set(['usa', 'u.s.a.', 'u.s.', 'us', 'uk', 'u.k.', 'england', 'scotland', 'wales', 'рф', 'российская федерация', 'сша', 'deutschland', 'brd', 'nippon', 'holland', 'the netherlands', 'america', 'united states of america']);
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    for (const lang of ['en', 'ru', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ja', 'zh', 'uk']) {
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      } catch {
        continue; // a Node without full ICU: English short forms above still work
      }
      for (const code of codes) {
        const n = names.of(code);
        if (n && n !== code) countryNames.add(n.toLowerCase());
      }
    }
  }
  return countryNames.has(part.toLowerCase().replace(/\s+/g, ' ').trim());
}

// Postcode shapes. Each is anchored by the caller; the letters are upper case as printed.
const UK = '[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}';
const CA = '[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d';
const JP = '〒?\\s*\\d{3}-\\d{4}';
const RU = '\\d{6}';
// Four or five digits (most of Europe, US ZIP), NL "1012 LG", PL "00-950", PT "1000-001", with an optional country letter prefix ("D-10117").
const EU = '(?:[A-Z]{1,2}-)?(?:\\d{4}\\s?[A-Z]{2}(?![A-Za-z])|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4,5})';
const ANY_POSTCODE = new RegExp(`^(?:${JP}|${UK}|${CA}|${RU}|${EU}|\\d{5}-\\d{4})$`);

/** Words that mark a street, building or room rather than a town (lower case, several languages). */
const STREET_WORDS =
  /(^|[\s.,])(street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|court|ct|parkway|pkwy|highway|hwy|loop|terrace|crescent|close|suite|ste|floor|fl|unit|building|bldg|tower|office|room|p\.?o\.? box|box|straße|strasse|str|gasse|weg|platz|allee|ring|damm|rue|avenue|chemin|boulevard|quai|via|viale|piazza|calle|carrera|plaza|paseo|rua|straat|laan|gracht|plein|ulica|ul|ул|улица|пр|пр-т|просп|проспект|пер|переулок|наб|набережная|ш|шоссе|бул|бульвар|пл|площадь|д|дом|корп|корпус|стр|строение|офис|оф|кв|эт|этаж|пом|помещение|бц|mkr|мкр|тупик|проезд|аллея|chome|丁目|番地|ビル|階)($|[\s.,\d])/i;
const CITY_MARK = /^(г\.|город\s|г\s|пос\.|пгт\.?|с\.|дер\.|city of\s)/i;
const REGION_MARK = /(область|обл\.|край|республика|респ\.|автономный округ|ао$|county$|prefecture$|-ken$|kraj|bundesland)/i;
const JP_PREFECTURE = /^(東京都|北海道|(?:京都|大阪)府|.{2,3}?県)/;
const JP_CITY = /^(.+?[市区町村郡])/;

const hasDigit = (s: string) => /\d/.test(s);
const isStreetish = (s: string) => hasDigit(s) || STREET_WORDS.test(s);

interface Found {
  city: string;
  region: string;
  postcode: string;
  /** A name printed beside the postcode whose role depends on the neighbours (JP: prefecture). */
  cityFromPrevious?: boolean;
}

/** A part that holds a postcode, with or without a town beside it. */
function readLocality(part: string): Found | null {
  let m = part.match(/^(.*?)[\s,]*\b([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?)$/);
  if (m && US_STATES.has(m[2]!)) return { city: m[1]!, region: m[2]!, postcode: m[3]!, cityFromPrevious: !m[1] };
  m = part.match(new RegExp(`^(.*?)[\\s,]*\\b([A-Z]{2})\\s+(${CA})$`));
  if (m && CA_PROVINCES.has(m[2]!)) return { city: m[1]!, region: m[2]!, postcode: m[3]!, cityFromPrevious: !m[1] };
  if (ANY_POSTCODE.test(part)) return { city: '', region: '', postcode: part.replace(/^〒\s*/, ''), cityFromPrevious: true };
  // "10117 Berlin", "123456 Москва", "〒100-0005 東京都…": a postcode then a town with no street word or number.
  m = part.match(new RegExp(`^(${JP}|${RU}|${EU})\\s+(.+)$`));
  if (m && !isStreetish(m[2]!)) {
    // "00100 Roma RM", "20121 Milano (MI)": a province code after the town.
    const prov = m[2]!.match(/^(.+?)\s+\(?([A-Z]{2})\)?$/);
    return { city: prov ? prov[1]! : m[2]!, region: prov ? prov[2]! : '', postcode: m[1]!.replace(/^〒\s*/, '') };
  }
  if (m && /[\u3040-\u30ff\u4e00-\u9fff]/.test(m[2]!)) return { city: m[2]!, region: '', postcode: m[1]!.replace(/^〒\s*/, '') };
  // "London SW1A 2AA", "Tokyo 100-0005", "Москва 101000".
  m = part.match(new RegExp(`^(.+?)[\\s,]+(${UK}|${JP}|${RU}|${CA})$`));
  if (m && !isStreetish(m[1]!)) return { city: m[1]!, region: '', postcode: m[2]!.replace(/^〒\s*/, ''), cityFromPrevious: /^\d{3}-\d{4}$/.test(m[2]!.replace(/^〒\s*/, '')) ? true : undefined };
  return null;
}

/** "東京都千代田区丸の内1-1-1" -> prefecture, city, the rest. */
function splitJapanese(s: string): { region: string; city: string; rest: string } | null {
  const pref = s.match(JP_PREFECTURE);
  const afterPref = pref ? s.slice(pref[1]!.length) : s;
  const city = afterPref.match(JP_CITY);
  if (!pref && !city) return null;
  return { region: pref?.[1] ?? '', city: city?.[1] ?? '', rest: city ? afterPref.slice(city[1]!.length) : afterPref };
}

export function splitAddress(address: string): AddressParts {
  const out: AddressParts = { street: '', city: '', region: '', postcode: '', country: '' };
  const parts = address
    .split(/\r\n|[\r\n,;，、]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!parts.length) return out;
  const used = new Array<boolean>(parts.length).fill(false);

  // Country: the last part, or the first (RU cards often start with it).
  for (const i of [parts.length - 1, 0]) {
    if (!used[i] && isCountry(parts[i]!)) {
      out.country = parts[i]!;
      used[i] = true;
      break;
    }
  }

  // The postcode-bearing part, searched from the end (where most countries print it).
  let at = -1;
  for (let i = parts.length - 1; i >= 0 && at < 0; i--) {
    if (used[i]) continue;
    const f = readLocality(parts[i]!);
    if (!f) continue;
    at = i;
    used[i] = true;
    out.postcode = f.postcode;
    out.region = f.region;
    const isJp = /^\d{3}-\d{4}$/.test(f.postcode);
    if (f.city && isJp && f.cityFromPrevious) {
      // "Chiyoda-ku, Tokyo 100-0005": the name beside a Japanese postcode is the prefecture.
      out.region = f.city;
      const prev = i - 1;
      if (prev >= 0 && !used[prev] && !isStreetish(parts[prev]!)) {
        out.city = parts[prev]!;
        used[prev] = true;
      }
    } else if (f.city) {
      const jp = splitJapanese(f.city);
      if (jp && /[\u3040-\u30ff\u4e00-\u9fff]/.test(f.city)) {
        out.region ||= jp.region;
        out.city = jp.city;
        if (jp.rest) {
          // The rest of that part is the street ("丸の内1-1-1").
          parts[i] = jp.rest;
          used[i] = false;
        }
      } else out.city = f.city.replace(CITY_MARK, '').trim();
    } else if (f.cityFromPrevious) {
      // A bare postcode or "CA 94105": the town is a neighbour with no number or street word
      // (before it in most countries, after it in Russia and Japan).
      for (const j of [i - 1, i + 1]) {
        if (j < 0 || j >= parts.length || used[j]) continue;
        const p = parts[j]!;
        const jp = /[\u3040-\u30ff\u4e00-\u9fff]/.test(p) ? splitJapanese(p) : null;
        if (jp) {
          out.region ||= jp.region;
          out.city = jp.city;
          if (jp.rest) parts[j] = jp.rest;
          else used[j] = true;
          break;
        }
        if (!isStreetish(p) && !REGION_MARK.test(p) && !isCountry(p)) {
          out.city = p.replace(CITY_MARK, '').trim();
          used[j] = true;
          break;
        }
      }
    }
  }

  // Marked parts: "г. Москва", "Московская область", "Kent County".
  for (let i = 0; i < parts.length; i++) {
    if (used[i]) continue;
    const p = parts[i]!;
    if (!out.city && CITY_MARK.test(p)) {
      out.city = p.replace(CITY_MARK, '').trim();
      used[i] = true;
    } else if (!out.region && REGION_MARK.test(p) && !hasDigit(p)) {
      out.region = p;
      used[i] = true;
    } else if (!out.region && out.city && US_STATES.has(p) && out.country.match(/^(usa?|united states.*|u\.s\.a?\.?)$/i)) {
      out.region = p;
      used[i] = true;
    } else if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(p) && !out.city) {
      const jp = splitJapanese(p);
      if (jp) {
        out.region ||= jp.region;
        out.city = jp.city;
        parts[i] = jp.rest;
        if (!jp.rest) used[i] = true;
      }
    }
  }

  // No postcode and no marker: the town is the last part with no number or street word,
  // provided something street-like remains for the street.
  if (!out.city) {
    const left = parts.map((p, i) => (used[i] ? -1 : i)).filter((i) => i >= 0);
    const cand = [...left].reverse().find((i) => !isStreetish(parts[i]!) && !REGION_MARK.test(parts[i]!));
    if (cand !== undefined && left.some((i) => i !== cand)) {
      out.city = parts[cand]!;
      used[cand] = true;
    }
  }

  out.street = parts.filter((_, i) => !used[i]).join(', ');
  return out;
}

/** One line again, in the usual international order; for places that want the address as text. */
export function formatAddress(a: AddressParts): string {
  const locality = [a.postcode, a.city].filter(Boolean).join(' ');
  return [a.street, locality, a.region, a.country].filter(Boolean).join(', ');
}
