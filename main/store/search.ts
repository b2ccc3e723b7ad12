import type { SavedContact } from '../../shared/contact.js';
import { nameKey, transliterate } from '../recognize/extract/scripts.js';

/**
 * Contact search: every word of the query must begin a word of the contact, in either
 * script ("anna" finds "Анна", "петр" finds "Petrov"), and the contacts whose name matches
 * come before those whose address does. Substrings inside words do not count: "anna"
 * does not find "Joanna", and a query of nonsense finds nothing.
 */

interface Token {
  word: string;
  latin: string;
  key: string;
  weight: number;
}

/** How much a match in each field says about the contact being the one looked for. */
const WEIGHTS = { name: 10, company: 6, email: 5, title: 4, phone: 4, tag: 4, event: 3, department: 3, website: 3, address: 2, notes: 1 } as const;

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Phonetic key of one word; x is ks in every transliteration scheme. */
const keyOf = (w: string) => nameKey(w.replace(/x/g, 'ks'));

/** Words repeat across contacts (names, companies, streets): each is transliterated and keyed once. */
const WORD_CACHE_MAX = 50_000;
const wordCache = new Map<string, { latin: string; key: string }>();
function forms(word: string): { latin: string; key: string } {
  let f = wordCache.get(word);
  if (!f) {
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    f = { latin: transliterate(word), key: keyOf(word) };
    wordCache.set(word, f);
  }
  return f;
}

function tokensOf(c: Pick<SavedContact, 'name' | 'givenName' | 'familyName' | 'title' | 'company' | 'department' | 'emails' | 'websites' | 'phones' | 'address' | 'notes' | 'tags' | 'event'>): Token[] {
  const out: Token[] = [];
  const add = (text: string, weight: number) => {
    for (const word of words(text)) out.push({ word, ...forms(word), weight });
  };
  add([c.name, c.givenName, c.familyName].join(' '), WEIGHTS.name);
  add(c.company, WEIGHTS.company);
  add(c.title, WEIGHTS.title);
  add(c.department, WEIGHTS.department);
  for (const e of c.emails) {
    add(e, WEIGHTS.email);
    out.push({ word: e.toLowerCase(), latin: e.toLowerCase(), key: '', weight: WEIGHTS.email });
  }
  for (const w of c.websites) add(w.replace(/^https?:\/\//i, ''), WEIGHTS.website);
  for (const p of c.phones) {
    const digits = p.value.replace(/\D/g, '');
    if (digits) out.push({ word: digits, latin: digits, key: '', weight: WEIGHTS.phone });
  }
  add(c.address, WEIGHTS.address);
  add(c.notes, WEIGHTS.notes);
  for (const t of c.tags) add(t, WEIGHTS.tag);
  add(c.event, WEIGHTS.event);
  return out;
}

interface QueryTerm {
  word: string;
  latin: string;
  key: string;
  digits: string;
}

export function parseQuery(q: string): QueryTerm[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((raw) => {
      // An e-mail typed whole is one term; anything else splits like the contact's words.
      if (raw.includes('@')) return [{ word: raw, latin: raw, key: '', digits: '' }];
      const digits = /^[+\d()-]+$/.test(raw) ? raw.replace(/\D/g, '') : '';
      if (digits) return [{ word: digits, latin: digits, key: '', digits }];
      return words(raw).map((w) => ({ word: w, latin: transliterate(w), key: keyOf(w), digits: '' }));
    });
}

/** How well one term matches one token: 2 for the whole word, 1 for its beginning, 0 for no match. */
function termScore(t: QueryTerm, tok: Token): number {
  if (tok.word === t.word || tok.latin === t.latin) return 2;
  if (tok.word.startsWith(t.word) || tok.latin.startsWith(t.latin)) return 1;
  // Spelling variants across scripts (Aleksey / Alexey / Алексей), only for real words.
  if (t.key.length >= 3 && tok.key.startsWith(t.key)) return 1;
  // Part of a phone number: three digits or more anywhere in it.
  if (t.digits.length >= 3 && tok.word.includes(t.digits)) return 1;
  return 0;
}

/** 0 when some term matches nothing; otherwise higher for better matches. */
export function matchScore(c: Parameters<typeof tokensOf>[0], terms: QueryTerm[]): number {
  if (!terms.length) return 1;
  const tokens = tokensOf(c);
  let total = 0;
  for (const t of terms) {
    let best = 0;
    for (const tok of tokens) {
      const s = termScore(t, tok);
      if (s) best = Math.max(best, s * tok.weight);
    }
    if (!best) return 0;
    total += best;
  }
  return total;
}

/**
 * For each query word, strings one of which a matching contact's stored `search` text
 * (lower-case text + its nameKey, see dedupe.ts searchText) must contain: a cheap SQL
 * pre-filter, so ranking runs on candidates only. An empty list means "no pre-filter".
 */
export function prefilterNeedles(query: string): string[][] {
  return parseQuery(query).map((t) => {
    if (t.digits) return []; // phones are stored as read ("555-0132"): leave digits to the ranking
    const needles = new Set([t.word]);
    if (t.key) {
      needles.add(nameKey(t.word));
      needles.add(t.key);
    }
    needles.delete('');
    return [...needles];
  });
}

/** The contacts that match, best first; ties keep the order they came in (newest first). */
export function searchContacts<C extends Parameters<typeof tokensOf>[0]>(list: C[], query: string): C[] {
  const terms = parseQuery(query);
  if (!terms.length) return list;
  return list
    .map((c, i) => ({ c, i, score: matchScore(c, terms) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.c);
}
