/**
 * Clean cards of the second generator's seed 31, read by OCR: a name and a logo on one line
 * parted by a mark a third taller than either, a Russian name's given name or surname alone on
 * its line (the surname read in Latin look-alikes, Ф as "®"), "ДО «…»" for АО, "FAX" read
 * "ЕАХ", and a phone whose one group of digits was read unsurely.
 */
import { describe, expect, it } from 'vitest';
import { extractFields, mendUkPostcode } from '../../main/recognize/extract/fields.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { line, lines } from '../ocr-lines.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

describe('a name and a logo on one OCR line', () => {
  it('are parted by a mark a third taller than the type, where the type changes across it (s2_009)', () => {
    const { fields } = extractFields([
      line([["Isabell", 0.95, 58, 65, 173, 40], ["J.", 0.91, 244, 67, 33, 50], ["DuBuque", 0.90, 295, 67, 236, 50], ["©", 0.96, 582, 60, 63, 71], ["falcon", 0.90, 669, 79, 149, 33], ["media", 0.96, 844, 79, 142, 33]]),
      line([["Software", 0.96, 58, 124, 119, 23], ["Engineer", 0.96, 188, 125, 118, 29]]),
      line([["@", 0.92, 57, 448, 22, 22], ["Direct:", 0.96, 89, 448, 74, 19], ["404.764.9972", 0.92, 170, 449, 155, 18], ["@", 0.92, 342, 448, 23, 22], ["Fax:", 0.96, 374, 449, 45, 18], ["404.764.9973", 0.92, 426, 449, 156, 18]]),
      line([["©", 0.90, 57, 481, 22, 23], ["Email:", 0.93, 89, 482, 69, 19], ["isabell_dubuque@falconmedia.io", 0.90, 166, 481, 370, 25]]),
    ]);
    expect(fields.name).toBe('Isabell J. DuBuque');
    expect(fields.company).toBe('falcon media');
  });
});

describe("a Russian name's word alone on its line", () => {
  it('is the given name above a line that opens with a patronymic, though no list knows it (s2_010)', () => {
    const { fields } = extractFields([
      line([["Ф", 0.88, 583, 54, 62, 62], ["ВЕКТОР", 0.95, 668, 66, 161, 31], ["МЕДИА", 0.96, 845, 67, 154, 37]]),
      line([["Евфросиния", 0.91, 52, 60, 185, 39]]),
      line([["Яковлевна", 0.96, 51, 107, 163, 31], ["Логинова", 0.96, 223, 107, 145, 31]]),
      line([["Главный", 0.96, 53, 154, 99, 19], ["инженер", 0.96, 162, 159, 104, 20]]),
      line([["Отдел", 0.96, 52, 184, 63, 21], ["логистики", 0.96, 123, 188, 111, 13]]),
      line([["ЗАО", 0.96, 51, 297, 48, 25], ["«Вектор", 0.96, 107, 297, 98, 31], ["Медиа»", 0.96, 214, 297, 93, 28]]),
      line([["тел.:", 0.92, 51, 418, 48, 13], ["+7", 0.96, 108, 414, 25, 17], ["383", 0.96, 141, 413, 38, 18], ["715", 0.96, 188, 414, 38, 17], ["97", 0.96, 235, 413, 25, 18], ["32", 0.96, 268, 413, 25, 18]]),
      line([["e-mail:", 0.93, 52, 475, 71, 18], ["evfrosiniyaloginova@vektor-media.ru", 0.91, 132, 475, 408, 24]]),
    ]);
    expect(fields.name).toBe('Евфросиния Яковлевна Логинова');
    expect(fields.givenName).toBe('Евфросиния');
  });

  it('is the surname above a given name and patronymic, read in Latin look-alikes with Ф as "®" (s2_028)', () => {
    const { fields } = extractFields([
      line([["E®PEMOB", 0.92, 80, 66, 299, 45]]),
      line([["Федор", 0.93, 78, 134, 201, 59], ["Адрианович", 0.92, 297, 134, 400, 59]]),
      line([["Юрист", 0.96, 78, 202, 93, 29]]),
      line([["Отдел", 0.96, 77, 237, 77, 25], ["продаж", 0.96, 166, 242, 100, 21]]),
      line([["ООО", 0.93, 77, 278, 93, 31], ["«Волга»", 0.96, 184, 279, 169, 30]]),
      line([["Тел.:", 0.91, 653, 324, 69, 22], ["+7", 0.95, 733, 323, 32, 23], ["(495)", 0.96, 775, 323, 69, 28], ["404-12-88", 0.96, 854, 323, 140, 23]]),
      line([["E-mail:", 0.90, 623, 403, 98, 24], ["efremov@volga.ru", 0.89, 733, 403, 260, 31]]),
    ]);
    expect(fields.name).toBe('ЕФРЕМОВ Федор Адрианович');
    expect(fields.familyName).toBe('ЕФРЕМОВ');
  });

  it('is no wordmark in capitals above a capitalised patronymic: "ВЕКТОР" over "Яковлевна Логинова"', () => {
    const { fields } = extractFields([
      line([['ВЕКТОР', 0.95, 52, 20, 161, 36]]),
      line([['Яковлевна', 0.96, 51, 107, 163, 31], ['Логинова', 0.96, 223, 107, 145, 31]]),
      line([['Главный', 0.96, 53, 154, 99, 19], ['инженер', 0.96, 162, 159, 104, 20]]),
    ]);
    expect(fields.name).toBe('Яковлевна Логинова');
  });
});

describe('legal forms and labels misread', () => {
  it('"ДО «Альфа-Энерго»" is АО (s2_027)', () => {
    const { fields } = extractFields([
      line([[">", 0.86, 268, 54, 40, 40], ["альфа-энерго", 0.91, 320, 61, 189, 23], ["ДО", 0.77, 527, 67, 37, 20], ["«Альфа-Энерго»", 0.77, 572, 66, 212, 26]]),
      line([["Семенов", 0.93, 223, 155, 176, 32], ["Евстчугней", 0.40, 414, 155, 222, 31], ["Глебович", 0.96, 653, 154, 174, 32]]),
      line([["Руководитель", 0.96, 406, 203, 148, 22], ["проекта", 0.96, 560, 208, 85, 17]]),
      line([["Отдел", 0.94, 454, 232, 60, 20], ["продаж", 0.96, 521, 237, 77, 16]]),
      line([["@", 0.92, 60, 602, 13, 31], ["e-mail:", 0.93, 89, 607, 71, 16], ["e.semenov@alfa-energo.com", 0.91, 167, 607, 272, 21]]),
    ]);
    expect(fields.company).toBe('АО «Альфа-Энерго»');
  });

  it('"ЕАХ:+65 6690 2140" is a fax, not a third phone (s2_004)', () => {
    const { fields } = extractFields([
      line([["SUMMIT", 0.96, 56, 74, 165, 31], ["DESIGN", 0.96, 235, 74, 145, 31], ["PTE.", 0.96, 398, 75, 78, 30], ["LTD.", 0.96, 492, 75, 80, 30]]),
      line([["XIN", 0.93, 94, 420, 101, 39], ["YI", 0.93, 234, 420, 50, 39], ["WONG", 0.96, 324, 419, 198, 40]]),
      line([["SALES", 0.96, 195, 475, 85, 21], ["MANAGER", 0.96, 290, 475, 144, 21]]),
      line([["IT", 0.96, 242, 510, 23, 18], ["DIVISION", 0.96, 273, 510, 114, 18]]),
      line([["TEL:+65", 0.92, 52, 837, 112, 21], ["6690", 0.96, 174, 837, 57, 21], ["2149", 0.86, 240, 837, 57, 21], ["MOB:+65", 0.91, 320, 837, 123, 21], ["9634", 0.95, 453, 837, 58, 21], ["3017", 0.95, 520, 837, 56, 21]]),
      line([["ЕАХ:+65", 0.89, 52, 877, 111, 21], ["6690", 0.96, 173, 877, 58, 21], ["2140", 0.96, 239, 877, 58, 21]]),
      line([["EMAIL:wong.x", 0.89, 52, 912, 192, 35], ["@summitdesign.com.sg", 0.91, 257, 912, 268, 35]]),
      line([["WEB:http://www.summitdesign.com.sg", 0.87, 52, 956, 471, 27]]),
    ]);
    expect(fields.phones.filter((p) => p.kind !== 'fax').map((p) => p.value)).toEqual(['+6566902149', '+6596343017']);
    expect(fields.phones.find((p) => p.kind === 'fax')?.value).toBe('+6566902140');
  });
});

describe('a labelled phone number', () => {
  it('is not sure when one group of its digits was read at 0.85, though its line read at 0.92 (s2_027: "29 35" for 29 33)', () => {
    const { fields, confidence } = extractFields([
      line([["Семенов", 0.93, 223, 155, 176, 32], ["Евстчугней", 0.40, 414, 155, 222, 31], ["Глебович", 0.96, 653, 154, 174, 32]]),
      line([["©", 0.93, 64, 579, 18, 18], ["тел.:", 0.90, 89, 584, 47, 11], ["+7", 0.95, 143, 580, 21, 15], ["383", 0.95, 170, 579, 32, 17], ["768", 0.96, 209, 579, 32, 17], ["29", 0.93, 247, 579, 21, 16], ["35", 0.85, 275, 580, 21, 15]]),
      line([["@", 0.92, 60, 602, 13, 31], ["e-mail:", 0.93, 89, 607, 71, 16], ["e.semenov@alfa-energo.com", 0.91, 167, 607, 272, 21]]),
    ]);
    expect(fields.phones.map((p) => p.value)).toEqual(['+73837682935']);
    expect(confidence.phones ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('is sure when every group of digits read well', () => {
    const { confidence } = extractFields(lines('Семенов Евстигней Глебович', 'тел.: +7 383 768 29 33', 'e-mail: e.semenov@alfa-energo.com'));
    expect(confidence.phones ?? 0).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
  });
});

describe("a firm's name read as a post", () => {
  it('"ПАО «Техно»" is a company, not a cut "технолог": a legal form or quotes make a name of the words (s2_024)', () => {
    const { fields } = extractFields([
      line([["тел.", 0.96, 778, 349, 39, 12], ["+7", 0.96, 824, 345, 21, 16], ["(383)", 0.92, 852, 345, 46, 20], ["819-67-70", 0.96, 904, 345, 94, 16]]),
      line([["e-mail:", 0.91, 747, 372, 71, 16], ["аппа-1@\\еквпо.ги", 0.39, 824, 372, 174, 20]]),
      line([["630492,", 0.94, 803, 399, 68, 18], ["Новосибирск", 0.95, 876, 398, 122, 20]]),
      line([["Анна", 0.96, 60, 403, 113, 36], ["Алексеевна", 0.96, 189, 399, 263, 48], ["Лазарева", 0.96, 468, 404, 215, 45], ["ул.Ленина,", 0.83, 711, 421, 99, 28], ["д.", 0.96, 816, 429, 15, 14], ["46,", 0.93, 840, 421, 24, 28], ["стр.", 0.96, 870, 421, 31, 28], ["6,", 0.96, 912, 425, 15, 18], ["оф.", 0.79, 933, 421, 24, 28], ["530", 0.96, 970, 425, 28, 16]]),
      line([["ПАО", 0.96, 832, 546, 52, 19], ["«Техно»", 0.95, 891, 546, 100, 19]]),
    ]);
    expect(fields.company).toBe('ПАО «Техно»');
    expect(fields.title).toBe('');
  });
});

describe('a name in widely spaced type, cut by OCR at letter gaps', () => {
  it('"Co nstant D ura nd" on the phone line is Constant Durand (s2_038)', () => {
    const { fields } = extractFields([
      line([["Vertex", 0.96, 724, 67, 86, 25], ["Robotics", 0.96, 821, 65, 111, 27], ["S.A.", 0.89, 942, 67, 49, 25]]),
      line([["Co", 0.93, 60, 198, 56, 36], ["nstant", 0.91, 122, 201, 154, 33], ["D", 0.92, 294, 198, 29, 35], ["ura", 0.96, 329, 206, 75, 28], ["nd", 0.96, 411, 196, 55, 38], ["Tél.", 0.92, 494, 196, 35, 21], [":", 0.91, 538, 201, 4, 16], ["+33-1-65-10-20-40", 0.87, 552, 197, 187, 20], ["-", 0.88, 749, 205, 4, 4], ["Port.", 0.93, 763, 197, 48, 20], [":", 0.91, 820, 201, 5, 16], ["+33", 0.93, 834, 197, 34, 20], ["(0)6", 0.92, 877, 197, 40, 24], ["64", 0.96, 925, 197, 24, 20], ["61", 0.96, 957, 197, 21, 20], ["38", 0.94, 988, 197, 23, 20], ["96", 0.94, 1019, 197, 23, 20]]),
      line([["84,", 0.96, 740, 231, 27, 21], ["avenue", 0.95, 776, 235, 69, 14], ["des", 0.95, 852, 230, 32, 19], ["Champs-Élysées", 0.90, 891, 226, 151, 29]]),
      line([["Customer", 0.96, 58, 252, 88, 17], ["Success", 0.96, 153, 252, 66, 17], ["Manager", 0.96, 227, 252, 81, 22], ["75008", 0.96, 934, 264, 55, 18], ["Paris", 0.93, 998, 263, 44, 19]]),
      line([["Customer", 0.96, 58, 281, 80, 15], ["Support", 0.93, 145, 281, 65, 20]]),
    ]);
    expect(fields.name).toBe('Constant Durand');
    expect(fields.phones.map((p) => p.value)).toEqual(['+33165102040', '+33664613896']);
  });

  it('keeps two words that are each a name apart: "De Luca", "Ana Li"', () => {
    expect(extractFields(lines('Maria De Luca', 'Sales Manager', 'Tel: +39 02 1234 5678')).fields.name).toBe('Maria De Luca');
    expect(extractFields(lines('Ana Li', 'Sales Manager', 'Tel: +39 02 1234 5678')).fields.name).toBe('Ana Li');
  });
});

describe("seeds 33 and 35: a Russian name's words cut or marked by OCR", () => {
  it('drops an opening quote after a word\'s last letter: "ЖУКОВА«" (seed 33 s2_005)', () => {
    const { fields } = extractFields([
      line([["Елизавета", 0.96, 65, 68, 285, 43], ["Олеговна", 0.96, 369, 67, 263, 44], ["ЖУКОВА«", 0.52, 651, 65, 335, 67]]),
      line([["Служба", 0.93, 62, 126, 80, 23], ["технической", 0.96, 149, 128, 127, 16], ["поддержки", 0.96, 284, 131, 115, 18]]),
      line([["AO", 0.92, 62, 258, 56, 30], ["«Инфомедиа»", 0.91, 134, 258, 279, 38]]),
    ]);
    expect(fields.name).toBe('Елизавета Олеговна ЖУКОВА');
    expect(fields.company).toBe('АО «Инфомедиа»');
  });

  it('joins a capital with no dot to the small letters after it, and a patronymic\'s pieces: "МИХЕЕВ Э раст Вило рович"', () => {
    expect(extractFields(lines('МИХЕЕВ Э раст Вило рович', 'Начальник отдела', 'Мобильный: +7 (913) 835-13-29')).fields.name).toBe('МИХЕЕВ Эраст Вилорович');
  });

  it('reads an и apart after a given name as its й: "Юри и Ди митриевич"', () => {
    expect(extractFields(lines('Мартынов', 'Юри и Ди митриевич', 'Генеральный директор', 'тел.: 8 (843) 702-61-10')).fields.name).toBe('Мартынов Юрий Димитриевич');
    // As OCR read it, beside an e-mail on the same line (seed 35 s2_023); the и comes out of the
    // mixed-script mending as a Latin u.
    expect(
      extractFields([
        line([["ул.", 0.96, 648, 267, 28, 17], ["Баумана,", 0.96, 685, 263, 95, 21], ["д.", 0.96, 787, 267, 17, 16], ["34,", 0.92, 812, 263, 29, 19], ["корп.", 0.78, 850, 267, 54, 17], ["4,", 0.96, 912, 263, 16, 19], ["оф.", 0.95, 937, 262, 32, 22], ["300", 0.96, 978, 263, 36, 16]]),
        line([["Казань,", 0.96, 853, 292, 79, 19], ["420027", 0.96, 939, 292, 75, 16]]),
        line([["тел.:", 0.92, 774, 326, 48, 13], ["8", 0.96, 830, 322, 11, 17], ["(843)", 0.96, 849, 322, 52, 21], ["702-61-10", 0.96, 908, 322, 105, 17]]),
        line([["Мартынов", 0.96, 57, 339, 250, 43], ["моб.", 0.93, 719, 352, 47, 18], ["тел.:", 0.90, 774, 357, 48, 13], ["8", 0.93, 830, 353, 11, 17], ["(968)", 0.92, 849, 353, 52, 21], ["301-56-42", 0.96, 908, 353, 105, 17]]),
        line([["факс:", 0.95, 753, 383, 55, 23], ["+7", 0.96, 817, 384, 24, 16], ["(843)", 0.96, 849, 383, 52, 21], ["702-61-11", 0.96, 908, 383, 102, 17]]),
        line([[">", 0.25, 170, 385, 22, 9]]),
        line([["Юри", 0.96, 57, 388, 104, 44], ["и", 0.89, 167, 396, 27, 25], ["Ди", 0.96, 209, 389, 66, 42], ["митриевич", 0.91, 281, 396, 275, 36], ["e-mail:", 0.93, 584, 412, 70, 18], ["yuriy_martynov@spektrmedia.ru", 0.89, 662, 412, 351, 24]]),
        line([["Генеральный", 0.96, 57, 441, 174, 26], ["директор", 0.96, 240, 446, 123, 21], ["www:", 0.93, 704, 448, 58, 13], ["https://spektrmedia.ru", 0.92, 772, 443, 241, 24]]),
        line([["О", 0.71, 58, 533, 78, 78], ["спЕКТРМЕДИА", 0.56, 161, 554, 379, 42]]),
        line([["ООО", 0.91, 701, 565, 61, 20], ["«Спектрмедиа»", 0.91, 772, 566, 223, 26]]),
      ]).fields.name,
    ).toBe('Мартынов Юрий Димитриевич');
  });

  it('keeps an initial with its dot and an "и" between two names', () => {
    expect(extractFields(lines('И. Петров', 'Директор', 'тел.: 8 (843) 702-61-10')).fields.name).toBe('И. Петров');
    expect(toSegments(lines('Иван и Мария Петровы')).map((x) => x.text)).toEqual(['Иван и Мария Петровы']);
  });
});

describe('seeds 33 and 35: firms and addresses', () => {
  it('spells a Russian legal form and name read in Latin look-alikes in Cyrillic on a Russian card: \'AO "TEXHO"\'', () => {
    const { fields } = extractFields(lines('Иванов Иван Петрович', 'Директор', 'AO "TEXHO"', 'тел.: +7 (495) 123-45-67', 'г. Москва, ул. Ленина, д. 5'));
    expect(fields.company).toBe('АО "ТЕХНО"');
  });

  it('keeps a Latin name on a Russian card whose letters have no Cyrillic look-alike: \'OOO "Apex"\'', () => {
    const { fields } = extractFields(lines('Иванов Иван Петрович', 'Директор', 'OOO "Apex"', 'тел.: +7 (495) 123-45-67', 'г. Москва, ул. Ленина, д. 5'));
    expect(fields.company).not.toBe('ООО "Арех"');
  });

  it('drops a rule before a company\'s first word: "— LOTUS TECHNOLOGIES CO.,LTD."', () => {
    expect(extractFields(lines('— LOTUS TECHNOLOGIES CO.,LTD.', 'Nguyen Van An', 'Sales Manager', 'Tel: +84 28 3823 4567')).fields.company).toBe('LOTUS TECHNOLOGIES CO.,LTD.');
  });

  it('puts back the space a UK postcode lost: "Manchester, M15LN" is M1 5LN', () => {
    expect(mendUkPostcode('88 Old Street, Manchester, M15LN')).toBe('88 Old Street, Manchester, M1 5LN');
    expect(mendUkPostcode('88 Old Street, Manchester, M1 5LN')).toBe('88 Old Street, Manchester, M1 5LN');
  });
});

describe('photos of seeds 31, 33 and 35: marks OCR adds to a firm and an address', () => {
  it('drops a logo\'s bars read as "al" before a company, half again as tall as its words (seed 33 s2_002)', () => {
    const { fields } = extractFields([
      line([["al", 0.64, 52, 54, 53, 56], ["NORTHSTAR", 0.96, 120, 71, 190, 21], ["LABS", 0.96, 326, 71, 76, 20]]),
      line([["NORBERTO", 0.89, 50, 219, 236, 42], ["OLIVEIRA", 0.89, 340, 219, 230, 41]]),
      line([["OFFICE", 0.91, 43, 273, 104, 39], ["MANAGER", 0.95, 163, 273, 134, 39]]),
      line([["Stet.", 0.17, 38, 450, 80, 38], ["(11)", 0.85, 126, 450, 45, 38], ["4166-2004", 0.44, 177, 456, 262, 26], ["/", 0.92, 304, 450, 13, 38], ["2667-1189", 0.70, 326, 456, 111, 26], ["/", 0.85, 452, 460, 8, 17], ["©", 0.63, 476, 459, 14, 18], ["Cot:", 0.35, 506, 450, 49, 38], ["+55", 0.82, 563, 450, 36, 38], ["11", 0.91, 612, 457, 22, 20], ["97153", 0.90, 646, 450, 64, 38], ["9727", 0.84, 725, 450, 54, 38]]),
      line([["=", 0.31, 40, 493, 20, 16], ["азы", 0.02, 84, 485, 57, 36], ["carter", 0.35, 159, 485, 81, 36], ["chvereg@rortets", 0.00, 255, 489, 316, 27], ["tes", 0.57, 468, 485, 45, 36], ["Com", 0.68, 525, 485, 48, 36]]),
      line([["wwe", 0.40, 65, 518, 57, 36], ["er", 0.36, 140, 518, 27, 36], ["Pate", 0.39, 176, 518, 54, 36], ["a", 0.37, 245, 518, 27, 36], ["сот", 0.64, 293, 518, 54, 36]]),
    ]);
    expect(fields.company).toBe('NORTHSTAR LABS');
    expect(fields.name).toBe('NORBERTO OLIVEIRA');
  });

  it('keeps a short word as tall as the rest: "all natural foods", "Al Mansouri"', () => {
    expect(toSegments(lines('all natural foods')).map((x) => x.text)).toEqual(['all natural foods']);
    expect(extractFields(lines('Mohammed Al Mansouri', 'Sales Manager', 'M: +971 52 154 2234')).fields.name).toBe('Mohammed Al Mansouri');
  });

  it('drops a speck read as a letter after a common ending: "www.nova-media.comy/" (seed 31 s2_034)', () => {
    const { fields } = extractFields([
      line([["©", 0.96, 72, 67, 64, 58], ["Nova", 0.76, 156, 83, 102, 26], ["MEDIA", 0.93, 272, 83, 125, 26], ["NOVA", 0.96, 703, 86, 99, 25], ["MEDIA", 0.95, 815, 86, 112, 24], ["LTDA", 0.96, 940, 86, 87, 24]]),
      line([["SÍLVIA", 0.86, 71, 208, 209, 69], ["SARAIVA", 0.95, 298, 231, 285, 46]]),
      line([["OFFICE", 0.95, 70, 295, 86, 38], ["MANAGER", 0.96, 174, 295, 120, 21]]),
      line([["Rue", 0.56, 67, 417, 39, 33], ["dè", 0.50, 116, 417, 20, 33], ["Assembieia,", 0.28, 145, 421, 146, 21], ["91", 0.85, 273, 417, 17, 33], ["-", 0.89, 298, 417, 11, 33], ["sala", 0.89, 317, 417, 36, 33], ["1209", 0.89, 364, 417, 50, 33]]),
      line([["Centro,", 0.76, 71, 456, 65, 20], ["Rio", 0.82, 149, 451, 29, 34], ["de", 0.92, 188, 451, 20, 34], ["laneiro", 0.24, 217, 456, 68, 20], ["-", 0.92, 288, 451, 12, 34], ["№.", 0.64, 310, 456, 19, 20], ["20011-901", 0.81, 337, 455, 109, 21]]),
      line([["Cobullar:", 0.40, 72, 499, 60, 13], ["+$$-21-96163-4838", 0.30, 158, 492, 212, 22]]),
      line([["E-mail:", 0.75, 72, 530, 63, 20], ["Ssaraiva@nove-media.com", 0.23, 151, 530, 283, 24], ["|", 0.96, 442, 525, 12, 34], ["Site:", 0.92, 468, 530, 37, 20], ["www.nova-media.comy/", 0.40, 519, 530, 238, 22]]),
    ]);
    expect(fields.websites).toEqual(['www.nova-media.com']);
  });

  it('joins a wordmark\'s capital set apart where the domain spells the whole: "H ARBOR" beside harbor.com (seed 35 s2_002)', () => {
    const { fields } = extractFields(lines('H ARBOR', 'David Daugherty', 'Sales Manager', 'd.daugherty@harbor.com'));
    expect(fields.company).toBe('HARBOR');
    expect(extractFields(lines('A BETA LABS', 'David Daugherty', 'Sales Manager', 'd.daugherty@gamma.com')).fields.company).toBe('A BETA LABS');
  });
});

describe('fax labels OCR misread, and a number cut by a broken box', () => {
  it('"Фокс", "ГАХ:" and "$." before a number label a fax, which is no phone', () => {
    const phones = (text: string) => extractFields(lines('Иванов Иван Петрович', 'Директор', 'тел.: +7 (383) 019-55-51', text)).fields.phones;
    for (const fax of ['Фокс 8 (383) 019-55-52', 'ГАХ:+7 383 019 55 52', '$. 8 (383) 019-55-52']) {
      expect(phones(fax).filter((p) => p.kind !== 'fax').map((p) => p.value)).toEqual(['+73830195551']);
      expect(phones(fax).find((p) => p.kind === 'fax')?.value).toBe('+73830195552');
    }
  });

  it('reads a number whose group of digits was boxed too narrow for its letters as one number (rd3_005)', () => {
    const { fields } = extractFields([
      line([["Gabriella", 0.95, 404, 402, 133, 30], ["MAGYAR", 0.96, 550, 405, 138, 29]]),
      line([["Conference", 0.96, 402, 443, 118, 21], ["Coordinator", 0.96, 528, 445, 116, 21]]),
      line([["Begijnhoflaan", 0.89, 401, 495, 122, 23], ["93a,", 0.93, 532, 497, 31, 17], ["B-9000", 0.92, 577, 496, 62, 18], ["Gent,", 0.96, 646, 496, 46, 19], ["Belgium", 0.96, 699, 495, 67, 23]]),
      line([["phone:", 0.96, 401, 525, 55, 22], ["+32", 0.96, 472, 526, 27, 16], ["9", 0.96, 512, 527, 8, 10], ["3299", 0.96, 534, 530, 4, 12], ["425", 0.96, 580, 525, 32, 17]]),
    ]);
    expect(fields.phones.map((p) => p.value)).toEqual(['+3293299425']);
  });
});

describe("a Russian given name with a letter or two misread", () => {
  it('is spelt as the one listed given name that near, never sure: "Евстчугней", "Венцчамин" (seeds 31, 33)', () => {
    const a = extractFields(lines('Семенов Евстчугней Глебович', 'Руководитель проекта', 'тел.: +7 383 768 29 33'));
    expect(a.fields.name).toBe('Семенов Евстигней Глебович');
    expect(a.confidence.name ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(extractFields(lines('Венцчамин Мясников', 'Директор', 'тел.: +7 383 768 29 33')).fields.name).toBe('Вениамин Мясников');
  });

  it('may start with a capital OCR reads for another: "Пучезар" for Лучезар (seed 29 s2_028), "Нгорь" for Игорь', () => {
    expect(extractFields(lines('Пучезар Данилович Аксенов', 'Руководитель проекта', 'тел.: +7 383 768 29 33')).fields.name).toBe('Лучезар Данилович Аксенов');
    expect(extractFields(lines('Нгорь Петрович Смирнов', 'Директор', 'тел.: +7 383 768 29 33')).fields.name).toBe('Игорь Петрович Смирнов');
    // Seed 21 s2_014: Л read as Т, in capitals, or lost.
    expect(extractFields(lines('ИГНАТЬЕВ ТУЧЕЗАР АЛЕКСАНДРОВИЧ', 'Технический директор', 'тел.: +7 499 026 78 54')).fields.name).toBe('ИГНАТЬЕВ ЛУЧЕЗАР АЛЕКСАНДРОВИЧ');
    expect(extractFields(lines('ИГНАТЬЕВ УЧЕЗАР АЛЕКСАНДРОВИЧ', 'Технический директор', 'тел.: +7 499 026 78 54')).fields.name).toBe('ИГНАТЬЕВ ЛУЧЕЗАР АЛЕКСАНДРОВИЧ');
    // A known name keeps its first letter.
    expect(extractFields(lines('Павел Иванович Смирнов', 'Директор', 'тел.: +7 383 768 29 33')).fields.name).toBe('Павел Иванович Смирнов');
  });

  it('spells a surname\'s Б that OCR read as a Latin B, where that spells a listed surname (seed 33 s2_024)', () => {
    expect(extractFields(lines('ЕВГЕНИЯ ПАВЛОВНА KABAHOBA', 'Директор', 'тел. +7-499-402-79-02')).fields.name).toBe('ЕВГЕНИЯ ПАВЛОВНА КАБАНОВА');
    // A listed surname with its В stays.
    expect(extractFields(lines('Ирина Павловна Воронова', 'Директор', 'тел. +7-499-402-79-02')).fields.name).toBe('Ирина Павловна Воронова');
  });

  it('leaves a name every word of which a list knows, and a surname no given name is near', () => {
    expect(extractFields(lines('Анна Алексеевна Лазарева', 'Директор', 'тел.: +7 383 768 29 33')).fields.name).toBe('Анна Алексеевна Лазарева');
    expect(extractFields(lines('Шмидт Иван Петрович', 'Директор', 'тел.: +7 383 768 29 33')).fields.name).toBe('Шмидт Иван Петрович');
  });
});

describe('photos of seeds 31-35: a name\'s given name apart, a firm beside a logo', () => {
  it('joins a given name above a line opening with a long patronymic no list makes: "ЯНУАРИЙ" / "БЕНЕДИКТОВИЧ ФАДЕЕВ" (seed 31 s2_012)', () => {
    const { fields } = extractFields([
      line([["ООО", 0.92, 83, 80, 98, 29], ["\"МЕРИДИАНЭНЕРГО\"", 0.91, 194, 84, 432, 38]]),
      line([["ЯНУАРИЙ", 0.90, 310, 454, 272, 40]]),
      line([["БЕНЕДИКТОВИЧ", 0.92, 82, 512, 427, 36], ["ФАДЕЕВ", 0.80, 566, 514, 220, 34]]),
      line([["ГЛАВНЫЙ", 0.93, 298, 568, 114, 15], ["ИНЖЕНЕР", 0.96, 452, 568, 116, 15]]),
      line([["420429,", 0.92, 213, 842, 109, 18], ["г.", 0.96, 334, 847, 7, 10], ["Казань", 0.96, 359, 844, 94, 13]]),
      line([["ул.", 0.96, 140, 878, 35, 14], ["Баумана,", 0.95, 188, 874, 131, 17], ["д.", 0.88, 329, 875, 18, 13], ["1", 0.96, 372, 869, 4, 15], ["10,", 0.88, 388, 868, 32, 16], ["оф.", 0.87, 432, 869, 36, 17], ["53", 0.96, 487, 866, 30, 16]]),
      line([["м.", 0.96, 175, 905, 17, 10], ["+7", 0.96, 214, 898, 33, 16], ["(929)", 0.92, 258, 897, 73, 19], ["318-52-72", 0.96, 342, 893, 139, 19]]),
      line([["yanuarly", 0.73, 76, 932, 129, 18], ["f@meridianenergo.com", 0.80, 219, 923, 348, 19]]),
      line([["www.meridianenergo.com", 0.85, 122, 950, 396, 22]]),
    ]);
    expect(fields.name).toBe('ЯНУАРИЙ БЕНЕДИКТОВИЧ ФАДЕЕВ');
  });

  it('drops a logo\'s bars read as "ul" and takes "Dynamics" for a firm\'s word (seeds 33 s2_021, 35 s2_017)', () => {
    const a = extractFields([
      line([["ul", 0.33, 323, 103, 38, 39], ["Northstar", 0.96, 374, 116, 105, 23], ["Engineering", 0.96, 486, 121, 123, 28]]),
      line([["Aleksandra", 0.93, 315, 168, 152, 29], ["Yakusheva", 0.91, 475, 175, 135, 27]]),
      line([["Senior", 0.92, 409, 205, 49, 13], ["Architect", 0.96, 461, 208, 64, 13]]),
      line([["@", 0.91, 303, 266, 15, 17], ["95", 0.93, 324, 265, 21, 14], ["Leningradsky", 0.92, 351, 266, 111, 19], ["Prospekt,", 0.94, 467, 268, 71, 18], ["office", 0.88, 544, 268, 39, 13], ["936", 0.95, 588, 269, 28, 12]]),
      line([["St.", 0.91, 341, 289, 21, 13], ["Petersburg", 0.96, 370, 289, 86, 18], ["190997,", 0.96, 464, 290, 60, 14], ["Russia", 0.95, 531, 290, 51, 13]]),
      line([["©", 0.70, 376, 312, 17, 16], ["+7-812-817-41-53", 0.90, 398, 311, 150, 14]]),
      line([["©", 0.91, 375, 336, 16, 16], ["+7-952-763-83-99", 0.91, 396, 333, 150, 16]]),
      line([["°", 0.46, 248, 360, 16, 16], ["ru", 0.94, 638, 359, 17, 7]]),
      line([["Data", 0.96, 404, 398, 33, 11], ["that", 0.96, 441, 397, 26, 11], ["speaks", 0.92, 471, 397, 46, 14]]),
    ]);
    expect(a.fields.company).toBe('Northstar Engineering');
    expect(extractFields(lines('Ostromir Sokolov', 'Art Director', 'Evergreen Dynamics', 'Tel: +7 812 123 45 67')).fields.company).toBe('Evergreen Dynamics');
  });
});

describe("an e-mail's initial and dot beside the card's name", () => {
  it('keeps the given name\'s initial before the family name, never the family name\'s look-alike one: "i.lavrentev" (seed 35 s2_030)', () => {
    expect(extractFields(lines('ЛАВРЕНТЬЕВ Исай Антипович', 'Ведущий инженер', 'e-mail: i.lavrentev@granit.ru')).fields.emails).toEqual(['i.lavrentev@granit.ru']);
    expect(extractFields(lines('ЛАВРЕНТЬЕВ Исай Антипович', 'Ведущий инженер', 'e-mail: l.lavrentev@granit.ru')).fields.emails).toEqual(['i.lavrentev@granit.ru']);
  });

  it('reads the dot between an initial and the family name read as a letter: "faabramov" beside Абрамов Филипп (seed 33 s2_007)', () => {
    expect(extractFields(lines('Абрамов Филипп Васильевич', 'Директор', 'E-mail: faabramov@prom-media.ru')).fields.emails).toEqual(['f.abramov@prom-media.ru']);
    expect(extractFields(lines('Абрамов Филипп Васильевич', 'Директор', 'E-mail: fabramov@prom-media.ru')).fields.emails).toEqual(['fabramov@prom-media.ru']);
  });
});
