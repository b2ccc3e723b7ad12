/**
 * What a fourth look at real cards taught: South Indian names (initials before one name),
 * labels printed in a column apart from their numbers, two numbers in one run, Turkish
 * addresses, degrees listed after a name, a list of services or countries on one line.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones, rankCountries } from '../../main/recognize/extract/phones.js';
import { nameShape, withoutHonorific } from '../../main/recognize/extract/names.js';
import { line, lines } from '../ocr-lines.js';

describe('names', () => {
  it('takes initials before one name, as South Indian cards print it', () => {
    for (const n of ['S. RAMASAMY', 'K.Jayachandru', 'L.P. Thangavelu', 'P. Selvam']) expect(nameShape(n)).toBeGreaterThan(0);
    // A misread line is no name: a street's word, a lone initial, a short word.
    for (const n of ['A. Street', 'J. K.', 'K. Ram']) expect(nameShape(n)).toBe(0);
    const { fields } = extractFields(lines('K.Jayachandru', '9585844293', 'svsitproductshosur@gmail.com', 'Basthi Road, Hosur - 635 109.'));
    expect(fields.name).toBe('K.Jayachandru');
    expect([fields.givenName, fields.familyName]).toEqual(['Jayachandru', 'K.']);
  });

  it('takes a first initial without its dot before two names, never an article', () => {
    expect(nameShape('J Robert Burgoyne')).toBe(1);
    expect(nameShape('A Better Way')).toBe(0);
    expect(nameShape('The Computer Consultants')).toBe(0);
  });

  it('drops a glued honorific and a list of degrees and fellowships after the name', () => {
    expect(withoutHonorific('Dr.L.P. Thangavelu Ms,, D.sc., FICS., FAIS., FIAGES')).toBe('L.P. Thangavelu');
    expect(withoutHonorific('Er. S.Sathesh')).toBe('S.Sathesh');
    expect(withoutHonorific('D. Manikandan, M.Com.')).toBe('D. Manikandan');
    // A name in capitals keeps its second word; a title after a comma is no degree.
    expect(withoutHonorific('JOHN SMITH, MBA')).toBe('JOHN SMITH');
    expect(withoutHonorific('WONG, KAR')).toBe('WONG, KAR');
    expect(withoutHonorific('Anna Smith, CEO')).toBe('Anna Smith, CEO');
  });

  it('joins a title set on two lines, the qualifiers above the head noun, and keeps its region; not sure', () => {
    const { fields, confidence } = extractFields(lines('BETCONSTRUCT', 'LYUDMILA KARAPETYAN', 'REGIONAL BUSINESS DEVELOPMENT', 'EXECUTIVE (NORTH AMERICA)', '+1(818) 6972601', 'lyudmila.karapetyan@betconstruct.com'));
    expect(fields.name).toBe('LYUDMILA KARAPETYAN');
    expect(fields.title).toBe('REGIONAL BUSINESS DEVELOPMENT EXECUTIVE (NORTH AMERICA)');
    expect(confidence.title).toBeLessThan(0.9);
    // Two roles on two lines stay apart, and the one taken is not sure: the other may be meant.
    const two = extractFields(lines('Anna Smith', 'Chief Executive Officer', 'Founder', 'anna@acme.com'));
    expect(two.fields.title).toBe('Chief Executive Officer');
    expect(two.confidence.title).toBeLessThan(0.9);
  });

  it("takes no title cut short for the name, nor a garbled e-mail line for the company", () => {
    // "De" is in the name lists; "Naoko" is not (they are English and Russian).
    const { fields } = extractFields(lines('KOBAYASHI Naoko', 'Business De', 'Quantum Inc', 'Naka-ku, Nagoya 460-0003'));
    expect(fields.name).toBe('KOBAYASHI Naoko');
    expect(extractFields(lines('apex', 'Naoko Ito', 'Email nacho Ro@apes co ip')).fields.company).not.toContain('Email');
    // A social handle under the logo still names the company.
    expect(extractFields(lines('@planet10tech', 'Jane Doe', 'jane@planet10tech.com')).fields.company).toBe('planet10tech');
  });

  it('reads no name out of a list of services printed on one line', () => {
    const { fields } = extractFields(lines('ROYAL AGENCY', 'Home Loan | Mortgage Loan | Personal Loan | Business Loan', '+91 90112 68731'));
    expect(fields.name).toBe('');
  });
});

describe('numbers', () => {
  it('keeps the kind of a label printed in a column of its own, apart from the number', () => {
    const { fields } = extractFields([
      line([['S.', 0.95, 20, 50, 20, 30], ['RAMASAMY', 0.95, 50, 50, 200, 30], ['Tel', 0.95, 580, 55, 50, 25], ['0091', 0.95, 730, 55, 70, 25], ['4563', 0.95, 810, 55, 70, 25], ['230096', 0.95, 890, 55, 100, 25]]),
      line([['Fax', 0.95, 580, 140, 50, 25], ['0091', 0.95, 700, 140, 70, 25], ['4563', 0.95, 780, 140, 70, 25], ['230193', 0.95, 860, 140, 100, 25]]),
      line([['Mobile', 0.95, 580, 300, 90, 25], [':', 0.95, 680, 300, 8, 25], ['73737', 0.95, 700, 300, 90, 25], ['69970', 0.95, 800, 300, 90, 25]]),
    ]);
    expect(fields.name).toBe('S. RAMASAMY');
    expect(fields.phones).toEqual([
      { value: '+914563230096', kind: 'work' },
      { value: '+914563230193', kind: 'fax' },
      { value: '+917373769970', kind: 'mobile' },
    ]);
  });

  it('reads a label glued to a number ("Tel 0091 ..."), and cuts two numbers printed one after the other', () => {
    expect(findPhones('Tel 0091 4563 230096', ['IN']).map((p) => [p.value, p.kind])).toEqual([['+914563230096', 'work']]);
    expect(findPhones('0532 139 5336 0533 593 02 58', ['TR']).map((p) => p.value)).toEqual(['+905321395336', '+905335930258']);
    // "0422-2400567, 98428 02351": the number after the comma is a number of its own, not an extension.
    const listed = findPhones('0422-2400567, 98428 02351', ['IN']);
    expect(listed.map((p) => p.value)).toEqual(['+914222400567', '+919842802351']);
    expect(listed[0]!.ext).toBeUndefined();
  });

  it("reads no phone out of a key's fingerprint", () => {
    const { fields } = extractFields(lines('MORITZ HEIBER', '+49 151 70018414', '8218 23F6 98D1 D195 873D 3392 11E2 24D7 F75C 32B1'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+4915170018414']);
  });

  it("takes India from a PIN after its city, Turkey from a quarter and a street's abbreviations", () => {
    expect(rankCountries('Basthi Road, Hosur - 635 109.')[0]).toBe('IN');
    expect(rankCountries('Abdurrahmangazi Mah. Petrolyolu Cad. No:142/A Sultanbeyli')[0]).toBe('TR');
  });
});

describe('contact lines', () => {
  it('ends an e-mail address at the comma before the next label, and reads the website after it', () => {
    const { fields } = extractFields(lines('E-mail : ipthangavelu@gmail.com, Website : www.ashwinhospital.com'));
    expect(fields.emails).toEqual(['ipthangavelu@gmail.com']);
    expect(fields.websites).toEqual(['www.ashwinhospital.com']);
  });

  it("spells a mailbox as the card's own words do when OCR confused one letter of it, not sure", () => {
    const { fields, confidence } = extractFields(lines('Dell Exclusive Store', 'P. Selvam', 'Dell Store Promoter', '+91 4344 221342', 'delistore@tcchsr.com'));
    expect(fields.emails).toEqual(['dellstore@tcchsr.com']);
    expect(confidence.emails).toBeLessThan(0.9);
    // A mailbox the card spells as read stays.
    expect(extractFields(lines('Deli Store', 'delistore@tcchsr.com')).fields.emails).toEqual(['delistore@tcchsr.com']);
  });

  it("mends a gap OCR read inside an e-mail's domain, and takes the rest of the address for no web address", () => {
    const { fields } = extractFields(lines('muge.alanbay@f migroupe-france.com', 'fmigroupe.com'));
    expect(fields.emails).toEqual(['muge.alanbay@fmigroupe-france.com']);
    expect(fields.websites).toEqual(['fmigroupe.com']);
  });

  it('takes an icon read as "®" before a web address for no e-mail, and the web address after specks for the address', () => {
    const { fields } = extractFields(lines('RO D U i. S ® www.svsitproducts.com'));
    expect(fields.emails).toEqual([]);
    expect(fields.websites).toEqual(['www.svsitproducts.com']);
  });
});

describe('companies and addresses', () => {
  it("mends a legal form's misread last letter and drops a logo's mark read as a quote", () => {
    expect(extractFields(lines('BOURBON CITY ARCHERY, LLO', 'Lev Weinstein')).fields.company).toBe('BOURBON CITY ARCHERY, LLC');
    expect(extractFields(lines('Han Sung Motor Co., Lid.', 'Sales Consultant')).fields.company).toBe('Han Sung Motor Co., Ltd.');
    expect(extractFields(lines('ThoughtWorks’', 'MORITZ HEIBER', 'mheiber@thoughtworks.com')).fields.company).toBe('ThoughtWorks');
    // Seeds 35 and 23: plc's c read as an e, LLC's last C as a G.
    expect(extractFields(lines('Apex Analytics ple', 'Tom Reid', 'tom@apexanalytics.co.uk')).fields.company).toBe('Apex Analytics plc');
    expect(extractFields(lines('Harbor Health LLG', 'Jerad Kassulke', 'jerad@harbor-health.ae')).fields.company).toBe('Harbor Health LLC');
  });

  it('reads English curly quotes after a Russian legal form as straight ones, and drops a lone letter of the other script before a Russian name (seeds 33, 23)', () => {
    expect(extractFields(lines('ЗАО “Байкал”', 'Воронцова Анастасия', 'anastasiya_vorontsova@baykal.com')).fields.company).toBe('ЗАО "Байкал"');
    expect(extractFields(lines('ООО «Байкал»', 'Воронцова Анастасия', 'anastasiya_vorontsova@baykal.com')).fields.company).toBe('ООО «Байкал»');
    expect(extractFields(lines('Марина Юльевна Селиверстова', 'Архитектор', 'S Меридиан-Групп', 'mseliverstova@meridian-grupp.ru')).fields.company).toBe('Меридиан-Групп');
  });

  it('gives "Inc.", "Corp." and "Co." their dot, lost in small print, and leaves "Ltd" as printed (realdev3 rd3_004, seed 23 s2_003)', () => {
    expect(extractFields(lines('Securics, Inc', 'Walter J. Scheirer', 'Biometric Engineer')).fields.company).toBe('Securics, Inc.');
    expect(extractFields(lines('Atlas Capital Co', 'Cullen Lind', 'cullen_lind@atlas-capital.com')).fields.company).toBe('Atlas Capital Co.');
    expect(extractFields(lines('Apex Holdings Ltd', 'Tom Reid', 'tom@apexholdings.co.uk')).fields.company).toBe('Apex Holdings Ltd');
    // A word that only ends so is no legal form.
    expect(extractFields(lines('Disco', 'Tom Reid', 'tom@disco.com')).fields.company).not.toBe('Disco.');
  });

  it("reads a Turkish office's address without its label, not joined to the workshop's below", () => {
    const { fields } = extractFields([
      line([['Ofis', 0.95, 60, 540, 60, 30], [':', 0.95, 125, 540, 8, 30], ['Abdurrahmangazi', 0.95, 140, 540, 200, 30], ['Mah.', 0.95, 350, 540, 50, 30], ['Petrolyolu', 0.95, 410, 540, 120, 30], ['Cad.', 0.95, 540, 540, 50, 30], ['No:142/A', 0.95, 600, 540, 100, 30], ['Sultanbeyli', 0.95, 712, 540, 130, 30], ['-', 0.95, 852, 540, 10, 30], ['İST.', 0.95, 872, 540, 50, 30]]),
      line([['Atölye:', 0.95, 60, 586, 90, 30], ['Hamidiye', 0.95, 160, 586, 110, 30], ['Mah.', 0.95, 280, 586, 50, 30], ['Seyyid', 0.95, 340, 586, 80, 30], ['Kutup', 0.95, 430, 586, 70, 30], ['Cad.', 0.95, 510, 586, 50, 30], ['No.1/A', 0.95, 570, 586, 80, 30]]),
      line([['Sultanbeyli', 0.95, 794, 584, 130, 30], ['-', 0.95, 930, 584, 10, 30], ['İST.', 0.95, 950, 584, 50, 30]]),
    ]);
    expect(fields.address).toBe('Abdurrahmangazi Mah. Petrolyolu Cad. No:142/A Sultanbeyli - İST');
  });

  it('takes a short capitalised line ending with its trade as the company when nothing else names one, not sure', () => {
    const { fields, confidence } = extractFields(lines('The Little Wood Shop', 'Furniture, Gifts, Toys and Wooden Slabs', 'Cnr Service Road & Mossie Street, Sedgefield'));
    expect(fields.company).toBe('The Little Wood Shop');
    expect(confidence.company).toBeLessThan(0.9);
    // A corner of two streets is an address.
    expect(fields.address).toBe('Cnr Service Road & Mossie Street, Sedgefield');
    // A list of goods is no company.
    expect(extractFields(lines('All Type of Wooden Furniture,', 'Rajesh Kumar')).fields.company).toBe('');
  });

  it("takes a line a shop's mailbox spells whole, with no given name in it, for the business, not its owner", () => {
    const { fields } = extractFields(lines('PEST CONTROL', '2/126, Kannimar Kovil Street,', 'Ezhil Nagar, Trichy - 620 014.', '88833 75780', 'dgpestcontrolservice@gmail.com'));
    expect(fields.name).toBe('');
    expect(fields.company).toBe('PEST CONTROL');
  });

  it("puts a shop's own word before its trade: the big word above it, or the word its mailbox leads with", () => {
    expect(extractFields(lines('Mahender Kumar © 92156-26059', 'Mahendera', 'FURNITURE HOUSE', 'Deals in :', 'Opp. Asija Sales Agency, Dogran Bazar, Hisar')).fields.company).toBe('Mahendera FURNITURE HOUSE');
    const { fields } = extractFields(lines('ABDELKADER ARIFI', 'Gérant', 'MAINTENANCE SERVICE', '(+216) 58 031 933', 'arifimaintenanceservice@gmail.com'));
    expect(fields.company).toBe('ARIFI MAINTENANCE SERVICE');
  });

  it("takes the first of two partners' names printed on one line", () => {
    const { fields } = extractFields(lines('FORKLİFT TRANSPALET', 'Tamir Bakım', 'Enis GÖGSU Musa USTA', '0532 139 5336 0533 593 02 58'));
    expect(fields.name).toBe('Enis GÖGSU');
  });

  it('reads no address out of the countries a company works in', () => {
    const { fields } = extractFields(lines('Matthew Newton', 'matthewn@vetassess.com.au', 'Australia | India | China | Middle East'));
    expect(fields.address).toBe('');
  });
});
