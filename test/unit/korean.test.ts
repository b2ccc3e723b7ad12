/**
 * A Korean card's Hangul lines as the Hangul model reads them (syllables set apart) and what
 * extraction takes from them: the name, the post, the company and the address.
 */
import { describe, expect, it } from 'vitest';
import { joinCharacters as joinSyllables } from '../../main/recognize/script-reread.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { lines } from '../ocr-lines.js';

describe('the Hangul model’s spacing', () => {
  it('joins lone syllables into the words a Korean card prints', () => {
    expect(joinSyllables('서울시 마포구 월 드 컵 북로 56 길 19')).toBe('서울시 마포구 월드컵북로 56길 19');
    expect(joinSyllables('680-140 울 산 광역시 남구 성 암 동 20-1 번 지')).toBe('680-140 울산광역시 남구 성암동 20-1번지');
    // A town's word ends a run of syllables.
    expect(joinSyllables('대구광역시 달성군 다 사 읍 대 실 역 남 로')).toBe('대구광역시 달성군 다사읍 대실역남로');
    expect(joinSyllables('전 병 우')).toBe('전병우');
    // Latin words and numbers stay as read.
    expect(joinSyllables('Mobile. 010-5455-6697')).toBe('Mobile. 010-5455-6697');
  });
});

describe('a Korean card’s fields', () => {
  const card = (...texts: string[]) => extractFields(lines(...texts), { defaultCountry: 'US' });

  it('takes the name, the post, the company and the address from Hangul lines, none of them sure', () => {
    const { fields, confidence } = card('주식회사 영도벨벳', '전병우', '부장', '서울시 마포구 월드컵북로 56길 19', 'M 010-2227-9593', 'E bwjeon@cj.net');
    expect(fields.name).toBe('전병우');
    expect(fields.familyName).toBe('전');
    expect(fields.givenName).toBe('병우');
    expect(fields.title).toBe('부장');
    expect(fields.company).toBe('주식회사 영도벨벳');
    expect(fields.address).toBe('서울시 마포구 월드컵북로 56길 19');
    for (const f of ['name', 'title', 'company', 'address'] as const) expect(confidence[f]).toBeLessThan(SURE_CONFIDENCE);
  });

  it('takes the name beside its post before syllables in bigger type, and a post of two words as printed', () => {
    const { fields } = card('인중개', '대표 / 공인중개사 정용한', 'Mobile. 010-4600-9744', 'E-mail. seojjinu@naver.com');
    expect(fields.name).toBe('정용한');
    expect(fields.title).toBe('대표 / 공인중개사');
  });

  it('cuts a post’s last syllable read into the name ("사유종선" after "대표이")', () => {
    expect(card('49 사유종선', 'H-P: 010-4125-3335', 'saba3121@naver.com').fields.name).toBe('유종선');
  });

  it('takes the head office’s address without its label, not a branch’s, and no office for the company', () => {
    const { fields } = card('이지인', '과장', '본사 : 경북 구미시 3공단 2로 82-34(시미동)', '서울사무소 : 서울시 강서구 양천로 583', 'M 010-5120-0290');
    expect(fields.address).toBe('경북 구미시 3공단 2로 82-34(시미동)');
    expect(fields.company).toBe('');
    expect(fields.title).toBe('과장');
  });

  it('reads the quarter in brackets as one word, OCR\'s spaces in it gone, and keeps a lot number\'s (realdev2 rd2_011)', () => {
    expect(card('전현승', '서울시 강남구 테헤란로 311( 역 삼동) 아남타워빌딩 7층 (06151)', 'M 010-5120-0290').fields.address).toBe('서울시 강남구 테헤란로 311(역삼동) 아남타워빌딩 7층 (06151)');
    expect(card('정현철', '서울 강남구 논현로 64길 18 경풍빌딩 3층 (역삼동 788-26)', 'M 010-5120-0290').fields.address).toBe('서울 강남구 논현로 64길 18 경풍빌딩 3층 (역삼동 788-26)');
  });

  it('parts a name set in spaced syllables from the post the reading joined it to, on a card placed by its mobile number with dots (h3_008)', () => {
    const { fields } = card('ST. MARY’S TNTN ORTHOPEDICS', '송금비도수치료사 / 실장', '서울 관악구 남현동 1057-22 태림빌딩 3층', 'Tel. 02.583.5544 Fax. 02.583.8181', 'Mobile. 010.4532.1687');
    expect(fields.name).toBe('송금비');
    expect(fields.title).toBe('도수치료사 / 실장');
    expect(fields.phones.map((p) => p.value)).toContain('+821045321687');
  });

  it('takes no showroom, team or contact label for a name', () => {
    expect(card('88165 삼성 전시장 영업팀', 'Sales Consultant', 'M 010-8244-0511').fields.name).not.toBe('전시장');
    expect(card('문의', 'T 051-555-0123', 'M 010-1234-5678').fields.name).toBe('');
    const { fields } = card('인전화', '경리부 과장', '휴대폰 010-5120-0290');
    expect(fields.name).toBe('');
    expect(fields.title).toBe('과장');
  });

  it('reads nothing Korean on a card of another country', () => {
    const { fields } = card('전병우', 'Sales Manager', '+1 415 555 0132', 'jeon@example.com');
    expect(fields.name).not.toBe('전병우');
  });
});
