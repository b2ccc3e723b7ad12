/**
 * A Korean card through the whole pipeline: rendered with its Hangul (a Korean font, as the
 * card's own), photographed, read by real OCR. The English and Russian models read its Hangul
 * as junk; the Hangul model reads the lines again, and the name, post, company and address come
 * back as printed.
 */
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../main/recognize/scanner.js';
import { cleanAndPhoto, fileOcr, printedCard as card } from './printed-cards.js';

const scanner = new Scanner(fileOcr(), { defaultCountry: 'US' });

describe('a Korean card through real OCR', () => {
  it('reads the Hangul name set in spaced syllables, the post, the company and the address; the phone is Korean by its shape', async () => {
    const spec = card('kr', [
      { role: 'company', text: '주식회사 영도벨벳' },
      { role: 'name', text: '조 서 윤' },
      { role: 'title', text: '대표이사' },
      { role: 'address', text: '서울시 마포구 월드컵북로 56길 19' },
      { role: 'phone', text: 'Mobile. 010-5455-6697' },
      { role: 'email', text: 'E-mail. jsy746697@naver.com' },
    ]);
    const [clean, photo] = await cleanAndPhoto(spec);
    for (const image of [clean, photo]) {
      const { draft } = await scanner.scanBytes(image, 'kr.png');
      expect(draft.fields.name).toBe('조서윤');
      expect(draft.fields.familyName).toBe('조');
      expect(draft.fields.title).toBe('대표이사');
      expect(draft.fields.address).toBe('서울시 마포구 월드컵북로 56길 19');
      expect(draft.fields.phones.map((p) => p.value)).toEqual(['+821054556697']);
      expect(draft.fields.emails).toEqual(['jsy746697@naver.com']);
      // Hangul read from an image is never sure: a person looks.
      expect(draft.confidence.name).toBeLessThan(0.9);
    }
    // The company on the flat render, where its Hangul is sharp.
    expect((await scanner.scanBytes(clean, 'kr.png')).draft.fields.company).toBe('주식회사 영도벨벳');
  });
});
