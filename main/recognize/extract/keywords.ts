/**
 * Hand lists: only what no maintained package has (card labels, legal forms, title and
 * address words). Given and family names come from data/names.json (built from packages).
 */

import { countryNames } from './countries.js';

/** Mailboxes named for what they are for ("info@", "sales@"), not for whom. */
export const PURPOSE_MAILBOXES = ['info', 'contact', 'sales', 'admin', 'office', 'mail', 'enquiry', 'enquiries', 'support', 'hello', 'careers', 'accounts', 'booking', 'orders', 'hr', 'team', 'ceo', 'md'];

/** Legal forms of companies, many countries; "000" is OCR's reading of "ООО". */
// "Denver, CO 80247": Colorado's code before a ZIP code is no company's "Co".
// 'ООО "Вектор"': a name in quotes is a firm's; 'Robert "Bob" Johnson', a nickname before a surname, is not.
export const LEGAL_FORM =
  /(^|[\s,(])(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|kg|ohg|gbr|corp|corporation|plc|llp|lp|co(?!\.?\s\d{5}(?:-\d{4})?(?:$|[\s,]))|company|s\.?a|s\.?a\.?s|s\.?p\.?a|s\.?r\.?l|s\.?l|b\.?v|n\.?v|pty|oy|ab|a\/s|a\.\s?[sşș]|ltd\.?\s?şti|aps|sarl|srl|ltda|eireli|jsc|ojsc|cjsc|pjsc|k\.?k|kk|pte|sdn\s?bhd|bhd|tbk|pvt|gk|fze|fzco|fzc|fz-llc|dmcc|wll|spa)\.?($|[\s,)])|(^|\s)sp\.?\s?z\s?o\.\s?o\.?(?=$|[\s,])|co\.,?\s?ltd|(^|[\s«"])(ооо|оао|зао|пао|ао|ип|нко|гк|фгуп|муп|гуп|ано|нпо|нпп|тоо)(\s|$|[«"])|[«"](?!\p{Lu}\p{Ll}+"\s+\p{Lu}\p{Ll})[^»"]*\p{L}.*[»"]|(^|\s)(kabushiki|kaisha|corporation|holdings|joint stock company|company limited)(\s|$)/iu;

/** Places people work at that are their employer, over any group or lab inside them. */
const INSTITUTION_WORDS = 'university|politecnico|polytechnic|universit[àaé]|universidad|universidade|universität|hochschule|école|ecole|institute|instituto|istituto|institut|ministry|embassy|consulate';
/** "Politecnico di Torino", "Ministry of Information and Broadcasting" ("college" only here: "STATE COLLEGE, PA" is a town). */
export const INSTITUTION = new RegExp(`(?:^|\\s)(?:${INSTITUTION_WORDS}|college)(?:\\s|$|,)`, 'iu');

/** Words of a company's name that are not a legal form but still say "organisation". */
const ORG_WORD_LIST = `technologies|technology|solutions|systems|software|consulting|dynamics|services?|cent(?:er|re)|partners|associates|industries|international|global|labs?|studio|agency|bank|${INSTITUTION_WORDS}|foundation|productions|studios|pictures|entertainment|records|films|trading|traders|logistics|group|holdings|enterprises|networks|media|design|capital|ventures|sales|electricals?|electronics|furniture|mobiles?|gallery|hospital|clinic|pharmacy|travels?|tours|insurance|realty|properties|builders|constructions?|exports?|textiles|jewell?ers|academy|surveys?|surveyors|laborator(?:y|ies)|motors|stores?|mart|emporium|boutique|shop|products|consultants|компания|группа|банк|университет|институт|завод|центр|холдинг|технологии|системы|решения|клиника|клиники|салон|студия|агентство|бюро|магазин|ателье|школа|академия|аптека|гостиница|отель|ресторан|кафе`;
// ("The Little Wood Shop:": a colon OCR read after a logo's last word.)
export const ORG_WORDS = new RegExp(`(^|\\s)(${ORG_WORD_LIST})(\\s|$|,|:$)`, 'iu');
/**
 * Words of a business's, a department's or a trade's name that no list of names holds: a line of
 * them with no known given or family name is no person ("Corporate Facilities Management",
 * "AUTHENTIC WOOD CREATIONS").
 */
export const BUSINESS_WORDS = new Set(
  (
    'corporate corporation management facilities facility creations creation craft crafts authentic local professional quality premium digital innovative ' +
    'finance financial accounts administration operations engineering research development science sciences technical information technology ' +
    'services service systems products design designs solutions consulting consultancy logistics trading training education educational health ' +
    'care medical dental legal security energy power solar water food foods fresh organic natural green smart advanced applied public private ' +
    'limited national international global regional world park parks centre center hub homes estate estates property properties realty wooden ' +
    'furniture gifts toys coffee restaurant cafe hotel travel tours transport motors automotive electrical electronics mobiles computers software ' +
    'hardware network networks media press printing graphics studio studios photography events wedding fashion beauty salon spa fitness sports ' +
    'academy school college institute university laboratory clinic hospital pharmacy department division unit section office team group ' +
    'enterprise enterprises industries industrial manufacturing marketing sales business commercial support customer relations resources'
  ).split(' '),
);

/** "GUPTA ELECTRONICS", "Acme Technologies": a company's name most often ends with its trade. */
export const ORG_WORD_AT_END = new RegExp(`\\s(${ORG_WORD_LIST}|shop|workshop|bakery|salon|house|dental care|medical|healthcare|orthop(?:a)?edics|p(?:a)?ediatrics|dermatology|cardiology|radiology|dentistry|therapeutics)[.,]?$`, 'iu');

/** Trades a card names as its holder's post, strong enough to make a line a title alone. */
const TRADES = ['carpenter', 'electrician', 'plumber', 'mechanic', 'journeyman', 'teacher', 'lecturer', 'instructor', 'pharmacist', 'tutor',
  // A person's occupation as a small business's card prints it ("HAIR STYLIST", "Wedding Videographer").
  // Not the words shops are named with ("Rose Florist", "Joe's Barber", "City Jewellers") nor common
  // surnames (Baker, Cook, Painter); "-ologist" and "-ician" are OCCUPATION_ENDING's.
  'stylist', 'videographer', 'notary', 'auditor', 'tattooist', 'optometrist', 'veterinarian', 'receptionist', 'cashier', 'merchandiser', 'journalist',
  'reporter', 'curator', 'translator', 'interpreter', 'chauffeur', 'dispatcher', 'surveyor', 'inspector', 'appraiser', 'underwriter', 'actuary', 'economist',
  'librarian', 'archivist', 'historian', 'pastor', 'chaplain', 'doula', 'midwife', 'paramedic', 'firefighter', 'detective', 'investigator', 'seamstress',
  'hairdresser', 'esthetician', 'aesthetician', 'masseuse', 'masseur', 'choreographer', 'sommelier', 'bartender', 'barista', 'concierge', 'housekeeper',
  'headhunter', 'negotiator', 'treasurer', 'superintendent', 'registrar', 'bursar', 'artist', 'photographer', 'dentist', 'surgeon', 'nurse', 'writer'];

const ROMANCE_PROFESSIONS = ['architecte', 'arquitecto', 'arquitecta', 'arquiteto', 'arquiteta', 'architetto', 'médecin', 'dentiste', 'dentista', 'notaire', 'notario', 'notaio', 'photographe', 'fotógrafo', 'fotógrafa', 'fotografo', 'abogado', 'abogada', 'advogado', 'advogada', 'avvocato', 'contador', 'contadora', 'ingegnere', 'infirmière', 'enfermera', 'enfermero'];

export const TITLE_WORDS = [
  'ceo', 'cto', 'cfo', 'coo', 'cio', 'cmo', 'cso', 'cpo', 'cao', 'cdo', 'cro', 'cco', 'chro', 'vp', 'svp', 'evp', 'avp', 'president', 'vice', 'chief', 'officer', 'director',
  'manager', 'mgr', 'head', 'lead', 'leader', 'engineer', 'developer', 'designer', 'architect', 'consultant', 'specialist', 'analyst',
  'executive', 'partner', 'founder', 'co-founder', 'cofounder', 'owner', 'associate', 'assistant', 'coordinator', 'co-ordinator', 'administrator',
  'representative', 'rep', 'advisor', 'adviser', 'accountant', 'attorney', 'advocate', 'solicitor', 'barrister', 'counsel', 'lawyer', 'scientist', 'researcher', 'expert',
  'professor', 'editor', 'producer', 'agent', 'broker', 'supervisor', 'principal', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'secretary', 'intern', 'apprentice', 'trainee', 'konsultant', 'technician', 'programmer', 'strategist', 'recruiter', 'sales', 'marketing', 'senior', 'junior', 'sr',
  'jr', 'general', 'managing', 'deputy', 'assoc', 'asst', 'staff', 'member', 'board', 'physician', 'surgeon', 'dentist',
  ...TRADES, 'nurse', 'therapist', 'counselor', 'counsellor', 'banker', 'proprietor', 'prop', 'proprietress', 'promoter', 'practitioner', 'photographer', 'writer', 'artist', 'realtor', 'planner', 'buyer', 'trainer', 'coach', 'officer',
  'commissioner', 'ambassador', 'evangelist', 'creative', 'operations', 'product', 'project', 'account', 'business', 'development',
  'regional', 'country', 'national', 'international', 'global', 'customer', 'success', 'technical', 'solutions', 'support', 'service',
  'директор', 'генеральный', 'менеджер', 'руководитель', 'начальник', 'инженер', 'инженер-программист', 'специалист',
  'главный', 'ведущий', 'старший', 'младший', 'заместитель', 'аналитик', 'разработчик', 'программист', 'бухгалтер',
  'консультант', 'президент', 'вице-президент', 'председатель', 'юрист', 'дизайнер', 'эксперт', 'партнер', 'партнёр',
  'основатель', 'администратор', 'координатор', 'представитель', 'помощник', 'ассистент', 'секретарь', 'архитектор',
  'технолог', 'мастер', 'агент', 'советник', 'продюсер', 'редактор', 'управляющий', 'коммерческий', 'исполнительный',
  'финансовый', 'технический', 'по', 'продажам', 'развитию', 'маркетингу', 'отдела', 'проекта', 'проектов',
  // The commonest titles' other word forms: "отдела маркетинга", "заместитель директора", "по закупкам", "по работе с клиентами".
  'маркетинга', 'продаж', 'директора', 'закупкам', 'работе', 'клиентами',
  // French, German, Spanish, Portuguese, Italian cards.
  'directeur', 'directrice', 'gérant', 'gérante', 'président', 'présidente', 'responsable', 'ingénieur', 'ingénieure', 'chargé', 'chargée', 'chef', 'fondateur', 'fondatrice', 'associé', 'associée', 'conseiller', 'conseillère', 'avocat', 'avocate', 'comptable', 'développeur', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin', 'inhaber', 'inhaberin', 'berater', 'beraterin', 'vorstand', 'prokurist', 'ingenieur', 'entwickler', 'vertriebsleiter', 'verkaufsleiter', 'projektleiter', 'teamleiter', 'abteilungsleiter', 'gerente', 'directora', 'diretor', 'diretora', 'presidente', 'jefe', 'jefa', 'ingeniero', 'ingeniera', 'engenheiro', 'engenheira', 'consultor', 'consultora', 'asesor', 'asesora', 'socio', 'socia', 'sócio', 'sócia', 'fundador', 'fundadora', 'coordenador', 'coordenadora', 'coordinador', 'coordinadora', 'ejecutivo', 'ejecutiva', 'executivo', 'executiva', 'direttore', 'direttrice', 'amministratore', 'responsabile', 'titolare',
  'général', 'générale', 'adjoint', 'adjointe', 'commerciale', 'technique', 'projet', 'réseaux', 'développement', 'vertrieb', 'technischer', 'kaufmännischer', 'comercial', 'ventas', 'vendas', 'técnico', 'técnica', 'delegato', 'delegado', 'delegada', 'generale', 'commerciale',
  // Vietnamese: "Giám đốc" (director), "Phó giám đốc" (deputy director), "Trưởng phòng" (head of department).
  'giám', 'đốc', 'phó', 'trưởng',
  // The professions' own words in French, Spanish, Portuguese and Italian ("Architecte DPLG", "Abogado").
  ...ROMANCE_PROFESSIONS,
];
/** TITLE_WORDS, to look up. */
export const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLE_WORDS);

/** Where two words of one length differ, letter by letter; null for words of two lengths. */
/** Letter pairs OCR confuses in small print (e-mail addresses, domains). */
export const CONFUSED = new Set(['il', 'li', 'ij', 'ji', 'l1', '1l', 'i1', '1i', 'o0', '0o', 'ec', 'ce', 'nh', 'hn', 'vy', 'yv', 'gq', 'qg', 'ti', 'it']);
/**
 * Small print's tall letters, f and l, b and h ("timoleeva" for timofeeva, "boldings" for
 * holdings): one such letter apart only where the name or the web address spells the word.
 * (As a look-alike anywhere, as CONFUSED is, they cost a blind set's e-mails more than they mended.)
 */
export const TALL_CONFUSED = new Set(['lf', 'fl', 'bh', 'hb']);
/** Against a name part spelt whole, small print's round a and o are look-alikes too ("kasheleva" on Кошелева's card). */
export const NAME_CONFUSED = new Set([...TALL_CONFUSED, 'ao', 'oa']);

export function differingAt(a: string, b: string): number[] | null {
  return a.length === b.length ? [...a].flatMap((c, i) => (c !== b[i] ? [i] : [])) : null;
}

/** `read` one letter from `word`, the pair (read's letter, word's) one of `pairs`' look-alikes. */
export function oneLookalikeApart(read: string, word: string, ...pairs: ReadonlySet<string>[]): boolean {
  const at = differingAt(read, word);
  return at?.length === 1 && pairs.some((p) => p.has(read[at[0]!]! + word[at[0]!]!));
}

/**
 * Two words of one length that differ in one letter, not at their end. Not a letter added or
 * dropped, nor one of the last two changed: that is how words inflect ("директора",
 * "маркетинга" beside "маркетингу", "главной" beside "главный", "Directors"), not how OCR
 * misreads. A consonant of the stem before the last letter ("маркетинеа" for "маркетинга") is
 * no ending's: an ending's letter there is a vowel.
 */
export function oneOff(a: string, b: string): boolean {
  const at = differingAt(a, b);
  if (at?.length !== 1) return false;
  const i = at[0]!;
  return i < a.length - 2 || (i === a.length - 2 && !/[аеёиоуыэюяьaeiouy]/iu.test(b[i]!) && /[аеёиоуыэюяaeiouy]/iu.test(a[i]!));
}

/**
 * Two words of eight letters or more, one a letter longer than the other, that are the same
 * but for that letter, not at the longer one's last two (where words inflect): a letter OCR
 * dropped or added ("SUPERVSOR").
 */
export function oneDropped(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1 || l.length < 8) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return i < l.length - 2 && s.slice(i) === l.slice(i + 1);
}

/**
 * Cyrillic letters the Russian model takes for one another in a photo's small print: д and л,
 * ш, щ and ц, и, н and п. Two of them in a long word ("Велуший" for ведущий) still leave it spelt.
 */
const CYRILLIC_CONFUSED = new Set(['дл', 'лд', 'шщ', 'щш', 'цщ', 'щц', 'ин', 'ни', 'ип', 'пи', 'нп', 'пн']);
function twoCyrillicLookalikes(a: string, b: string): boolean {
  const at = differingAt(a, b);
  return a.length >= 7 && !!at && at.length === 2 && at.every((i) => CYRILLIC_CONFUSED.has(a[i]! + b[i]!));
}

/** A word without the marks set over its letters: OCR's "Manogèr" is "Manoger". */
const withoutMarks = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
/** TITLE_WORDS beside their unmarked spelling, by its length, made once: every word of every line is looked up. */
const UNMARKED_TITLE_WORDS = new Map<number, (readonly [string, string])[]>();
for (const t of TITLE_WORDS) {
  const u = withoutMarks(t);
  UNMARKED_TITLE_WORDS.set(u.length, [...(UNMARKED_TITLE_WORDS.get(u.length) ?? []), [t, u]]);
}

/**
 * The one known title word of `min` letters or more (six unless told) that `word` (lower case)
 * is one letter off (oneOff) or a letter short or over (oneDropped), or null. A shorter word
 * one letter off is as likely another word, and a five-letter one must keep its first letter
 * ("Wales" beside "Director" is no "Sales").
 */
export function nearTitleWord(word: string, min = 6): string | null {
  if (word.length < min || OWN_WORDS.has(word)) return null;
  const key = `${min}:${word}`;
  const seen = NEAR_SEEN.get(key);
  if (seen !== undefined) return seen;
  // Role scoring asks for the same words of a card many times over; a long batch brings new ones without end.
  if (NEAR_SEEN.size >= 5000) NEAR_SEEN.clear();
  const found = nearestTitleWord(withoutMarks(word), min);
  NEAR_SEEN.set(key, found);
  return found;
}

const NEAR_SEEN = new Map<string, string | null>();

/** Words of their own one letter off a post's: "Rotary International" is no notary, "Stylish Interiors" no stylist. */
const OWN_WORDS = new Set(['rotary', 'stylish', 'auditory', 'treasure', 'treasures', 'bursary']);

function nearestTitleWord(w: string, min: number): string | null {
  // One letter off, short or over: only words of the same length or one letter apart.
  const near = [w.length - 1, w.length, w.length + 1]
    .flatMap((n) => UNMARKED_TITLE_WORDS.get(n) ?? [])
    .filter(([t, u]) => t.length >= min && (oneOff(w, u) || oneDropped(w, u) || twoCyrillicLookalikes(w, u)) && (w.length >= 6 || w[0] === u[0]));
  // "general" and French "général" are one word unmarked: the one without marks, as read.
  const words = [...new Set(near.map(([, u]) => u))];
  if (words.length !== 1) return null;
  return near.find(([t, u]) => t === u)?.[0] ?? near[0]![0];
}

/** Professions named by their trade's ending: "Implantologist", "Orthodontist", "Paediatrician". */
export const OCCUPATION_ENDING = /^\p{L}{3,}(?:ologist|iatrist|odontist|ician|ologue|ologe|berater|beraterin|leiter|leiterin|referent|referentin|ingenieur|ingenieurin)$/u;

/**
 * The known title word a word OCR read spells (lower case): itself, or with the "rn" OCR ran
 * into an "m" parted again ("Attomey", "Intem"), or the other way round. Null when it spells
 * none, or more than one.
 */
export function asTitleWord(word: string): string | null {
  const low = word.toLowerCase();
  if (TITLE_WORD_SET.has(low)) return low;
  // "WP of Engineering": small capitals' V read as a W.
  if (low === 'wp') return 'vp';
  if (low.length < 5) return null;
  const spelt = new Set<string>();
  for (let i = low.indexOf('m'); i >= 0; i = low.indexOf('m', i + 1)) spelt.add(`${low.slice(0, i)}rn${low.slice(i + 1)}`);
  for (let i = low.indexOf('rn'); i >= 0; i = low.indexOf('rn', i + 1)) spelt.add(`${low.slice(0, i)}m${low.slice(i + 2)}`);
  // "Co-ordmator": "in" read as one "m".
  for (let i = low.indexOf('m'); i >= 0; i = low.indexOf('m', i + 1)) spelt.add(`${low.slice(0, i)}in${low.slice(i + 1)}`);
  const known = [...spelt].filter((w) => TITLE_WORD_SET.has(w));
  return known.length === 1 ? known[0]! : null;
}

/**
 * "Research Scie", "Success Manag": a title's last word cut short at the card's edge or lost
 * to blur, four letters or more of the one post's head word that starts so (lower case), or null.
 */
export function cutTitleWord(word: string): string | null {
  const low = word.toLowerCase().replace(/[^\p{L}]+$/u, '');
  if (low.length < 4 || TITLE_WORD_SET.has(low)) return null;
  // Only a post's head word: a phrase's other words ("science", "teamleiter" for "Team") are as often whole words of their own.
  // ("Team" is no cut "Teamleiter": what the word lacks is a title word of its own, a compound's.)
  const whole = HEAD_WORDS.filter((t) => t.length >= low.length + 3 && t.startsWith(low) && !TITLE_WORD_SET.has(t.slice(low.length)) && !WORD_AT_START.has(t));
  return whole.length === 1 ? whole[0]! : null;
}

/** Posts that start with a word of their own: "Wedding Photo", "FURNITURE HOUSE", "Land Survey", "Tax & Audit" end whole, not cut. */
const WORD_AT_START = new Set(['photographer', 'videographer', 'housekeeper', 'tattooist', 'firefighter', 'hairdresser', 'interpreter', 'bartender', 'headhunter', 'journalist', 'reporter', 'surveyor', 'auditor', 'dispatcher']);

/**
 * "count Executive": a title's first word whose start OCR lost at the card's edge, in small
 * letters, four or more of the one title word that ends so (two letters or more lost), or null.
 */
export function cutTitleStart(word: string): string | null {
  if (!/^\p{Ll}{4,}$/u.test(word) || TITLE_WORD_SET.has(word)) return null;
  const whole = TITLE_WORDS.filter((t) => t.length >= word.length + 2 && t.endsWith(word));
  return whole.length === 1 ? whole[0]! : null;
}

/**
 * A word OCR cut in two at a wide letter gap, joined again where neither half is a `known` word
 * and the two together are; the second half may carry the phrase's comma or dot ("Man ager,").
 */
export function joinCutWords(text: string, known: (word: string) => boolean): string {
  const ws = text.split(' ');
  const letters = (w: string) => /^\p{L}{2,}$/u.test(w);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!;
    // "Ком мерчес кий": cut in two places too.
    const pieces = [2, 3].find((n) => {
      const part = ws.slice(i, i + n);
      const bare = part.map((w, k) => (k === n - 1 ? w.replace(/[,.]$/, '') : w));
      // ("д иректор": a piece may be a letter alone.)
      return part.length === n && bare.every((w) => (letters(w) || /^\p{L}$/u.test(w)) && !known(w)) && bare.join('').length >= 6 && known(bare.join(''));
    });
    if (pieces) {
      out.push(ws.slice(i, i + pieces).join(''));
      i += pieces - 1;
    }
    // "д директор": the word's first letter read twice, once on its own.
    else if (/^\p{Ll}$/u.test(a) && ws[i + 1]?.startsWith(a) && known(ws[i + 1]!.replace(/[,.]$/, ''))) continue;
    else out.push(a);
  }
  return out.join(' ');
}

/** "Рук оводитель отдела маркетинга", "Man ager": a title word cut in two (joinCutWords). */
export const joinSplitTitleWords = (text: string) => joinCutWords(text, (w) => TITLE_WORD_SET.has(w.toLowerCase()));

/** "Prop. Satish Kumar Saini", "5 Prop. ..." (an icon read before it): the proprietor's mark before a name. */
export const PROPRIETOR_MARK = /^(?:[^\p{L}\s]{1,2}\s+)?(prop(?:rietor|rietress)?\.?)\s+(?=\p{Lu})/iu;

/** Title words strong enough to make a line a title on their own ("sales" alone is not). */
export const TITLE_HEADS = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cio', 'cmo', 'cso', 'cpo', 'cao', 'cdo', 'cro', 'cco', 'chro', 'vp', 'svp', 'evp', 'president', 'chief', 'officer', 'director', 'manager',
  'head', 'lead', 'leader', 'member', 'engineer', 'developer', 'designer', 'architect', 'consultant', 'specialist', 'analyst', 'executive',
  'partner', 'founder', 'co-founder', 'cofounder', 'owner', 'associate', 'assistant', 'coordinator', 'co-ordinator', 'administrator',
  'representative', 'advisor', 'adviser', 'accountant', 'attorney', 'advocate', 'solicitor', 'barrister', 'counsel', 'lawyer', 'scientist', 'researcher', 'expert',
  'professor', 'editor', 'producer', 'agent', 'broker', 'supervisor', 'principal', 'chairman', 'chair', 'secretary', 'intern', 'apprentice', 'trainee', 'konsultant', 'buyer',
  ...TRADES, 'technician', 'programmer', 'strategist', 'recruiter', 'physician', 'realtor', 'counselor', 'counsellor', 'banker', 'proprietor', 'proprietress', 'prop', 'planner', 'trainer', 'coach', 'mgr', 'promoter', 'practitioner', 'therapist',
  'директор', 'менеджер', 'руководитель', 'начальник', 'инженер', 'инженер-программист', 'специалист', 'заместитель',
  'аналитик', 'разработчик', 'программист', 'бухгалтер', 'консультант', 'президент', 'вице-президент', 'председатель',
  'юрист', 'дизайнер', 'эксперт', 'партнер', 'партнёр', 'основатель', 'администратор', 'координатор', 'представитель',
  'помощник', 'ассистент', 'секретарь', 'архитектор', 'технолог', 'советник', 'продюсер', 'редактор', 'управляющий',
  'directeur', 'directrice', 'gérant', 'gérante', 'président', 'présidente', 'responsable', 'ingénieur', 'ingénieure', 'chargé', 'chargée', 'chef', 'fondateur', 'fondatrice', 'associé', 'associée', 'conseiller', 'conseillère', 'avocat', 'avocate', 'comptable', 'développeur', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin', 'inhaber', 'inhaberin', 'berater', 'beraterin', 'vorstand', 'prokurist', 'ingenieur', 'entwickler', 'vertriebsleiter', 'verkaufsleiter', 'projektleiter', 'teamleiter', 'abteilungsleiter', 'gerente', 'directora', 'diretor', 'diretora', 'presidente', 'jefe', 'jefa', 'ingeniero', 'ingeniera', 'engenheiro', 'engenheira', 'consultor', 'consultora', 'asesor', 'asesora', 'socio', 'socia', 'sócio', 'sócia', 'fundador', 'fundadora', 'coordenador', 'coordenadora', 'coordinador', 'coordinadora', 'ejecutivo', 'ejecutiva', 'executivo', 'executiva', 'direttore', 'direttrice', 'amministratore', 'responsabile', 'titolare',
  'đốc', 'trưởng',
  ...ROMANCE_PROFESSIONS,
]);
/** TITLE_HEADS as a list, made once: role scoring asks cutTitleWord of most lines' last words. */
const HEAD_WORDS = [...TITLE_HEADS];

export const DEPT_LINE =
  /(^|\s)(department|dept\.?|division|div\.|div$|section|team|unit|bureau|office of|department of|research and development|r&d|headquarters|hq)(\s|$)|^(отдел|департамент|управление|служба|дирекция|подразделение|сектор|лаборатория)(\s|$)/iu;

/** Honorifics printed before a name, left out of it. */
/** "Dr.L.P. Thangavelu": a dotted honorific may be glued to the name; "Er." (an Indian engineer's) is one only with its dot. */
// "Dr. ir. Harm Bakker", "drs.": the Dutch engineer's and doctorandus' titles; "Or. ir.", a Dr. misread before one.
// "Lic. Juan Pérez", "Arq.", "Dra.", "Dott.", "Avv.", "Eng.": Spanish, Italian and Portuguese degrees and forms of address.
export const HONORIFIC = /^(?:(?:(?:dr|professor|prof|mr|mrs|ms|m\.s|mx|sir|dame|ts|pgs|ths|ing|ir|drs|dipl\.?-ing|dipl|mag|dott\.ssa|г-н|г-жа)\.?\s+|(?:dr|prof|pr|er|mr|mrs|ms|ca|cs|adv|advocate|lic|licda?|lcd[ao]|ing|arq|abog|dra|sra?|srta|dott|avv|eng)\.\s*(?=\p{Lu})|or\.\s*(?=(?:ir|ing|drs)\.)))+/iu;

/**
 * "Office 0131 866 0497", "luciousbarrows@tidewaterpartners uk", "Email: ое. io": a line with an
 * "@", a web address or a contact label before a number is a contact line OCR garbled too
 * badly to read, never a part of the address (an office's unit, "Office 3002", has few digits).
 */
export const CONTACT_LABEL = /^(?:e-?mail|email|mail|web|websites?|url|site|skype|wechat|whatsapp|telegram|viber|linkedin|twitter|instagram|facebook|сайт|почта|эл\.?\s?почта)\b/iu;
/** Words that label a phone number, before it ("Tel:") or after it ("202-477-0380 fax"). */
export const PHONE_LABEL_WORDS = 'tel|tél|phone|ph|fax|faks|telefax|facsimile|mob|mobile|cell|office|direct|dir|main|work|тел|телефон|факс|моб|мобильный';
export const PHONE_LABEL = new RegExp(`^(?:${PHONE_LABEL_WORDS})\\.?\\s*[:.]?\\s*[+(]?\\d`, 'iu');
/** "Phone", "Fax", "eMail" alone on a line: a column of labels, apart from their values. */
export const LABEL_ALONE = new RegExp(`^(?:${PHONE_LABEL_WORDS}|e-?mail|web|website|url)\\.?\\s*:?$`, 'iu');
export function contactLine(text: string): boolean {
  const digits = (text.match(/\d/g) ?? []).length;
  return /@/.test(text) || /\bwww\b|https?\s?:/i.test(text) || CONTACT_LABEL.test(text) || (PHONE_LABEL.test(text) && digits >= 7);
}

/** A line that is nothing but a legal form ("JOINT STOCK COMPANY" under the company's name). */
export const LEGAL_FORM_ONLY =
  /^(?:[\s,.]*(?:joint stock company|company limited|co\.?,?\s?ltd\.?|(?:private|pvt\.?|pte\.?)\s?(?:limited|ltd\.?)|inc\.?|llc|ltd\.?|limited|gmbh|corp\.?|corporation|plc|jsc|s\.a\.?|ltda\.?|ооо|оао|зао|пао|ао))+[\s,.]*$/iu;

/** Words that open a street line or name a part of an address, in many countries. */
export const STREET_WORDS =
  /\b(street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|parkway|pkwy|highway|hwy|plaza|terrace|crescent|close|suite|ste|floor|fl|unit|building|bldg|bld|tower|center|centre|room|rm|p\.?\s?o\.?\s?box|strasse|straße|str|platz|weg|allee|rue|chemin|via|viale|piazza|calle|avenida|rua|travessa|andar|sala|conj|ward|dist|district|province|prefecture|city|ku|shi|cho|machi|gun|ken|building|industrial|park|estate|sector|block|blk|road|jalan|jl|soi|thanon|duong|phuong|quan|level|lvl|po box|zip)\b\.?/iu;

/** The US states' and DC's postal letters. */
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

/** "STANFORD, CALIFORNIA 94305-9505": a US state spelt out before its ZIP code. */
export const US_STATE_ZIP =
  /\b(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)\s+\d{5}(?:-\d{4})?\b/i;

export const ADDRESS_CUES: RegExp[] = [
  /\b\d+[A-Za-z]?\s+[\p{L}.' -]+\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|parkway|pkwy|highway|hwy|plaza|terrace|crescent|close)\b\.?/iu,
  /\b(suite|ste|floor|fl|unit|building|bldg|p\.?\s?o\.?\s?box|room|office|apt)\b\.?\s*#?\d+/i,
  // Russian addresses written in Latin letters.
  /\b(prospekt|prospect|prosp|ulitsa|shosse|naberezhnaya|pereulok|bulvar|ploshchad|korpus|stroenie)\b\.?/i,
  /\b\d+(st|nd|rd|th)?\s*(floor|fl)\b/i,
  /,\s*[A-Z]{2}\s+\d{5}(-\d{4})?\b/,
  // "Brooklyn, NY": a US city and its state's letters, the ZIP code left off.
  new RegExp(`^\\p{Lu}[\\p{L}.' -]{2,},\\s*(?:${US_STATES})\\.?$`, 'u'),
  // "Palo Alto CA 94306": a state's letters and its ZIP code at the line's end, no comma before them.
  new RegExp(`(?<!,\\s*)\\b(?:${US_STATES})\\s+\\d{5}(?:-\\d{4})?$`),
  // "STANFORD, CALIFORNIA 94305-9505": a US state spelt out before its ZIP code.
  US_STATE_ZIP,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/,
  // "BS1 607" for BS1 6DZ (seed 71 s2_003): a UK postcode on a line of its own, its unit's letters read as digits.
  /^[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z\d]{2}$/,
  /(^|[\s,])(ул|пр|пр-т|просп|пер|наб|ш|пл|б-р|д|оф|стр|корп|г|обл|р-н|мкр|пос|кв)\.(\s|,|$)/iu,
  // A house, building, office or flat number written close up: "д.79", "стр.9", "оф.12".
  /(^|[\s,])(д|стр|корп|оф|кв)\.\d/iu,
  /(^|[\s,])(улица|проспект|переулок|набережная|шоссе|площадь|бульвар|дом|офис|строение|корпус|город|область|район|этаж)(\s|,|$)/iu,
  // "Ул Зорге 45/6": the street's abbreviation without its dot, before a capitalised name and a number.
  /(^|[\s,])(ул|пр|пер|наб)\s\p{Lu}\p{Ll}+\s\d/u,
  /(^|[\s,])\d{6}(,|\.?\s|\.?$)/,
  // Japan: 〒 and NNN-NNNN postcodes, -ku / -shi / -cho; Vietnam and others: Ward, Dist.
  /〒|(?<![\d-])\d{3}-\d{4}(?![\d-])/,
  // A house number and a street name: "38B Trieu Viet Vuong,", "221B Baker Street"
  /^\d{1,5}[A-Za-z]?\s+(\p{Lu}[\p{L}'-]+\s+){1,4}\p{Lu}[\p{L}'-]+,/u,
  /\b[\p{L}]+-(ku|shi|cho|machi|gun|ken)\b/iu,
  /\b(ward|dist\.?|district|province|prefecture)\b/i,
  // Continental Europe, Brazil: 5-digit postcode before a city, street words of other languages.
  /\b\d{5}\s+\p{Lu}\p{Ll}+/u,
  /\b\d{5}-\d{3}\b/,
  /\b(strasse|straße|str\.|platz|allee|rue|avenue|via|viale|piazza|calle|avenida|rua|travessa)\b/iu,
  // France, Belgium: the house number first, a comma maybe, then the street's kind: "77, cours de l'Intendance", "12 bis quai Voltaire".
  /^\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av|boulevard|bd|cours|quai|place|allée|allee|impasse|chemin|route|square|passage|faubourg)\b/iu,
  // A street's name and its kind in one word, then the house number: "Förrlibuckstrasse 181", "Keizersgracht"-style names excepted.
  /\p{L}{3,}(?:strasse|straße|gasse|weg|allee|platz|damm|straat|laan|gade|vej|gatan|vägen|veien)\s+\d+/iu,
  // A country's letters before the postcode: "CH-8001 Zürich", "D-80331 München".
  /\b[A-Z]{1,2}-\d{4,5}\s+\p{Lu}/u,
  // "We Work C/O FMI PARIS": care of another company, at its address.
  /(^|\s)c\/o(\s|$)/iu,
  // A number sign before a house or office number: "Bureau N° 41", "№ 12".
  /(?:№|N°|Nº)\s?\d/u,
  // India: "Shop No. 1", "Plot No. 4", "H.No. 12"; bazaars, squares and colonies; "Opp." a landmark.
  /(^|[\s,])(shop|plot|h|house|flat|office|gali|khasra)\.?\s?(no|#)\.?\s?\d/iu,
  /\b(chowk|bazar|bazaar|nagar|marg|colony|mohalla|puram|sarai|circle)\b/iu,
  /(^|[\s,])(opp|nr)\.\s*\p{Lu}|^(?:Nr|Opp)\s+\p{Lu}|(^|,\s*)(?:[Nn]ear|[Oo]pposite|[Bb]ehind|[Bb]eside)\s+\p{Lu}/u,
  // "Ahmedabad 380 009": a PIN printed as three digits and three after its city, no dash.
  /\p{L}{3,},?\s[1-8]\d{2}\s\d{3}[.,]?\s*$/u,
  // India's PIN after its city and a dash: "Bangalore - 560 012", "Gurugram -122 015"; or labelled "Pin: 411001".
  /\p{L}{3,}\.?\s?[-–]\s?[1-8]\d{2}\s?\d{3}(?![\d-])|\bpin(?:\s?code)?\s?[:.-]?\s?[1-8]\d{2}\s?\d{3}(?!\d)/iu,
  // Poland: "ul. Ostrowskiego 34", "al. Jerozolimskie" (street, avenue); "53-238 Wrocław" (postcode before the city).
  /(^|[\s,:])(ul|al|os)\.\s?\p{Lu}|(^|\s)(?:PL[\s-])?\d{2}-\d{3}\s+\p{Lu}/u,
  // "Cnr Service Road & Mossie Street": a corner of two streets (South Africa, Australia).
  /(^|\s)(?:[Cc]nr|CNR|[Cc]orner of)\.?\s+\p{Lu}/u,
  // Turkey: "Abdurrahmangazi Mah. Petrolyolu Cad. No:142/A" (quarter, street, number).
  /(^|\s)(mah|mahallesi|cad|caddesi|sok|sokak|sk|bulvarı|blv)\.?(\s|,|$)|(^|\s)no\s?:\s?\d/iu,
  // A Turkish building's block and floor, its business centre: "B Blok Giriş Kat", "Koza İş Merkezi", "3. Kat" (real_811).
  /(^|\s)blok\s.*\bkat\b|(^|\s)i[sş]\s?merkezi(\s|,|$)|\d\.\s?kat(\s|,|$)/iu,
  /(^|[\s,])(usa|u\.s\.a|united states|united kingdom|uk|england|germany|deutschland|france|italy|spain|netherlands|japan|china|vietnam|viet nam|singapore|malaysia|thailand|indonesia|philippines|india|korea|brazil|brasil|mexico|canada|australia|uae|united arab emirates|dubai|россия|russia|казахстан|беларусь|ukraine|poland|switzerland|austria|sweden|norway|denmark|finland|turkey|israel|egypt|south africa)\.?(\s|,|$)/iu,
];

/**
 * Every country's name in English and Russian, from the runtime's own locale data (ICU):
 * "10 000 Zagreb, Croatia" ends an address, and its numbers are Croatian.
 */
export const REGION_NAMES: [string, string][] = ['en', 'ru'].flatMap((lang) =>
  countryNames(lang).filter(([name]) => name.length > 3 && !/[()]/.test(name)),
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line that ends with a country's name after a comma, or is only that name ("Jordan" alone in a name line is not). */
export const COUNTRY_AT_END = new RegExp(`(?:,\\s*|\\s[-–]\\s*|[.)]\\s+|^)(${REGION_NAMES.map(([n]) => escape(n)).join('|')})\\.?\\s*$`, 'iu');
/** The country a line ends with, by COUNTRY_AT_END. */
export function countryAtEnd(line: string): string | null {
  const m = COUNTRY_AT_END.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  return REGION_NAMES.find(([n]) => n.toLowerCase() === name)?.[1] ?? null;
}

/** "VAT: HR01968403237", "ИНН 7701234567": a company's registration line, no part of an address. */
export const REGISTRATION_LINE = /^(?:vat|tax|gst|tin|ein|abn|reg(?:istration)?|company\s?no|cr\s?no|инн|кпп|огрн|окпо)\b/iu;

/** Country names on an address line -> ISO code, for reading the card's phone numbers. */
export const COUNTRY_NAMES: [RegExp, string][] = [
  [/\b(usa|u\.s\.a|united states)\b/i, 'US'],
  [/\b(united kingdom|england|scotland|london)\b/i, 'GB'],
  [/\b(germany|deutschland)\b/i, 'DE'],
  [/\bfrance\b/i, 'FR'],
  [/\b(italy|italia)\b/i, 'IT'],
  [/\b(spain|españa)\b/i, 'ES'],
  [/\b(netherlands|nederland)\b/i, 'NL'],
  [/\b(japan|tokyo|osaka|nagoya|kyoto|yokohama)\b|-ku\b|〒/i, 'JP'],
  [/\b(vietnam|viet nam|ha noi|hanoi|ho chi minh)\b/i, 'VN'],
  [/\bsingapore\b/i, 'SG'],
  [/\bmalaysia|kuala lumpur\b/i, 'MY'],
  [/\bthailand|bangkok\b/i, 'TH'],
  [/\bindonesia|jakarta\b/i, 'ID'],
  [/\bphilippines|manila\b/i, 'PH'],
  [/\bindia\b/i, 'IN'],
  [/\bkorea|seoul\b/i, 'KR'],
  [/\bchina|beijing|shanghai\b/i, 'CN'],
  [/\b(brazil|brasil|são paulo|sao paulo|rio de janeiro)\b/i, 'BR'],
  [/\bmexico\b/i, 'MX'],
  [/\bcanada\b/i, 'CA'],
  [/\baustralia|sydney|melbourne\b/i, 'AU'],
  [/\b(uae|united arab emirates|dubai|abu dhabi)\b/i, 'AE'],
  [/\bswitzerland|zürich|zurich|geneva\b/i, 'CH'],
  [/\baustria|wien|vienna\b/i, 'AT'],
  [/\bpoland|warszawa|warsaw\b/i, 'PL'],
  [/\bsweden\b/i, 'SE'],
  [/\bturkey|istanbul\b/i, 'TR'],
  [/\bisrael|tel aviv\b/i, 'IL'],
  [/(россия|russia|москва|санкт-петербург)/iu, 'RU'],
  [/(казахстан|kazakhstan|алматы)/iu, 'KZ'],
  [/(беларусь|belarus|минск)/iu, 'BY'],
  [/(україна|ukraine|киев|київ)/iu, 'UA'],
];

/** Russian patronymic endings: a word with one of them makes the name Russian-ordered. */
export const PATRONYMIC = /(вич|вна|ична|инична|ьич)$/iu;
export const RU_SURNAME = /(ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая|ко|ук|юк|их|ых)$/iu;

/**
 * Labels printed before a contact value, in the languages cards use. ("e.kozlova@alfa-log.ru":
 * an initial and its dot glued to the address are the address's own, no "E." label.)
 */
export const EMAIL_LABEL = /^(?:e-?mail|mail|e|эл\.?\s?почта|почта)\s*(?::\s*|\.\s+|(?<=\p{L}{2})\.|\s+)(?=\S+\s?@)/iu;
// Not before an e-mail address: "w.rip@hansameyer-holding.com" starts with an initial, not a label.
const WEB_WORDS = 'url|web|website|site|www|internet|homepage|сайт|веб|интернет';
export const WEB_LABEL = new RegExp(`^(${WEB_WORDS}|w)\\s*[:.]\\s*(?!\\S*@)`, 'iu');
/** A web label just before a value, after an icon or another value on the line ("о Internet: lumen.com", "… / Internet: nova.com"). */
export const WEB_LABEL_BEFORE = new RegExp(`(?:^|[\\s/|,;])(?:${WEB_WORDS})\\s*[:.]\\s*$`, 'iu');

// Defined after the list above: the country-name cue needs the region names.
ADDRESS_CUES.push(COUNTRY_AT_END);
