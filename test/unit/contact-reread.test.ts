import { describe, expect, it } from 'vitest';
import { betterNumber, betterReading, withCountryEndings, withoutSiteScraps } from '../../main/recognize/contact-reread.js';
import { countryEndingMended, siteScrap } from '../../main/recognize/extract/channels.js';
import { emptyFields } from '../../shared/contact.js';

describe('an address read again by the second engine', () => {
  it('takes its reading a letter or two apart (the real cards realdev3 rd3_002, shared real_020, realdev2 rd2_014)', () => {
    expect(betterReading('emails', 'masala@polite.it', ['masala@polito.it'])).toBe('masala@polito.it');
    expect(betterReading('emails', 'horikawa@qzeal.co.jp', ['horikawa@gzeal.co.jp'])).toBe('horikawa@gzeal.co.jp');
    expect(betterReading('websites', 'azklinixa.ru', ['14-10.ru', 'azklinika.ru'])).toBe('azklinika.ru');
    // With the "www." the first reading had and the second left out.
    expect(betterReading('websites', 'www.azklinixa.ru', ['azklinika.ru'])).toBe('www.azklinika.ru');
  });

  it('takes a whole address where the first reading’s mailbox starts in junk or its web address stops short', () => {
    expect(betterReading('emails', '4.magyar@icst.org', ['gabriella.magyar@icst.org'])).toBe('gabriella.magyar@icst.org');
    expect(betterReading('websites', 'http://media.polito', ['http://media.polito.it/masala'])).toBe('http://media.polito.it/masala');
  });

  it('keeps the first reading where both agree, or the other reading is a different address', () => {
    expect(betterReading('emails', 'a.suzuki@oasis.com', ['A.Suzuki@oasis.com'])).toBeNull();
    expect(betterReading('emails', 'sales@example.com', ['info@example.org'])).toBeNull();
    expect(betterReading('emails', 'sales@example.com', [])).toBeNull();
  });

  it('keeps the first reading where they differ only in thin glyphs (realdev rd_014)', () => {
    expect(betterReading('emails', 'scmrjpm@vsnl.com', ['scmripm@vsnl.com'])).toBeNull();
    // A country ending the card's other addresses witness (heldout19 h19_016).
    expect(betterReading('websites', 'www.emeraldcarpet.com.au', ['emeraldcarpet.com.al'], { hosts: ['emerald4012.com.au'], company: '' })).toBeNull();
    // A letter the second engine lost (seed 21 s2_018).
    expect(betterReading('websites', 'www.alfa.ru', ['www.ala.ru'])).toBeNull();
    // Nor where the second reading's host is no domain (seed 25 s2_016).
    expect(betterReading('websites', 'www.ironbridge-logistics.co.jp', ['www.ironbridge-logistics.cojp'])).toBeNull();
  });

  it('keeps a mailbox an envelope icon was read into, or glued to the words before it (second source seed 21 s2_032)', () => {
    expect(betterReading('emails', 'j.rosenbaum@pioneer-dynamics.co.uk', ['ej.rosenbaum@pioneer-dynamics.co.uk'])).toBeNull();
    expect(betterReading('emails', 'j.rosenbaum@pioneer-dynamics.co.uk', ['amicsltd.aej.rosenbaum@pioneer-dynamics.co.uk'])).toBeNull();
    expect(betterReading('emails', 'yamada@cedarpartners.co.jp', ['syamada@cedarpartners.co.jp'])).toBeNull();
  });

  it('takes the host it read better but keeps the mailbox an envelope icon was read into (second source seed 23 s2_031)', () => {
    expect(betterReading('emails', 'celia-a@brightwaterboldings.com', ['ocelia-a@brightwaterholdings.com'])).toBe('celia-a@brightwaterholdings.com');
    // The label "e-mail" read glued on (seed 65 s2_001).
    expect(betterReading('emails', 'takashiinoue@iumentabs.co.jp', ['e-imaiitakashiinoue@lumenlabs.co.jp'])).toBe('takashiinoue@lumenlabs.co.jp');
  });

  it('keeps a host the card witnesses and the other reading’s host it does not', () => {
    // heldout h19_011: the e-mail's domain witnesses the web address's.
    expect(betterReading('websites', 'www.dot.gov.in', ['www.dot.gow.in'], { hosts: ['gov.in'], company: '' })).toBeNull();
    // The web address witnesses the e-mail's domain (seed 23 s2_031, seed 33 s2_027).
    expect(betterReading('emails', 'celia-a@brightwaterholdings.com', ['celia-a@brichtwaterholdings.com'], { hosts: ['brightwaterholdings.com'], company: '' })).toBeNull();
    expect(betterReading('emails', 'office@vektor-soft.ru', ['office@vektor-sofu.ru'], { hosts: ['vektor-soft.ru'], company: 'ПАО "Вектор-Софт"' })).toBeNull();
    // The company's name witnesses its domain (seed 29 s2_023).
    expect(betterReading('emails', 'liam_wolf@horizon-systems.com', ['liam_wolf@horizon-svstems.com'], { hosts: [], company: 'Horizon Systems Ltd' })).toBeNull();
    // A part of the company's word witnesses nothing (realdev3 rd3_002, Politecnico di Torino).
    expect(betterReading('emails', 'masala@polite.it', ['masala@polito.it'], { hosts: [], company: 'Politecnico di Torino' })).toBe('masala@polito.it');
  });
});

describe('a web address that is a scrap of an e-mail address', () => {
  it('is the end of the e-mail’s host cut inside a word, written bare (second source seeds 29, 27, 23)', () => {
    expect(siteScrap('botics.io', ['shanie.mckenzie@lumenrobotics.io'])).toBe(true);
    expect(siteScrap('idian-grupp.ru', ['mseliverstova@meridian-grupp.ru'])).toBe(true);
  });

  it('is not the e-mail’s own domain, a subdomain’s parent, a written-out address, or another domain', () => {
    expect(siteScrap('lumenrobotics.io', ['shanie.mckenzie@lumenrobotics.io'])).toBe(false);
    expect(siteScrap('icst.org', ['gabriella.magyar@mail.icst.org'])).toBe(false);
    expect(siteScrap('www.botics.io', ['shanie.mckenzie@lumenrobotics.io'])).toBe(false);
    expect(siteScrap('http://botics.io', ['shanie.mckenzie@lumenrobotics.io'])).toBe(false);
    expect(siteScrap('falcon.io', ['a.okeefe@falcon-technologies.io'])).toBe(false);
  });

  it('is dropped from a reading, with its confidence and boxes when it was the only one', () => {
    const draft = {
      fields: { ...emptyFields(), emails: ['a.okeefe@falcon-technologies.io'], websites: ['gies.io'] },
      confidence: { emails: 0.6, websites: 0.78 },
      sources: { emails: [{ x: 1, y: 2, w: 3, h: 4 }], websites: [{ x: 5, y: 6, w: 7, h: 8 }] },
      method: 'ocr' as const,
      qrPayload: null,
      ocrLines: [],
    };
    const out = withoutSiteScraps(draft);
    expect(out.fields.websites).toEqual([]);
    expect(out.confidence.websites).toBeUndefined();
    expect(out.sources.websites).toBeUndefined();
    expect(out.fields.emails).toEqual(draft.fields.emails);
    const kept = { ...draft, fields: { ...draft.fields, websites: ['www.falcon-technologies.io'] } };
    expect(withoutSiteScraps(kept)).toBe(kept);
  });
});

describe("an address's country ending a letter off the card's country's", () => {
  it("is mended where another address of the card ends in the country's own (heldout19 h19_016)", () => {
    const card = ['philip@emerald4012.com.au', 'emeraldcarpetandpestservices.com.al'];
    expect(countryEndingMended(card[1]!, 'AU', card)).toBe('emeraldcarpetandpestservices.com.au');
    expect(countryEndingMended('https://www.shop.co.uh/contact', 'GB', ['sales@shop.co.uk', 'https://www.shop.co.uh/contact'])).toBe('https://www.shop.co.uk/contact');
    expect(countryEndingMended('anna@firma.pk', 'PL', ['anna@firma.pk', 'www.firma.pl'])).toBe('anna@firma.pl');
  });
  it("is mended without a witness where the ending is a rare one whose odd letter small print blurs into the own one's (seed 71 s2_015, s2_024)", () => {
    expect(countryEndingMended('emiliya-m@impuls.cu', 'RU', ['emiliya-m@impuls.cu'])).toBe('emiliya-m@impuls.ru');
    expect(countryEndingMended('lumen.cu', 'RU', ['lumen.cu'])).toBe('lumen.ru');
    // A common ending, or a letter no blur explains, stands.
    expect(countryEndingMended('shop.co', 'CR', ['shop.co'])).toBeNull();
    expect(countryEndingMended('lumen.cu', 'UA', ['lumen.cu'])).toBeNull();
  });
  it("stands without a witness, in the country's own ending, or two letters off", () => {
    expect(countryEndingMended('emeraldcarpet.com.al', 'AU', ['emeraldcarpet.com.al'])).toBeNull();
    expect(countryEndingMended('shop.com.au', 'AU', ['a@shop.com.au', 'shop.com.au'])).toBeNull();
    expect(countryEndingMended('shop.de', 'AU', ['a@shop.com.au', 'shop.de'])).toBeNull();
    expect(countryEndingMended('shop.com', 'AU', ['a@shop.com.au', 'shop.com'])).toBeNull();
    expect(countryEndingMended('shop.al', undefined, ['a@shop.com.au', 'shop.al'])).toBeNull();
  });
  it('is mended in a draft after every reading, and the mended address is not sure', () => {
    const draft = { fields: { ...emptyFields(), emails: ['philip@emerald4012.com.au'], websites: ['emeraldcarpet.com.al'] }, confidence: { emails: 0.9, websites: 0.9 }, sources: {}, method: 'ocr' as const, qrPayload: null, ocrLines: [], country: 'AU' };
    const out = withCountryEndings(draft);
    expect(out.fields.websites).toEqual(['emeraldcarpet.com.au']);
    expect(out.confidence.websites).toBeLessThan(0.85);
    expect(out.fields.emails).toEqual(draft.fields.emails);
  });
});

describe('a number read again by the second engine', () => {
  it('takes the one number it read one digit apart (second source seed 29 s2_015, s2_031)', () => {
    const card = ['+441312584229', '+447739584525'];
    expect(betterNumber('+441312584229', ['+441312384229', '+447739584325'], card)).toBe('+441312384229');
    expect(betterNumber('+73431369730', ['+73431369230', '+79113168053'], ['+73431369730', '+79113168053'])).toBe('+73431369230');
  });

  it('keeps the number where it read the same, none near, several near, or only another of the card’s numbers', () => {
    expect(betterNumber('+441312584229', ['+441312584229', '+441312384229'], ['+441312584229'])).toBeNull();
    expect(betterNumber('+441312584229', ['+442079460000'], ['+441312584229'])).toBeNull();
    expect(betterNumber('+441312584229', ['+441312384229', '+441312584221'], ['+441312584229'])).toBeNull();
    expect(betterNumber('+441312584229', ['+441312584228'], ['+441312584229', '+441312584228'])).toBeNull();
    expect(betterNumber('+441312584229', ['+4413125842'], ['+441312584229'])).toBeNull();
    // Two digits apart (seed 33 s2_023: +65 8282 5159 read "8262 5150").
    expect(betterNumber('+6582825159', ['+6582625150'], ['+6582825159'])).toBeNull();
    // Not another country (seed 21 s2_010), nor another number of the card given another country (heldout h19_007's fax).
    expect(betterNumber('+447788984199', ['+557788984199'], ['+44161971062', '+447788984199'])).toBeNull();
    expect(betterNumber('+913322433397', ['+913322432395'], ['+913322433397', '+13322432395'])).toBeNull();
  });
});
