import type { Segment } from './segments.js';
import { pickName, type PersonName, type ScriptFields } from './own-script.js';

/**
 * A Korean card's own fields, from its Hangul lines (read by the Hangul model: script-reread.ts).
 * The English-script rules find nothing in them: a Korean name is two to four syllables, its
 * family name first; a post is one of a small set of words; an address runs from its city
 * down, each word ending with its kind of place (시, 구, 동, 로, 길).
 */
const HANGUL_G = /[\uAC00-\uD7A3]/gu;
const ONLY_HANGUL = /^[\uAC00-\uD7A3]+$/u;

/** Family names, the commonest first (nearly two of three Koreans bear one of the first ten). */
const FAMILY = new Set(
  ('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 ' +
    '방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 부 가 복 태 목 형 피 두 감 호 계 견 동 황보 남궁 제갈 선우 독고 사공').split(' '),
);

/** Posts and professions as Korean cards print them. */
const POSTS = new Set(
  ('대표이사 대표 회장 부회장 사장 부사장 전무 상무 이사 감사 본부장 실장 센터장 소장 원장 관장 지점장 점장 팀장 부장 차장 과장 대리 주임 사원 계장 ' +
    '매니저 책임 선임 수석 연구원 책임연구원 선임연구원 수석연구원 주임연구원 연구위원 교수 부교수 조교수 공인중개사 세무사 변호사 회계사 노무사 변리사 ' +
    '의사 치료사 도수치료사 물리치료사 간호사 디자이너 엔지니어 컨설턴트 위원 위원장 국장 처장 단장 교사 강사 기자 상담사 코치 대표원장 부원장').split(' '),
);

/** The last syllables of posts ("대표이사", "사장", "연구원", "부장"). */
const POST_END = /^[사장원리무]$/u;

/** A company's legal form or kind of office. */
const COMPANY = /주식회사|\(주\)|㈜|유한회사|사무소|진흥원|연구소|공사|재단|협회|법인|병원|의원|그룹|코리아|센터$/u;

/** A word of a Korean address: a place of some kind (province, city, district, town, quarter, road, street) or a lot, floor or building. */
const PLACE_WORD = /^[\uAC00-\uD7A3\d-]*[\uAC00-\uD7A3](?:시|도|군|구|읍|면|동|리|로|길)$|^\d[\d~-]*(?:번지|층|호|길|로|동)$|^\(?[\uAC00-\uD7A3]+동\)$/u;

const syllables = (s: string) => (s.match(HANGUL_G) ?? []).length;
const placeWords = (text: string) => text.split(/\s+/).filter((w) => PLACE_WORD.test(w)).length;

/** Cities and provinces whose names begin with a family name's syllable ("부산", "전북"). */
const PLACES = new Set('서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 수원 성남 고양 용인 창원 청주 전주 천안 안산 안양 김해 포항 구미 진주 원주'.split(' '));

/** Words of three syllables a card prints that begin with a family name's syllable: a showroom, a sales team, a head office. */
const NOT_NAMES = /^(?:전시장|영업팀|영업부|본사|본점|지점|지사|공장|매장|사업부|총무부|관리부|경리부|기획팀|개발팀|연구소|대리점|사무소|사무실|고객센터)$|(?:팀|부)$/u;
/** A contact's label ("인 전화": a label's icon and 전화; 문의, "enquiries") is no name either. */
const LABELS = /전화|휴대폰|핸드폰|팩스|주소|메일|홈페이지|문의|상담|예약|안내/u;

/** The word as a person's name, or null: two to four syllables, a family name first (the last three syllables when a post's syllable ran into it). */
function asName(word: string): PersonName | null {
  if (!ONLY_HANGUL.test(word) || POSTS.has(word) || PLACES.has(word) || LABELS.test(word) || (word.length >= 3 && NOT_NAMES.test(word))) return null;
  const n = word.length;
  if (n < 2 || n > 4 || PLACE_WORD.test(word)) return null;
  const named = (family: string, given: string) => ({ text: family + given, family, given });
  // Four syllables: a family name of two ("남궁민수"), or a post's last syllable read into a
  // name of three ("사유종선" after "대표이"); a name of one and three is rare.
  if (n === 4) return FAMILY.has(word.slice(0, 2)) ? named(word.slice(0, 2), word.slice(2)) : POST_END.test(word[0]!) && FAMILY.has(word[1]!) ? named(word[1]!, word.slice(2)) : null;
  return FAMILY.has(word[0]!) ? named(word[0]!, word.slice(1)) : null;
}

/** The posts, longest first, for parting a post read into the word before it. */
const POSTS_LONGEST = [...POSTS].sort((a, b) => b.length - a.length);

/**
 * "송금비도수치료사": a name set in spaced syllables, joined by the reading to the post beside
 * it. A word ending with a post after two to four syllables is parted in two.
 */
function partPosts(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => {
      const post = ONLY_HANGUL.test(w) && !POSTS.has(w) ? POSTS_LONGEST.find((p) => w.endsWith(p) && w.length - p.length >= 2 && w.length - p.length <= 4) : undefined;
      return post ? `${w.slice(0, -post.length)} ${post}` : w;
    })
    .join(' ');
}

export function koreanFields(all: Segment[]): ScriptFields {
  const out: ScriptFields = {};
  const segs = all.map((s) => ({ ...s, text: partPosts(s.text) }));
  const hangul = segs.filter((s) => syllables(s.text) >= 2);
  if (!hangul.length) return out;
  // Not on a company's line or an address's.
  const name = pickName(
    hangul.filter((s) => !COMPANY.test(s.text) && placeWords(s.text) < 2),
    asName,
    (w) => POSTS.has(w),
  );
  if (name) out.name = name;
  // The post: the post words of a line, with what stands between them ("대표 / 공인중개사").
  for (const seg of hangul) {
    const ws = seg.text.split(/\s+/);
    const at = ws.flatMap((w, i) => (POSTS.has(w.replace(/[,.:]$/, '')) ? [i] : []));
    if (!at.length) continue;
    out.title = { text: ws.slice(at[0], at[at.length - 1]! + 1).join(' ').replace(/[,.:]$/, ''), box: seg.box };
    break;
  }
  // Not an office's address ("서울사무소 : 서울시 강서구 ...").
  const company = hangul.find((s) => COMPANY.test(s.text) && s.box !== name?.box && !s.text.includes(':') && placeWords(s.text) < 2);
  if (company) out.company = { text: company.text.replace(/^[^\uAC00-\uD7A3(㈜]+/u, '').trim(), box: company.box };
  // The address: lines with two place words or more, and a line right under one that goes on
  // with a building and its floor; in the order printed.
  // Only the first office's: a second address is a branch's ("서울사무소 : ...").
  const first = hangul.filter((s) => placeWords(s.text) >= 2).sort((a, b) => a.box.y - b.box.y)[0];
  if (first) {
    const next = hangul.find((s) => s !== first && s.box.y > first.box.y && s.box.y - (first.box.y + first.box.h) < first.box.h * 1.5 && /\d+(?:~\d+)?층|\d+F\b|빌딩|타워|센터/u.test(s.text));
    const all = [first, ...(next ? [next] : [])];
    // "본사 : 경북 구미시 ...": the head office's label goes.
    const unlabelled = (t: string) => t.replace(/^[^\p{L}\d(]+/u, '').replace(/^[\uAC00-\uD7A3]{1,4}\s?:\s*/u, '').trim();
    // "311( 역 삼동)": the quarter's name in brackets is one word; OCR's spaces in it are not ("(역삼동 788-26)" keeps its lot's).
    const bracketed = (t: string) => t.replace(/\(([^()]*)\)/gu, (m, inner: string) => `(${inner.trim().replace(/(?<=[\uAC00-\uD7A3])\s+(?=[\uAC00-\uD7A3])/gu, '')})`);
    out.address = { text: all.map((s) => bracketed(unlabelled(s.text))).join(', '), boxes: all.map((s) => s.box) };
  }
  return out;
}

