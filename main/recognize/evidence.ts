import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { OcrLine } from '../../shared/contact.js';
import { foldAccents } from './accents.js';
import { guessCountry } from './extract/phones.js';

/** How much a reading looks like a card read the right way up. */
export interface Evidence {
  /** 0..1, the one number readings are ranked by. */
  score: number;
  /** Mean word confidence, weighted by word length. */
  confidence: number;
  /** Share of words that look like words of a language, or like contact data. */
  wordShare: number;
  /** Valid phone numbers (parsed to E.164), e-mails and web addresses found. */
  contacts: number;
  /** Characters in confident, word-like words. */
  goodChars: number;
  /** Share of longer words whose box is taller than wide: text read running up or down the image. */
  vertical: number;
}

const VOWEL = /[aeiouyаеёиоуыэюя]/i;
const WORD_SHAPE = /^(?:[A-ZА-ЯЁ]?[a-zа-яё]+|[A-ZА-ЯЁ]+)$/;
const CONTACT_SHAPE = /@|^(?:https?:\/\/|www\.)|\w\.(?:com|net|org|ru|io|co|jp|vn|uk|de|info|biz)\b|^\+?\(?\d[\d\s().-]{4,}\d\)?[,.;]?$/i;
const EDGE_PUNCT = /^[("'«„“[]+|[)"'»”\].,:;!?]+$/g;

/** A word a language could have: letters of one script in a normal case pattern, with a vowel. */
export function wordLike(raw: string): boolean {
  // "Lübke", "São": accented letters are letters of the same words.
  const w = foldAccents(raw).replace(EDGE_PUNCT, '');
  if (w.length < 2) return false;
  if (CONTACT_SHAPE.test(w)) return true;
  // Hyphenated and apostrophe words: every part must be a word.
  const parts = w.split(/[-'’]/);
  return parts.every((p) => p.length > 0 && WORD_SHAPE.test(p)) && VOWEL.test(w) && !/[bcdfghjklmnpqrstvwxz]{5}/i.test(w);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[\w-]+(?:\.[\w-]+)+/gi;

/**
 * Contact data in the text, found without extraction's rules: e-mails, web addresses, and
 * phone numbers libphonenumber calls valid (international ones, or national ones of the
 * configured country or of the country the text itself points to). Read the wrong way up,
 * a card yields none of them.
 */
export function countContacts(text: string, country = 'US'): number {
  const emails = text.match(EMAIL) ?? [];
  const urls = (text.match(URL_LIKE) ?? []).length;
  const digits = text.replace(/(?<=\d)[lI|]|[lI|](?=\d)/g, '1').replace(/(?<=\d)[oO]|[oO](?=\d)/g, '0');
  // "Mobile:080-4257-2784" under "Shinjuku-ku, Tokyo" is a valid number only as a Japanese
  // one: judged as the configured country's alone, a Japanese card's right reading found no
  // phone and lost to a reading of its name alone.
  const phones = new Set<string>();
  for (const c of new Set([country, guessCountry(text, country)]))
    for (const m of findPhoneNumbersInText(digits, { defaultCountry: c as CountryCode })) if (m.number.isValid()) phones.add(m.number.number);
  return emails.length + urls + phones.size;
}

/**
 * Scores a reading by what it found: OCR's own confidence, how much of it reads as words,
 * how many phone numbers, e-mails and URLs it yielded, and how much confident text there
 * is. A card read sideways or upside down, or a crop that lost the card, scores low on all
 * of them at once; a right reading of a sparse card still scores on confidence and words.
 */
export function readingEvidence(lines: OcrLine[], country = 'US'): Evidence {
  let confSum = 0;
  let weight = 0;
  let good = 0;
  let total = 0;
  let goodChars = 0;
  let long = 0;
  let upright = 0;
  for (const l of lines)
    for (const w of l.words) {
      const len = w.text.length;
      if (len >= 4) {
        long++;
        if (w.box.h > w.box.w * 1.2) upright++;
      }
      confSum += w.confidence * len;
      weight += len;
      total++;
      if (wordLike(w.text)) {
        good++;
        if (w.confidence >= 0.7) goodChars += len;
      }
    }
  const confidence = weight ? confSum / weight : 0;
  // A handful of words proves little either way: few words pull the share towards neutral.
  const wordShare = total ? (good + 1) / (total + 2) : 0;
  const contacts = countContacts(lines.map((l) => l.text).join('\n'), country);
  const vertical = long ? upright / long : 0;
  // Tesseract reads a sideways card's lines running down the page, often well; but every box,
  // size and line order extraction relies on is then wrong, so such a reading must lose to the
  // turn that lays the lines flat, though not to a turn that reads nothing.
  // The amount of confident text weighs as much as the contacts: a frame read whole that
  // catches only a card's big name and company, surely, must not beat the crop that reads the
  // contact block as well, less surely.
  const score =
    (0.3 * confidence + 0.2 * wordShare + 0.25 * Math.min(1, contacts / 2) + 0.25 * Math.min(1, goodChars / 150)) * (1 - 0.35 * vertical);
  return { score, confidence, wordShare, contacts, goodChars, vertical };
}
