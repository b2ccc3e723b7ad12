/**
 * Cards of unseen synthetic seeds (69, 71, 73, 75: the second source's photos), read by OCR: a Russian
 * surname whose last letter a photo lost, in the form the woman's patronymic beside it asks for;
 * a phone label after an icon read as a letter; a name parted from a logo at its mark; a digit read as a sign;
 * a web address read with its dots as spaces; a Russian name read partly in Latin look-alikes;
 * small misreadings of postcodes, companies, web addresses and accents; a fax label in look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { spacedSite } from '../../main/recognize/extract/channels.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { surnameOfHerPatronymic } from '../../main/recognize/extract/names.js';
import { boxedLine, line } from '../ocr-lines.js';

describe("a Russian woman's surname read in its man's form", () => {
  it('gets its last letter back beside her patronymic, and is not sure (seed 73 s2_002: "Елена Павловна Григорьев")', () => {
    const ex = extractFields([boxedLine('РИТМ-СТРОЙ', 0.91, 35, 45, 188, 23), boxedLine('Елена Павловна Григорьев', 0.95, 529, 46, 484, 32)], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Елена Павловна Григорьева');
    expect(ex.fields.familyName).toBe('Григорьева');
    expect(ex.confidence.name).toBeLessThan(0.9);
  });
  it('takes -а, or -ая for -ий, in the case it is printed in', () => {
    expect(surnameOfHerPatronymic('ГРИГОРЬЕВ ЕЛЕНА ПАВЛОВНА')).toBe('ГРИГОРЬЕВА ЕЛЕНА ПАВЛОВНА');
    expect(surnameOfHerPatronymic('Анна Ивановна Вишневский')).toBe('Анна Ивановна Вишневская');
    expect(surnameOfHerPatronymic('Анна Сергеевна Кузьмин')).toBe('Анна Сергеевна Кузьмина');
  });
  it("leaves her own form, a man's name, and a surname of no gender as they are", () => {
    expect(surnameOfHerPatronymic('Елена Павловна Григорьева')).toBeNull();
    expect(surnameOfHerPatronymic('Иван Павлович Григорьев')).toBeNull();
    expect(surnameOfHerPatronymic('Марина Ильинична Шевченко')).toBeNull();
    expect(surnameOfHerPatronymic('Елена Григорьев')).toBeNull();
  });
});

describe('a phone label after an icon read as a letter', () => {
  it('is the word, not the letter: "Ф Мобильный:" labels a mobile, not a fax (seed 73 s2_039)', () => {
    const ex = extractFields([
      boxedLine('ГОРБАЧЕВ БОЯН ФЕОФАНОВИЧ', 0.94, 90, 154, 878, 47),
      boxedLine('Юрист', 0.96, 499, 217, 83, 25),
      boxedLine('© Телефон: +7 (843) 479-83-33', 0.94, 52, 393, 404, 32),
      boxedLine('Ф Мобильный: 8 (992) 031-44-57', 0.83, 52, 429, 420, 34),
      boxedLine('© Факс: +7 843 479 83 34', 0.96, 52, 468, 333, 32),
      boxedLine('@ Эл. почта: boyan.gorbachev@stroysistem.com', 0.9, 52, 497, 601, 41),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.phones).toEqual([
      { value: '+78434798333', kind: 'work' },
      { value: '+79920314457', kind: 'mobile' },
      { value: '+78434798334', kind: 'fax' },
    ]);
  });
});

describe("a name beside a logo's words on its row", () => {
  it('parts them at a round logo read as "©)" (seed 73 s2_004: "Якушева Анастасия Ниловна ©) орбита")', () => {
    const ex = extractFields([
      line([['Якушева', 0.96, 41, 53, 216, 56], ['Анастасия', 0.93, 274, 54, 256, 43], ['Ниловна', 0.92, 553, 54, 215, 43], ['©)', 0.91, 805, 45, 67, 68], ['орбита', 0.96, 893, 64, 111, 38]]),
      boxedLine('Руководитель проекта', 0.96, 40, 118, 259, 29),
      boxedLine('Коммерческий отдел', 0.96, 40, 150, 227, 27),
      boxedLine('Телефон: 8 (495) 396-60-01', 0.95, 40, 328, 312, 31),
      boxedLine('Эл. почта: yakusheva@orbita.ru', 0.94, 40, 403, 367, 31),
      boxedLine('Сайт: orbita.ru', 0.85, 40, 441, 170, 25),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Якушева Анастасия Ниловна');
    expect(ex.fields.company).not.toContain('Якушева');
  });
});

describe('a digit read as a sign', () => {
  it('"+$5-11-94932-3502" is a Brazilian mobile (seed 73 s2_012)', () => {
    const ex = extractFields([
      boxedLine('Fabrícia Pereira', 0.94, 538, 53, 330, 43),
      boxedLine('Harbor Analytics Ltda.', 0.91, 54, 60, 289, 34),
      boxedLine('Project Manager', 0.96, 537, 116, 173, 27),
      boxedLine('Telefone: (21) 3585-0878', 0.76, 538, 366, 280, 26),
      boxedLine('Celular; +$5-11-94932-3502', 0.6, 538, 403, 308, 23),
      boxedLine('E-mail: pereira@harboranalytics.com', 0.88, 539, 440, 420, 31),
    ], { defaultCountry: 'BR' });
    expect(ex.fields.phones.map((p) => p.value)).toEqual(['+552135850878', '+5511949323502']);
    expect(ex.fields.phones[1]!.kind).toBe('mobile');
  });
});

describe("a web address read with its dots as spaces, beside the e-mail's domain", () => {
  it('is that domain, with the scheme, "www." and slash the line shows, never sure (seed 69 s2_039)', () => {
    const ex = extractFields([
      boxedLine('QUANTUM LOGISTICS FZE', 0.93, 50, 74, 435, 37),
      boxedLine('ANDREANNE CRONIN', 0.94, 51, 230, 806, 75),
      boxedLine('Office 1709, Boulevard Plaza Tower 1', 0.88, 53, 406, 460, 30),
      boxedLine('P.O. Box 292389, Dubai, United Arab Emirates', 0.91, 54, 445, 570, 30),
      boxedLine('Office +971 4 208 7337', 0.83, 55, 488, 293, 26),
      boxedLine('acronin@ quantum -logistics.com', 0.76, 55, 529, 432, 32),
      boxedLine('http. www quantum -logistics.com', 0.69, 56, 571, 459, 34),
    ], { defaultCountry: 'AE' });
    expect(ex.fields.emails).toEqual(['acronin@quantum-logistics.com']);
    expect(ex.fields.websites).toEqual(['http://www.quantum-logistics.com']);
    expect(ex.confidence.websites).toBeLessThan(0.9);
  });
  it('only where the line starts as a web address and spells a firm’s domain', () => {
    expect(spacedSite('> Web: www. bluefielddesign fr!', ['bluefielddesign.fr'])).toBe('www.bluefielddesign.fr/');
    expect(spacedSite('we. mekongmedia ae/', ['mekongmedia.ae'])).toBe('www.mekongmedia.ae/');
    expect(spacedSite('Site: harboranalytics com', ['harboranalytics.com'])).toBe('harboranalytics.com');
    expect(spacedSite('Mekong Media', ['mekongmedia.ae'])).toBeNull();
    expect(spacedSite('web: gmail com', ['gmail.com'])).toBeNull();
    expect(spacedSite('www. bluefield design fr', ['bluefielddesign.com'])).toBeNull();
  });
});

describe('a Russian name read partly in Latin look-alikes', () => {
  it('keeps a surname in Cyrillic over a patronymic, though the rest of a poor reading is Latin junk (seed 73 s2_029)', () => {
    const ex = extractFields([
      boxedLine('Ермаков', 0.95, 67, 70, 270, 52),
      boxedLine('Феоктист Викентьевич', 0.91, 64, 124, 754, 41),
      boxedLine('Tere parcel Дне 100', 0.18, 64, 181, 303, 20),
      boxedLine('Vel. +7 (843) 779-18-12', 0.84, 61, 506, 315, 24),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Ермаков Феоктист Викентьевич');
    expect(ex.fields.company).toBe('');
  });
  it('spells a Ш read as a W ("Tamapa MEPKYWEBA", seed 73 s2_022)', () => {
    const ex = extractFields([
      line([['Tamapa', 0.88, 47, 53, 160, 46], ['MEPKYWEBA', 0.9, 220, 53, 291, 39], ['мерилианмелиа', 0.29, 723, 60, 263, 28]]),
      boxedLine('OOO - Мериджаныее ane -', 0.42, 47, 146, 358, 30),
      boxedLine('т. +7 497) 444.981', 0.64, 54, 451, 268, 22),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Тамара МЕРКУШЕВА');
    expect(ex.confidence.name).toBeLessThan(0.9);
  });
});

describe('small misreadings of photos', () => {
  it('takes a UK postcode whose unit letters were read as digits, on a line of its own, into the address (seed 71 s2_003: "BS1 607")', () => {
    const ex = extractFields([
      boxedLine('MEKONG', 0.91, 48, 60, 166, 29),
      boxedLine('Brooks O. Labadie', 0.89, 0, 195, 802, 114),
      boxedLine('T +44 (0)117 907 0897 / М 07769 874361', 0.89, 36, 449, 485, 33),
      boxedLine('E office@mekong.com / W mekong.com', 0.87, 35, 490, 467, 34),
      boxedLine('145 George Street', 0.96, 35, 533, 196, 32),
      boxedLine('Bristol', 0.96, 33, 573, 70, 26),
      boxedLine('BS1 607', 0.91, 32, 615, 93, 26),
    ], { defaultCountry: 'GB' });
    expect(ex.fields.address).toBe('145 George Street, Bristol, BS1 607');
    expect(ex.confidence.address).toBeLessThan(0.9);
  });
  it('drops a speck read as a dot before a hyphen in a company, and a mark read as a letter before "www" (seed 73 s2_033, s2_011)', () => {
    const ex = extractFields([
      boxedLine('ООО «ИМПУЛЬС.-ЭНЕРГО»', 0.9, 50, 60, 400, 30),
      boxedLine('Иван Петров', 0.95, 50, 200, 300, 40),
      boxedLine('Сайт: awww.tekhno-invest.ru', 0.9, 50, 400, 400, 25),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.company).toBe('ООО «ИМПУЛЬС-ЭНЕРГО»');
    expect(ex.fields.websites).toEqual(['www.tekhno-invest.ru']);
  });
  it('reads an ü with a ring as an ü in a German address (seed 73 s2_003: "Můnchen")', () => {
    const ex = extractFields([
      boxedLine('Hans Müller', 0.95, 50, 60, 300, 40),
      boxedLine('Schillerstr. 3', 0.9, 50, 300, 200, 25),
      boxedLine('80331 Můnchen', 0.9, 50, 330, 200, 25),
      boxedLine('Tel. +49 89 1234567', 0.9, 50, 360, 300, 25),
    ], { defaultCountry: 'DE' });
    expect(ex.fields.address).toBe('Schillerstr. 3, 80331 München');
  });
});

describe('two columns a line ran together', () => {
  it('part where a word lines up with the left edge three lines start at; a firm’s name is spelt as its domain (seed 73 s2_014)', () => {
    const ex = extractFields([
      line([['©', 0.82, 48, 77, 54, 67], ['Siivertine', 0.46, 120, 90, 173, 42], ['Analytics', 0.9, 306, 91, 162, 51], ['Ryo', 0.96, 536, 65, 100, 65], ['Suzuki', 0.96, 666, 64, 185, 54]]),
      line([['Customer', 0.96, 533, 143, 142, 35], ['Success', 0.96, 685, 144, 124, 35], ['Manager', 0.96, 819, 145, 128, 42]]),
      line([['TEL', 0.96, 532, 452, 54, 29], ['+81', 0.94, 594, 452, 43, 30], ['6', 0.75, 648, 452, 16, 29], ['6785', 0.72, 671, 452, 62, 30], ['0759', 0.72, 740, 452, 62, 30]]),
      line([['MAIL', 0.89, 534, 498, 67, 29], ['suzuki@silverlineanalytics.com', 0.8, 609, 497, 380, 37]]),
      line([['URL', 0.95, 534, 544, 56, 29], ['www', 0.73, 599, 540, 52, 44], ['silverlineanalytics.com', 0.73, 658, 545, 281, 35]]),
      line([['4F,', 0.88, 533, 590, 35, 30], ['3-8-8', 0.59, 576, 590, 63, 28], ['Nishi-Shinjuku', 0.86, 647, 590, 170, 34]]),
      line([['Siiverline', 0.57, 44, 622, 151, 53], ['Anatytics', 0.85, 207, 622, 142, 53], ['Co.,', 0.91, 366, 622, 54, 53], ['Lid.)', 0.64, 437, 622, 67, 53], ['Kita-ku,', 0.75, 534, 633, 290, 29], ['Osaka', 0.92, 644, 622, 63, 53], ['530-0001', 0.92, 719, 633, 105, 29]]),
    ], { defaultCountry: 'JP' });
    expect(ex.fields.name).toBe('Ryo Suzuki');
    expect(ex.fields.company).toBe('Silverline Analytics Co., Ltd.');
    expect(ex.confidence.company).toBeLessThan(0.9);
    expect(ex.fields.address).toBe('4F, 3-8-8 Nishi-Shinjuku, Kita-ku, Osaka 530-0001');
  });
});

describe('a fax label in look-alikes', () => {
  it('"ГАХРАХ": the icon\'s FAX and the label\'s run together mark a fax, no phone (seed 75 s2_023)', () => {
    const ex = extractFields([
      boxedLine('NORTHSTAR DESIGN', 0.96, 119, 72, 322, 22),
      boxedLine('Kenji Matsumoto', 0.96, 535, 72, 263, 33),
      boxedLine('Attorney at Law', 0.96, 536, 115, 167, 18),
      boxedLine('TEL 052-277-9535', 0.75, 532, 439, 193, 16),
      boxedLine('© MOBILE +81 (0)80 9355 1559', 0.94, 534, 468, 302, 16),
      boxedLine('ГАХРАХ 052-277-9536', 0.92, 531, 496, 196, 16),
      boxedLine('*® MAIL kenji_matsumoto@northstardesign.co.jp', 0.69, 531, 525, 476, 23),
    ], { defaultCountry: 'JP' });
    expect(ex.fields.phones).toEqual([
      { value: '+81522779535', kind: 'work' },
      { value: '+818093551559', kind: 'mobile' },
      { value: '+81522779536', kind: 'fax' },
    ]);
  });
});

describe('a company in quotes', () => {
  it('loses a speck read as a dot after its closing quote (seed 75 s2_014)', () => {
    const ex = extractFields([boxedLine('ООО "СЕВЕР".', 0.9, 50, 60, 300, 30), boxedLine('Иван Петров', 0.95, 50, 200, 300, 40), boxedLine('Тел.: +7 (495) 123-45-67', 0.9, 50, 400, 300, 25)], { defaultCountry: 'RU' });
    expect(ex.fields.company).toBe('ООО "СЕВЕР"');
  });
});

describe("a Russian name's second row read as two lines", () => {
  it('joins the given name beside the patronymic on its row, under the surname (seed 75 s2_033)', () => {
    const ex = extractFields([
      boxedLine('Елисеева', 0.96, 713, 67, 255, 32),
      boxedLine('Виктория', 0.96, 339, 123, 268, 54),
      boxedLine('Тимофеевна', 0.96, 636, 133, 332, 33),
      boxedLine('Архитектор', 0.96, 813, 194, 158, 15),
      boxedLine('AO "Импульс-Энерго"', 0.91, 604, 228, 367, 26),
      boxedLine('+ Адрес: ул. Новый Арбат, д. 69, корп. 5, офис 695', 0.93, 57, 370, 598, 23),
      boxedLine('15 Телефон: +7 (499) 140-37-81', 0.91, 57, 435, 378, 23),
      boxedLine('= Эл. почта: eliseeva.v@impulsenergo.ru', 0.81, 57, 470, 478, 24),
    ], { defaultCountry: 'RU' });
    expect(ex.fields.name).toBe('Елисеева Виктория Тимофеевна');
    expect(ex.fields.title).toBe('Архитектор');
    expect(ex.confidence.name).toBeLessThan(0.9);
  });
});
