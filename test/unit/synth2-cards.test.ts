import { describe, it, expect } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { makeCard, FAMILIES } from '../fixtures/synth2/card.js';
import { truthProblems } from '../fixtures/synth2/truth.js';
import { HONORIFICS } from '../fixtures/synth2/world.js';

// The card models of the second synthetic source, without rendering: the truth they
// carry must follow the real-cards conventions for every card a seed can draw.
const cards = Array.from({ length: 300 }, (_, i) => makeCard(i, 7));

const asTruth = (i: number) => {
  const m = cards[i]!;
  return {
    id: `${m.id}_clean`, lang: m.lang, ...m.truth, fax: m.truth.faxes[0] ?? null, has_qr: !!m.qr, variant: 'clean',
    source: { generator: 'synth2', seed: 7, design: m.family },
    meta: { country: m.country, kind: 'synthetic', image: `${m.id}_clean.png`, width: 1050, height: 600, exif_orientation: 1, downscaled: false, notes: '' },
  };
};

describe('synth2 card models', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(makeCard(5, 7)).toEqual(cards[5]);
    expect(makeCard(5, 8).truth).not.toEqual(cards[5]!.truth);
  });

  it('gives well-formed truth in the real-cards format for every card', () => {
    const problems = cards.flatMap((_, i) => truthProblems(asTruth(i)).map((p) => `${cards[i]!.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('keeps phones valid for the card country and faxes out of phones', () => {
    for (const m of cards) {
      for (const p of [...m.truth.phones, ...m.truth.faxes]) {
        const pn = parsePhoneNumberFromString(p);
        expect(pn?.isValid(), `${m.id} ${p}`).toBe(true);
        expect(pn?.country, `${m.id} ${p}`).toBe(m.country);
      }
      for (const f of m.truth.faxes) expect(m.truth.phones).not.toContain(f);
    }
  });

  it('truth is what is printed: name without honorific, address lines joined, company as shown', () => {
    for (const m of cards) {
      const printedName = m.nameLines.join(' ');
      const honorific = HONORIFICS.find((h) => printedName.toLowerCase().startsWith(`${h.toLowerCase()} `));
      expect(m.truth.name, m.id).toBe(honorific ? printedName.slice(honorific.length + 1) : printedName);
      expect(m.truth.address, m.id).toBe(m.address ? m.address.lines.join(', ') : null);
      expect(m.truth.company, m.id).toBe(m.companyLine ?? m.wordmark ?? null);
      const printed = m.contacts.flat().map((s) => s.value);
      if (m.truth.email) expect(printed, m.id).toContain(m.truth.email);
      if (m.truth.website) expect(printed, m.id).toContain(m.truth.website);
    }
  });

  it('draws the variety the source promises', () => {
    const share = (f: (m: (typeof cards)[number]) => boolean) => cards.filter(f).length / cards.length;
    expect(new Set(cards.map((m) => m.family)).size).toBe(FAMILIES.length);
    expect(new Set(cards.map((m) => m.country)).size).toBe(10);
    expect(share((m) => m.lang === 'ru')).toBeGreaterThan(0.3);
    expect(share((m) => m.lang === 'ru')).toBeLessThan(0.5);
    expect(share((m) => m.qr !== null)).toBeGreaterThan(0.08);
    expect(share((m) => m.qr !== null)).toBeLessThan(0.25);
    expect(share((m) => m.companyLine === null && m.wordmark !== null && m.truth.company === m.wordmark)).toBeGreaterThan(0.1);
    expect(share((m) => m.truth.company === null)).toBeGreaterThan(0.04);
    expect(share((m) => /'/.test(m.truth.name ?? ''))).toBeGreaterThan(0.02);
    expect(share((m) => / [A-Z]\. /.test(m.truth.name ?? ''))).toBeGreaterThan(0.04);
    expect(cards.some((m) => /^(ООО|АО|ПАО|ЗАО) /.test(m.truth.company ?? ''))).toBe(true);
    expect(cards.some((m) => m.portrait)).toBe(true);
  });
});
