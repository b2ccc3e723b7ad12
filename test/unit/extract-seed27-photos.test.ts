/**
 * Photos of the second generator's seed 27 whose fields were read but misread in a way the
 * field's own shape mends: a UK postcode with both its digits read as I, the w's of "www."
 * with a letter read into them, a Russian address's abbreviations read as digits and Latin
 * letters ("2. Москва", "Варшовское w.", "9. 11"). And web and e-mail addresses of photos of
 * later seeds misread so: "www." misread or read twice, a country's ending alone, a web address
 * cut short or labelled with a dash, an icon read as a letter before a mailbox.
 */
import { describe, expect, it } from 'vitest';
import { extractFields, mendUkPostcode } from '../../main/recognize/extract/fields.js';
import { line, lines } from '../ocr-lines.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

describe('a UK postcode with its digits read as I', () => {
  it('is mended to the postcode\'s shape: "London, WIS IHP" is W1S 1HP (s2_023)', () => {
    expect(mendUkPostcode('Unit 11, Canal Court, London, WIS IHP')).toBe('Unit 11, Canal Court, London, W1S 1HP');
  });

  it('leaves words that only look so: "Isle of Wight", "ST IVES", a postcode read right', () => {
    expect(mendUkPostcode('Newport, Isle of Wight')).toBe('Newport, Isle of Wight');
    expect(mendUkPostcode('Tregenna Hill, ST IVES')).toBe('Tregenna Hill, ST IVES');
    expect(mendUkPostcode('12 High St, Bristol, BS1 4DJ')).toBe('12 High St, Bristol, BS1 4DJ');
  });
});

describe('"www." with a letter read into it', () => {
  it('is www.: "http://wwew.copperleaf-works.uk" (s2_036), "wvw.acme.com"', () => {
    expect(extractFields(lines('Jack O\'Sullivan', 'http://wwew.copperleaf-works.uk')).fields.websites).toEqual(['http://www.copperleaf-works.uk']);
    expect(extractFields(lines('John Smith', 'wvw.acme.com')).fields.websites).toEqual(['www.acme.com']);
    // Seed 35 s2_016; seed 21 s2_018, the prefix read twice.
    expect(extractFields(lines('Nguyen Van An', 'wew.sakura-holdings.com.vn')).fields.websites).toEqual(['www.sakura-holdings.com.vn']);
    expect(extractFields(lines('John Smith', 'www.www.alfa.ru')).fields.websites).toEqual(['www.alfa.ru']);
  });
});

describe('a country\'s second-level ending alone on a line', () => {
  it('is the tail of an address OCR lost, no web address: "com.br" (seed 21 s2_005), "co.uk"', () => {
    expect(extractFields(lines('Ana Souza', 'com.br')).fields.websites).toEqual([]);
    expect(extractFields(lines('John Smith', 'co.uk')).fields.websites).toEqual([]);
    expect(extractFields(lines('Ana Souza', 'quantumworks.com.br')).fields.websites).toEqual(['quantumworks.com.br']);
  });
  it('nor is "www." and a word, its ending lost: "http://www.blu" (seed 25 s2_030)', () => {
    expect(extractFields(lines('Mark Lee', 'http://www.blu')).fields.websites).toEqual([]);
    expect(extractFields(lines('Mark Lee', 'http://www.bluefield.com')).fields.websites).toEqual(['http://www.bluefield.com']);
  });
});

describe('"www." misread and glued to the domain of the card\'s e-mail', () => {
  it('is www.: "wewvariverstonefoods.com" beside goh.h@riverstonefoods.com (seed 31 s2_025)', () => {
    expect(extractFields(lines('Goh Hui Min', 'goh.h@riverstonefoods.com', 'wewvariverstonefoods.com')).fields.websites).toEqual(['www.riverstonefoods.com']);
    // Five letters with one w are a word of the name ("towerriverstonefoods.com"): not mended.
    expect(extractFields(lines('Goh Hui Min', 'goh.h@riverstonefoods.com', 'towerriverstonefoods.com')).fields.websites).toEqual(['towerriverstonefoods.com']);
  });
});

describe("a Russian address's abbreviations misread (s2_037)", () => {
  it('reads "2. Москва" as г. Москва, "w." after a street\'s name as ш., "9. 11" as д. 11', () => {
    const { fields } = extractFields(lines('Иванов Иван', 'Директор', '115865, Россия, 2. Москва, Варшовское w., 9. 11, стр. 3', 'Тел.: +7 (495) 123-45-67'));
    expect(fields.address).toBe('115865, Россия, г. Москва, Варшовское ш., д. 11, стр. 3');
  });

  it('leaves a number of a street after a comma with no dot: "ул. Ленина, 9, 11"', () => {
    expect(extractFields(lines('Иванов Иван', 'Директор', 'г. Москва, ул. Ленина, 9, 11', 'Тел.: +7 (495) 123-45-67')).fields.address).toBe('г. Москва, ул. Ленина, 9, 11');
  });
});

describe('titles and legal forms misread at their ends', () => {
  it('reads "WP of Engineering" as VP of Engineering (s2_026)', () => {
    expect(extractFields(lines('Haruto Tanaka', 'WP of Engineering', 'Pioneer Studio Corporation')).fields.title).toBe('VP of Engineering');
  });

  it('completes a post\'s last word cut short, and is never sure of it: "Research Scie" (s2_033)', () => {
    const { fields, confidence } = extractFields(lines('Yuki Sato', 'Research Scie', 'Tel: +81 3 1234 5678'));
    expect(fields.title).toBe('Research Scientist');
    expect(confidence.title ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('leaves a word whole that a compound only starts with: "Director / Bulk Sales Team" (rd_002)', () => {
    expect(extractFields(lines('Rahul Mehta', 'Director / Bulk Sales Team', 'Tel: +91 98765 43210')).fields.title).toBe('Director / Bulk Sales Team');
  });

  it('reads a dotted legal form\'s last dot read as a dash: "silverline S.A-" (seed 21 s2_022)', () => {
    expect(extractFields(lines('Dalila Pereira', 'silverline S.A-', 'Account Executive', 'Tel: +55 11 3456-7890')).fields.company).toBe('silverline S.A.');
  });
});

describe("a title's first word cut at its start (seed 21 s2_022)", () => {
  it('is completed before a post\'s head word, never sure: "count Executive" is Account Executive', () => {
    const { fields, confidence } = extractFields(lines('Dalila Pereira', 'count Executive', 'Tel: +55 11 3456-7890'));
    expect(fields.title).toBe('Account Executive');
    expect(confidence.title ?? 0).toBeLessThan(SURE_CONFIDENCE);
  });

  it('leaves a title word in small letters as read: "sales Manager"', () => {
    expect(extractFields(lines('Dalila Pereira', 'sales Manager', 'Tel: +55 11 3456-7890')).fields.title).toBe('sales Manager');
  });
});

describe('a contact line of a photo read badly (seed 35 s2_018, seed 23 s2_010)', () => {
  const card = (conf: number) => [
    line([['WEI', 0.93, 100, 100, 60, 30], ['MING', 0.93, 170, 100, 80, 30], ['KOH', 0.93, 260, 100, 60, 30]]),
    line([['EMAIL', 0.26, 193, 366, 85, 34], ['cweimingkoh@vertexcom', conf, 280, 370, 296, 26], ['WEB-www.vertexcom', 0.58, 597, 371, 256, 19]]),
  ];
  it('keeps a line read at 0.1 whose web address lost the dot before its ending, and reads both addresses', () => {
    const { fields, confidence } = extractFields(card(0.1));
    // The envelope icon read as a "c" before the name run together, the label joined by a dash.
    expect(fields.emails).toEqual(['weimingkoh@vertex.com']);
    expect(fields.websites).toEqual(['www.vertex.com']);
    expect(confidence.emails).toBeLessThan(SURE_CONFIDENCE);
    expect(confidence.websites).toBeLessThan(SURE_CONFIDENCE);
  });
  it('does not take a label joined by a dash inside a domain for one', () => {
    expect(extractFields(lines('John Smith', 'www.web-www.com')).fields.websites).toEqual(['www.web-www.com']);
  });
  it("completes a web address cut short from the e-mail's domain, not sure", () => {
    const { fields, confidence } = extractFields(lines('Матвеева Раиса', '= e-mail: matveeva.r@tekhno-media.ru', 'О www: www.tekhno-medi'));
    expect(fields.websites).toEqual(['www.tekhno-media.ru']);
    expect(confidence.websites).toBeLessThan(SURE_CONFIDENCE);
    // Five letters are no witness; another domain is none either.
    expect(extractFields(lines('Матвеева Раиса', 'matveeva.r@tekhno-media.ru', 'www.tekhn')).fields.websites).toEqual([]);
    expect(extractFields(lines('Матвеева Раиса', 'matveeva.r@granit-media.ru', 'www.tekhno-medi')).fields.websites).toEqual([]);
  });
});

describe("an icon read as a letter before a mailbox that runs the person's name together", () => {
  it('is dropped where the rest is every part of the name, the family name first or last (seed 35 s2_018)', () => {
    expect(extractFields(lines('KOH WEI MING', 'Director', 'cweimingkoh@vertex.com')).fields.emails).toEqual(['weimingkoh@vertex.com']);
    expect(extractFields(lines('Wei Ming Koh', 'Director', 'ekohweiming@vertex.com')).fields.emails).toEqual(['kohweiming@vertex.com']);
    // Not an initial of the name: "kweimingkoh" may be the person's own.
    expect(extractFields(lines('KOH WEI MING', 'Director', 'kweimingkoh@vertex.com')).fields.emails).toEqual(['kweimingkoh@vertex.com']);
  });
});

describe('an address read with spaces and a misread scheme (seed 23 s2_040, seed 21 s2_005, seed 25 s2_036)', () => {
  it('joins a domain a space parts before its hyphen, and keeps the name part before the mailbox though the name has an accent', () => {
    expect(extractFields(lines('HELOÍSA PEREIRA', 'OFFICE MANAGER', 'E-mail: heloisa. pereira@ lumen -logistics.com.br')).fields.emails).toEqual(['heloisa.pereira@lumen-logistics.com.br']);
    // A dash set off by spaces after an address ends it.
    expect(extractFields(lines('John Smith', 'john@firm.com - Director')).fields.emails).toEqual(['john@firm.com']);
  });
  it('reads "Nttps//" and "https//" as https://, "wow." before a domain of two parts more as www.', () => {
    expect(extractFields(lines('Ana Souza', 'URL: Nttps//quantumworks.com.br')).fields.websites).toEqual(['https://quantumworks.com.br']);
    expect(extractFields(lines('Ana Souza', 'URL: https//quantumworks.com.br')).fields.websites).toEqual(['https://quantumworks.com.br']);
    expect(extractFields(lines('Ana Souza', 'Site: wow.riverstonesystems.com.br')).fields.websites).toEqual(['www.riverstonesystems.com.br']);
    expect(extractFields(lines('Ana Souza', 'wow.com')).fields.websites).toEqual(['wow.com']);
  });
});

describe("an e-mail's domain misread where the card's web address or name witnesses it", () => {
  it('drops an icon read as a letter after the "@", where the web address spells the rest (seed 35 s2_020)', () => {
    const { fields } = extractFields(lines('Linh Bui', 'Emoit linh_bui@oapextrading. com', 'URL: https://wwwapextrading. com'));
    expect(fields.emails).toEqual(['linh_bui@apextrading.com']);
    expect(fields.websites).toEqual(['https://www.apextrading.com']);
  });
  it('reads "com-hk" as com.hk (realdev2 rd2_017)', () => {
    expect(extractFields(lines('Alen Chan', 'BB alenachan@midlandici.com-hk')).fields.emails).toEqual(['alenachan@midlandici.com.hk']);
  });
  it("joins a name part and a lone initial the card's name holds: \"jones d@\" beside Dana Jones", () => {
    expect(extractFields(lines('Dana Jones', 'Email jones d@quantumstudio.com')).fields.emails).toEqual(['jones.d@quantumstudio.com']);
    // No part of the name begins with the letter: the word is not joined on.
    expect(extractFields(lines('Dana Jones', 'Email jones k@quantumstudio.com')).fields.emails).toEqual(['k@quantumstudio.com']);
  });
});

describe("a name's last word cut short at the card's edge (seed 35 s2_002)", () => {
  it('is completed from the e-mail that spells it after the initial, to a name a list knows; not sure', () => {
    const { fields, confidence } = extractFields(lines('Dr. Dean Dau', 'Research Scientist', 'ddaugherty@harbor.com'));
    expect(fields.name).toBe('Dean Daugherty');
    expect(fields.familyName).toBe('Daugherty');
    expect(confidence.name).toBeLessThan(SURE_CONFIDENCE);
  });
  it('stays where the word is a name of its own, or the mailbox goes on with a word no list of names knows (realdev rd_013)', () => {
    expect(extractFields(lines('Al Smith', 'CEO', 'albert.smith@harbor.com')).fields.name).toBe('Al Smith');
    expect(extractFields(lines('Gopal P. Dhakan', 'Proprietor', 'dhakanassociate@gmail.com')).fields.name).toBe('Gopal P. Dhakan');
  });
});

describe('a number read twice, once in a line run into the logo beside it (seed 21 s2_002)', () => {
  const card = [
      line([["©", 0.96, 49, 59, 59, 59], ["Harbor", 0.95, 124, 71, 119, 27], ["Technologies", 0.96, 257, 71, 220, 34], ["MOB-+84", 0.48, 732, 76, 111, 51], ["346", 0.90, 855, 76, 39, 51], ["633", 0.87, 906, 96, 39, 22], ["834", 0.96, 953, 76, 43, 51]]),
      line([["ТЕ\\:+84.24-7551.5893", 0.31, 729, 62, 267, 23]]),
      line([["MOG-+84", 0.11, 735, 95, 109, 24], ["346", 0.96, 851, 91, 39, 38], ["833", 0.96, 901, 91, 39, 38], ["834", 0.96, 952, 91, 49, 38]]),
      line([["FAX024", 0.12, 775, 132, 96, 22], ["7551", 0.87, 877, 131, 53, 23], ["5894", 0.90, 937, 131, 60, 23]]),
      line([["Lopatics", 0.37, 47, 134, 90, 22], ["maste", 0.56, 150, 120, 51, 46], ["sinyde", 0.33, 211, 120, 66, 46]]),
      line([["23", 0.92, 566, 160, 27, 36], ["Trieu", 0.82, 605, 160, 51, 36], ["Viet", 0.94, 665, 165, 43, 21], ["Vuong,", 0.39, 714, 165, 78, 26], ["Hai", 0.67, 803, 160, 27, 36], ["Ba", 0.90, 842, 160, 24, 36], ["Trung", 0.73, 874, 164, 66, 27], ["Dist.", 0.42, 946, 164, 50, 22]]),
      line([["Ha", 0.92, 917, 192, 31, 37], ["Nol", 0.77, 960, 192, 41, 37]]),
      line([["TRAN", 0.92, 49, 479, 145, 45], ["NGOC", 0.91, 212, 479, 160, 45], ["PHUONG", 0.92, 388, 478, 235, 45]]),
      line([["HEAD", 0.93, 53, 542, 68, 22], ["OF", 0.96, 125, 542, 34, 22], ["OPERATIONS", 0.91, 165, 542, 159, 23]]),
  ];
  it('is given once, as read on its row alone', () => {
    const { fields } = extractFields(card);
    expect(fields.phones.filter((p) => p.kind !== 'fax').map((p) => p.value).sort()).toEqual(['+842475515893', '+84346833834']);
  });
  it('but numbers a digit apart on rows of their own, or a phone and its fax, are two', () => {
    const { fields } = extractFields(lines('Jimit Gandhi', '+91 22 5651 0827', '+91 22 5651 0826', 'igandhi@btnaccess.com'));
    expect(fields.phones.map((p) => p.value)).toEqual(['+912256510827', '+912256510826']);
    const fax = extractFields(lines('Antonina Nikitina', 'Direct: +7-495-347-91-07', 'Fax: +7 495 347 91 08'));
    expect(fax.fields.phones.map((p) => `${p.kind}:${p.value}`)).toEqual(['work:+74953479107', 'fax:+74953479108']);
  });
});

