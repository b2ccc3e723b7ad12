import type { Box, ContactFields, FieldConfidence, FieldSources, OcrLine, Phone } from '../../../shared/contact.js';
import { emptyFields } from '../../../shared/contact.js';
import { ADDRESS_CUES, DEPT_LINE, LEGAL_FORM, PATRONYMIC, RU_SURNAME, TITLE_WORDS } from './keywords.js';
import { findPhones, rankCountries } from './phones.js';
import { fixMixedScripts, hasCyrillic, nameKey, similarity, toLatin, transliterate } from './scripts.js';

export interface Extraction {
  fields: ContactFields;
  confidence: FieldConfidence;
  sources: FieldSources;
  country: string;
}

interface Segment {
  text: string;
  box: Box;
  conf: number;
  /** Median word height: the font size, roughly. */
  size: number;
  line: number;
}

const TLDS = new Set([
  'com', 'org', 'net', 'io', 'co', 'ru', 'рф', 'uk', 'de', 'fr', 'us', 'info', 'biz', 'me', 'ai', 'app', 'dev', 'tech',
  'eu', 'by', 'kz', 'ua', 'ca', 'au', 'nl', 'it', 'es', 'ch', 'se', 'no', 'fi', 'pl', 'cz', 'jp', 'cn', 'in', 'su', 'pro',
  'online', 'site', 'store', 'group', 'agency', 'studio', 'edu', 'gov', 'tv', 'xyz',
]);
/** Misreadings of common endings, seen on real cards. */
const TLD_FIX: Record<string, string> = { ry: 'ru', rn: 'ru', corn: 'com', cam: 'com', c0m: 'com', con: 'com', orq: 'org', rv: 'ru' };

const EMAIL_RE = /([\p{L}\d._%+-]+)\s?@\s?([\p{L}\d-]+(?:\s?\.\s?[\p{L}\d-]+)+)/u;
const URL_RE = /((?:https?|http)\s?:\s?\/\/)?((?:www\s?\.\s?)?[\p{L}\d-]+(?:\s?\.[\p{L}\d-]+)+)(\/[^\s]*)?/iu;

function fixDomain(d: string): { domain: string; fixed: boolean } {
  let fixed = false;
  const www = toLatin(d).replace(/^\s*(?:[wW]{3,4}\s*[-.,·]*|[wW]{2}\s*[-.,·]+)\s*(?=[a-zA-Z0-9])/, (m) => {
    if (m.replace(/\s/g, '') !== 'www.') fixed = true;
    return 'www.';
  });
  const parts = www.toLowerCase().replace(/\s+/g, '').replace(/[^a-z0-9.-]/g, '').split('.').filter(Boolean);
  const tld = parts[parts.length - 1] ?? '';
  if (!TLDS.has(tld) && TLD_FIX[tld]) {
    parts[parts.length - 1] = TLD_FIX[tld]!;
    fixed = true;
  }
  return { domain: parts.join('.'), fixed };
}

function validDomain(d: string): boolean {
  const parts = d.split('.');
  return parts.length >= 2 && parts.every((p) => /^[a-z0-9-]+$/.test(p) && p.length > 0) && TLDS.has(parts[parts.length - 1]!);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * Drops what OCR made of pictures: stripes, logos and QR codes come back as low-confidence
 * strings of O, E, C and dashes.
 */
function readable(lines: OcrLine[]): OcrLine[] {
  return lines
    .map((l) => ({ ...l, words: l.words.filter((w) => w.confidence >= 0.3 || /[\p{L}\d]{3}/u.test(w.text)) }))
    .filter((l) => l.words.length && l.confidence >= 0.4);
}

/** Splits a line where the card put columns or separators in one row. */
function segments(lines: OcrLine[]): Segment[] {
  const out: Segment[] = [];
  lines.forEach((l, idx) => {
    let group: OcrLine['words'] = [];
    const flush = () => {
      if (!group.length) return;
      const x0 = Math.min(...group.map((w) => w.box.x));
      const y0 = Math.min(...group.map((w) => w.box.y));
      const x1 = Math.max(...group.map((w) => w.box.x + w.box.w));
      const y1 = Math.max(...group.map((w) => w.box.y + w.box.h));
      const text = group
        .map((w) => w.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text)
        out.push({
          text,
          box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
          conf: group.reduce((s, w) => s + w.confidence, 0) / group.length,
          size: median(group.map((w) => w.box.h)),
          line: idx,
        });
      group = [];
    };
    const h = median(l.words.map((w) => w.box.h)) || l.box.h;
    l.words.forEach((w, i) => {
      const prev = l.words[i - 1];
      const gap = prev ? w.box.x - (prev.box.x + prev.box.w) : 0;
      if (/^[|•·]$/.test(w.text)) return flush();
      if (prev && gap > h * 2.2) flush();
      group.push(w);
    });
    flush();
  });
  return out;
}

/** Drops leading tokens that are icons read as symbols ("☎" -> "&", "@", "©"). */
function stripIcons(s: string): string {
  return s.replace(/^(?:[^\p{L}\p{N}+(]{1,3}\s+)+/u, '').trim();
}

const titleWordSet = new Set(TITLE_WORDS);
function titleScore(text: string): number {
  const words = text.toLowerCase().split(/[\s,/&]+/).filter(Boolean);
  if (!words.length || words.length > 8) return 0;
  const hits = words.filter((w) => titleWordSet.has(w.replace(/[^\p{L}-]/gu, ''))).length;
  if (!hits) return 0;
  const first = titleWordSet.has(words[0]!.replace(/[^\p{L}-]/gu, ''));
  return Math.min(1, 0.6 + hits * 0.15 + (first ? 0.15 : 0));
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.|\p{Lu}[\p{Lu}'’-]+)$/u.test(w));
}

function splitName(name: string): Pick<ContactFields, 'givenName' | 'middleName' | 'familyName'> {
  const w = name.split(/\s+/).filter(Boolean);
  if (w.length === 1) return { givenName: w[0]!, middleName: '', familyName: '' };
  if (hasCyrillic(name)) {
    if (w.length === 3 && PATRONYMIC.test(w[2]!)) return { familyName: w[0]!, givenName: w[1]!, middleName: w[2]! };
    if (w.length === 3 && PATRONYMIC.test(w[1]!)) return { givenName: w[0]!, middleName: w[1]!, familyName: w[2]! };
    if (w.length === 2 && RU_SURNAME.test(w[0]!) && !RU_SURNAME.test(w[1]!)) return { familyName: w[0]!, givenName: w[1]!, middleName: '' };
  }
  return { givenName: w[0]!, middleName: w.slice(1, -1).join(' '), familyName: w[w.length - 1]! };
}

function domainStem(domain: string): string {
  const parts = domain.replace(/^www\./, '').split('.');
  return (parts.length > 2 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3] : parts[parts.length - 2]) ?? '';
}

/** How much a line reads like the company the e-mail/web domain belongs to. */
function domainMatch(text: string, domains: string[]): number {
  const t = nameKey(text.replace(LEGAL_FORM, ' ').replace(/[«»"]/g, '')).replace(/\s/g, '');
  let best = 0;
  for (const d of domains) {
    const stem = nameKey(domainStem(d).replace(/-/g, ''));
    if (!stem || !t) continue;
    best = Math.max(best, similarity(t, stem), t.startsWith(stem) || stem.startsWith(t) ? 0.8 : 0);
  }
  return best;
}

/** Stray punctuation OCR adds after a line ("Отдел маркетинга."); an initial's dot stays. */
function trimEnd(s: string): string {
  return s.replace(/(?<!\b\p{L})[.,;:·]+$/u, '').trim();
}

/** Letter pairs OCR confuses in e-mail addresses. */
const CONFUSED = new Set(['il', 'li', 'ij', 'ji', 'l1', '1l', 'i1', '1i', 'o0', '0o', 'ec', 'ce', 'nh', 'hn', 'vy', 'yv']);

/**
 * The local part of an address usually spells the person's name: a part one confusable
 * letter away from a transliterated name part ("m.paviova" beside "Павлова Мария") is the name.
 */
function mendEmail(email: string, name: string): string {
  const [local, domain] = email.split('@') as [string, string];
  const parts = name.split(/\s+/).map((w) => transliterate(w).replace(/[^a-z]/g, ''));
  const mended = local.split(/([._-])/).map((tok) => {
    if (/^[._-]$/.test(tok) || !tok) return tok;
    for (const p of parts) {
      const cand = tok.length === 1 ? p[0] : p;
      if (!cand || cand.length !== tok.length || cand === tok) continue;
      const diff = [...tok].map((c, i) => (c === cand[i] ? '' : c + cand[i])).filter(Boolean);
      if (diff.length === 1 && CONFUSED.has(diff[0]!)) return cand;
    }
    return tok;
  });
  return `${mended.join('')}@${domain}`;
}

/** OCR text lines (with boxes) -> contact fields, per-field confidence, source boxes. */
export function extractFields(lines: OcrLine[], opts: { defaultCountry?: string } = {}): Extraction {
  const fields = emptyFields();
  const confidence: FieldConfidence = {};
  const sources: FieldSources = {};
  const segs = segments(readable(lines)).map((s) => ({ ...s, text: fixMixedScripts(stripIcons(s.text)) }));
  const countries = rankCountries(segs.map((s) => s.text).join('\n'), opts.defaultCountry ?? 'US');
  const country = countries[0]!;
  const used = new Set<Segment>();
  const ocrFactor = (s: Segment) => (s.conf >= 0.85 ? 1 : s.conf >= 0.7 ? 0.92 : 0.75);
  const addSource = (f: keyof FieldSources, s: Segment) => (sources[f] ??= []).push(s.box);
  const setConf = (f: keyof FieldConfidence, c: number) => (confidence[f] = Math.min(confidence[f] ?? 1, c));

  // Addresses whose ending OCR lost ("name@granitepeak™"): completed from the website below.
  const cutEmails: { local: string; domain: string; seg: Segment }[] = [];
  // Contact channels first: they are the least ambiguous and their domains identify the company.
  for (const s of segs) {
    let hit = false;
    const em = EMAIL_RE.exec(s.text);
    if (em) {
      const local = toLatin(em[1]!).toLowerCase().replace(/[^a-z0-9._%+-]/g, '');
      const { domain, fixed } = fixDomain(em[2]!);
      if (local && !validDomain(domain)) cutEmails.push({ local, domain, seg: s });
      if (local && validDomain(domain)) {
        const email = `${local}@${domain}`;
        if (!fields.emails.includes(email)) fields.emails.push(email);
        addSource('emails', s);
        setConf('emails', (fixed ? 0.8 : 0.97) * ocrFactor(s));
        hit = true;
      }
    }
    const rest = em ? s.text.replace(em[0], ' ') : s.text;
    const url = URL_RE.exec(rest);
    if (url && (url[1] || /^www/i.test(url[2]!) || /\.[a-zа-я]{2,}/iu.test(url[2]!))) {
      const { domain, fixed } = fixDomain(url[2]!);
      const explicit = !!url[1] || domain.startsWith('www.');
      if (validDomain(domain) && (explicit || !/\d/.test(domain.split('.')[0]!)) && !/^\d/.test(domain)) {
        const scheme = url[1] ? toLatin(url[1]).toLowerCase().replace(/\s/g, '') : '';
        const site = `${scheme}${domain}${url[3] && url[3] !== '/' ? toLatin(url[3]) : ''}`;
        const onlyUrl = rest.replace(url[0], '').replace(/[^\p{L}\p{N}]/gu, '').length <= 3;
        if (onlyUrl || explicit) {
          if (!fields.websites.includes(site)) fields.websites.push(site);
          addSource('websites', s);
          setConf('websites', (fixed ? 0.8 : explicit ? 0.96 : 0.85) * ocrFactor(s));
          hit = true;
        }
      }
    }
    if (!hit && (s.text.match(/\d/g) ?? []).length >= 7) {
      const found = findPhones(s.text, countries);
      for (const p of found) {
        if (fields.phones.some((q) => q.value === p.value)) continue;
        const phone: Phone = { value: p.value, kind: p.kind };
        if (p.ext) phone.ext = p.ext;
        fields.phones.push(phone);
        setConf('phones', (p.labelled ? 0.95 : 0.85) * ocrFactor(s));
      }
      if (found.length) {
        addSource('phones', s);
        hit = true;
      }
    }
    if (hit) used.add(s);
  }

  for (const cut of cutEmails) {
    const stem = cut.domain.replace(/[^a-z0-9.-]/g, '').replace(/\.+$/, '');
    const site = fields.websites.map((w) => w.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0]!).find((d) => stem.length >= 4 && d.startsWith(stem));
    if (!site) continue;
    const email = `${cut.local}@${site}`;
    if (fields.emails.includes(email)) continue;
    fields.emails.push(email);
    addSource('emails', cut.seg);
    setConf('emails', 0.8 * ocrFactor(cut.seg));
    used.add(cut.seg);
  }

  // Address: lines with address cues, and the lines touching them that continue it.
  const addr = segs.filter((s) => !used.has(s) && ADDRESS_CUES.some((re) => re.test(s.text)) && !LEGAL_FORM.test(s.text.replace(/,.*$/, '')));
  if (addr.length) {
    addr.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    // Keep the biggest run of vertically adjacent address lines.
    const runs: Segment[][] = [];
    for (const s of addr) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      if (last && s.box.y - (last.box.y + last.box.h) < last.box.h * 1.6) run!.push(s);
      else runs.push([s]);
    }
    const best = runs.sort((a, b) => b.length - a.length)[0]!;
    fields.address = best.map((s) => s.text.replace(/[.,;]+$/, '')).join(', ').replace(/\s+,/g, ',');
    for (const s of best) {
      used.add(s);
      addSource('address', s);
    }
    // Long free text: one misread letter makes it wrong, so OCR alone never claims it sure.
    setConf('address', (best.length > 1 ? 0.88 : 0.8) * Math.min(...best.map(ocrFactor)));
  }

  const domains = [...fields.emails.map((e) => e.split('@')[1]!), ...fields.websites.map((w) => w.replace(/^https?:\/\//, '').split('/')[0]!)];
  const rest = segs.filter((s) => !used.has(s) && /\p{L}{2}/u.test(s.text));

  // Company: a legal form is the strongest sign; failing that, the line the domain names.
  const companyCands = rest
    .map((s) => {
      const legal = LEGAL_FORM.test(s.text) && s.text.split(/\s+/).length <= 8;
      const dm = domainMatch(s.text, domains);
      const score = (legal ? 1 : 0) + dm * 0.8 - (titleScore(s.text) > 0 ? 0.6 : 0);
      return { s, legal, dm, score };
    })
    .filter((c) => c.legal || c.dm >= 0.6)
    .sort((a, b) => b.score - a.score);
  const company = companyCands[0];
  if (company) {
    fields.company = company.s.text.replace(/\s+([»"])/g, '$1').replace(/([«"])\s+/g, '$1');
    used.add(company.s);
    addSource('company', company.s);
    setConf('company', (company.legal ? (company.dm >= 0.5 ? 0.96 : 0.9) : 0.8) * ocrFactor(company.s));
  }

  // Logos: a lone word in capitals that repeats the company's or domain's name.
  for (const s of rest) {
    if (used.has(s)) continue;
    const oneWord = !/\s/.test(s.text.trim());
    const caps = s.text === s.text.toUpperCase();
    if (oneWord && caps && (domainMatch(s.text, domains) > 0.5 || (fields.company && nameKey(fields.company).includes(nameKey(s.text))))) used.add(s);
  }

  // Name: person-like words, preferably the largest text, that match the e-mail's local part.
  const locals = fields.emails.map((e) => e.split('@')[0]!.replace(/[._-]+/g, ' '));
  const nameCands = rest
    .filter((s) => !used.has(s) && looksLikeName(s.text) && titleScore(s.text) === 0 && !DEPT_LINE.test(s.text))
    .map((s) => {
      const key = nameKey(s.text);
      const emailHit = locals.some((l) => {
        const parts = nameKey(l).split(' ');
        return parts.some((p) => p.length >= 3 && key.split(' ').some((k) => similarity(k, p) >= 0.75));
      });
      const maxSize = Math.max(...rest.map((r) => r.size));
      const patronymic = s.text.split(/\s+/).some((w) => PATRONYMIC.test(w));
      const score = s.size / maxSize + (emailHit ? 1 : 0) + (patronymic ? 0.5 : 0);
      return { s, emailHit, patronymic, score };
    })
    .sort((a, b) => b.score - a.score);
  const name = nameCands[0];
  if (name) {
    fields.name = trimEnd(name.s.text);
    Object.assign(fields, splitName(name.s.text));
    used.add(name.s);
    addSource('name', name.s);
    const sure = name.emailHit || name.patronymic;
    setConf('name', (sure ? 0.95 : nameCands.length === 1 ? 0.85 : 0.7) * ocrFactor(name.s));
  }

  if (fields.name) fields.emails = fields.emails.map((e) => mendEmail(e, fields.name));

  // Title and department: by their words.
  const titles = rest.filter((s) => !used.has(s)).map((s) => ({ s, t: titleScore(s.text) })).filter((c) => c.t > 0);
  titles.sort((a, b) => b.t - a.t);
  if (titles[0]) {
    fields.title = trimEnd(titles[0].s.text);
    used.add(titles[0].s);
    addSource('title', titles[0].s);
    setConf('title', Math.min(0.95, titles[0].t) * ocrFactor(titles[0].s));
  }
  const dept = rest.find((s) => !used.has(s) && DEPT_LINE.test(s.text) && titleScore(s.text) === 0);
  if (dept) {
    fields.department = trimEnd(dept.text);
    used.add(dept);
    addSource('department', dept);
    setConf('department', 0.9 * ocrFactor(dept));
  }
  return { fields, confidence, sources, country };
}

