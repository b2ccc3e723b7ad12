import { foldAccents } from '../accents.js';

/**
 * Turkish company names as OCR reads them with the English and Russian models, which have no Ş,
 * İ, Ğ, Ü, Ö or Ç: "ASIAPAC TURKEY TASIMACILIK A.S." for TAŞIMACILIK A.Ş. (new real set, real_810).
 * The words firms' names are made of, and the legal form, get their letters back on a card of
 * Turkey; a name of the firm's own is left as read.
 */
const WORDS = [
  'taşımacılık', 'lojistik', 'ticaret', 'tic.', 'sanayi', 'inşaat', 'nakliyat', 'şirketi', 'şti.', 'ithalat', 'ihracat',
  'mühendislik', 'danışmanlık', 'hizmetleri', 'tekstil', 'denizcilik', 'acenteliği', 'gıda', 'ürünleri', 'yatırım', 'dış',
];
// A word as the models without Turkish letters read it: ş, ı, ğ, ü, ö, ç and İ as their bare letters.
const readKey = (w: string) => foldAccents(w).toLowerCase();
// (Words spelt in a-z too: in capitals their i is an İ, "LOJİSTİK", "TİC.".)
const BY_KEY = new Map(WORDS.map((w) => [readKey(w), w]));

export function turkishCompany(company: string): string {
  return company
    .split(/(\s+)/)
    .map((w) => {
      const turkish = BY_KEY.get(readKey(w));
      if (!turkish || readKey(w) !== w.toLowerCase()) return w;
      if (w === w.toUpperCase()) return turkish.toLocaleUpperCase('tr');
      return /^\p{Lu}/u.test(w) ? turkish[0]!.toLocaleUpperCase('tr') + turkish.slice(1) : turkish;
    })
    .join('')
    .replace(/(?<=\s)A\.\s?S\.?$/u, 'A.Ş.');
}
