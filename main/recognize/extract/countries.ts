/**
 * The one list of countries extraction knows: ISO 3166 codes from libphonenumber-js's
 * metadata (every country with a numbering plan, so every code a phone can belong to) and
 * their names from the runtime's own locale data (ICU `Intl.DisplayNames`). Kept here so
 * that web endings, "TEL (VN mobile)" labels and "Zagreb, Croatia" all mean the same set.
 */
import { getCountries, type CountryCode } from 'libphonenumber-js/max';

/** Upper-case ISO 3166-1 alpha-2 codes ("HR", "JP"), in libphonenumber-js's order. */
export const COUNTRY_CODES: readonly CountryCode[] = getCountries();

const CODE_SET: ReadonlySet<string> = new Set<string>(COUNTRY_CODES);

/** Whether an upper-case two-letter code names a country ("JP" yes, "EU" and "jp" no). */
export const isCountryCode = (code: string): code is CountryCode => CODE_SET.has(code);

/**
 * Each country's name in one language with its code, e.g. ["Croatia", "HR"]. One
 * `Intl.DisplayNames` per call (not per country: building one costs more than all its
 * look-ups). A country ICU has no name for is left out rather than named by its code.
 */
export function countryNames(lang: string): [name: string, code: string][] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  return COUNTRY_CODES.flatMap((code) => {
    const name = names.of(code);
    return name ? [[name, code] as [string, string]] : [];
  });
}
