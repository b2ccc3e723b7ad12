import { describe, expect, it } from 'vitest';
import { emptyFields, type ContactFields, type DraftContact } from '../../shared/contact.js';
import { scoreTruth, type CardTruth } from '../bench/truth.js';

function draft(fields: Partial<ContactFields>): DraftContact {
  return { fields: { ...emptyFields(), ...fields }, confidence: {}, sources: {}, method: 'qr+ocr', qrPayload: null, ocrLines: [] };
}

// A card like the PCB name card in the licensed real set: two web addresses printed, the QR
// code spells the company with its legal form, the phone line blurred out by the uploader.
const truth: CardTruth = {
  id: 't1',
  lang: 'en',
  name: 'YEO KHENG MENG',
  title: null,
  company: 'ALGO ACCESS',
  phones: null as unknown as string[],
  email: 'khengmeng@algoaccess.com',
  website: 'algoaccess.com',
  address: null,
  fax: null,
  meta: {
    also_accept: { website: ['yeokhengmeng.com'], company: ['Algo Access Pte Ltd'] },
    unscored: ['phones'],
  },
};

const scoreOf = (d: DraftContact, field: string) => scoreTruth(truth, d).find((s) => s.field === field)?.score;

describe('scoring against real-card truth', () => {
  it('accepts a value listed in meta.also_accept as right', () => {
    const d = draft({ company: 'Algo Access Pte Ltd', websites: ['http://yeokhengmeng.com/'] });
    expect(scoreOf(d, 'company')).toBe(1);
    expect(scoreOf(d, 'website')).toBe(1);
  });

  it('still scores a value that is neither the truth nor an accepted alternative as wrong', () => {
    const d = draft({ company: 'Algo', websites: ['linkedin.com/in/yeokhengmeng'] });
    expect(scoreOf(d, 'company')).toBe(0);
    expect(scoreOf(d, 'website')).toBe(0);
  });

  it('leaves a field listed in meta.unscored out of the score, whatever comes back', () => {
    const d = draft({ phones: [{ value: '+6597390391', kind: 'mobile' }] });
    expect(scoreTruth(truth, d).map((s) => s.field)).not.toContain('phones');
  });

  it('scores phones null in the truth like an empty list when the field is not marked unscored', () => {
    const t = { ...truth, meta: {} };
    const got = scoreTruth(t, draft({ phones: [{ value: '+6597390391', kind: 'mobile' }] })).find((s) => s.field === 'phones');
    expect(got?.score).toBe(0);
  });
});
