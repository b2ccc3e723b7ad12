/**
 * Fields extraction lost on lines OCR read well (found by re-extracting every stored reading and
 * keeping the fields whose printed text was on the card's lines): a logo's mark between a name and
 * the logo's words in smaller type, a shop's mailbox spelling its name's first words, a board's
 * serial number run on under a phone line. Word boxes as tesseract gave them.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { line } from '../ocr-lines.js';

const texts = (...ls: ReturnType<typeof line>[]) => toSegments(ls).map((s) => s.text);

describe("a logo's mark between a name and the logo's words in smaller type", () => {
  it('parts the name from the logo where the mark stands above both (seeds 27, 21, 31)', () => {
    expect(texts(line([['Claudine', 0.96, 50, 50, 238, 41], ['Fleury', 0.95, 309, 50, 174, 53], ['©', 0.53, 537, 52, 66, 66], ['Keystone', 0.96, 623, 72, 166, 35], ['Consulting', 0.96, 802, 70, 200, 38]]))).toEqual(['Claudine Fleury', 'Keystone Consulting']);
    expect(texts(line([['Susie', 0.93, 60, 60, 116, 40], ['Schamberger', 0.91, 191, 61, 299, 50], ['ll', 0.64, 538, 64, 55, 58], ['ironbridge', 0.92, 612, 80, 196, 36], ['networks', 0.96, 824, 81, 170, 28]]))).toEqual(['Susie Schamberger', 'ironbridge networks']);
    expect(texts(line([['Isabell', 0.96, 59, 68, 169, 43], ['J.', 0.78, 245, 70, 32, 53], ['DuBuque', 0.87, 296, 70, 235, 55], ['So', 0.71, 575, 58, 70, 86], ['falcon', 0.87, 667, 81, 152, 39], ['media', 0.95, 841, 81, 145, 38]]))).toEqual(['Isabell J. DuBuque', 'falcon media']);
  });

  it('finds the name of a card whose name line ran into its logo', () => {
    const { fields } = extractFields([
      line([['Claudine', 0.96, 50, 50, 238, 41], ['Fleury', 0.95, 309, 50, 174, 53], ['©', 0.53, 537, 52, 66, 66], ['Keystone', 0.96, 623, 72, 166, 35], ['Consulting', 0.96, 802, 70, 200, 38]]),
      line([['Account', 0.96, 49, 119, 84, 17], ['Executive', 0.96, 141, 118, 98, 18]]),
      line([['Keystone', 0.95, 49, 291, 137, 32], ['Consulting', 0.96, 197, 291, 165, 33], ['S.A.', 0.95, 373, 291, 61, 26]]),
      line([['Your', 0.96, 51, 336, 38, 15], ['partner', 0.96, 93, 339, 64, 17], ['in', 0.96, 163, 337, 15, 14], ['growth', 0.96, 183, 336, 59, 20]]),
    ]);
    expect(fields.name).toBe('Claudine Fleury');
    expect(fields.title).toBe('Account Executive');
    expect(fields.company).toBe('Keystone Consulting S.A.');
  });

  it("keeps a middle initial and a short word read surely, however tall OCR boxed them", () => {
    // Boxes as the logo-mark lines above, with the mark read as an initial or a sure short word.
    expect(texts(line([['Isabell', 0.96, 59, 68, 169, 43], ['J.', 0.71, 250, 58, 32, 60], ['DuBuque', 0.87, 300, 81, 235, 33]]))).toEqual(['Isabell J. DuBuque']);
    expect(texts(line([['Claudine', 0.96, 50, 50, 238, 41], ['Lee', 0.93, 310, 52, 60, 60], ['Fleury', 0.96, 392, 72, 166, 31]]))).toEqual(['Claudine Lee Fleury']);
    // The same boxes with the mark read as a sign, or as letters read unsurely, part the line.
    expect(texts(line([['Claudine', 0.96, 50, 50, 238, 41], ['©', 0.93, 310, 52, 60, 60], ['Fleury', 0.96, 392, 72, 166, 31]]))).toEqual(['Claudine', 'Fleury']);
    expect(texts(line([['Claudine', 0.96, 50, 50, 238, 41], ['So', 0.7, 310, 52, 60, 60], ['Fleury', 0.96, 392, 72, 166, 31]]))).toEqual(['Claudine', 'Fleury']);
  });

  it('keeps a name read in pieces whole: a piece close to the one before it is no mark', () => {
    const [first] = texts(line([['Co', 0.93, 60, 198, 56, 36], ['nstant', 0.91, 122, 201, 154, 33], ['D', 0.92, 294, 198, 29, 35], ['ura', 0.96, 329, 206, 75, 28], ['nd', 0.96, 411, 196, 55, 38], ['Tél.', 0.92, 494, 196, 35, 21], [':', 0.91, 538, 201, 4, 16], ['+33-1-65-10-20-40', 0.87, 552, 197, 187, 20]]));
    expect(first).toMatch(/^Co ?nstant D ?ura ?nd/);
  });
});

describe("a shop's free mailbox", () => {
  const card = (mailbox: string) => [
    line([['Sk.', 0.89, 53, 49, 89, 43], ['BAPPA', 0.89, 169, 48, 216, 43]]),
    line([['57', 0.71, 48, 189, 79, 41], ['8442999967', 0.94, 139, 194, 244, 28]]),
    line([['MOTI', 0.94, 156, 268, 121, 43], ['AND', 0.92, 294, 268, 105, 42], ['KALAM', 0.91, 417, 267, 173, 42], ['SANITARY', 0.95, 606, 265, 254, 50], ['WARE', 0.96, 872, 264, 150, 43]]),
    line([['ALL', 0.95, 155, 333, 59, 31], ['KINDS', 0.95, 226, 332, 98, 31], ['OF', 0.96, 337, 332, 44, 31], ['SANITARY', 0.96, 393, 332, 164, 31], ['WARE', 0.96, 566, 331, 99, 31]]),
    line([['Kolkata', 0.9, 671, 488, 113, 27], ['-', 0.9, 795, 502, 10, 4], ['700135', 0.96, 816, 487, 102, 28]]),
    line([['У', 0.5, 501, 530, 84, 42], [mailbox, 0.29, 610, 532, 416, 36]]),
  ];

  it('names the shop whose name it spells at the start of a line that goes on with its trade (realdev3 rd3_006)', () => {
    const { fields, confidence } = extractFields(card('motiandkalam@gmail.com'), { defaultCountry: 'IN' });
    expect(fields.company).toBe('MOTI AND KALAM SANITARY WARE');
    expect(confidence.company ?? 0).toBeLessThan(0.9);
  });

  it('names no company from a line its mailbox does not spell', () => {
    expect(extractFields(card('bappa.sk@gmail.com'), { defaultCountry: 'IN' }).fields.company).toBe('');
  });

  it("gives no company to a person's line its mailbox spells, going on with a family name", () => {
    const { fields } = extractFields([line([['Anna', 0.95, 50, 40, 80, 30], ['Maria', 0.95, 140, 40, 90, 30], ['Kowalczyk', 0.95, 240, 40, 160, 30]]), line([['annamaria@gmail.com', 0.95, 50, 100, 300, 24]])], { defaultCountry: 'PL' });
    expect(fields.company).toBe('');
  });
});

describe('a serial number under a phone line', () => {
  it('is no local number of the phone above when letters run on from its digits (realdev2 rd2_001)', () => {
    const { fields } = extractFields(
      [
        line([['email:', 0.89, 42, 470, 76, 21], ['neelpatel@1061995@gmail.com', 0.56, 164, 468, 440, 31]]),
        line([['tel:', 0.96, 45, 528, 42, 39], ['+1', 0.82, 166, 535, 33, 21], ['408', 0.82, 217, 535, 49, 21], ['708', 0.96, 282, 534, 51, 22], ['6973', 0.96, 349, 534, 70, 22]]),
        line([['2767466E_Y1', 0.5, 687, 599, 153, 16]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.phones.map((p) => p.value)).toEqual(['+14087086973']);
  });

  it('still takes a number run on to the next line without its area code', () => {
    const { fields } = extractFields(
      [line([['Phone', 0.95, 50, 40, 80, 24], [':', 0.95, 135, 40, 6, 24], ['+91-44-24331181', 0.95, 150, 40, 200, 24]]), line([['24364430', 0.95, 150, 80, 110, 24], ['(Extn.', 0.95, 270, 80, 70, 24], ['136)', 0.95, 345, 80, 50, 24]])],
      { defaultCountry: 'IN' },
    );
    expect(fields.phones.map((p) => p.value)).toEqual(['+914424331181', '+914424364430']);
  });
});

describe('a legal form read low', () => {
  it('reads "CO_.LTD." as "CO.,LTD.": the dot and comma read as an underscore (seed 35 s2_037 photo)', () => {
    const { fields } = extractFields(
      [
        line([['A', 0.66, 66, 59, 43, 36], ['LOTUs', 0.4, 126, 68, 89, 17], ['TECHNOLOGIES', 0.89, 230, 68, 214, 17], ['LOTUS', 0.96, 507, 64, 95, 22], ['TECHNOLOGIES', 0.93, 612, 64, 235, 22], ['CO_.LTD.', 0.49, 857, 64, 126, 24]]),
        line([['KAZUYA', 0.94, 61, 173, 215, 46], ['WATANABE', 0.78, 315, 169, 300, 69]]),
        line([['CHIEF', 0.91, 62, 236, 73, 16], ['FINANCIAL', 0.93, 148, 236, 137, 17], ['OFFICER', 0.75, 299, 236, 106, 16]]),
        line([['SALES', 0.92, 62, 259, 67, 15], ['DEPARTMENT', 0.83, 140, 258, 153, 16]]),
      ],
      { defaultCountry: 'JP' },
    );
    expect(fields.company).toBe('LOTUS TECHNOLOGIES CO.,LTD.');
  });
});

describe("an e-mail's first letter lost", () => {
  it('is the name part the rest of it spells, not sure (realdev rd_024: "arol@acecomm.sg" beside "carol soh")', () => {
    const { fields, confidence } = extractFields([
      line([['carol', 0.76, 60, 120, 80, 21], ['soh', 0.92, 150, 120, 50, 21]]),
      line([['jeneral', 0.72, 60, 150, 110, 22], ['manager', 0.96, 180, 150, 120, 23]]),
      line([['65', 0.96, 60, 200, 30, 16], ['9630', 0.96, 100, 200, 60, 18], ['1571', 0.96, 170, 200, 60, 18]]),
      line([['arol@acecomm.sg', 0.83, 60, 260, 230, 24]]),
    ], { defaultCountry: 'SG' });
    expect(fields.emails).toEqual(['carol@acecomm.sg']);
    expect(confidence.emails ?? 0).toBeLessThan(0.9);
  });

  it('stays as read where it is a name part itself, or no part of the name', () => {
    expect(extractFields([line([['Anna', 0.95, 60, 40, 80, 30], ['Lee', 0.95, 150, 40, 60, 30]]), line([['lee@acme.com', 0.95, 60, 100, 200, 24]])]).fields.emails).toEqual(['lee@acme.com']);
    expect(extractFields([line([['Anna', 0.95, 60, 40, 80, 30], ['Lee', 0.95, 150, 40, 60, 30]]), line([['sales@acme.com', 0.95, 60, 100, 200, 24]])]).fields.emails).toEqual(['sales@acme.com']);
  });
});
