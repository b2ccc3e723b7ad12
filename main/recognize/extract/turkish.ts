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
const fold = (w: string) => w.toLocaleLowerCase('tr').replace(/ş/g, 's').replace(/ı/g, 'i').replace(/ğ/g, 'g').replace(/ü/g, 'u').replace(/ö/g, 'o').replace(/ç/g, 'c');
// Folded as OCR reads it: a capital I is "i" (toLocaleLowerCase('tr') would make it ı).
const readKey = (w: string) => fold(w.toLowerCase());
// (Words spelt in a-z too: in capitals their i is an İ, "LOJİSTİK", "TİC.".)
const BY_KEY = new Map(WORDS.map((w) => [fold(w), w]));

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
