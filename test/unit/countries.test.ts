import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryNames, isCountryCode } from '../../main/recognize/extract/countries.js';

describe('the one list of countries extraction uses', () => {
  it('holds every country with a numbering plan, by upper-case ISO code only', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(200);
    expect(['HR', 'JP', 'RU', 'US', 'GB'].every(isCountryCode)).toBe(true);
    // Not countries: a union, a lower-case spelling, a word that looks like a code.
    expect(['EU', 'hr', 'UK', 'ZZ'].some(isCountryCode)).toBe(false);
  });

  it('names each country in the language asked for, from ICU', () => {
    const en = new Map(countryNames('en'));
    const ru = new Map(countryNames('ru'));
    expect(en.get('Croatia')).toBe('HR');
    expect(ru.get('Хорватия')).toBe('HR');
    // A country ICU cannot name is left out, never named by its code.
    expect([...en.keys()].some((n) => /^[A-Z]{2}$/.test(n))).toBe(false);
  });
});
