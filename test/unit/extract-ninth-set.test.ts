/**
 * What held-out 9 (Swiss, British, Dutch and Indian office cards) taught: a name's part before
 * the e-mail set apart by a gap, numbers run on into a bar or a second line's last digits, a
 * label's colon read as a 1, street lines over a postcode line, a faculty's degree after a name,
 * a slogan that ends in "company", a web address misread where the e-mail and the logo agree.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones } from '../../main/recognize/extract/phones.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { lines } from '../ocr-lines.js';

describe('e-mail addresses with a gap for their dot', () => {
  it('joins the name’s part before the gap with a dot, spelt as the name spells it', () => {
    const misread = extractFields(lines('Fabrice Grosjean', 'E: fabnce grosjean@pmi.com'));
    expect(misread.fields.emails).toEqual(['fabrice.grosjean@pmi.com']);
    expect(misread.confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(extractFields(lines('Ashwani Kumar', 'M-+91 6352771857 _ashwani kumar4@kotak.com'), { defaultCountry: 'IN' }).fields.emails).toEqual(['ashwani.kumar4@kotak.com']);
    // A word that is no part of the name stays out.
    expect(extractFields(lines('Fabrice Grosjean', 'contact grosjean@pmi.com')).fields.emails).toEqual(['grosjean@pmi.com']);
  });
});

describe('numbers run on into what follows them', () => {
  it('cuts a bar read as a 1 off a number, and reads a second line’s last digits after a slash', () => {
    expect(findPhones('Mob: +91 9821026329 1 Tel: +91 2265358100/111', ['IN']).map((p) => p.value)).toEqual(['+919821026329', '+912265358100', '+912265358111']);
    expect(findPhones('0422-2400567/68', ['IN']).map((p) => p.value)).toEqual(['+914222400567', '+914222400568']);
  });

  it('reads a label’s colon misread as a 1, but keeps a 1 that belongs to the number', () => {
    expect(findPhones('DID 1 120 460 3562', ['IN'])).toMatchObject([{ value: '+911204603562' }]);
    expect(findPhones('Tel 1 800 555 0199', ['US'])).toMatchObject([{ value: '+18005550199' }]);
  });
});

describe('addresses', () => {
  it('takes the lines over a postcode’s line, though one reads a little like a company', () => {
    expect(extractFields(lines('Liam Butler', 'IBM United Kingdom Limited', '76/78 Upper Ground', 'South Bank', 'London SE1 9PZ', 'Tel +44 (0)207 202 3261')).fields.address).toBe(
      '76/78 Upper Ground, South Bank, London SE1 9PZ',
    );
  });

  it('takes every item of an address set out as a list with bars', () => {
    const { fields } = extractFields(
      lines('Mehul Nachane', 'NEXTGEN TECH INITIATIVES PVT LTD', 'G-1 | Plot A-27 | Road No.10 | Wagle Industrial Estate | MIDC', 'Thane, Maharashtra | India - 400604', 'Mob: +91 9821026329'),
      { defaultCountry: 'IN' },
    );
    expect(fields.address).toMatch(/Plot A-27, Road No\.10, Wagle Industrial Estate, MIDC, (?:Thane, Maharashtra, )?India - 400604$/);
  });

  it('reads a street with its number after it, "Nr" landmarks and a PIN in two groups of three', () => {
    expect(extractFields(lines('NABIL OUERHANI', "Espace de l'Europe 11", '2000 Neuchâtel', 'T. +41 32 930 22 08')).fields.address).toBe("Espace de l'Europe 11, 2000 Neuchâtel");
    expect(extractFields(lines('Pankaj Singh', 'Vice President', 'Nr Mithakhali Circle, Navrangpura', 'Ahmedabad 380 009', 'Gujarat, India'), { defaultCountry: 'IN' }).fields.address).toBe(
      'Nr Mithakhali Circle, Navrangpura, Ahmedabad 380 009, Gujarat, India',
    );
  });
});

describe('names, titles and companies', () => {
  it('drops a Swiss faculty degree and a Dutch engineer’s title around a name', () => {
    expect(extractFields(lines('Christian Aldrey |ic.iur.', 'Chef Verkehrspolizei', 'christian.aldrey@kapo.sg.ch')).fields.name).toBe('Christian Aldrey');
    expect(extractFields(lines('Dr. ir. Harm Bakker', 'h.bakker@bizzdesign.com')).fields.name).toBe('Harm Bakker');
  });

  it('reads a family name one letter off a title word as the name it is, with no e-mail to spell it ("Bakker", not "Banker")', () => {
    const { fields } = extractFields(lines('BiZZdesign', 'P.O. Box 321', '7500 AH Enschede', 'The Netherlands', 'Or. ir. Harm Bakker', 'Phone +31 53 4676 151'), { defaultCountry: 'NL' });
    expect(fields.name).toBe('Harm Bakker');
    expect(fields.title).toBe('');
    // A title word misread one letter off is still mended.
    expect(extractFields(lines('Anna Smit', 'Sales Maneger', 'anna@smit.nl')).fields.title).toBe('Sales Manager');
  });

  it('takes a line of business words with no known name in it for no person', () => {
    const { fields } = extractFields(lines('Corporate Facilities Management', 'T : +852 2629 2330', 'E: orrabi.lo@hkstp.org', 'Hong Kong Science and Technology Parks Corporation'));
    expect(fields.name).toBe('');
    expect(fields.company).toBe('Hong Kong Science and Technology Parks Corporation');
  });

  it('keeps a legal form’s last dot read as a colon', () => {
    expect(extractFields(lines('HANSUNGCOMPUTER CO.,LTD:', 'e-Mail hansungcs@gmail.com')).fields.company).toBe('HANSUNGCOMPUTER CO.,LTD.');
  });

  it('writes a dash between a title’s parts as a hyphen', () => {
    expect(extractFields(lines('MADAN LAL CHAUHAN', 'Sr. OFFICER — FINANCE ACCOUNTS')).fields.title).toBe('Sr. OFFICER - FINANCE ACCOUNTS');
  });

  it('takes an école as the employer, and no slogan that ends in "company"', () => {
    expect(extractFields(lines('NABIL OUERHANI', 'HAUTE ÉCOLE ARC INGÉNIERIE', 'Professeur', 'nabil.ouerhani@he-arc.ch')).fields.company).toBe('HAUTE ÉCOLE ARC INGÉNIERIE');
    const slogan = extractFields(lines('inmarsat', 'The mobile satellite company', 'Peter Horvath', 'Manager, Digital Services', 'peter.horvath@inmarsat.com'));
    expect(slogan.fields.company).toBe('inmarsat');
    expect(extractFields(lines('The Coca-Cola Company', 'John Smith')).fields.company).toBe('The Coca-Cola Company');
  });
});

describe('web addresses', () => {
  it('mends a web address from the e-mail where the logo prints the e-mail’s spelling', () => {
    const { fields, confidence } = extractFields(lines('inmarsat', 'Peter Horvath', 'E peter.horvath@inmarsat.com', 'W inmorsat.com'));
    expect(fields.websites).toEqual(['inmarsat.com']);
    expect(fields.emails).toEqual(['peter.horvath@inmarsat.com']);
    expect(confidence.websites ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('keeps one web address written in full where the logo prints it short', () => {
    expect(extractFields(lines('Neuchatel jura | he-arc.ch', 'NABIL OUERHANI', 'www.isic-arc.ch', 'www.he-arc.ch')).fields.websites).toEqual(['www.he-arc.ch', 'www.isic-arc.ch']);
  });
});
