/**
 * One reading on a card confirms another: the company line printed in big type spells the
 * domain of the e-mail and the website printed in small type. Where the two differ only by
 * letters OCR reads for one another ("quantumiabs" beside "Quantum Labs"), the company's
 * spelling is the likelier one. Every such repair is a guess: callers lower the confidence.
 */
import { bareDomain } from './channels.js';
import { LEGAL_FORM, PURPOSE_MAILBOXES, TITLE_WORD_SET } from './keywords.js';
import { domainStem } from './roles.js';
import { transliterate } from './scripts.js';

/** Letters small type makes look alike, as unordered pairs. */
const LOOKALIKE = new Set(['il', 'l1', 'i1', 'o0', 'it', 'ec', 'oc', 'nh', 'vy', 'gq', 'ao', 'ea', 'uv', 'rt', 'fl', 'ft', 'bh']);
const alike = (a: string, b: string) => LOOKALIKE.has(a + b) || LOOKALIKE.has(b + a);

/** Two letters small print runs into one, and the one it makes of them. */
const MERGED_LETTERS: [string, string][] = [['ri', 'n'], ['rn', 'm'], ['cl', 'd'], ['vv', 'w']];

/** The company's words as a domain would spell them: transliterated, letters and digits only. */
function companyWords(company: string): string[] {
  return company
    .replace(/[«»"“”„]/g, ' ')
    .replace(/\bjoint stock company\b|\bco\.?,?\s?ltd\.?/giu, ' ')
    .split(/[\s-]+/)
    // "000" is OCR's ООО.
    .filter((w) => w && !LEGAL_FORM.test(w) && !/^[0OО]{3}$/u.test(w))
    .map((w) => transliterate(w).replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/**
 * `stem` respelt as `key` where they differ by at most two look-alike letters, or by one letter
 * of any kind when the word is long enough that a second spelling is unlikely; the stem's own
 * hyphens stay. Null when they differ otherwise or not at all.
 */
export function respell(stem: string, key: string): string | null {
  // "mendianfoods" for MERIDIAN FOODS (seed 65 s2_027): two letters small print ran into one
  // ("ri" read as n, "rn" as m, "cl" as d), once, in a name long enough to leave no doubt.
  if (!stem.includes('-') && key.length >= 8 && stem.length === key.length - 1) {
    for (const [two, one] of MERGED_LETTERS)
      for (let i = key.indexOf(two); i >= 0; i = key.indexOf(two, i + 1)) if (key.slice(0, i) + one + key.slice(i + 2) === stem) return key;
  }
  const letters = [...stem].map((c, i) => ({ c, i })).filter((x) => x.c !== '-');
  // "tdewaterpartners" for TIDEWATER PARTNERS: one letter of a long name lost.
  if (letters.length === key.length - 1 && key.length >= 8) {
    const bare = letters.map((x) => x.c).join('');
    // Not a final letter or an "s": "quantumlab" beside Quantum Labs is a name of its own.
    for (let k = 0; k < key.length - 1; k++)
      if (key[k] !== 's' && key.slice(0, k) + key.slice(k + 1) === bare) {
        const at = k < letters.length ? letters[k]!.i : stem.length;
        return stem.slice(0, at) + key[k] + stem.slice(at);
      }
    return null;
  }
  if (letters.length < key.length || key.length < 5) return null;
  const head = letters.slice(0, key.length);
  const diffs = head.filter((x, k) => x.c !== key[k]).map((x) => x);
  if (!diffs.length || diffs.length > 2) return null;
  const k = (x: { i: number }) => head.findIndex((h) => h.i === x.i);
  const allAlike = diffs.every((x) => alike(x.c, key[k(x)]!));
  // A longer stem ("volgamediagroup" for "Volga Media") is confirmed only by look-alikes.
  const whole = letters.length === key.length;
  if (!(allAlike || (whole && diffs.length === 1 && key.length >= 7))) return null;
  const out = [...stem];
  for (const x of diffs) out[x.i] = key[k(x)]!;
  return out.join('');
}

/** The domain respelt by the company line, or null when the company does not confirm a change. */
export function domainByCompany(domain: string, company: string): string | null {
  const stem = domainStem(domain);
  if (!stem || !company) return null;
  const ws = companyWords(company);
  // The company's words from the first, longest first; then the same without a first word ("Группа X").
  const keys = [0, 1].flatMap((from) => ws.slice(from).map((_, n) => ws.slice(from, ws.length - n).join('')));
  const bare = stem.replace(/-/g, '');
  // Longest first: "quantumiabs" is checked against "quantumlabs" before "quantum" confirms its start.
  for (const key of keys) {
    if (bare.startsWith(key)) return null;
    const fixed = respell(stem, key);
    if (fixed) {
      const at = domain.lastIndexOf(stem);
      return domain.slice(0, at) + fixed + domain.slice(at + stem.length);
    }
  }
  return null;
}

/**
 * The word a logo printed and OCR lost, before the company's words as read: "OVERSEAS" beside
 * fduhamel@seli-overseas.com (a hyphenated domain whose words after one leading word are the
 * company's); "MAINTENANCE SERVICE" beside arifimaintenanceservice@gmail.com (a shop's mailbox
 * that spells the company's words glued after one leading word). That word, in the company's
 * case, goes before it. Null when no domain or mailbox does so.
 */
export function leadWord(company: string, domains: string[], mailboxes: string[] = []): string | null {
  // A Russian company's domain spells its name in Latin letters: no word of it to add as it is.
  if (!company || /\p{Script=Cyrillic}/u.test(company)) return null;
  const ws = companyWords(company);
  const led = (lead: string) => `${company === company.toUpperCase() ? lead.toUpperCase() : lead[0]!.toUpperCase() + lead.slice(1)} ${company}`;
  for (const d of domains) {
    const tokens = domainStem(d).split('-');
    const lead = tokens[0]!;
    if (tokens.length >= 2 && ws.length === tokens.length - 1 && tokens.slice(1).join(' ') === ws.join(' ') && /^[a-z]{3,}$/.test(lead)) return led(lead);
  }
  const joined = ws.join('');
  if (joined.length < 6) return null;
  // "Technologies" beside ashish.kumar@alobhatechnologies.com: the logo's first word OCR lost,
  // glued before the company's words in the domain.
  // Only a company of one word, which alone names no firm: a longer one is whole ("Riverstone
  // Foods" beside a misread "wewvariverstonefoods.com").
  for (const d of ws.length === 1 ? domains : []) {
    const stem = domainStem(d);
    const lead = stem.endsWith(joined) ? stem.slice(0, stem.length - joined.length) : '';
    if (/^[a-z]{3,10}$/.test(lead)) return led(lead);
  }
  for (const m of mailboxes) {
    const lead = m.endsWith(joined) ? m.slice(0, m.length - joined.length) : '';
    // "directormvsacademy@": a mailbox named for the post or the purpose, not the company's first word.
    if (/^[a-z]{3,10}$/.test(lead) && !TITLE_WORD_SET.has(lead) && !PURPOSE_MAILBOXES.includes(lead)) return led(lead);
  }
  return null;
}

export interface CheckedDomains {
  emails: string[];
  websites: string[];
  /** Some e-mail or web address was respelt or completed: a guess, never sure. */
  emailsRepaired: boolean;
  websitesRepaired: boolean;
}

/**
 * The card's e-mail and web domains checked against the company line and against each other:
 * - "office@quantumiabs.com" beside "Quantum Labs Co., Ltd.": the company spells the domain
 *   (not where another line, `speltElsewhere`, spells it as read: a logo "IRONBRIDGE TRADING");
 * - "http://aewevolgamedia.ru" beside iosif@volgamedia.ru: "www." misread and glued on;
 * - "lotus@safeseabd.co" beside www.safeseabd.com: the e-mail's ending cut off (the card's edge,
 *   a finger, a lost letter) where the card prints the whole domain.
 */
export function reconcileDomains(emails: string[], websites: string[], company: string, speltElsewhere: (domain: string) => boolean): CheckedDomains {
  let emailsRepaired = false;
  let websitesRepaired = false;
  const byCompany = (d: string) => (company && !speltElsewhere(d) ? domainByCompany(d, company) : null);
  let mails = emails.map((e) => {
    const [local, domain] = e.split('@') as [string, string];
    const d = byCompany(domain);
    if (d) emailsRepaired = true;
    return d ? `${local}@${d}` : e;
  });
  const mailDomains = mails.map((e) => e.split('@')[1]!);
  const sites = websites.map((w) => {
    const bare = bareDomain(w);
    const d = byCompany(bare);
    if (d) {
      websitesRepaired = true;
      return w.replace(bare, d);
    }
    // ("wewvariverstonefoods.com" beside goh.h@riverstonefoods.com: five letters, two or more of them w's or v's.)
    const glued = mailDomains.find((x) => {
      const lead = bare.slice(0, -x.length);
      return bare.endsWith(x) && /^[a-z]{2,5}$/.test(lead) && (lead.match(/[wv]/g) ?? []).length >= (lead.length === 5 ? 2 : 1);
    });
    if (!glued) return w;
    websitesRepaired = true;
    return w.replace(bare, `www.${glued}`);
  });
  const siteDomains = sites.map(bareDomain);
  mails = mails.map((e) => {
    const [local, domain] = e.split('@') as [string, string];
    const whole = domain.includes('.') && siteDomains.find((d) => d.length > domain.length && d.startsWith(domain) && /^[a-z]{1,2}$/.test(d.slice(domain.length)));
    if (!whole) return e;
    emailsRepaired = true;
    return `${local}@${whole}`;
  });
  return { emails: mails, websites: sites, emailsRepaired, websitesRepaired };
}
