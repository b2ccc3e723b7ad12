/**
 * Line-role scoring: every text line gets a score for every role from independent clues.
 * A clue is one small function with a name; adding evidence means adding a clue here, not a
 * branch in the extractor. `scoreRoles` sums the clues; `assignRoles` (assign.ts) picks one
 * consistent labelling.
 */
import { ADDRESS_CUES, BUSINESS_WORDS, DEPT_LINE, INSTITUTION, LABEL_ALONE, LEGAL_FORM, LEGAL_FORM_ONLY, OCCUPATION_ENDING, ORG_WORD_AT_END, ORG_WORDS, PATRONYMIC, STREET_WORDS, TITLE_HEADS, TITLE_WORD_SET, asTitleWord, contactLine, countryAtEnd, cutTitleStart, cutTitleWord, joinSplitTitleWords, nearTitleWord } from './keywords.js';
import { cityCountry } from './places.js';
import { isFamilyName, isGivenName, knownNameWords, nameShape, withoutHonorific } from './names.js';
import { nameKey, similarity, transliterate } from './scripts.js';
import { median, type Segment } from './segments.js';
import { lineUnder, overlapShare } from '../boxes.js';

export const ROLES = ['name', 'title', 'company', 'department', 'address', 'tagline'] as const;
export type Role = (typeof ROLES)[number];

/** What every clue may look at besides the line itself. */
export interface RoleContext {
  segs: Segment[];
  /** Domains of the card's e-mails and websites. */
  domains: string[];
  /** Local parts of the card's e-mails, split into words. */
  emailLocals: string[][];
  /** Local parts of addresses at free mail providers ("mayasales.hissar@gmail.com"): a shop's own name, often. */
  mailboxes?: string[];
  /** Font sizes of the text lines, largest first. */
  sizes: number[];
}

export interface Clue {
  role: Role;
  name: string;
  score(s: Segment, ctx: RoleContext): number;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean);
const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}-]/gu, '');

/** 0..1: share and position of job-title words. */
const PLURAL_POSTS = new Set(['executives', 'officers', 'managers', 'representatives']);

export function titleScore(text: string): number {
  // "Head Office" opens an office's address; "head" makes no title of it.
  if (/\bhead\s?(?:office|quarters)\b|\bheadquarters\b/i.test(text)) return 0;
  // "Professor Emad Gad": the rank before a name is its honorific, the line a name.
  if (/^prof(?:essor)?\.?\s+\p{Lu}/iu.test(text) && nameShape(text) && !words(withoutHonorific(text)).some((w) => TITLE_WORD_SET.has(w.toLowerCase()))) return 0;
  const named = /[«»"“”]/.test(text) || LEGAL_FORM.test(text);
  // "PROJECT MANAGER-S.E. ASIA": a hyphen joins a title word to a region, not into one word.
  const ws = words(joinSplitTitleWords(text).toLowerCase())
    .flatMap((w) => (TITLE_WORD_SET.has(bare(w)) || (w.includes('-') && asTitleWord(bare(w))) ? [w] : w.split(/[,/&-]+/)))
    .map(bare)
    .filter(Boolean)
    // "Sales Executives": a card shared by a team names the post in the plural.
    // (Only posts no firm is named after: "Associates", "Consultants", "Partners" are firms.)
    .map((w) => (PLURAL_POSTS.has(w) ? w.slice(0, -1) : w))
    // A word one letter off a title word is that word misread, unless it is a person's name
    // as printed ("Harm Bakker", not "Banker").
    .map((w) => (OCCUPATION_ENDING.test(w) ? 'specialist' : (asTitleWord(w) ?? (isFamilyName(w) || isGivenName(w) ? null : nearTitleWord(w)) ?? w)))
    // The last word cut short ("Research Scie"): the one title word it starts. Not in a firm's
    // name ("ПАО «Техно»" is no технолог): a legal form or quotes say the words are a name.
    .map((w, i, all) => (i === all.length - 1 && i > 0 && !named && !TITLE_WORD_SET.has(w) ? (cutTitleWord(w) ?? w) : w))
    // Or the first cut at its start ("count Executive").
    .map((w, i, all) => (i === 0 && all.length > 1 && !named && !TITLE_WORD_SET.has(w) && TITLE_HEADS.has(all[1]!) ? (cutTitleStart(w) ?? w) : w));
  if (!ws.length || ws.length > 9) return 0;
  const heads = ws.filter((w) => TITLE_HEADS.has(w)).length;
  const hits = ws.filter((w) => TITLE_WORD_SET.has(w) || w === 'of' || w === 'and' || w === 'и').length;
  if (!heads) return hits >= 2 && hits === ws.length ? 0.5 : 0;
  return Math.min(1, 0.55 + (hits / ws.length) * 0.3 + heads * 0.1 + (TITLE_HEADS.has(ws[0]!) || TITLE_WORD_SET.has(ws[0]!) ? 0.1 : 0));
}

export function domainStem(domain: string): string {
  const parts = domain.replace(/^www\./, '').split('.');
  return (parts.length > 2 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3] : parts[parts.length - 2]) ?? '';
}

/** The domain's stem without its hyphens: "tekhno-media.ru" spells "tekhnomedia". */
export const domainLetters = (domain: string) => domainStem(domain).replace(/-/g, '');

/**
 * The domain's name is spelled by the start of every one of these words, in order: "interwf"
 * by INTERWORLD FREIGHT ("interw" + "f"), "hansameyer" by HANSA MEYER. Each word gives at
 * least one letter, so a word left over is not part of the name the domain spells.
 */
export function domainSpells(domain: string, words: string[]): boolean {
  const stem = domainStem(domain).replace(/-/g, '');
  const ws = words.map((w) => transliterate(w).replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return stem.length >= 3 && ws.length > 0 && spelledByStarts(stem, ws, 1);
}

/** `stem` is the words' starts, `least` letters of each at the least, in order, nothing left over. */
function spelledByStarts(stem: string, words: string[], least: number): boolean {
  const from = (i: number, at: number): boolean => {
    if (i === words.length) return at === stem.length;
    const w = words[i]!;
    for (let n = Math.min(w.length, stem.length - at); n >= least; n--) if (stem.startsWith(w.slice(0, n), at) && from(i + 1, at + n)) return true;
    return false;
  };
  return from(0, 0);
}

/**
 * 0..1: how much a line reads like the company the e-mail/web domain belongs to. `exactly`:
 * only letter for letter (a start, an inclusion, initials), not a near spelling: a company
 * and a domain that differ by a letter have one of them misread.
 */
export function domainMatch(text: string, domains: string[], exactly = false): number {
  return stemMatch(text, domains.map((d) => domainLetters(d)), exactly);
}

/** domainMatch against names already cut from their domains (a mailbox's "mayasales"). */
export function stemMatch(text: string, stems: string[], exactly = false): number {
  const t = nameKey(text.replace(LEGAL_FORM, ' ').replace(/[«»"]/g, '')).replace(/\s/g, '');
  const words = nameKey(text.replace(LEGAL_FORM, ' ')).split(' ').filter(Boolean);
  const initials = words.map((w) => w[0]).join('');
  // "cdpg.org.in" for "Centre of Data for Public Good": initials skip the little words.
  const contentInitials = words.filter((w) => !LITTLE_WORDS.test(w)).map((w) => w[0]).join('');
  let best = 0;
  for (const s of stems) {
    const stem = nameKey(s);
    if (!stem || !t) continue;
    best = Math.max(best, exactly ? 0 : similarity(t, stem), t === stem ? 1 : 0, t.startsWith(stem) || (stem.startsWith(t) && t.length >= 3) ? 0.8 : 0);
    if (stem.length >= 2 && initials.length >= 2 && (initials === stem || initials.startsWith(stem))) best = Math.max(best, 0.7);
    if (stem.length >= 3 && contentInitials === stem) best = Math.max(best, 0.7);
    if (stem.length >= 4 && t.includes(stem)) best = Math.max(best, 0.75);
    // "tejinfoinn.com" for "Tejaswi Info Innovations": two letters or more of every word's start.
    const content = words.filter((w) => !LITTLE_WORDS.test(w));
    if (stem.length >= 6 && content.length >= 2 && content.length <= 5 && spelledByStarts(stem, content, 2)) best = Math.max(best, 0.9);
  }
  return best;
}

/**
 * A slogan: about the company ("The mobile satellite company") or speaking to the reader ("Ваш
 * надёжный партнёр", "Your partner in logistics"), though a company's or a title's word is in it.
 */
/** A word (four letters or more) the card prints again alone on a line of its own, apart from this line: a brand's logo. */
const printedAlone = (w: string, s: Segment, ctx: RoleContext) => bare(w).length >= 4 && ctx.segs.some((o) => o !== s && o.line !== s.line && overlapShare(o.box, s.box) < 0.5 && bare(o.text.trim()) === bare(w));

/** A firm's function in two words or more, no post among them: "Global Business Development", "Customer Support". */
const businessFunction = (s: Segment, ctx: RoleContext) => {
  const ws = words(s.text).map(bare).filter(Boolean);
  if (ws.length < 2 || ws.length > 5 || !/^(?:development|support|communications|operations|relations|resources)$/.test(ws.at(-1)!) || ws.some((w) => TITLE_HEADS.has(w) || w === 'of')) return false;
  return !ctx.segs.some((o) => o !== s && lineUnder(s.box, o.box, 1.2, 0.3) && TITLE_HEADS.has(bare(words(o.text)[0] ?? '')));
};

// "KEEP YOUR CARGO MOVING" (real_806): "your" inside a line of three words or more speaks to the reader too.
const slogan = (text: string) =>
  /^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:company|people|group|network)\.?$/u.test(text.trim()) ||
  /^(?:ваш|ваша|ваше|ваши|your)\s+\p{L}/iu.test(text.trim()) ||
  (/(?:^|\s)(?:your|ваш[аеи]?)\s+\p{L}/iu.test(text) && words(text).length >= 3);

const INVITES_TO_SITE = /(?:^|\s)(?:visit|find|follow|see)(?:\s?us)?\b[^@]*\.(?:com|net|org|info|biz|io|co|[a-z]{2})\b/iu;

/** A firm's function named by one word (two for a few), printed alone as a person's post. */
const LONE_FUNCTION = /^(?:marketing|sales|finance|accounting|operations|logistics|procurement|purchasing|engineering|legal|communications|export|import|human resources|customer service|маркетинг|продажи|бухгалтерия|логистика|закупки)$/iu;

const LITTLE_WORDS = /^(?:of|for|and|the|de|des|du|la|le|di|del|da|do|für|und|y|e|et|и)$/;

/** How many independent address signs a line carries. */
export function addressCues(text: string): number {
  return ADDRESS_CUES.filter((re) => re.test(text)).length + (STREET_WORDS.test(text) && /\d/.test(text) ? 1 : 0) + (cityCountry(text) ? 1 : 0);
}

function emailAgrees(text: string, ctx: RoleContext): boolean {
  return emailSpelt(text, ctx) > 0;
}

/**
 * How much of an e-mail's local part the line spells: 0 (nothing), 1 (a part of it), 2 (every
 * part of a local of two or more: "Vikram Sood" beside vikram.sood@, where "Sood Eye Care"
 * spells only one).
 */
function emailSpelt(text: string, ctx: RoleContext): number {
  const keys = nameKey(withoutHonorific(text)).split(' ').filter(Boolean);
  const spells = (p: string) => {
    const k = nameKey(p);
    if (k.length >= 3 && keys.some((w) => w.length >= 3 && (similarity(w, k) >= 0.75 || (k.length >= 4 && w.startsWith(k))))) return true;
    // "jsmith", "smithj": an initial glued to a name
    return k.length >= 4 && keys.some((w) => w.length >= 3 && (k === keys[0]![0] + w || k === w + keys[0]![0]));
  };
  let best = 0;
  for (const parts of ctx.emailLocals) {
    const n = parts.filter(spells).length;
    if (n) best = Math.max(best, parts.length >= 2 && n === parts.length ? 2 : 1);
  }
  return best;
}

/**
 * "carol soh" beside carol@acecomm.sg: a card set all in small letters prints the name so too.
 * Taken as shaped like a name only when it starts with a given name the e-mail spells.
 */
function lowerCaseName(text: string, ctx: RoleContext): boolean {
  const ws = words(text);
  return ws.length >= 2 && ws.length <= 3 && ws.every((w) => /^\p{Ll}{2,}$/u.test(w)) && isGivenName(ws[0]!) && emailAgrees(ws[0]!, ctx);
}

/**
 * "Ravikumar" beside ravikumar@infinitypmc.co.in: a name of one word, as many Indian cards print
 * it, is the whole of the e-mail's local part and no part of its domain.
 */
function mailboxOwner(text: string, ctx: RoleContext): boolean {
  const w = text.trim().replace(/[.,]$/, '');
  // In capitals it is as likely a logo's word ("TRISHA" beside trisha@...).
  if (!/^[A-Z][a-z]{3,}$/.test(w)) return false;
  const key = nameKey(w);
  return ctx.emailLocals.some((parts) => parts.length === 1 && nameKey(parts[0]!) === key) && !ctx.domains.some((d) => domainLetters(d).includes(key));
}

/**
 * "Александр" alone on its line under a shop's list of wares: some cards give the person by
 * the given name only. Taken so only where no line of the card is shaped like a full name.
 */
function loneGivenName(s: Segment, ctx: RoleContext): boolean {
  const t = s.text.trim();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t) && isGivenName(t) && !ctx.segs.some((o) => o !== s && nameShape(o.text) > 0);
}

function inMailbox(text: string, ctx: RoleContext): boolean {
  const ws = words(text);
  const key = nameKey(text).replace(/\s/g, '');
  return ws.length >= 2 && key.length >= 8 && !ws.some((w) => w.length > 2 && isGivenName(w)) && (ctx.mailboxes ?? []).some((m) => nameKey(m).length > key.length && nameKey(m).includes(key));
}

/**
 * A shop's mailbox spelling the line's first words, and the line going on with its trade:
 * "MOTI AND KALAM SANITARY WARE" beside motiandkalam@gmail.com. A person's line the mailbox
 * spells goes on with no more than a name or an initial.
 */
function mailboxLeads(text: string, ctx: RoleContext): boolean {
  const ws = words(text);
  const boxes = (ctx.mailboxes ?? []).map((m) => nameKey(m).replace(/\s/g, '')).filter((m) => m.length >= 8);
  if (!boxes.length || ws.length < 3 || nameShape(text) >= 1) return false;
  const longest = Math.max(...boxes.map((m) => m.length));
  let lead = '';
  for (let k = 1; k < ws.length; k++) {
    lead += nameKey(ws[k - 1]!).replace(/\s/g, '');
    // A line of many words (a hostile card's) is not spelt past the longest mailbox.
    if (lead.length > longest) return false;
    if (k < 2 || !boxes.includes(lead)) continue;
    const trade = ws.slice(k).filter((w) => /\p{L}{3}/u.test(w));
    return trade.some((w) => !isGivenName(w) && !isFamilyName(w));
  }
  return false;
}

function continuesAddress(s: Segment, ctx: RoleContext): boolean {
  return ctx.segs.some((a) => a !== s && /,\s*$/.test(a.text) && addressCues(a.text) >= 1 && Math.abs(a.size - s.size) < Math.max(a.size, s.size) * 0.3 && lineUnder(a.box, s.box, 1.2, 0.3));
}

function afterContactLabel(s: Segment, ctx: RoleContext): boolean {
  if (/\s/.test(s.text.trim())) return false;
  const left = ctx.segs.filter((o) => o.line === s.line && o.box.x < s.box.x).sort((a, b) => b.box.x - a.box.x)[0];
  return !!left && /^\p{L}[\p{L}-]*\s*:?$/u.test(left.text.trim()) && contactLine(`${left.text.trim()} `);
}

const sizeRank = (s: Segment, ctx: RoleContext) => ctx.sizes.findIndex((x) => x <= s.size);

export const CLUES: Clue[] = [
  // name
  { role: 'name', name: 'shape', score: (s, ctx) => (nameShape(s.text) ? 0.45 * nameShape(s.text) : lowerCaseName(s.text, ctx) ? 0.3 : mailboxOwner(s.text, ctx) ? 0.2 : loneGivenName(s, ctx) ? 0.1 : -2) },
  { role: 'name', name: 'known-names', score: (s) => { const k = knownNameWords(s.text); return (k.given ? 0.35 : 0) + (k.family ? 0.15 : 0); } },
  { role: 'name', name: 'email-local', score: (s, ctx) => [0, 0.8, 1.0][emailSpelt(s.text, ctx)]! },
  { role: 'name', name: 'patronymic', score: (s) => (words(s.text).some((w) => PATRONYMIC.test(w)) ? 0.4 : 0) },
  // "ВЛАДИМИРОВА ОЛЬГА" / "ВЕНИАМИНОВНА": a name's patronymic set alone on the next line is
  // that name's evidence too (fields.ts joins it on), not a logo's above it.
  { role: 'name', name: 'patronymic-below', score: (s, ctx) => (words(s.text).length <= 2 && !words(s.text).some((w) => PATRONYMIC.test(w)) && ctx.segs.some((o) => o !== s && /^\p{L}+$/u.test(o.text.trim()) && PATRONYMIC.test(o.text.trim()) && lineUnder(s.box, o.box, 1.2, 0.3)) ? 0.4 : 0) },
  { role: 'name', name: 'ocr-confidence', score: (s) => (s.conf < 0.7 ? -0.35 : 0) },
  { role: 'name', name: 'short-words', score: (s) => (words(s.text).every((w) => w.replace(/\./g, '').length <= 2) ? -0.5 : 0) },
  { role: 'name', name: 'size', score: (s, ctx) => [0.3, 0.15, 0.05][sizeRank(s, ctx)] ?? 0 },
  // A person's title is printed right under their name ("Lotus Hossain" / "Managing Director"),
  // not under a badge's or a logo's words.
  { role: 'name', name: 'above-title', score: (s, ctx) => (ctx.segs.some((t) => t !== s && lineUnder(s.box, t.box, 1.2, 0.3) && titleScore(t.text) >= 0.5) ? 0.3 : 0) },
  // "Prop. Satish Kumar Saini": a person's title printed on the line says whose name it is.
  { role: 'name', name: 'beside-title', score: (s) => (s.titled ? 0.3 : 0) },
  // "Business De" (a title cut short): a title's word and no given name is no person's name.
  { role: 'name', name: 'title-word', score: (s) => { const ws = words(withoutHonorific(s.text)); return ws.some((w) => TITLE_WORD_SET.has(w.toLowerCase())) && !ws.some((w) => w.length > 2 && isGivenName(w)) ? -0.5 : 0; } },
  // "John Street Hawthorn", "Shree Thulasi Towers": a street's or a building's word after another word makes it an address, whatever names are in it.
  { role: 'name', name: 'street-word', score: (s) => (/\p{L}\s+(?:street|road|avenue|boulevard|strasse|straße|towers?|plaza|complex|building|chambers|arcade)\b/iu.test(s.text) ? -0.8 : 0) },
  // ("AUTHENTIC WOOD CREATIONS": two such words or more, outnumbering the words of the name lists
  // ("Wood"); one beside a listed word is a name's: "Ji Park", "John Local".)
  { role: 'name', name: 'business-words', score: (s) => { const ws = words(withoutHonorific(s.text)); const business = ws.filter((w) => BUSINESS_WORDS.has(w.toLowerCase())).length; const named = ws.filter((w) => w.length > 2 && (isGivenName(w) || isFamilyName(w))).length; return business > 0 && (named === 0 || (business >= 2 && business > named)) ? -1.2 : 0; } },
  { role: 'name', name: 'listed', score: (s) => (s.listed ? -1 : 0) },
  // "YOKO САМА": a logo read half in the other alphabet. A person's name is spelt in one.
  { role: 'name', name: 'mixed-scripts', score: (s) => { const ws = words(s.text); return ws.some((w) => /^\p{Script=Latin}{2,}$/u.test(w)) && ws.some((w) => /^\p{Script=Cyrillic}{2,}$/u.test(w)) ? -0.5 : 0; } },
  // "MOTI AND KALAM SANITARY WARE": partners' names joined by a conjunction name a firm, not a person.
  // ("ALL KINDS OF SANITARY WARE": nor one with a phrase's little words.)
  { role: 'name', name: 'conjunction', score: (s) => (/\s(?:and|und|et|и|of|for|the|to|in|from|with)\s|\s&\s/iu.test(withoutHonorific(s.text)) ? -0.8 : 0) },
  // "CHARTERED ACCOUNTANTS", "Consulting Engineers": a post in the plural names a firm of them.
  { role: 'name', name: 'plural-post', score: (s) => (words(s.text).some((w) => { const b = bare(w); return /s$/.test(b) && TITLE_HEADS.has(b.replace(/(?<=[^aeiou])ies$/, 'y').replace(/s$/, '')) && !isFamilyName(w); }) ? -1 : 0) },
  // "Tom Mason Volkswagen" over "VOLKSWAGEN" (the maker's logo): a word the card prints again on
  // a line of its own is a brand's, and the line a business's name.
  { role: 'name', name: 'brand-word', score: (s, ctx) => (words(s.text).length >= 2 && words(s.text).some((w) => printedAlone(w, s, ctx)) ? -0.8 : 0) },
  // A business named for its owner and the brand it sells ends on the brand; "HILTON WORLDWIDE",
  // "Stanford, CA 94305" repeat the logo for other reasons.
  { role: 'company', name: 'owner-and-brand', score: (s, ctx) => { const ws = words(s.text); return ws.length >= 3 && ws.length <= 4 && !/\d/.test(s.text) && ws.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && printedAlone(ws.at(-1)!, s, ctx) ? 0.6 : 0; } },
  // "by DT Global on behalf of the Australian Government": a line that opens with a small
  // preposition is a sentence about the business, not its name.
  { role: 'company', name: 'sentence', score: (s) => (/^(?:by|on|for|from|of|in|with|at|to|и|в|на|для|от)\s/u.test(s.text.trim()) ? -1 : 0) },
  // "Fax" / "Fax": a column of labels apart from their values names nobody, joined or not.
  { role: 'name', name: 'labels', score: (s) => (words(s.text).every((w) => LABEL_ALONE.test(w)) ? -3 : 0) },
  { role: 'company', name: 'labels', score: (s) => (words(s.text).every((w) => LABEL_ALONE.test(w)) ? -3 : 0) },
  { role: 'name', name: 'not-other', score: (s) => (titleScore(s.text) > 0 || LEGAL_FORM.test(s.text) || DEPT_LINE.test(s.text) || ORG_WORDS.test(s.text) || ORG_WORD_AT_END.test(s.text.trim()) || addressCues(s.text) ? -0.7 : 0) },
  // title
  { role: 'title', name: 'title-words', score: (s) => titleScore(s.text) },
  { role: 'title', name: 'not-other', score: (s) => (/\d/.test(s.text) || LEGAL_FORM.test(s.text) ? -0.6 : 0) },
  // company
  // A legal form alone ("PLC" as a logo, "JOINT STOCK COMPANY" under the name) names no company by itself.
  { role: 'company', name: 'legal-form', score: (s) => (LEGAL_FORM.test(s.text) && words(s.text).length <= 9 ? (LEGAL_FORM_ONLY.test(s.text) ? 0.3 : 0.9) : 0) },
  { role: 'company', name: 'domain', score: (s, ctx) => 0.8 * domainMatch(s.text, ctx.domains) },
  // "MAYA SALES" beside mayasales.hissar@gmail.com: a shop's mailbox named after it. Not for a
  // line shaped like a person's name alone (john.smith@gmail.com spells its owner).
  { role: 'company', name: 'mailbox', score: (s, ctx) => (ctx.mailboxes?.length && (ORG_WORDS.test(s.text) || LEGAL_FORM.test(s.text) || !nameShape(s.text)) ? 0.6 * stemMatch(s.text, ctx.mailboxes, true) : 0) },
  // "PEST CONTROL" beside dgpestcontrolservice@gmail.com: a shop's mailbox holds its name whole;
  // a line it spells without a given name is the business, not its owner.
  { role: 'company', name: 'in-mailbox', score: (s, ctx) => (inMailbox(s.text, ctx) ? 0.45 : 0) },
  { role: 'company', name: 'mailbox-lead', score: (s, ctx) => (mailboxLeads(s.text, ctx) ? 0.7 : 0) },
  { role: 'name', name: 'in-mailbox', score: (s, ctx) => (inMailbox(s.text, ctx) ? -0.6 : 0) },
  { role: 'company', name: 'org-words', score: (s) => (ORG_WORDS.test(s.text) ? 0.3 : 0) },
  // "Politecnico di Torino" over "Internet Media Group": the university is the employer, its group or lab a part.
  { role: 'company', name: 'institution', score: (s) => (INSTITUTION.test(s.text) && words(s.text).length >= 2 && words(s.text).length <= 6 && !DEPT_LINE.test(s.text) ? 0.3 : 0) },
  { role: 'company', name: 'trade-at-end', score: (s) => (ORG_WORD_AT_END.test(s.text.trim()) ? 0.2 : 0) },
  // "packetvideo", "ironbridge foods": one to three words all in small letters, set in the card's
  // biggest type, well above the common run of it, and read surely, are a wordmark; no person's name or post is printed so.
  { role: 'company', name: 'lowercase-wordmark', score: (s, ctx) => (s.size >= (ctx.sizes[0] ?? 0) * 0.8 && s.size >= median(ctx.segs.map((o) => o.size)) * 1.3 && s.conf >= 0.6 && /^[\p{Script=Latin}\p{Script=Cyrillic}]{2,}(?:[ -][\p{Script=Latin}\p{Script=Cyrillic}]{2,}){0,2}$/u.test(s.text.trim()) && s.text.trim().length >= 4 && s.text === s.text.toLowerCase() ? 0.6 : 0) },
  // "The Little Wood Shop": a firm's word in the card's biggest type, a few words in all.
  { role: 'company', name: 'org-word-in-big-type', score: (s, ctx) => (sizeRank(s, ctx) === 0 && s.size >= median(ctx.segs.map((o) => o.size)) * 1.3 && ORG_WORDS.test(s.text) && words(s.text).length <= 5 ? 0.3 : 0) },
  { role: 'company', name: 'logo-size', score: (s, ctx) => (sizeRank(s, ctx) <= 1 && s.text === s.text.toUpperCase() && words(s.text).length <= 4 ? 0.15 : 0) },
  // "Email nacho Ro@apes co ip": a contact line OCR garbled past reading is still no company.
  // (A social handle under the logo, "@planet10tech", names it: no contact line.)
  // "skype   magyar-icst": a handle printed after its label, in a segment of its own, neither.
  { role: 'company', name: 'not-contact', score: (s, ctx) => ((contactLine(s.text) && !/^@[\p{L}\d]/u.test(s.text.trim())) || afterContactLabel(s, ctx) ? -1.5 : 0) },
  // "The mobile satellite company", "Ваш надёжный партнёр": a slogan, not the company's name nor a post.
  { role: 'company', name: 'slogan', score: (s) => (slogan(s.text) ? -1 : 0) },
  { role: 'title', name: 'slogan', score: (s) => (slogan(s.text) ? -1 : 0) },
  { role: 'tagline', name: 'slogan', score: (s) => (slogan(s.text) ? 1 : 0) },
  { role: 'name', name: 'slogan', score: (s) => (slogan(s.text) ? -1 : 0) },
  // "Visit us at hurricanecommerce.com", read glued as "Visitus athurricanecommerce.com" (real_606):
  // words sending the reader to a web address are no company's name.
  { role: 'company', name: 'invites-to-site', score: (s) => (INVITES_TO_SITE.test(s.text) ? -1 : 0) },
  { role: 'tagline', name: 'invites-to-site', score: (s) => (INVITES_TO_SITE.test(s.text) ? 0.5 : 0) },
  // "An ISO 9001-2008 & QCI Certified Company": a claim about the company, not its name.
  { role: 'company', name: 'certification', score: (s) => (/\bISO\s?\d{4,5}\b|\bcertified\b/i.test(s.text) ? -1 : 0) },
  { role: 'tagline', name: 'certification', score: (s) => (/\bISO\s?\d{4,5}\b|\bcertified\b/i.test(s.text) ? 0.5 : 0) },
  // "and Pest Control Services" under "Carpet /Upholstery Cleaning": a line opening with a
  // conjunction or a preposition in small letters is the tail of a name broken above it.
  { role: 'company', name: 'tail-of-name', score: (s) => (/^(?:and|or|of|for|&)\s+\p{L}/u.test(s.text.trim()) ? -0.6 : 0) },
  { role: 'company', name: 'not-a-domain', score: (s) => (/^\S+\.[a-z]{2,}$/i.test(s.text.trim()) ? -1 : 0) },
  // "... 531012-56-124592": a registration number's line is no company's name.
  { role: 'company', name: 'not-other', score: (s) => (titleScore(s.text) > 0.5 ? -0.6 : 0) + (addressCues(s.text) >= 2 ? -0.5 : 0) + (/^\d/.test(s.text) ? -0.4 : 0) + ((s.text.match(/\d/g) ?? []).length >= 8 ? -1 : 0) },
  // department
  { role: 'department', name: 'dept-words', score: (s) => (DEPT_LINE.test(s.text) ? 0.9 : 0) },
  // "Global Business Development", "Customer Support", "Human Resources": a function of the firm
  // with no post in it ("Head of Operations" is one) is the department a person works in.
  // ("REGIONAL BUSINESS DEVELOPMENT" over "EXECUTIVE (NORTH AMERICA)": not over a post's head word, which it qualifies.)
  { role: 'department', name: 'function', score: (s, ctx) => (businessFunction(s, ctx) ? 0.8 : 0) },
  { role: 'title', name: 'function', score: (s, ctx) => (businessFunction(s, ctx) ? -0.5 : 0) },
  { role: 'department', name: 'not-other', score: (s) => (/\d{3}/.test(s.text) ? -0.5 : 0) },
  // "Marketing" alone on the line under the name (real_816): the person's work, printed as their post.
  { role: 'title', name: 'lone-function', score: (s) => (LONE_FUNCTION.test(s.text.trim()) ? 0.6 : 0) },
  // address
  { role: 'address', name: 'cues', score: (s) => Math.min(1, 0.5 * addressCues(s.text)) },
  // "5/F, Building 5E, 5 Science Park East Avenue," over "Hong Kong Science Park": a line under
  // an address line that runs on with its comma is the address's next line, not a name.
  { role: 'address', name: 'runs-on', score: (s, ctx) => (continuesAddress(s, ctx) ? 0.5 : 0) },
  { role: 'name', name: 'in-address', score: (s, ctx) => (continuesAddress(s, ctx) ? -0.8 : 0) },
  // "So Mekong Works" beside "Mekong Works SAS": the logo, the words of the company's name
  // without its legal form (a person who names a firm after himself has the e-mail to say so).
  { role: 'name', name: 'company-words', score: (s, ctx) => { const ws = words(s.text).map(bare).filter((w) => w.length >= 3); return ws.length >= 2 && ctx.segs.some((o) => o !== s && LEGAL_FORM.test(o.text) && ws.every((w) => words(o.text).map(bare).includes(w))) ? -1 : 0; } },
  // "Clothing Alterations, Design," over "Tailoring, Repairs": the line under one that ends on a
  // comma goes on with its list; a name starts its own.
  { role: 'name', name: 'after-comma', score: (s, ctx) => (ctx.segs.some((o) => o !== s && o.line !== s.line && /\p{L},$/u.test(o.text.trim()) && lineUnder(o.box, s.box, 1.2, 0.3)) ? -0.8 : 0) },
  // "Australia | India | China": the countries a company works in, not its address.
  // "Sales Manager - Vietnam": a post and the country it covers, not an address.
  { role: 'address', name: 'post-and-region', score: (s) => (/\s[-–—]\s*\p{L}[\p{L} .]*$/u.test(s.text) && titleScore(s.text.replace(/\s[-–—]\s*\p{L}[\p{L} .]*$/u, '')) >= 0.8 ? -1 : 0) },
  { role: 'address', name: 'listed-country', score: (s) => (s.listed && words(s.text).length <= 2 && countryAtEnd(s.text) ? -1 : 0) },
  { role: 'address', name: 'not-other', score: (s) => (LEGAL_FORM.test(s.text.replace(/,.*$/, '')) && !/\d/.test(s.text) ? -0.6 : 0) },
  // tagline: long lower-case phrases and slogans
  // "Visit us at hurricanecommerce.com", "Follow us": an invitation, not a company.
  { role: 'tagline', name: 'invitation', score: (s) => (/^(visit|follow|find|contact|call|email|write to|join)\s+us\b/i.test(s.text) ? 1 : 0) },
  { role: 'company', name: 'invitation', score: (s) => (/^(visit|follow|find|contact|call|email|write to|join)\s+us\b/i.test(s.text) ? -1.5 : 0) },
  // (Not "Espace de l'Europe 11": a street's name with its house number after it.)
  { role: 'tagline', name: 'phrase', score: (s) => { const ws = words(s.text); const lower = ws.filter((w) => /^\p{Ll}/u.test(w)).length; return ws.length >= 4 && lower >= ws.length / 2 && !/\s\d{1,4}[a-z]?$/.test(s.text.trim()) ? 0.5 : 0; } },
];

export type RoleScores = Record<Role, number>;

export function scoreRoles(s: Segment, ctx: RoleContext, clues: Clue[] = CLUES): RoleScores {
  const out = Object.fromEntries(ROLES.map((r) => [r, 0])) as RoleScores;
  for (const c of clues) out[c.role] += c.score(s, ctx);
  return out;
}
