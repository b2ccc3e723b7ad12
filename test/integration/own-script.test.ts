/**
 * Korean and Taiwanese cards through the whole pipeline: rendered with their own script (fonts
 * with Hangul and Chinese, as the cards' own), photographed, read by real OCR. The English and
 * Russian models read that print as junk; the script's model reads the lines again, and the
 * name, post, company and address come back as printed.
 */
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../main/recognize/scanner.js';
import { TesseractPool } from '../../main/recognize/ocr-pool.js';
import { renderCard } from '../fixtures/render-card.js';
import { tempDir } from '../helpers.js';
import { cleanAndPhoto, fileOcr, printedCard as card } from './printed-cards.js';

const scanner = new Scanner(fileOcr(), { defaultCountry: 'US' });

describe('cards in Hangul and Chinese through real OCR', () => {
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

  it('reads a Taiwanese card’s Chinese name, post, company and address; its numbers are Taiwan’s by its domain', async () => {
    const spec = card('tw', [
      { role: 'company', text: '高都汽車股份有限公司' },
      { role: 'name', text: '陳志均' },
      { role: 'title', text: '銷售顧問' },
      { role: 'address', text: '831 高雄市大寮區力行路197號' },
      { role: 'phone', text: 'Tel. 07-782 7271' },
      { role: 'email', text: 'E-mail. afda914@toyota.com.tw' },
    ]);
    const [clean, photo] = await cleanAndPhoto(spec);
    for (const image of [clean, photo]) {
      const { draft } = await scanner.scanBytes(image, 'tw.png');
      expect(draft.fields.name).toBe('陳志均');
      expect(draft.fields.title).toBe('銷售顧問');
      expect(draft.fields.company).toBe('高都汽車股份有限公司');
      expect(draft.fields.address).toBe('831 高雄市大寮區力行路197號');
      expect(draft.fields.phones.map((p) => p.value)).toEqual(['+88677827271']);
      expect(draft.confidence.name).toBeLessThan(0.9);
    }
  });

  it('a missing script model leaves a card as first read, and reads it no slower the second time', async () => {
    const broken = new TesseractPool({ langs: ['eng'], langPath: tempDir(), size: 1, initTimeoutMs: 20_000, scripts: { kor: { lang: 'kor', langPath: tempDir() } } });
    try {
      const box = { x: 10, y: 10, w: 200, h: 30 };
      const image = await renderCard(card('x', [{ role: 'name', text: '조 서 윤' }]));
      expect(await broken.readScriptLines('kor', image, [box, box])).toEqual([null, null]);
      expect(await broken.readScriptPage('kor', image)).toEqual([]);
      const t = performance.now();
      expect(await broken.readScriptLines('kor', image, [box])).toEqual([null]);
      expect(performance.now() - t).toBeLessThan(1000);
      // A model never set up reads nothing either.
      expect(await broken.readScriptLines('chi_tra', image, [box])).toEqual([null]);
    } finally {
      await broken.close();
    }
  });
});
