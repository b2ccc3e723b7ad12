/**
 * Clean cards of the second generator (seed 23) that lost a field to extraction, not to OCR:
 * labels of other languages, a surname or given name read in Latin look-alikes, a separator
 * read glued to a word, an icon read as a letter or a bracket, a Russian address that starts
 * with its postcode and country, a quote OCR lost. Word boxes as tesseract gave them.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { line, lines } from '../ocr-lines.js';

/** The company read from a line between a Russian card's name and its phone. */
const russianCompany = (text: string) => extractFields(lines('Иван Петров', text, 'Тел.: +7 (495) 089-60-21'), { defaultCountry: 'RU' }).fields.company;

describe('labels of other languages', () => {
  it('reads "Internet: lumen.com" as the web address, after an icon read as a letter (s2_053)', () => {
    const { fields } = extractFields(
      [
        line([['Viktoria', 0.96, 357, 53, 232, 48], ['Moller', 0.96, 613, 53, 184, 48]]),
        line([['Marketing', 0.96, 359, 132, 138, 31], ['Director', 0.96, 511, 133, 110, 23]]),
        line([['20095', 0.95, 357, 380, 69, 20], ['Hamburg', 0.96, 436, 379, 109, 27]]),
        line([['@', 0.91, 358, 451, 17, 20], ['Telefon:', 0.93, 387, 449, 111, 22], ['040/19695976', 0.92, 507, 450, 177, 21]]),
        line([['&', 0.68, 357, 492, 20, 14], ['E-Mail:', 0.93, 393, 487, 87, 22], ['viktoria@lumen.com', 0.83, 489, 487, 259, 24]]),
        line([['о', 0.76, 358, 532, 12, 15], ['Internet:', 0.9, 392, 521, 121, 36], ['lumen.com', 0.9, 528, 521, 134, 36]]),
      ],
      { defaultCountry: 'DE' },
    );
    expect(fields.websites).toEqual(['lumen.com']);
    expect(fields.company).toBe('');
  });

  it('reads the web address labelled after the e-mail on one line: "E-Mail: … / Internet: nova.com" (s2_028)', () => {
    const { fields } = extractFields(
      [
        line([['Jonte', 0.93, 48, 53, 128, 49], ['Stein', 0.96, 194, 52, 124, 39]]),
        line([['Nova', 0.96, 50, 250, 92, 28], ['GmbH', 0.92, 154, 249, 120, 29], ['&', 0.88, 287, 250, 30, 28], ['Co.', 0.95, 329, 250, 56, 28], ['KG', 0.95, 398, 250, 57, 28]]),
        line([['Mobil:', 0.93, 50, 386, 80, 22], ['0160/6621445', 0.91, 140, 386, 176, 25]]),
        line([['E-Mail:', 0.93, 50, 424, 90, 21], ['jonte_stein@nova.com', 0.87, 149, 425, 282, 28], ['/', 0.87, 448, 424, 13, 25], ['Internet:', 0.93, 478, 425, 107, 21], ['nova.com', 0.92, 594, 431, 122, 15]]),
      ],
      { defaultCountry: 'DE' },
    );
    expect(fields.emails).toEqual(['jonte_stein@nova.com']);
    expect(fields.websites).toEqual(['nova.com']);
  });
});

describe('Russian names read in Latin look-alikes', () => {
  it('spells a surname alone on its line in Cyrillic: "MATBEEBA" over "АНЖЕЛА РУСЛАНОВНА" (s2_012)', () => {
    const { fields } = extractFields(
      [
        line([['Моб.:', 0.91, 694, 134, 67, 19], ['+7', 0.96, 771, 134, 27, 19], ['(959)', 0.96, 808, 134, 58, 24], ['186-78-15', 0.96, 878, 134, 111, 20]]),
        line([['MATBEEBA', 0.92, 64, 401, 318, 43]]),
        line([['АНЖЕЛА', 0.92, 59, 468, 273, 44], ['РУСЛАНОВНА', 0.92, 352, 467, 426, 45]]),
        line([['Заместитель', 0.96, 60, 533, 126, 13], ['директора', 0.96, 192, 533, 104, 13]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('МАТВЕЕВА АНЖЕЛА РУСЛАНОВНА');
  });

  it('keeps a Latin surname over a Russian name in Latin: "MOREAU" is no look-alike spelling', () => {
    const { fields } = extractFields(lines('+7 (959) 186-78-15', 'MOREAU', 'Анжела Руслановна'), { defaultCountry: 'RU' });
    expect(fields.name).not.toContain('МОРЕАУ');
  });

  it('spells a given name the lists lack in Cyrillic beside a patronymic, in the case of its neighbours; drops an icon after it (s2_016)', () => {
    const { fields } = extractFields(
      [
        line([['Одинцов', 0.9, 65, 72, 228, 48], ['ABTOHOM', 0.89, 308, 72, 222, 38], ['Юлианович', 0.92, 549, 72, 300, 38], ['©', 0.95, 916, 67, 68, 68]]),
        line([['Руководитель', 0.96, 65, 129, 158, 24], ['отдела', 0.96, 232, 133, 76, 18], ['маркетинга', 0.96, 318, 133, 132, 20]]),
        line([['OOO', 0.83, 64, 281, 81, 28], ['«Ритмпроект»', 0.91, 157, 281, 275, 36]]),
        line([['©', 0.91, 62, 510, 25, 26], ['avtonomodintsov@ritmproekt.ru', 0.9, 98, 511, 425, 29]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('Одинцов Автоном Юлианович');
  });

  it('joins a patronymic whose capital OCR set apart: "В алентинович" under "Сазонов Христофор" (s2_048, photo)', () => {
    const { fields } = extractFields(
      [
        line([['Сазонов', 0.96, 64, 323, 221, 41], ['Христофор', 0.96, 299, 323, 301, 52]]),
        line([['Mob.', 0.96, 781, 364, 46, 18], ['+7', 0.96, 835, 364, 22, 18], ['(950)', 0.96, 864, 364, 48, 23], ['938-80-20', 0.96, 921, 364, 102, 18]]),
        line([['В', 0.96, 63, 385, 37, 40], ['алентинович', 0.9, 104, 393, 354, 37], ['Web:', 0.92, 774, 396, 48, 18], ['www.severgrupp.ru/', 0.89, 828, 397, 197, 23]]),
        line([['Менеджер', 0.96, 65, 454, 120, 28], ['по', 0.97, 194, 460, 27, 16], ['работе', 0.96, 231, 455, 77, 27], ['с', 0.96, 318, 460, 10, 16], ['клиентами', 0.96, 337, 461, 124, 16], ['Москва,', 0.93, 873, 460, 73, 21], ['101536', 0.96, 953, 460, 69, 18]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('Сазонов Христофор Валентинович');
  });
});

describe('separators and icons read as letters', () => {
  it('parts the company from the name at a bar read glued to a word: "Lumen Technologies| Drew Frami" (s2_046)', () => {
    const { fields } = extractFields(
      [
        line([['Lumen', 0.91, 73, 78, 126, 30], ['Technologies|', 0.91, 217, 76, 260, 40], ['Drew', 0.91, 540, 70, 140, 45], ['Frami', 0.91, 699, 67, 149, 48]]),
        line([['CEO', 0.96, 537, 132, 46, 20]]),
        line([['@', 0.88, 536, 392, 21, 21], ['T:', 0.88, 564, 393, 21, 16], ['+44', 0.96, 594, 394, 34, 15], ['20', 0.96, 635, 393, 20, 16], ['7946', 0.96, 663, 393, 43, 16], ['0687', 0.96, 714, 393, 43, 16]]),
        line([['©OE:', 0.88, 536, 455, 48, 20], ['drewframi@lumentechnologies.uk', 0.84, 592, 454, 339, 23]]),
      ],
      { defaultCountry: 'GB' },
    );
    expect(fields.name).toBe('Drew Frami');
    expect(fields.company).toBe('Lumen Technologies');
  });

  it('reads a number after a round icon read as an O: "О 0131 729 7776" (s2_036)', () => {
    const { fields } = extractFields(
      [
        line([['Georgette', 0.93, 52, 180, 275, 46], ['N.', 0.9, 357, 181, 51, 37], ['Gleason', 0.96, 437, 180, 214, 38]]),
        line([['Edinburgh', 0.93, 827, 204, 90, 21], ['EH2', 0.91, 924, 205, 33, 15], ['4AN', 0.92, 963, 205, 35, 15]]),
        line([['United', 0.96, 857, 232, 56, 15], ['Kingdom', 0.95, 921, 231, 78, 21]]),
        line([['О', 0.87, 841, 258, 18, 18], ['0131', 0.95, 866, 258, 41, 15], ['729', 0.95, 916, 258, 33, 15], ['7776', 0.89, 955, 258, 44, 15]]),
        line([['©', 0.88, 699, 285, 18, 19], ['georgette.gleason@lumen.uk', 0.91, 724, 285, 276, 21]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.phones.map((p) => p.value)).toEqual(['+441317297776']);
  });

  it('reads an initial l read as a bar before the "@": "osipova.|@", "silva.|@" on a line read with low confidence (s2_014, s2_015)', () => {
    const ru = extractFields(lines('ОСИПОВА ЛАРИСА', 'Телефон: +7 (383) 528-91-09', 'Эл. почта: osipova.|@orbitaproekt.ru'), { defaultCountry: 'RU' });
    expect(ru.fields.emails).toEqual(['osipova.l@orbitaproekt.ru']);
    const en = extractFields([...lines('Lucas Silva', 'Office +55 11 2403 7609'), { ...line([['silva.|@lumencapital.com', 0.38, 348, 466, 355, 29]]), confidence: 0.38 }], { defaultCountry: 'BR' });
    expect(en.fields.emails).toEqual(['silva.l@lumencapital.com']);
  });

  it('drops a logo mark read as a bracket before the company: "[т ) lotus" (s2_044)', () => {
    const { fields } = extractFields(
      [
        line([['Valeryan', 0.91, 60, 68, 231, 52], ['Avdeev', 0.92, 306, 68, 189, 40]]),
        line([['[т', 0.56, 750, 81, 47, 34], [')', 0.69, 817, 81, 16, 34], ['lotus', 0.95, 853, 81, 132, 34]]),
        line([['CEO', 0.96, 62, 130, 64, 26]]),
        line([['Email:', 0.93, 61, 469, 99, 24], ['avdeev@lotus.ru', 0.9, 172, 469, 249, 29]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.company).toBe('lotus');
  });
});

describe('addresses', () => {
  it('keeps a Russian address that opens with its postcode and country: "190034, Россия" / city / street (s2_058)', () => {
    const { fields } = extractFields(
      [
        line([['Петухова', 0.96, 225, 393, 242, 52]]),
        line([['Любовь', 0.96, 64, 453, 209, 44], ['Максимовна', 0.96, 292, 456, 333, 41]]),
        line([['190034,', 0.92, 65, 783, 90, 23], ['Россия', 0.96, 164, 783, 84, 19]]),
        line([['г.', 0.96, 65, 823, 14, 14], ['Санкт-Петербург', 0.94, 89, 817, 202, 26]]),
        line([['ул.', 0.96, 63, 857, 32, 20], ['Садовая,', 0.96, 105, 852, 107, 23], ['д.', 0.97, 220, 857, 20, 18], ['60,', 0.96, 250, 852, 32, 23], ['стр.', 0.94, 290, 857, 45, 19], ['6', 0.94, 345, 852, 12, 19]]),
        line([['Тел.:', 0.89, 64, 887, 56, 19], ['8', 0.96, 130, 886, 12, 20], ['(812)', 0.96, 152, 885, 60, 27], ['309-53-17', 0.96, 222, 886, 119, 20]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.address).toBe('190034, Россия, г. Санкт-Петербург, ул. Садовая, д. 60, стр. 6');
  });

  it('still ends an address at the line that closes it with its country', () => {
    const { fields } = extractFields(lines('Jane Doe', '12 High Street', 'Bristol BS1 6DZ, United Kingdom', 'PO Box 44, Leeds LS1 1AA', '+44 117 496 0123'), { defaultCountry: 'GB' });
    expect(fields.address).toBe('12 High Street, Bristol BS1 6DZ, United Kingdom');
  });

  it('reads a French street, its house number first: "77, cours de l’Intendance" over "75002 Paris" (s2_041)', () => {
    const { fields } = extractFields(
      [
        line([['HÉLIER', 0.95, 54, 142, 226, 52], ['RENAUD', 0.96, 320, 154, 270, 40]]),
        line([['Tel:', 0.86, 51, 284, 39, 21], ['+33', 0.95, 99, 286, 42, 19], ['152', 0.92, 151, 286, 46, 19], ['63', 0.93, 206, 285, 27, 20], ['23', 0.93, 241, 286, 27, 19], ['23', 0.95, 277, 286, 27, 19]]),
        line([['77,', 0.96, 52, 475, 32, 22], ['cours', 0.96, 93, 480, 59, 14], ['de', 0.93, 159, 474, 27, 20], ['I’Intendance', 0.76, 195, 474, 137, 20]]),
        line([['75002', 0.96, 52, 512, 68, 18], ['Paris', 0.96, 129, 511, 51, 19]]),
      ],
      { defaultCountry: 'FR' },
    );
    expect(fields.address).toBe('77, cours de I’Intendance, 75002 Paris');
  });
});

describe('Russian companies whose quote OCR lost or misread', () => {
  it('closes the quote OCR lost at the line’s end, or read as a dash or a soft sign; an opening backtick is a quote', () => {
    expect(russianCompany('ПАО "Импульстрейд')).toBe('ПАО "Импульстрейд"');
    expect(russianCompany('ООО «Пром Медиа-')).toBe('ООО «Пром Медиа»');
    expect(russianCompany('ЗАО «СПЕКТР-КОНСАЛТЬ')).toBe('ЗАО «СПЕКТР-КОНСАЛТ»');
    expect(russianCompany('ООО `ИНФО МЕДИА')).toBe('ООО "ИНФО МЕДИА"');
    expect(russianCompany('ООО «Сталь»')).toBe('ООО «Сталь»');
    // A German-style opening quote closes as such quotes close.
    expect(russianCompany('ООО „Ромашка')).toBe('ООО „Ромашка“');
  });
});

describe('e-mail addresses other lines spell', () => {
  it('mends a tall letter of small print by the name: "klavdiya.timoleeva@" on ТИМОФЕЕВА Клавдия’s card (s2_045, photo)', () => {
    const { fields } = extractFields(lines('ТИМОФЕЕВА Клавдия', 'Болеславовна', 'тел. +7-495-298-24-73', 'e-mail: klavdiya.timoleeva@meridian.ru'), { defaultCountry: 'RU' });
    expect(fields.emails).toEqual(['klavdiya.timofeeva@meridian.ru']);
  });

  it('spells the domain as the web address does, one tall letter apart: "brightwaterboldings.com" beside brightwaterholdings.com (s2_031, photo)', () => {
    const { fields, confidence } = extractFields(lines('CÉLIA ALBUQUERQUE', '(11) 2876-1593', 'celia-a@brightwaterboldings.com', 'https://brightwaterholdings.com'), { defaultCountry: 'BR' });
    expect(fields.emails).toEqual(['celia-a@brightwaterholdings.com']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('takes the web address’s common ending for a rare one a letter apart: "ritmgrupp.cu" beside www.ritmgrupp.ru (s2_019, photo)', () => {
    const { fields } = extractFields(lines('МАРТЫН СИМОНОВ', 'e-mail: martyn_simonov@ritmgrupp.cu', 'сайт: www.ritmgrupp.ru'), { defaultCountry: 'RU' });
    expect(fields.emails).toEqual(['martyn_simonov@ritmgrupp.ru']);
  });

  it('keeps an e-mail whose ending is as common as the web address’s: "acme.de" beside www.acme.com', () => {
    const { fields } = extractFields(lines('Anna Schmidt', 'anna@acme.de', 'www.acme.com'), { defaultCountry: 'DE' });
    expect(fields.emails).toEqual(['anna@acme.de']);
  });
});

describe('more of the earlier sets’ clean cards', () => {
  it('keeps a logo beside the name apart from it: "Brightwater Logistics   Galina Moiseeva" (seed 15 s2_013)', () => {
    const { fields } = extractFields(
      [
        line([['Brightwater', 0.96, 46, 61, 243, 36], ['Logistics', 0.96, 308, 61, 178, 36]]),
        line([['Galina', 0.93, 538, 64, 142, 39], ['Moiseeva', 0.92, 697, 65, 218, 38]]),
        line([['Managing', 0.96, 538, 120, 124, 24], ['Director', 0.96, 671, 120, 99, 19]]),
        line([['Brightwater', 0.96, 59, 297, 149, 28], ['Logistics', 0.96, 216, 298, 115, 27], ['JSC', 0.96, 340, 298, 51, 21]]),
        line([['T:', 0.92, 536, 363, 20, 19], ['+7', 0.94, 565, 363, 25, 19], ['(499)', 0.93, 600, 363, 55, 25], ['488-41-57', 0.88, 663, 363, 118, 19]]),
        line([['E:', 0.91, 538, 428, 19, 19], ['moiseeva@brightwaterlogistics.ru', 0.9, 567, 428, 431, 25]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('Galina Moiseeva');
    expect(fields.company).toBe('Brightwater Logistics JSC');
  });

  it('still joins one line of big type OCR cut in two: "DANG" + "MINH HOA"', () => {
    const { fields } = extractFields([line([['DANG', 0.95, 50, 60, 120, 40]]), line([['MINH', 0.95, 220, 60, 120, 40], ['HOA', 0.95, 360, 60, 90, 40]]), ...lines('+84 28 3822 9999')], { defaultCountry: 'VN' });
    expect(fields.name).toBe('DANG MINH HOA');
  });

  it('takes the name the e-mail spells from a line the logo’s words follow: "Yuki Takayama So Quantum Studio" (seed 13 s2_033)', () => {
    const { fields, confidence } = extractFields(
      [
        line([['Yuki', 0.95, 56, 65, 109, 42], ['Takayama', 0.95, 182, 65, 255, 54], ['So', 0.45, 505, 55, 71, 85], ['Quantum', 0.96, 605, 74, 220, 35], ['Studio', 0.96, 845, 74, 147, 35]]),
        line([['Art', 0.96, 56, 127, 41, 23], ['Director', 0.96, 108, 127, 110, 23]]),
        line([['Quantum', 0.96, 57, 276, 150, 30], ['Studio', 0.96, 215, 276, 100, 30], ['K.K.', 0.96, 323, 276, 53, 30]]),
        line([['M:', 0.93, 59, 467, 30, 25], ['+81-90-7883-8872', 0.93, 100, 467, 254, 25]]),
        line([['E:', 0.93, 59, 509, 30, 33], ['yuki.takayama@quantumstudio.co.jp', 0.93, 100, 509, 522, 33]]),
      ],
      { defaultCountry: 'JP' },
    );
    expect(fields.name).toBe('Yuki Takayama');
    expect(fields.company).toBe('Quantum Studio K.K.');
    // The logo's mark, standing above the name and the logo's words, parts the line
    // (word-breaks.ts mark-at-type-change): the name is a line of its own that the e-mail spells.
    expect(confidence.name ?? 0).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
  });

  it('reads a French number holding France’s code among its digits: "Tél. : 05.89.33.10.80" (seed 13 s2_022)', () => {
    const { fields } = extractFields(lines('Keystone Dynamics SARL', 'Pépin Gaillard', 'Tél. : 05.89.33.10.80', 'E-mail : gaillard.p@keystonedynamics.com'), { defaultCountry: 'US' });
    expect(fields.phones.map((p) => p.value)).toEqual(['+33589331080']);
  });

  it('reads a second slash read as a letter: "Website: http:/Awww.lumen.com" (seed 13 s2_002)', () => {
    const { fields } = extractFields(lines('Kaelyn Simonis', 'Lumen LLC', 'Direct: 404.936.3054', 'Website: http:/Awww.lumen.com'), { defaultCountry: 'US' });
    expect(fields.websites).toEqual(['http://www.lumen.com']);
  });
});

describe('seed 21’s clean cards, examined after it was measured blind', () => {
  it('joins a name set in spaced capitals and spells it in Cyrillic, apart from the address beside it: "СЫ CO E B РОДИ O H ул. Ленина" (s2_028)', () => {
    const { fields } = extractFields(
      [
        line([['тел.', 0.96, 553, 245, 45, 14], ['+7', 0.96, 608, 240, 27, 19], ['(383)', 0.93, 643, 240, 58, 23], ['028-65-61', 0.96, 710, 240, 112, 19]]),
        line([['e-mail:', 0.92, 560, 306, 77, 20], ['office@sfera.ru', 0.92, 647, 306, 179, 22]]),
        line([['СЫ', 0.78, 59, 346, 66, 37], ['CO', 0.84, 133, 346, 62, 37], ['E', 0.92, 203, 347, 20, 35], ['B', 0.91, 230, 347, 25, 35], ['РОДИ', 0.90, 275, 346, 129, 45], ['O', 0.89, 412, 346, 33, 37], ['H', 0.92, 452, 347, 27, 35], ['ул.', 0.96, 508, 379, 31, 19], ['Ленина,', 0.95, 547, 374, 96, 21], ['д.', 0.96, 652, 379, 18, 18], ['90,', 0.96, 680, 374, 31, 21], ['офис', 0.96, 720, 373, 58, 25], ['573', 0.95, 787, 374, 39, 18]]),
        line([['Новосибирск,', 0.95, 573, 406, 162, 24], ['630519', 0.96, 744, 407, 82, 18]]),
        line([['НАЧАЛЬНИК', 0.96, 59, 402, 189, 23], ['ОТДЕЛА', 0.95, 260, 402, 118, 28]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('СЫСОЕВ РОДИОН');
    expect(fields.address).toBe('ул. Ленина, д. 90, офис 573, Новосибирск, 630519');
  });

  it('leaves words of capitals that are no spaced letters as they are', () => {
    const { fields } = extractFields(lines('ИП ООО АО', 'ИВАН ПЕТРОВ', '+7 495 123-45-67'), { defaultCountry: 'RU' });
    expect(fields.name).toBe('ИВАН ПЕТРОВ');
  });

  it('takes a family name written with its particle joined in capitals: "Laverne P. VonRueden" (s2_001)', () => {
    const { fields } = extractFields(
      [
        line([['t', 0.92, 354, 72, 10, 22], ['TEL:+1', 0.86, 748, 58, 82, 16], ['(212)', 0.96, 838, 57, 53, 20], ['512-5058', 0.96, 899, 58, 95, 17]]),
        line([['A', 0.95, 60, 60, 53, 51], ['evergreen', 0.96, 134, 78, 158, 25], ['systems', 0.95, 304, 78, 124, 25], ['EMAIL:laverne.vonrueden@evergreensystems.com', 0.89, 452, 83, 543, 30]]),
        line([['Evergreen', 0.96, 57, 139, 127, 26], ['Systems', 0.96, 193, 138, 105, 27], ['Corp.', 0.96, 307, 138, 65, 27]]),
        line([['Laverne', 0.9, 60, 479, 198, 42], ['P.', 0.86, 280, 479, 32, 42], ['VonRueden', 0.91, 330, 476, 291, 45]]),
        line([['Human', 0.96, 56, 532, 79, 17], ['Resources', 0.96, 143, 532, 105, 17]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Laverne P. VonRueden');
  });

  it('parts a name from the logo beside it at the logo’s bars read as "ll" (s2_023)', () => {
    const { fields } = extractFields(
      [
        line([['Susie', 0.93, 57, 56, 115, 38], ['Schamberger', 0.92, 188, 56, 299, 48], ['ll', 0.3, 535, 59, 54, 55], ['ironbridge', 0.91, 609, 74, 196, 33], ['networks', 0.96, 822, 74, 170, 26]]),
        line([['Ironbridge', 0.96, 56, 263, 200, 30], ['Networks', 0.96, 266, 263, 150, 30], ['Corporation', 0.96, 426, 263, 106, 30]]),
        line([['Direct:', 0.93, 56, 443, 80, 18], ['512-814-6295', 0.93, 140, 443, 127, 18]]),
        line([['Email:', 0.93, 56, 506, 70, 22], ['schamberger.s', 0.9, 130, 506, 160, 22], ['@ironbridge-networks.com', 0.9, 295, 506, 234, 22]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Susie Schamberger');
    expect(fields.company).toBe('Ironbridge Networks Corporation');
  });

  it('drops a logo’s word before a one-word company and its legal form: "VERTEX VERTEX LTDA" (s2_035)', () => {
    const { fields } = extractFields(lines('VERTEX VERTEX LTDA', 'DANILO XAVIER', 'SALES MANAGER', '(11) 5534-6063'), { defaultCountry: 'BR' });
    expect(fields.company).toBe('VERTEX LTDA');
  });

  it('reads a number after a phone icon read as digits: "18 (11) 5534-6063 / 3163-9090" (s2_035)', () => {
    const { fields } = extractFields(lines('DANILO XAVIER', '18 (11) 5534-6063 / 3163-9090', 'BELA VISTA, SAO PAULO - SP, 01310-153'), { defaultCountry: 'US' });
    expect(fields.phones.map((p) => p.value)).toEqual(['+551155346063', '+551131639090']);
  });
});

describe('seed 21’s photos', () => {
  it('keeps a title read right though with a low confidence, not sure: "Начальник отдела" (s2_037)', () => {
    const { fields, confidence } = extractFields(
      [
        line([['ШУБИНА', 0.9, 237, 63, 250, 43], ['РАИСА', 0.9, 500, 63, 200, 43], ['СТЕПАНОВНА', 0.9, 710, 63, 306, 43]]),
        { ...line([['Начальник', 0.3, 780, 126, 140, 26], ['отдела', 0.35, 930, 126, 85, 26]]), confidence: 0.32 },
        line([['ЗАО', 0.9, 605, 197, 100, 47], ['«Орбитасофт»', 0.9, 715, 197, 301, 47]]),
        line([['Mob.', 0.9, 57, 421, 60, 28], ['8', 0.9, 127, 421, 15, 28], ['(927)', 0.9, 150, 421, 60, 28], ['395-87-23', 0.9, 220, 421, 120, 28]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.title).toBe('Начальник отдела');
    expect(confidence.title ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('drops a line of garbage read with a low confidence all the same', () => {
    const { fields } = extractFields([...lines('Иван Петров', '+7 495 123-45-67'), { ...line([['Гловнлий', 0.3, 60, 300, 120, 20], ['аниме', 0.3, 190, 300, 80, 20]]), confidence: 0.3 }], { defaultCountry: 'RU' });
    expect(fields.title).toBe('');
  });

  it('parts a name from the logo beside it at a mark read as signs: "Kenji Suzuki = @& nortustar roops" (s2_031)', () => {
    const { fields } = extractFields(
      [
        line([['Kenji', 0.9, 46, 44, 120, 60], ['Suzuki', 0.9, 180, 44, 160, 60], ['=', 0.5, 420, 50, 20, 20], ['@&', 0.4, 470, 44, 60, 60], ['nortustar', 0.6, 560, 60, 250, 40], ['roops', 0.6, 830, 60, 170, 40]]),
        line([['Business', 0.96, 43, 116, 130, 29], ['Development', 0.96, 180, 116, 180, 29], ['Manager', 0.96, 370, 116, 107, 29]]),
        line([['Northstar', 0.96, 43, 248, 150, 32], ['Foods', 0.96, 200, 248, 90, 32], ['Corporation', 0.96, 300, 248, 189, 32]]),
        line([['Email:', 0.93, 42, 450, 80, 26], ['kenji@northstar-foods.com', 0.9, 130, 450, 342, 26]]),
      ],
      { defaultCountry: 'JP' },
    );
    expect(fields.name).toBe('Kenji Suzuki');
  });

  it('drops a speck read as a letter after the family name in the e-mail: "kimuraG@" on KIMURA Sakura’s card (s2_026)', () => {
    expect(extractFields(lines('KIMURA Sakura', 'Chief Financial Officer', 'E-mail:kimuraG@lumen-health.co.jp'), { defaultCountry: 'JP' }).fields.emails).toEqual(['kimura@lumen-health.co.jp']);
    // An initial glued after the family name is the address's own.
    expect(extractFields(lines('KIMURA Sakura', 'E-mail:kimuras@lumen-health.co.jp'), { defaultCountry: 'JP' }).fields.emails).toEqual(['kimuras@lumen-health.co.jp']);
  });

  it('reads ".com.vr" as Vietnam’s ".com.vn" (s2_006)', () => {
    expect(extractFields(lines('Tran Van Minh', 'https://www.northstarholdings.com.vr'), { defaultCountry: 'VN' }).fields.websites).toEqual(['https://www.northstarholdings.com.vn']);
  });
});

describe('words of capitals that are no spaced letters', () => {
  it('keeps "13, RUE DE LA RÉPUBLIQUE" as printed (seed 15 s2_040)', () => {
    const { fields } = extractFields(lines('PIERRE MARTIN', 'Tél. : 05 56 12 34 56', '13, RUE DE LA RÉPUBLIQUE', '33000 BORDEAUX'), { defaultCountry: 'FR' });
    expect(fields.address).toBe('13, RUE DE LA RÉPUBLIQUE, 33000 BORDEAUX');
  });
});

describe('marks that are part of the line', () => {
  it('keeps a number sign inside an address: "Flat # 205, Saga Society Heights", "770-E, Road # 44" (held-out 8)', () => {
    const { fields } = extractFields(lines('Nishanth D', 'Flat # 205, Saga Society Heights,', 'Road # 44, Jubilee Hills, Hyderabad - 500 033', '+91 98480 12345'), { defaultCountry: 'IN' });
    expect(fields.address).toBe('Flat # 205, Saga Society Heights, Road # 44, Jubilee Hills, Hyderabad - 500 033');
  });

  it('keeps the last letter of an e-mail’s name part where the name’s own letter has no a-z spelling: "michal.grzeszczuk@" on Michał Grzeszczuk’s card (held-out 7)', () => {
    expect(extractFields(lines('Michał Grzeszczuk', 'michal.grzeszczuk@wabco-auto.com'), { defaultCountry: 'PL' }).fields.emails).toEqual(['michal.grzeszczuk@wabco-auto.com']);
  });
});
