import type { Box, OcrLine } from '../../shared/contact.js';
import { gapAcross, onOneRow, overlapShare, unionBox } from './boxes.js';
import { unreadRows } from './unread-rows.js';

export interface ScriptLineReader {
  readScriptLines(model: string, image: Buffer, boxes: Box[]): Promise<(OcrLine | null)[]>;
  readScriptPage?(model: string, image: Buffer): Promise<OcrLine[]>;
}

/** A script the main models cannot read, the model that can, and how its model spaces what it reads. */
export interface Script {
  model: string;
  /** One character of the script. */
  char: RegExp;
  /** Syllables that end a place's name in an address, where a run of lone ones is cut (Hangul). */
  placeEnd: RegExp | null;
  /** Words of the script side by side are one (Chinese writes no spaces). */
  joinsWords: boolean;
  /** One or two lone characters after a number belong to it ("56길", "4층"). */
  joinsNumber: boolean;
}

const HANGUL: Script = { model: 'kor', char: /^[\uAC00-\uD7A3]$/u, placeEnd: /^[읍면동]$/u, joinsNumber: true, joinsWords: false };
const TRADITIONAL: Script = { model: 'chi_tra', char: /^\p{Script=Han}$/u, placeEnd: null, joinsNumber: false, joinsWords: true };
const SIMPLIFIED: Script = { ...TRADITIONAL, model: 'chi_sim' };

/** The script a card from the country prints its own lines in, where the main models read junk. */
export const SCRIPT_OF_COUNTRY: Readonly<Record<string, Script>> = { KR: HANGUL, TW: TRADITIONAL, HK: TRADITIONAL, MO: TRADITIONAL, CN: SIMPLIFIED };

const LETTER_G = /\p{L}/gu;
/** An e-mail, a web address or a phone number: read well by the main models, kept as they read it. */
const CONTACT = /@|www\.|https?:|(?:\d[\s().-]{0,2}){8,}/iu;
/**
 * A line of a bilingual card the main models read well, with a Latin word of four letters or
 * more read surely ("Sales Consultant | 영업팀", "Han Sung Motor Co., Ltd."): it stays, whatever
 * the script's model makes of it.
 */
const readWell = (l: OcrLine) => l.words.some((w) => w.confidence >= 0.8 && /\p{Script=Latin}{4,}/u.test(w.text));

/** A reading below this confidence is the script model's junk. */
const MIN_READING = 0.5;

const count = (s: string, script: Script) => [...s].filter((c) => script.char.test(c)).length;

/**
 * A reading worth taking for a line: two characters of the script or more, most of its letters
 * (an address keeps its digits and a Latin "F" or "B1"), read with some confidence.
 */
export function readsScript(l: OcrLine | null, script: Script): l is OcrLine {
  if (!l) return false;
  const n = count(l.text, script);
  return n >= 2 && n >= (l.text.match(LETTER_G) ?? []).length * 0.5 && l.confidence >= MIN_READING;
}

/**
 * The models set a space between most characters ("월 드 컵 북로 56 길", "廖 心 渝"), where a
 * card prints words of several ("월드컵북로 56길"). Which words to join, as indices into `ws`:
 * a run of lone characters is one word, joined to a word of the script right after it ("울 산
 * 광역시"); in Hangul, a town's or a quarter's syllable ends a run ("다 사 읍 대 실 역" is 다사읍
 * and 대실역), and one or two lone syllables after a number belong to it (a road's "56길", a
 * building's "4층", a lot's "20-1번지").
 */
function joinGroups(ws: string[], script: Script): number[][] {
  const lone = (w: string) => script.char.test(w);
  const word = (w: string) => [...w].every((c) => script.char.test(c));
  const ends = (w: string) => !!script.placeEnd?.test(w);
  const groups: number[][] = [];
  if (script.joinsWords) {
    for (let i = 0; i < ws.length; i++) {
      const prev = groups[groups.length - 1];
      if (prev && word(ws[i]!) && word(ws[prev[prev.length - 1]!]!)) prev.push(i);
      else groups.push([i]);
    }
    return groups;
  }
  for (let i = 0; i < ws.length; ) {
    if (!lone(ws[i]!)) {
      groups.push([i++]);
      continue;
    }
    const run: number[] = [];
    while (i < ws.length && lone(ws[i]!) && !(run.length >= 2 && ends(ws[run[run.length - 1]!]!))) run.push(i++);
    if (i < ws.length && word(ws[i]!) && !lone(ws[i]!) && !ends(ws[run[run.length - 1]!]!)) run.push(i++);
    const prev = groups[groups.length - 1];
    const afterNumber = script.joinsNumber && prev?.length === 1 && /\d$/.test(ws[prev[0]!]!) && run.length <= 2 && run.every((k) => lone(ws[k]!));
    if (afterNumber) prev.push(...run);
    else groups.push(run);
  }
  return groups;
}

export function joinCharacters(text: string, script: Script = HANGUL): string {
  const ws = text.split(/\s+/).filter(Boolean);
  return joinGroups(ws, script).map((g) => g.map((k) => ws[k]).join('')).join(' ');
}

/** The reading with its characters joined into words (joinCharacters), each joined word boxed round its parts. */
function asWords(l: OcrLine, script: Script): OcrLine {
  const joined = joinGroups(l.words.map((w) => w.text), script).map((g) => {
    const parts = g.map((k) => l.words[k]!);
    return { text: parts.map((p) => p.text).join(''), confidence: Math.min(...parts.map((p) => p.confidence)), box: unionBox(parts.map((p) => p.box)) };
  });
  // Chinese sets a number in the text or apart ("力行路197號", "二段 10 號"); the models space it
  // either way, so the print's own gap decides.
  const words: typeof joined = [];
  for (const w of joined) {
    const prev = words[words.length - 1];
    const boundary = prev && ((/\p{Script=Han}$/u.test(prev.text) && /^\d/.test(w.text)) || (/\d$/.test(prev.text) && /^\p{Script=Han}/u.test(w.text)));
    if (script.joinsWords && prev && boundary && w.box.x - (prev.box.x + prev.box.w) < Math.max(prev.box.h, w.box.h) * TIGHT)
      words[words.length - 1] = { text: prev.text + w.text, confidence: Math.min(prev.confidence, w.confidence), box: unionBox([prev.box, w.box]) };
    else words.push(w);
  }
  return { ...l, words, text: words.map((w) => w.text).join(' ') };
}

/** A gap under this share of the type's height is no space. */
const TIGHT = 0.3;

/** Lines side by side on one row (a name's syllables set far apart, read as two lines of junk) in type of one size, grouped; each group once. */
function rowsOf(lines: OcrLine[], which: number[]): number[][] {
  const groups: number[][] = [];
  const sameRow = (a: Box, b: Box) => onOneRow(a, b) && gapAcross(a, b) < Math.max(a.h, b.h) * 3 && Math.max(a.h, b.h) < Math.min(a.h, b.h) * 1.6;
  for (const i of which) {
    const g = groups.find((g) => g.some((k) => sameRow(lines[k]!.box, lines[i]!.box)));
    if (g) g.push(i);
    else groups.push([i]);
  }
  return groups;
}

/**
 * A card's lines in a script the English and Russian models cannot read (Hangul, Chinese), junk
 * to them ("IBAA 3a CAs WSs" for an address) or left out (a name in big spaced syllables), read
 * again with that script's model: each line but the contact lines (lines side by side on a row
 * as one), and each row of print no line covers. A reading replaces its lines, or joins the
 * lines, only when it reads as the script (readsScript).
 */
export async function rereadInScript(image: Buffer, lines: OcrLine[], script: Script, reader: ScriptLineReader): Promise<{ lines: OcrLine[]; changed: number }> {
  const groups = rowsOf(lines, lines.flatMap((l, i) => (!CONTACT.test(l.text) ? [i] : [])));
  const contacts = lines.flatMap((l, i) => (CONTACT.test(l.text) ? [i] : []));
  const rows = await unreadRows(image, lines).catch(() => [] as Box[]);
  const read = await reader.readScriptLines(script.model, image, [...groups.map((g) => unionBox(g.map((i) => lines[i]!.box))), ...rows, ...contacts.map((i) => lines[i]!.box)]);
  const out: (OcrLine | null)[] = [...lines];
  let changed = 0;
  groups.forEach((g, k) => {
    const r = read[k] ?? null;
    // A bilingual card's Latin lines ("Sales Consultant") read as well as their script reading, or better, stay.
    if (!readsScript(r, script)) return;
    changed++;
    // A bilingual row ("HyunseungJeon | 전현승"): its Latin reading stays, the script's is added.
    if (g.some((i) => readWell(lines[i]!))) {
      out.push(asWords(r, script));
      return;
    }
    out[g[0]!] = asWords(r, script);
    for (const i of g.slice(1)) out[i] = null;
  });
  for (const r of read.slice(groups.length, groups.length + rows.length))
    if (readsScript(r, script)) {
      out.push(asWords(r, script));
      changed++;
    }
  // A contact line keeps its numbers as the main models read them; the script's words read on it
  // ("이 지 인" beside a fax number, "경리부 / 과장" before a mobile) are added as a line of their own.
  for (const r of read.slice(groups.length + rows.length)) {
    const words = r?.words.filter((w) => [...w.text].some((c) => script.char.test(c))) ?? [];
    if (!r || !words.length) continue;
    const own = { text: words.map((w) => w.text).join(' '), confidence: r.confidence, box: unionBox(words.map((w) => w.box)), words };
    if (readsScript(own, script)) {
      out.push(asWords(own, script));
      changed++;
    }
  }
  // The page read whole in the script, as sparse text, finds rows the page reading lost or read
  // as one with a neighbour (a big name over its post): each of its lines in the script that no
  // such line read so far covers takes the place of the junk under it.
  let kept = out.filter((l): l is OcrLine => !!l);
  const page = reader.readScriptPage ? await reader.readScriptPage(script.model, image).catch(() => []) : [];
  for (const p of joinRows(page).filter((l) => readsScript(l, script))) {
    const under = kept.filter((l) => overlapShare(l.box, p.box) >= 0.3);
    if (under.some((l) => count(l.text, script) >= 2 || CONTACT.test(l.text) || readWell(l))) continue;
    kept = [...kept.filter((l) => !under.includes(l)), asWords(p, script)];
    changed++;
  }
  return { lines: changed ? kept : lines, changed };
}

/**
 * Sparse text comes as one line per island of print: a name set in syllables far apart
 * ("정   태   훈") as three. Lines side by side on one row in type of one size are one line.
 */
function joinRows(page: OcrLine[]): OcrLine[] {
  const sorted = [...page].sort((a, b) => a.box.x - b.box.x);
  return rowsOf(sorted, sorted.map((_, i) => i)).map((g) => {
    if (g.length === 1) return sorted[g[0]!]!;
    const parts = g.map((i) => sorted[i]!);
    const words = parts.flatMap((l) => l.words);
    return { text: words.map((w) => w.text).join(' '), confidence: Math.min(...parts.map((l) => l.confidence)), box: unionBox(parts.map((l) => l.box)), words };
  });
}
