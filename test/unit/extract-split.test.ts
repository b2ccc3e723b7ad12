/**
 * Extraction where a company or a name is split over two lines, or lost a word: a logo word
 * above the legal form, one column of a two-column card, a stylised word OCR did not read, a
 * name printed as two lines. Each joined or completed value is a guess, never sure.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { leadWord } from '../../main/recognize/extract/confirm.js';
import { line, lines } from '../ocr-lines.js';

const SURE = 0.9;

describe('a company split over two lines', () => {
  it('takes the logo word above a legal form with a generic word as the head of the name when the domain begins with it', () => {
    const { fields, confidence } = extractFields(lines('Nordwind', 'Shipping Ltd.', 'Jonas Berg', 'Managing Director', 'Tel +44 20 7946 0000', 'jonas@nordwindsl.com'));
    expect(fields.company).toBe('Nordwind Shipping Ltd.');
    expect(confidence.company).toBeLessThan(SURE);
  });

  it('takes the column segment above it on a two-column card', () => {
    const ls = [
      line([['Karin', 0.96, 330, 460, 70, 30], ['Lenz', 0.96, 410, 460, 60, 30]]),
      line([['Head', 0.96, 300, 500, 60, 22], ['of', 0.96, 370, 500, 20, 22], ['Sales', 0.96, 400, 500, 60, 22]]),
      line([['Phone', 0.96, 76, 596, 60, 20], ['+49', 0.96, 145, 596, 40, 20], ['(40)', 0.96, 195, 596, 45, 20], ['3299755', 0.96, 250, 596, 80, 20], ['Elbe', 0.96, 505, 592, 50, 22], ['Werft', 0.96, 565, 592, 60, 22], ['Marine', 0.96, 635, 592, 70, 22]]),
      line([['Mobile', 0.96, 77, 623, 62, 21], ['+49', 0.96, 145, 623, 40, 21], ['(170)', 0.96, 195, 623, 55, 21], ['9101062', 0.96, 260, 623, 80, 21], ['Holding', 0.95, 506, 620, 80, 21], ['GmbH', 0.95, 596, 620, 55, 21]]),
      line([['k.lenz@elbewerft-holding.de', 0.9, 75, 650, 300, 24], ['Am', 0.94, 505, 650, 30, 22], ['Sandtorkai', 0.94, 545, 650, 110, 22], ['5', 0.94, 665, 650, 15, 22]]),
      line([['www.elbewerft.de', 0.9, 71, 680, 217, 24], ['D-20457', 0.94, 506, 680, 80, 17], ['Hamburg', 0.94, 596, 680, 90, 17]]),
    ];
    const { fields, confidence } = extractFields(ls);
    expect(fields.company).toBe('Elbe Werft Marine Holding GmbH');
    expect(confidence.company).toBeLessThan(SURE);
  });

  it('keeps the company as printed when its own words begin the domain or the line above does not', () => {
    // The logo repeats the company's first word: the company line is whole.
    expect(extractFields(lines('NORDWIND', 'Nordwind Shipping Ltd.', 'Jonas Berg', 'Managing Director', 'jonas@nordwind.com')).fields.company).toBe('Nordwind Shipping Ltd.');
    // A slogan above the company's line spells no part of the domain.
    expect(extractFields(lines('Across the North Sea', 'Shipping Ltd.', 'Jonas Berg', 'Managing Director', 'jonas@nordwindsl.com')).fields.company).toBe('Shipping Ltd.');
  });

  it('adds the word a hyphenated domain has before the company\'s words, in the company\'s case, not sure', () => {
    const { fields, confidence } = extractFields(lines('LOGISTICS', 'Marta Kowalska', 'Sales Director', '+48 22 555 01 23', 'mkowalska@orla-logistics.pl'));
    expect(fields.company).toBe('ORLA LOGISTICS');
    expect(confidence.company).toBeLessThan(SURE);
    expect(leadWord('Marine Systems GmbH', ['kiel-marine-systems.de'])).toBe('Kiel Marine Systems GmbH');
    // The company already has its words, the domain has two more, or the company is Russian: nothing to add.
    expect(leadWord('Orla Logistics', ['orla-logistics.pl'])).toBeNull();
    expect(leadWord('Logistics', ['go-orla-logistics.pl'])).toBeNull();
    expect(leadWord('ООО «Медиа»', ['volga-media.ru'])).toBeNull();
  });

  it('adds the logo\'s word a domain glues before a company of one word (realdev rd_010)', () => {
    expect(leadWord('Technologies', ['alobhatechnologies.com'])).toBe('Alobha Technologies');
    expect(leadWord('TECHNOLOGIES', ['alobhatechnologies.com'])).toBe('ALOBHA TECHNOLOGIES');
    // A company of more words is whole; a lead of two letters or eleven is no word of the logo's.
    expect(leadWord('Riverstone Foods', ['wewvariverstonefoods.com'])).toBeNull();
    expect(leadWord('Technologies', ['abtechnologies.com'])).toBeNull();
    expect(leadWord('Technologies', ['internationaltechnologies.com'])).toBeNull();
  });
});

describe('a name set as two lines', () => {
  it('joins two lines in small letters that are a given name and a family name, not sure', () => {
    const { fields, confidence } = extractFields(lines('anna', 'van dijk', 'creative director', '+31 20 555 0142', 'hello@studiolumen.nl'));
    expect(fields.name).toBe('anna van dijk');
    expect([fields.givenName, fields.middleName, fields.familyName]).toEqual(['anna', '', 'van dijk']);
    expect(confidence.name).toBeLessThan(SURE);
  });

  it('joins a given name and a family name each in capitals on a line of its own', () => {
    expect(extractFields(lines('PIETER', 'JANSSEN', 'Sales Manager', 'Tel +31 20 555 0142', 'info@delta-trade.nl')).fields.name).toBe('PIETER JANSSEN');
  });

  it('joins a word the e-mail spells, though no name list knows it', () => {
    const { fields, confidence } = extractFields(lines('kaito', 'quelwirth', 'Tel +49 30 5550 1234', 'kaito.quelwirth@lumen-labs.de'));
    expect(fields.name).toBe('kaito quelwirth');
    expect(confidence.name).toBeLessThan(SURE);
    // A family name line under a two-word name that only the e-mail spells.
    const rest = extractFields(lines('Anna Maria', 'Quelwirth', 'Tel +49 30 5550 1234', 'a.quelwirth@lumen-labs.de'));
    expect(rest.fields.name).toBe('Anna Maria Quelwirth');
    expect(rest.confidence.name).toBeLessThan(SURE);
  });

  it('joins a Russian surname above a given name and patronymic set twice as tall, as a full name', () => {
    const ls = [
      line([['ПАО', 0.96, 765, 66, 80, 38], ['«КЕДР»', 0.96, 855, 66, 140, 38]]),
      line([['КОЛЕСНИКОВА', 0.92, 51, 206, 386, 39]]),
      line([['ВЕРА', 0.92, 52, 261, 200, 72], ['ПАВЛОВНА', 0.92, 270, 261, 480, 72]]),
      line([['Телефон:', 0.9, 51, 423, 120, 30], ['+7', 0.9, 180, 423, 30, 30], ['843', 0.9, 220, 423, 50, 30], ['358', 0.9, 280, 423, 50, 30], ['58', 0.9, 340, 423, 30, 30], ['04', 0.9, 380, 423, 30, 30]]),
    ];
    expect(extractFields(ls).fields.name).toBe('КОЛЕСНИКОВА ВЕРА ПАВЛОВНА');
  });

  it('does not join lines that hold no word of a name', () => {
    expect(extractFields(lines('nordic', 'design lab', '+31 20 555 0142', 'hello@studiolumen.nl')).fields.name).toBe('');
    expect(extractFields(lines('anna', 'Marketing Manager', '+31 20 555 0142', 'hello@studiolumen.nl')).fields.name).not.toBe('anna Marketing Manager');
  });
});
