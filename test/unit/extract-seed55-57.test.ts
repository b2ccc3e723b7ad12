/**
 * Cards of unseen synthetic seeds (55 and 57, the second source's clean renders), read by OCR.
 */
import { describe, expect, it } from 'vitest';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { line } from '../ocr-lines.js';

describe("an e-mail after a word OCR made of its mailbox's start (seed 57 s2_036: \"EMAIL hii ka@falcondesign.jp\")", () => {
  it('is never sure: the address may be only the end of the mailbox', () => {
    const { fields, confidence } = extractFields([
      line([["TANAKA", 0.96, 536, 69, 191, 34], ["Satoshi", 0.96, 743, 67, 163, 36]]),
      line([["Falcon", 0.96, 64, 72, 77, 20], ["Design", 0.96, 151, 73, 80, 25], ["Corporation", 0.96, 241, 73, 149, 25]]),
      line([["Research", 0.96, 537, 129, 83, 19], ["Scientist", 0.96, 628, 129, 79, 19]]),
      line([["185", 0.54, 533, 376, 27, 35], ["ТЕ[:03-6298-3544", 0.43, 567, 381, 174, 19]]),
      line([["©", 0.93, 536, 417, 19, 18], ["MOB:+81", 0.91, 569, 416, 86, 19], ["(0)80", 0.92, 665, 416, 51, 23], ["8034", 0.96, 724, 416, 46, 19], ["9868", 0.96, 777, 416, 46, 19]]),
      line([["FAXFAX:03-6298-3545", 0.91, 538, 451, 206, 20]]),
      line([["9", 0.77, 537, 490, 17, 12], ["EMAIL", 0.96, 569, 482, 56, 30], ["hii", 0.47, 690, 481, 17, 30], ["ka@falcondesign.jp", 0.88, 755, 485, 193, 16]]),
      line([["+", 0.92, 536, 525, 12, 11], ["3-9-18", 0.91, 566, 520, 60, 19], ["Uchikanda", 0.92, 635, 519, 98, 20]]),
      line([["Shinjuku-ku,", 0.96, 536, 552, 120, 25], ["Tokyo", 0.96, 664, 552, 56, 25], ["160-0022", 0.96, 728, 553, 86, 18]]),
      line([["Engineering", 0.96, 65, 556, 106, 22], ["a", 0.96, 175, 560, 10, 13], ["better", 0.94, 191, 555, 56, 18], ["tomorrow", 0.96, 252, 558, 91, 15]]),
    ], { defaultCountry: 'JP' });
    expect(fields.emails).toEqual(['ka@falcondesign.jp']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });
});

describe('a globe icon read as a letter before "www." (seed 57 s2_017: "Qwww.apexcapital.com/")', () => {
  it('is no letter of the address', () => {
    const { fields } = extractFields([
      line([["APEX", 0.94, 49, 57, 115, 30], ["CAPITAL", 0.96, 185, 57, 185, 31]]),
      line([["Apex", 0.96, 659, 62, 79, 32], ["Capital", 0.93, 749, 61, 108, 33], ["Co.,", 0.92, 871, 61, 59, 31], ["Ltd.", 0.92, 944, 62, 56, 25]]),
      line([["Mai", 0.96, 52, 183, 89, 44], ["Yamamoto", 0.96, 162, 183, 285, 44]]),
      line([["+81", 0.81, 740, 184, 79, 23], ["3", 0.94, 835, 184, 14, 23], ["6898", 0.95, 860, 184, 65, 23], ["5484", 0.96, 936, 184, 66, 23]]),
      line([["©070-8385-6295", 0.92, 774, 224, 227, 23]]),
      line([["Research", 0.96, 51, 251, 125, 23], ["Scientist", 0.96, 187, 251, 113, 23]]),
      line([["&mai.yamamoto@apexcapital.com", 0.42, 534, 264, 466, 30]]),
      line([["Overseas", 0.96, 50, 286, 118, 22], ["Business", 0.96, 179, 286, 111, 22], ["Division", 0.96, 302, 286, 94, 22]]),
      line([["Qwww.apexcapital.com/", 0.72, 688, 304, 315, 30]]),
    ], { defaultCountry: 'JP' });
    expect(fields.websites).toEqual(['www.apexcapital.com']);
  });
});
