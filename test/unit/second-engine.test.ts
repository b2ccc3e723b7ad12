import { describe, expect, it } from 'vitest';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { fillFromSecondEngine, mailCutShort, siteCutShort, spelledByDomain, wantsSecondEngine } from '../../main/recognize/second-engine.js';
import { inCapitals } from '../../main/recognize/paddle-reader.js';
import { withoutSiteScraps } from '../../main/recognize/contact-reread.js';
import type { Recognized } from '../../main/recognize/recognize.js';
import { line, lines } from '../ocr-lines.js';

/** A draft as recognize() gives it, from these lines; words with Cyrillic letters read as unsurely as OCR read its scraps. */
function draft(...texts: string[]): Recognized {
  const ocrLines = lines(...texts).map((l) => (/[а-я]/iu.test(l.text) && !/[а-я]{5}/iu.test(l.text) ? { ...l, confidence: 0.34, words: l.words.map((w) => ({ ...w, confidence: /[а-я]/iu.test(w.text) ? 0.1 : w.confidence })) } : l));
  const ex = extractFields(ocrLines, { defaultCountry: 'IN' });
  return { fields: ex.fields, confidence: ex.confidence, sources: ex.sources, country: ex.country, method: 'ocr', qrPayload: null, ocrLines };
}

describe('a second engine for what the first reading left empty', () => {
  // realdev rd_020: tesseract read the name and the first address line as Cyrillic scraps.
  const first = draft('HDFC BANK', 'eS Ss ай 1 9 сита Рог Aakach Plaza.', 'Jindal Chowk, Hisar - 125001', 'Pesonal Banker', '+91 98962-76891', 'kuldeep.vijaysingh@hdfcbank.com');
  const second = lines('HDFC BANK', 'Kuldeep Punia', 'Jindal Chowk,Hisar-125001', 'Pesonal Banker', '+9198962-76891', '@ kuldeep.vijaysingh@hdfcbank.com');

  it('is asked for a card read by OCR that lacks a name, a company, a phone or an e-mail (in another script: a phone or an e-mail)', () => {
    expect(first.fields.name).toBe('');
    expect(wantsSecondEngine(first)).toBe(true);
    expect(wantsSecondEngine(draft('Anna Smith', 'Sales Director', 'Smith & Partners LLC', '+1 415 555 0100', 'anna@smith.com'))).toBe(false);
    // A Russian card: the second engine reads no Cyrillic, only the Latin and digits of its contact lines.
    expect(wantsSecondEngine({ ...draft('Иван Петров', 'Генеральный директор', '+7 495 123-45-67', 'ivan@romashka.ru'), country: 'RU' })).toBe(false);
    expect(wantsSecondEngine({ ...draft('Иван Петров', 'Генеральный директор', '+7 495 123-45-67'), country: 'RU' })).toBe(true);
    // A code that carried the contact needs no OCR at all.
    expect(wantsSecondEngine({ ...first, method: 'qr' })).toBe(false);
  });

  it('fills the empty fields from its lines, never sure, and leaves the ones the first reading found', () => {
    const filled = fillFromSecondEngine(first, second, 'IN');
    expect(filled.fields.name).toBe('Kuldeep Punia');
    expect(filled.fields.givenName).toBe('Kuldeep');
    expect(filled.confidence.name).toBeLessThan(SURE_CONFIDENCE);
    expect(filled.sources.name?.[0]?.y).toBe(second[1]!.box.y);
    for (const k of ['company', 'title', 'phones', 'emails', 'address'] as const) {
      expect(filled.fields[k]).toEqual(first.fields[k]);
      expect(filled.confidence[k]).toBe(first.confidence[k]);
    }
    // On a Russian card it lends the e-mail, not a company read from Cyrillic as Latin scraps.
    const russian = { ...draft('Иван Петров', 'Генеральный директор', '+7 495 123-45-67'), country: 'RU' };
    const lent = fillFromSecondEngine(russian, lines('Nbah Netpob', 'OOO Romashka', '+7 495 123-45-67', 'ivan@romashka.ru'), 'RU');
    expect(lent.fields.emails).toEqual(['ivan@romashka.ru']);
    expect(lent.fields.company).toBe(russian.fields.company);
    expect(lent.fields.name).toBe('Иван Петров');
    // Nothing read: the draft as it was.
    expect(fillFromSecondEngine(first, [], 'IN')).toBe(first);
  });

  it('lends no web address that is the card address\'s words, run together by the second engine (seed 63 s2_036: "Abu Dhabi.UAE")', () => {
    const ocrLines = [
  line([["NOURA", 0.92, 109, 178, 205, 34], ["AL", 0.91, 343, 178, 69, 33], ["HASHIMI", 0.91, 446, 178, 260, 34]]),
  line([["SENIOR", 0.95, 103, 225, 108, 19], ["CONSULTANT", 0.96, 225, 225, 199, 19]]),
  line([["RESEARCH", 0.93, 99, 252, 140, 17], ["&", 0.92, 252, 254, 12, 14], ["DEVELOPMENT", 0.95, 279, 253, 193, 16]]),
  line([["А:", 0.90, 83, 356, 21, 18], ["Floor", 0.96, 113, 356, 54, 19], ["5,", 0.95, 174, 357, 19, 19], ["Al", 0.93, 201, 357, 22, 18], ["Maqam", 0.87, 230, 357, 82, 23], ["Tower,", 0.96, 321, 357, 74, 21], ["Al", 0.96, 403, 357, 21, 19], ["Reem", 0.96, 432, 357, 65, 20], ["Island", 0.76, 505, 358, 67, 20]]),
  line([["Abu", 0.96, 78, 387, 44, 19], ["Dhabi,", 0.96, 130, 387, 69, 20], ["UAE", 0.89, 208, 388, 49, 19]]),
  line([["Т:", 0.92, 77, 418, 20, 19], ["+971", 0.93, 106, 419, 56, 20], ["2828", 0.90, 173, 419, 68, 21], ["4294", 0.95, 248, 420, 60, 21], ["М:", 0.94, 333, 420, 28, 20], ["050", 0.96, 370, 421, 46, 21], ["837", 0.96, 423, 421, 46, 21], ["8081", 0.96, 476, 421, 58, 21]]),
  line([["Е:", 0.35, 70, 453, 21, 20], ["+971", 0.95, 101, 454, 56, 20], ["2", 0.91, 168, 454, 16, 21], ["828", 0.91, 190, 454, 46, 21], ["4295", 0.96, 244, 455, 61, 21]]),
    ];
    const ex = extractFields(ocrLines, { defaultCountry: 'US' });
    const read: Recognized = { fields: ex.fields, confidence: ex.confidence, sources: ex.sources, country: ex.country, method: 'ocr', qrPayload: null, ocrLines };
    expect(read.fields.address).toBe('Floor 5, Al Maqam Tower, Al Reem Island, Abu Dhabi, UAE');
    const filled = fillFromSecondEngine(read, lines('NOURAALHASHIMI', 'SENIOR CONSULTANT', 'RESEARCH&DEVELOPMENT', 'A:Floor5.Ai Maqam Tower,Al Reem lsland', 'Abu Dhabi.UAE', 'T:+97128284294M:0508378081', 'F:+97128284295'), 'US');
    expect(filled.fields.websites).toEqual([]);
    // A web address of its own is still lent.
    const lent = fillFromSecondEngine(read, lines('Abu Dhabi.UAE', 'www.alreem-research.ae'), 'US');
    expect(lent.fields.websites).toEqual(['www.alreem-research.ae']);
  });
});

describe('a web address the second engine lends', () => {
  it('keeps the "www." the first engine read before its start (heldout19 h19_016)', () => {
    const first = draft('Philip Rowe', 'PEST MANAGEMENT TECHNICIAN', 'M: 0409 166 399 philip@emerald4012.com.au', 'WWW.EMERALDCARPETAND SERVICES');
    expect(first.fields.websites).toEqual([]);
    const filled = fillFromSecondEngine(first, lines('Philip Rowe', 'EMERALDCARPETANDPESTSERVICES.COM.AU'), 'AU');
    expect(filled.fields.websites).toEqual(['www.emeraldcarpetandpestservices.com.au']);
    // Where the first engine saw no "www." before it, none is added.
    const bare = fillFromSecondEngine(draft('Philip Rowe', 'philip@emerald4012.com.au'), lines('EMERALDCARPETANDPESTSERVICES.COM.AU'), 'AU');
    expect(bare.fields.websites).toEqual(['emeraldcarpetandpestservices.com.au']);
  });
});

describe('a company the second engine lends', () => {
  it('is spelt as the card\'s domain spells it, a look-alike letter apart, in its own case (realdev3 rd3_016)', () => {
    expect(spelledByDomain('InvestAiberta', ['investalberta.ca'])).toBe('InvestAlberta');
    expect(spelledByDomain('PLANET1OTECH', ['planet10tech.com'])).toBe('PLANET10TECH');
    // Two letters off, another word, several words or a short one: as read.
    expect(spelledByDomain('InvestAibertu', ['investalberta.ca'])).toBe('InvestAibertu');
    expect(spelledByDomain('Harbor Health', ['harborhealth.ae'])).toBe('Harbor Health');
    expect(spelledByDomain('Acme', ['acne.com'])).toBe('Acme');
    const first = draft('TOM WALSH', 'CRM Data Analyst', '+1.403.200.4476', 'tom.walsh@investalberta.ca');
    expect(fillFromSecondEngine(first, lines('InvestAiberta', 'TOM WALSH'), 'CA').fields.company).toBe('InvestAlberta');
  });
});

describe('the second engine’s words', () => {
  it('puts a capitals word with one small letter in capitals, and leaves words in small letters or mixed case', () => {
    expect(inCapitals('MAHENdERA')).toBe('MAHENDERA');
    expect(inCapitals('FURNITURE')).toBe('FURNITURE');
    for (const w of ['McDonald', 'iPhone', 'Kuldeep', 'planet10tech', 'GmbH', 'LLC', 'eBay', 'InvestAlberta', 'MacKenzie'])
      expect(inCapitals(w)).toBe(w);
  });
  it('capitalises a word whose letters were read now capital, now small (a logo: h19_016)', () => {
    expect(inCapitals('EmeRaLd')).toBe('Emerald');
    expect(inCapitals('SuNsHiNe')).toBe('Sunshine');
  });
});

describe('an address the first reading cut short', () => {
  it('is the second engine’s whole one: the mailbox’s start lost at the same domain, or a web address’s ending', () => {
    expect(mailCutShort('ywork@gmail.com', 'blueridgemassageandbodywork@gmail.com')).toBe(true);
    expect(mailCutShort('4.magyar@icst.org', 'gabriella.magyar@icst.org')).toBe(true);
    // Another domain, the same length, or a tail too short to say.
    expect(mailCutShort('ywork@gmail.com', 'blueridgework@yahoo.com')).toBe(false);
    expect(mailCutShort('anna@smith.com', 'anna@smith.com')).toBe(false);
    expect(mailCutShort('k@smith.com', 'frank@smith.com')).toBe(false);
    // An icon before the address read as a letter (seed 35 s2_035): the first reading was right.
    expect(mailCutShort('kunde.b@falcontrading.com', 'ekunde.b@falcontrading.com')).toBe(false);
    expect(siteCutShort('http://media.polito', 'http://media.polito.it/masala')).toBe(true);
    expect(siteCutShort('www.acme.com', 'acme.com/contact')).toBe(true);
    // A longer word is another site, not this one's ending.
    expect(siteCutShort('www.acme.com', 'www.acme.company')).toBe(false);
  });

  it('is taken when the second engine ran, never sure; the fields it did not read stay', () => {
    const first = draft('SHAWNDA PEERY', 'Licensed Massage Therapist', 'Charlottesville VA 22901', 'ywork@gmail.com', '434 260 9924');
    expect(first.fields.emails).toEqual(['ywork@gmail.com']);
    const filled = fillFromSecondEngine(first, lines('BLUE RIDGE MASSAGE & BODYWORK', 'blueridgemassageandbodywork@gmail.com'), 'US');
    expect(filled.fields.emails).toEqual(['blueridgemassageandbodywork@gmail.com']);
    expect(filled.confidence.emails).toBeLessThan(SURE_CONFIDENCE);
    expect(filled.fields.phones).toEqual(first.fields.phones);
  });
});

describe("the person's name read glued by the second engine (seed 55 s2_030)", () => {
  it('is lent as no company: "Jun JieWong" beside the name the first engine read', () => {
    const first = draft('Jun Jie Wong', 'CEO', 'M: +65 8159 3188');
    expect(first.fields.company).toBe('');
    const second = [
      line([["Jun", 0.96, 540, 71, 86, 62], ["JieWong", 0.96, 642, 71, 250, 62]]),
      line([["CEO", 1.00, 540, 136, 61, 29]]),
      line([["M:", 0.94, 540, 505, 26, 24], ["+65", 0.94, 576, 505, 47, 24], ["8159", 0.94, 632, 505, 59, 24], ["3188", 0.94, 700, 505, 65, 24]]),
      line([["A:", 0.98, 538, 543, 20, 28], ["69", 0.98, 567, 543, 29, 28], ["Robinson", 0.98, 606, 543, 182, 28], ["Road,", 0.98, 797, 543, 15, 28], ["#18-05", 0.98, 819, 543, 69, 28]]),
    ];
    expect(extractFields(second, { defaultCountry: 'SG' }).fields.company).toBe('Jun JieWong');
    const filled = fillFromSecondEngine(first, second, 'SG');
    expect(filled.fields.company).toBe('');
    expect(filled.fields.name).toBe('Jun Jie Wong');
  });
});

describe('what the second engine does not lend (new real set, real OCR lines)', () => {
  it('no web address that is the e-mail with its "@" read as a letter (real_603)', () => {
    const ocrLines = [
      line([['Louis', 0.96, 68, 282, 76, 26], ['Perrin', 0.96, 156, 281, 84, 26]]),
      line([['DIRECTOR', 0.96, 69, 328, 123, 16]]),
      line([['+44', 0.95, 116, 389, 41, 17], ['(0)', 0.95, 166, 388, 25, 19], ['1473', 0.96, 201, 388, 47, 17], ['550881', 0.96, 257, 387, 77, 19]]),
      line([['Е:', 0.92, 71, 463, 3, 11], ['lperrin@hemisphere-freight.com', 0.72, 116, 453, 347, 28]]),
    ];
    const ex = extractFields(ocrLines, { defaultCountry: 'GB' });
    const read: Recognized = { fields: ex.fields, confidence: ex.confidence, sources: ex.sources, country: ex.country, method: 'ocr', qrPayload: null, ocrLines };
    const second = [
      line([['Louis', 0.97, 71, 284, 74, 28], ['Perrin', 0.97, 157, 284, 91, 28]]),
      line([['E', 0.98, 75, 455, 96, 25], ['lperrinahemisphere-freight.com', 0.98, 175, 455, 297, 25]]),
    ];
    // (Dropped after every reading, whichever engine read it: contact-reread.ts withoutSiteScraps.)
    expect(withoutSiteScraps(fillFromSecondEngine(read, second, 'GB')).fields.websites).toEqual([]);
    // The domain alone is the card's web address, and is lent.
    expect(withoutSiteScraps(fillFromSecondEngine(read, [...second, line([['hemisphere-freight.com', 0.98, 75, 500, 200, 25]])], 'GB')).fields.websites).toEqual(['hemisphere-freight.com']);
  });

  it('no company that is a line sending the reader to the web site, read glued (real_606)', () => {
    const ocrLines = [
      line([['Robert', 0.96, 247, 167, 154, 33], ['Dundas', 0.96, 417, 167, 173, 33]]),
      line([['Sales', 0.96, 245, 222, 90, 27], ['Director', 0.96, 348, 222, 143, 27]]),
      line([['+44', 0.95, 245, 318, 61, 24], ['(0)', 0.96, 317, 316, 38, 32], ['7713', 0.96, 367, 318, 70, 24], ['561', 0.95, 447, 317, 49, 24], ['273', 0.94, 508, 318, 56, 24]]),
      line([['robert.dundas@hurricanecommerce.com', 0.9, 248, 367, 687, 32]]),
      line([['Visit', 0.96, 242, 470, 64, 22], ['us', 0.96, 317, 475, 31, 17], ['at', 0.91, 358, 472, 27, 20], ['hurricanecommerce.com', 0.9, 394, 468, 384, 24]]),
    ];
    const ex = extractFields(ocrLines, { defaultCountry: 'GB' });
    const read: Recognized = { fields: ex.fields, confidence: ex.confidence, sources: ex.sources, country: ex.country, method: 'ocr', qrPayload: null, ocrLines };
    expect(read.fields.company).toBe('');
    const second = [
      line([['Robert', 0.98, 248, 175, 153, 38], ['Dundas', 0.98, 418, 175, 177, 38]]),
      line([['robert.dundas@hurricanecommerce.com', 1, 248, 377, 697, 30]]),
      line([['Visitus', 0.98, 245, 479, 61, 28], ['athurricanecommerce.com', 0.98, 317, 479, 469, 28]]),
    ];
    expect(fillFromSecondEngine(read, second, 'GB').fields.company).toBe('');
    // A company line of its own is still lent.
    expect(fillFromSecondEngine(read, [...second, line([['Hurricane', 0.98, 245, 520, 200, 28], ['Commerce', 0.98, 455, 520, 200, 28], ['Ltd', 0.98, 665, 520, 60, 28]])], 'GB').fields.company).toBe('Hurricane Commerce Ltd');
  });
});

describe('an e-mail the first reading broke at a gap', () => {
  it('is taken whole from the second engine where the first line, its spaces dropped, spells it (real_707)', () => {
    const ocrLines = [
      line([['Michael', 0.92, 38, 458, 230, 58], ['Eldin', 0.91, 327, 452, 145, 57]]),
      line([['System', 0.95, 38, 537, 107, 32], ['Validation', 0.94, 168, 534, 145, 27], ['Engineer', 0.94, 336, 530, 125, 32]]),
      line([['michaeldin7', 0.66, 39, 573, 167, 29], ['70@gmail.com', 0.8, 220, 565, 201, 45]]),
      line([['054-7297789', 0.89, 40, 610, 209, 30]]),
    ];
    const ex = extractFields(ocrLines, { defaultCountry: 'US' });
    const read: Recognized = { fields: ex.fields, confidence: ex.confidence, sources: ex.sources, country: ex.country, method: 'ocr', qrPayload: null, ocrLines };
    expect(read.fields.emails).toEqual(['70@gmail.com']);
    const second = [
      line([['Michael.', 0.97, 33, 464, 235, 69], ['Eldin', 0.97, 329, 464, 149, 69]]),
      line([['michaeldin770@gmail.com', 0.99, 37, 583, 390, 37]]),
      line([['054-7297789', 1, 40, 628, 212, 24]]),
    ];
    const filled = fillFromSecondEngine(read, second, 'US');
    expect(filled.fields.emails).toEqual(['michaeldin770@gmail.com']);
    expect(filled.confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
    // A longer address the first line does not spell is not taken for the tail it ends with.
    const other = fillFromSecondEngine(read, [line([['jim70@gmail.com', 0.99, 37, 583, 390, 37]])], 'US');
    expect(other.fields.emails).toEqual(['70@gmail.com']);
  });
});
