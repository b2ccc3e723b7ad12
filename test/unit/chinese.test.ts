/**
 * A Taiwanese or Chinese card's lines as a Chinese model reads them, and what extraction takes
 * from them; a card printed in both scripts keeps what its Latin lines say well.
 */
import { describe, expect, it } from 'vitest';
import { joinCharacters, SCRIPT_OF_COUNTRY } from '../../main/recognize/script-reread.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { lines } from '../ocr-lines.js';

describe('a Chinese card’s fields', () => {
  it('joins the characters the model spaced, and keeps a number set apart as printed', () => {
    expect(joinCharacters('廖 心 渝', SCRIPT_OF_COUNTRY.TW)).toBe('廖心渝');
    expect(joinCharacters('新北市 三重區重新 路二段 10 號', SCRIPT_OF_COUNTRY.TW)).toBe('新北市三重區重新路二段 10 號');
    expect(joinCharacters('Tel 0908-762-756', SCRIPT_OF_COUNTRY.TW)).toBe('Tel 0908-762-756');
  });

  it('takes the name, the post, the company and the address from lines in Chinese, none of them sure', () => {
    const { fields, confidence } = extractFields(lines('高都汽車股份有限公司', '陳志均', '銷售顧問', '831 高雄市大寮區力行路197號', 'Tel 07-782 7271', '0931-034-566'), { defaultCountry: 'TW' });
    expect(fields.name).toBe('陳志均');
    expect(fields.familyName).toBe('陳');
    expect(fields.title).toBe('銷售顧問');
    expect(fields.company).toBe('高都汽車股份有限公司');
    expect(fields.address).toBe('831 高雄市大寮區力行路197號');
    for (const f of ['name', 'title', 'company', 'address'] as const) expect(confidence[f]).toBeLessThan(SURE_CONFIDENCE);
  });

  it('keeps the title and the company a bilingual card’s Latin lines read well', () => {
    const { fields } = extractFields(
      lines('ADLINK Technology, Inc.', '凌華科技股份有限公司', 'Antony Wu', 'Sr. Director', '協理', 'No. 66, Huaya 1st Rd., Guishan Dist.,', 'Taoyuan City 333411, Taiwan', 'Tel +886-3-216-5088', 'antony.wu@adlinktech.com'),
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Antony Wu');
    expect(fields.title).toBe('Sr. Director');
    expect(fields.company).toBe('ADLINK Technology, Inc.');
  });
});
