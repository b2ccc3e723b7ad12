import type { Segment } from './segments.js';
import { pickName, wordsOf, type PersonName, type ScriptFields } from './own-script.js';

/**
 * A Chinese card's own fields, from its lines read by a Chinese model (script-reread.ts): a
 * name is two to four characters, its family name first; a post ends with one of a small set of
 * words; a company holds its legal form; an address runs from its city down, marked by the kind
 * of each place (市, 區, 路, 段, 號, 樓).
 */
const HAN = /^\p{Script=Han}+$/u;
const HAN_G = /\p{Script=Han}/gu;

/** Family names, traditional and simplified, the commonest first; two-character ones too. */
const FAMILY = new Set(
  ('陳 陈 林 黃 黄 張 张 李 王 吳 吴 劉 刘 蔡 楊 杨 許 许 鄭 郑 謝 谢 郭 洪 曾 邱 廖 賴 赖 周 徐 蘇 苏 葉 叶 莊 庄 呂 吕 江 何 蕭 萧 羅 罗 高 潘 簡 简 朱 鍾 钟 ' +
    '彭 游 詹 胡 施 沈 余 盧 卢 梁 趙 赵 顏 颜 柯 翁 魏 孫 孙 戴 范 方 宋 鄧 邓 杜 傅 侯 曹 薛 丁 卓 馬 马 阮 董 唐 溫 温 藍 蓝 蔣 蒋 石 古 紀 纪 姚 連 连 ' +
    '馮 冯 歐 欧 程 湯 汤 黎 田 康 姜 白 汪 鄒 邹 尤 巫 鐘 涂 龔 龚 嚴 严 韓 韩 袁 金 童 陸 陆 夏 柳 邵 錢 钱 伍 倪 于 譚 谭 駱 骆 熊 任 甘 秦 顧 顾 毛 章 史 ' +
    '官 萬 万 俞 雷 饒 饶 孔 崔 賀 贺 龍 龙 易 喬 乔 段 郝 常 武 牛 尹 黎 易 聶 聂 歐陽 欧阳 司馬 司马 諸葛 诸葛 上官 張簡 范姜').split(' '),
);

/** Words a post ends with ("銷售顧問", "業務經理", "總經理"). */
const POST_END = /(?:經理|经理|董事長|董事长|董事|總監|总监|主任|專員|专员|顧問|顾问|協理|协理|副理|課長|课长|處長|处长|工程師|工程师|律師|律师|會計師|会计师|設計師|设计师|經紀人|经纪人|店長|店长|總裁|总裁|執行長|执行长|副總|副总|秘書|秘书|教授|主管|部長|部长|科長|科长|組長|组长|代表|業務|业务|特助|院長|院长|所長|所长|社長|社长|會長|会长)$/u;

/** A company's legal form or kind. */
const COMPANY = /公司|股份|集團|集团|企業|企业|銀行|银行|醫院|医院|事務所|事务所|工作室|房屋|協會|协会|大學|大学|研究院|研究所|工廠|工厂/u;

/** Characters that name a kind of place or a number in an address. */
const PLACE_G = /[省市縣县區区鄉乡鎮镇村里路街道段巷弄號号樓楼室]/gu;

const han = (s: string) => (s.match(HAN_G) ?? []).length;
const places = (s: string) => (s.match(PLACE_G) ?? []).length;

function asName(word: string): PersonName | null {
  if (!HAN.test(word) || word.length < 2 || word.length > 4 || POST_END.test(word) || COMPANY.test(word) || places(word) >= 2) return null;
  const two = word.length >= 3 && FAMILY.has(word.slice(0, 2)) ? 2 : FAMILY.has(word[0]!) ? 1 : 0;
  return two ? { text: word, family: word.slice(0, two), given: word.slice(two) } : null;
}

export function chineseFields(segs: Segment[]): ScriptFields {
  const out: ScriptFields = {};
  const lines = segs.filter((s) => han(s.text) >= 2);
  if (!lines.length) return out;
  const isPost = (w: string) => HAN.test(w) && POST_END.test(w);
  // Not on a company's line or an address's.
  const name = pickName(
    lines.filter((s) => !COMPANY.test(s.text) && places(s.text) < 3),
    asName,
    isPost,
  );
  if (name) out.name = name;
  for (const seg of lines) {
    const post = wordsOf(seg.text).find((w) => isPost(w) && w !== name?.text);
    if (post) {
      out.title = { text: post, box: seg.box };
      break;
    }
  }
  const company = lines.find((s) => COMPANY.test(s.text) && places(s.text) < 3 && s.box !== name?.box);
  if (company) out.company = { text: company.text.replace(/^[^\p{Script=Han}(（]+/u, '').trim(), box: company.box };
  const first = lines.filter((s) => places(s.text) >= 3).sort((a, b) => a.box.y - b.box.y)[0];
  if (first) out.address = { text: first.text.replace(/^[^\p{Script=Han}\d(（]+/u, '').replace(/^(?:地址|住址)\s?[:：]\s*/u, '').trim(), boxes: [first.box] };
  return out;
}
