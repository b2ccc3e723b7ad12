import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../shared/contact.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones, guessCountry } from '../../main/recognize/extract/phones.js';
import { fixDigits, fixItalicCyrillic, fixMixedScripts, nameKey } from '../../main/recognize/extract/scripts.js';
import { lines } from '../ocr-lines.js';

describe('OCR text clean-up', () => {
  it('maps letters that look like digits inside numbers', () => {
    expect(fixDigits('(9l6) 555-0l32')).toBe('(916) 555-0132');
    expect(fixDigits('Oleg O. Smith')).toBe('Oleg O. Smith');
  });

  it('reads italic Cyrillic words tesseract took for Latin back in Cyrillic, only in Cyrillic lines', () => {
    expect(fixItalicCyrillic('Заместитель gupeKmopa')).toBe('Заместитель директора');
    expect(fixItalicCyrillic('e-mail: ivan.petrov@mail.ru')).toBe('e-mail: ivan.petrov@mail.ru');
    expect(fixItalicCyrillic('Отдел open space')).toBe('Отдел open space');
    expect(fixItalicCyrillic('Sales manager')).toBe('Sales manager');
  });

  it('maps look-alikes to the word\'s own script', () => {
    expect(fixMixedScripts('Пеtров')).toBe('Петров');
    expect(fixMixedScripts('Sаles Manager')).toBe('Sales Manager');
    expect(fixMixedScripts('London NW1 6ХЕ')).toBe('London NW1 6XE');
  });

  it('compares names across Latin and Cyrillic', () => {
    expect(nameKey('Кузнецов')).toBe(nameKey('Kuznetsov'));
    expect(nameKey('Харитонов')).toBe(nameKey('Kharitonov'));
  });
});

describe('phones', () => {
  it('picks the country from the card, not the default', () => {
    expect(guessCountry('Tel (415) 555-0132\nSan Francisco, CA 94105', 'RU')).toBe('US');
    expect(guessCountry('Тел. 8 (495) 123-45-67\nМосква', 'US')).toBe('RU');
  });

  it('reads labels, kinds and extensions', () => {
    expect(findPhones('Tel: +1 (415) 555-0132 ext. 204', ['US'])).toEqual([{ value: '+14155550132', kind: 'work', labelled: true, bare: false, fixedLine: true, ext: '204' }]);
    expect(findPhones('моб. +7 916 123-45-67', ['RU'])[0]).toMatchObject({ value: '+79161234567', kind: 'mobile' });
    expect(findPhones('Факс: 8 (495) 123-45-68', ['RU'])[0]).toMatchObject({ value: '+74951234568', kind: 'fax' });
    expect(findPhones('T +1 415 555 0132  M +1 415 555 0199', ['US']).map((p) => p.kind)).toEqual(['work', 'mobile']);
    expect(findPhones('тел. 8 (495) 123-45-67 доб. 123', ['RU'])[0]).toMatchObject({ value: '+74951234567', ext: '123' });
  });

  it('reads past a phone icon read as empty brackets', () => {
    expect(findPhones('<. 972-3-5115341 ()972-54-4507341', ['IL']).map((p) => p.value)).toEqual(['+97235115341', '+972544507341']);
  });
});

describe('field extraction from text lines', () => {
  it('reads an English card', () => {
    const { fields, confidence } = extractFields(
      lines('NORTHWIND', 'John A. Smith', 'Senior Software Engineer', 'Northwind Traders Inc.', 'Quality you can trust', 'Tel: (415) 555-0132', 'Mob: (415) 555-0199', 'john.smith@northwind.corn', 'www.northwind.com', '350 Mission Street, Suite 200', 'San Francisco, CA 94105'),
    );
    expect(fields.name).toBe('John A. Smith');
    expect([fields.givenName, fields.middleName, fields.familyName]).toEqual(['John', 'A.', 'Smith']);
    expect(fields.title).toBe('Senior Software Engineer');
    expect(fields.company).toBe('Northwind Traders Inc.');
    expect(fields.phones).toEqual([
      { value: '+14155550132', kind: 'work' },
      { value: '+14155550199', kind: 'mobile' },
    ]);
    expect(fields.emails).toEqual(['john.smith@northwind.com']);
    // The ending was mended (".corn"), so the e-mail is not claimed as sure.
    expect(confidence.emails).toBeLessThan(0.9);
    expect(fields.address).toBe('350 Mission Street, Suite 200, San Francisco, CA 94105');
  });

  it('reads a Russian card in Фамилия Имя Отчество order with look-alikes in the e-mail', () => {
    const { fields } = extractFields(
      lines('Петров Иван Сергеевич', 'Генеральный директор', 'Отдел продаж', 'ООО «Ромашка»', 'Тел.: +7 (495) 123-45-67', 'Факс: +7 (495) 123-45-68', 'i.petrov@romashka.ry', 'ул. Тверская, д. 12, офис 305', 'Москва, 125009'),
    );
    expect(fields.name).toBe('Петров Иван Сергеевич');
    expect([fields.familyName, fields.givenName, fields.middleName]).toEqual(['Петров', 'Иван', 'Сергеевич']);
    expect(fields.title).toBe('Генеральный директор');
    expect(fields.department).toBe('Отдел продаж');
    expect(fields.company).toBe('ООО «Ромашка»');
    expect(fields.phones).toEqual([
      { value: '+74951234567', kind: 'work' },
      { value: '+74951234568', kind: 'fax' },
    ]);
    expect(fields.emails).toEqual(['i.petrov@romashka.ru']);
    expect(fields.address).toBe('ул. Тверская, д. 12, офис 305, Москва, 125009');
  });

  it('splits a Russian name of two words that both end like a surname by the name lists: "Кулагина Ирина" is Ирина Кулагина', () => {
    const { fields } = extractFields(lines('Кулагина Ирина', 'Главный бухгалтер', 'ЗАО «Байкал»', 'м. +7 (935) 857-29-86'));
    expect([fields.name, fields.familyName, fields.givenName]).toEqual(['Кулагина Ирина', 'Кулагина', 'Ирина']);
    // Given name first, as printed: the lists read it the other way round.
    const first = extractFields(lines('Ирина Кулагина', 'Главный бухгалтер', 'ЗАО «Байкал»', 'м. +7 (935) 857-29-86')).fields;
    expect([first.familyName, first.givenName]).toEqual(['Кулагина', 'Ирина']);
  });

  it('keeps a street line whose house and building numbers are written close up, though its street word is misread', () => {
    // "ул." read as "ya.", as on a photo; "д.79" and "стр.9" still say it is an address line.
    // The street's "ул." is mended, and the numbers set apart from their abbreviations as
    // Russian addresses print them.
    const { fields } = extractFields(lines('Кулагина Ирина Станиславовна', 'ЗАО «Байкал»', 'м. +7 (935) 857-29-86', '101033, Россия, г. Москва', 'ya. Тверская, д.79, стр.9'));
    expect(fields.address).toBe('101033, Россия, г. Москва, ул. Тверская, д. 79, стр. 9');
  });

  it('does not take a tagline or a logo for the company', () => {
    const { fields } = extractFields(lines('ACME', 'Acme Robotics Corp.', 'Building smarter machines', 'Emily Foster', 'Lead Designer', 'emily.foster@acmerobotics.io'));
    expect(fields.company).toBe('Acme Robotics Corp.');
    expect(fields.name).toBe('Emily Foster');
  });
});

describe('international contact blocks', () => {
  it('takes a Turkish "A.Ş." line for the company, not the address, though it names the country', () => {
    const { fields } = extractFields(lines('allcargo', 'Ingenuity In Motion', 'Didem ŞENSES', 'Country Airfreight Director', 'ASIAPAC TURKEY TASIMACILIK A.Ş.', 'M: +90 532 252 33 05', 'E: didemsenses@allcargoturkey.com | www.allcargologistics.com'));
    // (The card prints TAŞIMACILIK: the word gets the Ş the OCR models lack back, extract/turkish.ts.)
    expect(fields.company).toBe('ASIAPAC TURKEY TAŞIMACILIK A.Ş.');
    expect(fields.address).toBe('');
    expect(fields.title).toBe('Country Airfreight Director');
  });

  it('takes no "Head Office" label for a title', () => {
    const { fields } = extractFields(lines('Mauricio Regner', 'SALES DEPARTMENT', 'Head Office', 'Piedras 113 3° Floor - Of. 2', '(C1070AAC) - CABA - Argentina', 'PH: +54.11.5252.6630', 'comercial2@cis-arg.com'));
    expect(fields.title).toBe('');
    expect(fields.address).toBe('Piedras 113 3° Floor - Of. 2, (C1070AAC) - CABA - Argentina');
  });

  it('reads a Japanese card: +codes, a second number with its country named on the line, a postcode that is not a phone, the head office first', () => {
    const { fields, confidence } = extractFields(
      lines('Shigeru Yamanaka', 'President and CEO', 'Techno Project Japan Co., Ltd.', 'Head Office 2-10-14, Gakuenminami, Matsue City,', 'Shimane, 690-0826 JAPAN', 'TEL +81-852-32-1140', 'Vietnam Office Room 3, Tan Chanh Hiep Ward', 'District 12, Ho Chi Minh City, Vietnam', 'TEL (VN mobile): 093-8123743', 'E-mail yamanaka@tpj.co.jp', 'URL http://www.tpj.co.jp/'),
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Shigeru Yamanaka');
    expect(fields.title).toBe('President and CEO');
    expect(fields.company).toBe('Techno Project Japan Co., Ltd.');
    expect(fields.phones.map((p) => p.value).sort()).toEqual(['+81852321140', '+84938123743']);
    expect(fields.address).toBe('2-10-14, Gakuenminami, Matsue City, Shimane, 690-0826 JAPAN');
    expect(fields.emails).toEqual(['yamanaka@tpj.co.jp']);
    expect(fields.websites).toEqual(['http://www.tpj.co.jp']);
    expect(confidence.address ?? 0).toBeLessThan(0.9);
  });

  it('reads numbers printed with the calling code but no "+", and a legal form alone on the line below the company', () => {
    const { fields } = extractFields(
      lines('JINNO INTERNATIONAL COOPERATION', 'JOINT STOCK COMPANY', 'RYO IMAI', '38B Trieu Viet Vuong, Bui Thi Xuan,', 'Hai Ba Trung, Ha Noi', 'Tel: 84-43-943-6161 / Fax: 84-43-943-4511', 'Mobile: +84-902 175 728', 'E-mail: ryo@jic.vn'),
    );
    expect(fields.company).toBe('JINNO INTERNATIONAL COOPERATION JOINT STOCK COMPANY');
    expect(fields.name).toBe('RYO IMAI');
    expect(fields.phones).toEqual([
      { value: '+84439436161', kind: 'work' },
      { value: '+84439434511', kind: 'fax' },
      { value: '+84902175728', kind: 'mobile' },
    ]);
    expect(fields.address).toBe('38B Trieu Viet Vuong, Bui Thi Xuan, Hai Ba Trung, Ha Noi');
  });

  it('reads a Brazilian block: a second number without its area code takes the first one\'s', () => {
    const { fields } = extractFields(lines('Dr. Ana Paula Souza', 'Diretora Comercial', 'Nexo Tecnologia Ltda.', 'Telefone: (11) 2747-8430 / 2746-6245', 'Rua Augusta, 1500 - São Paulo', 'ana.souza@nexo.com.br'));
    expect(fields.name).toBe('Ana Paula Souza');
    expect(fields.company).toBe('Nexo Tecnologia Ltda.');
    expect(fields.phones.map((p) => p.value)).toEqual(['+551127478430', '+551127466245']);
  });

  it('reads names with initials and apostrophes, in capitals, and takes "000" for ООО', () => {
    expect(extractFields(lines("Andrew E. O'Brien", 'Sales Director', 'andrew.obrien@kestrel.com')).fields.name).toBe("Andrew E. O'Brien");
    // A middle initial without its dot; a lone capital between words in capitals is no initial.
    const bare = extractFields(lines('Mary K Jones', 'Sales Manager', 'Acme Imports LLC', '(644) 771-9974')).fields;
    expect([bare.name, bare.givenName, bare.middleName, bare.familyName]).toEqual(['Mary K Jones', 'Mary', 'K', 'Jones']);
    expect(extractFields(lines('Mary Jones', 'PLAN B STUDIO', 'Sales Manager', '(644) 771-9974')).fields.name).toBe('Mary Jones');
    expect(extractFields(lines('MARIA GONZALEZ', 'Account Manager', 'maria@solvia.es')).fields.name).toBe('MARIA GONZALEZ');
    const ru = extractFields(lines('Сидорова Анна Викторовна', '000 «Вектор»', 'Тел.: +7 (812) 555-12-34')).fields;
    expect(ru.company).toBe('ООО «Вектор»');
    expect(ru.name).toBe('Сидорова Анна Викторовна');
  });

  it('mends a misread legal form but never marks the mended company sure', () => {
    const { fields, confidence } = extractFields(lines('Newbees co, Itd.', 'Masashi Arai', 'arai@newbees.jp', 'www.newbees.jp'));
    expect(fields.company).toBe('Newbees co., ltd.');
    expect(confidence.company ?? 0).toBeLessThan(0.9);
    expect(extractFields(lines('Yoshiki Kawai', 'HOLON Co.Ltd', 'y.kawai@holon.ne.jp')).fields.company).toBe('HOLON Co.,Ltd');
    const ru = extractFields(lines('Сидорова Анна Викторовна', '000 «Вектор»', 'vektor@vektor.ru', 'www.vektor.ru'));
    expect(ru.fields.company).toBe('ООО «Вектор»');
    expect(ru.confidence.company ?? 0).toBeLessThan(0.9);
  });
});

/** Lines placed where a card prints them: [text, x, y, height]. */
function placed(...rows: [string, number, number, number][]): OcrLine[] {
  return rows.map(([text, x0, y, h]) => {
    let x = x0;
    const words = text.split(' ').map((w) => {
      const box = { x, y, w: Math.round(w.length * h * 0.55), h };
      x += box.w + Math.round(h * 0.35);
      return { text: w, confidence: 0.95, box };
    });
    return { text, confidence: 0.95, box: { x: x0, y, w: x - x0, h }, words };
  });
}

describe('phone icons', () => {
  it('a phone icon read as a digit before a German number\'s 0 is dropped; a US number keeps its digits', () => {
    expect(findPhones('7030 11254755', ['DE']).map((p) => p.value)).toEqual(['+493011254755']);
    expect(findPhones('030 11254755', ['DE']).map((p) => p.value)).toEqual(['+493011254755']);
    expect(findPhones('(205) 555-0147', ['US']).map((p) => p.value)).toEqual(['+12055550147']);
    expect(findPhones('+7 (495) 123-45-67', ['RU']).map((p) => p.value)).toEqual(['+74951234567']);
  });
});

describe('what real photos do to lines', () => {
  it('finishes a company with the legal form printed alone under it, and never takes a lone legal form as the company', () => {
    const f = extractFields(
      placed(['PLC', 60, 30, 84], ['JINNO INTERNATIONAL COOPERATION', 250, 20, 34], ['JOINT STOCK COMPANY', 250, 70, 34], ['RYO IMAI', 250, 140, 38], ['Tel: +84-43-943-6161', 250, 200, 24], ['E-mail: ryo@jic.vn', 250, 235, 24]),
    ).fields;
    expect(f.company).toBe('JINNO INTERNATIONAL COOPERATION JOINT STOCK COMPANY');
    expect(f.name).toBe('RYO IMAI');
  });

  it('a name cut short at the card\'s edge agrees with the e-mail enough to be picked, never to be sure', () => {
    const whole = extractFields(lines('ФЁКЛА ЯКОВЛЕВНА МЕДВЕДЕВА', 'ООО «Вектор»', 'fmedvedeva@vektor.com'));
    expect(whole.fields.name).toBe('ФЁКЛА ЯКОВЛЕВНА МЕДВЕДЕВА');
    expect(whole.confidence.name).toBeGreaterThanOrEqual(0.9);
    const cut = extractFields(lines('ФЁКЛА ЯКОВЛЕВНА МЕДВ', 'ООО «Вектор»', 'fmedvedeva@vektor.com'));
    expect(cut.fields.name).toBe('ФЁКЛА ЯКОВЛЕВНА МЕДВ');
    expect(cut.confidence.name).toBeLessThan(0.9);
  });

  it('a logo read as a letter of the other alphabet before the name, and a lost dot before .ai', () => {
    const f = extractFields(lines('м Megan Serratore', 'REVENUE ENABLEMENT MANAGER', '+1 219 413 4895', 'megan.serratore@raftai'));
    expect(f.fields.name).toBe('Megan Serratore');
    expect(f.fields.emails).toEqual(['megan.serratore@raft.ai']);
    expect(f.confidence.emails ?? 0).toBeLessThan(0.9);
    // A Russian line keeps its one-letter words.
    expect(extractFields(lines('Иван Петров', 'в Москве и области', 'ivan@petrov.ru')).fields.name).toBe('Иван Петров');
  });

  it('a company name broken over two lines is joined when the domain spells both', () => {
    const f = extractFields(
      placed(['Fabio Rojas', 560, 110, 50], ['TLD Manager', 580, 165, 40], ['P +1 (305) 599-2115', 580, 240, 40], ['frojas@interwf.com', 580, 320, 40], ['INTERWORLD', 100, 430, 45], ['FREIGHT', 200, 480, 36], ['interwf.com', 590, 530, 35]),
    );
    expect(f.fields.company).toBe('INTERWORLD FREIGHT');
    expect(f.confidence.company ?? 0).toBeLessThan(0.9);
    // The domain spelled by the first line alone: the line under it is something else.
    const g = extractFields(placed(['Fabio Rojas', 560, 110, 50], ['frojas@interworld.com', 580, 320, 40], ['INTERWORLD', 100, 430, 45], ['LOGISTICS', 200, 480, 36]));
    expect(g.fields.company).toBe('INTERWORLD');
  });

  it('joins a logo of two lines when the domain spells the upper one whole and goes on with the lower one', () => {
    const f = extractFields(lines('Compass', 'Freight & Logistics', 'Majd S. Wehbeh', 'General Manager - Owner', 'Tel +961 81 176 984', 'majd@compass-freight.net'));
    expect(f.fields.company).toBe('Compass Freight & Logistics');
    expect(f.confidence.company ?? 0).toBeLessThan(0.9);
    // A word over the company that the domain does not spell is not its head.
    expect(extractFields(lines('Acme', 'Freight & Logistics', 'John Smith', 'Tel +1 212 555 0147', 'john@freightlogistics.com')).fields.company).toBe('Freight & Logistics');
  });

  it('the name is the line over the title, not a badge\'s big words', () => {
    const f = extractFields(placed(['SafeSea', 570, 20, 66], ['ASS FIED', 110, 90, 75], ['Lotus Hossain', 400, 190, 32], ['Managing Director', 410, 230, 28], ['Mobile: +88 01713 142270', 370, 280, 22]));
    expect(f.fields.name).toBe('Lotus Hossain');
    expect(f.fields.title).toBe('Managing Director');
  });

  it('drops a trademark sign from the company and reads a German street\'s ß that OCR took for B', () => {
    const f = extractFields(lines('CARGOBASE®', 'Jan de Vries', 'Sales Manager', 'Anne-Conway-StraBe 6', 'D-28359 Bremen', '+49 421 5577 300', 'jan@cargobase.com'));
    expect(f.fields.company).toBe('CARGOBASE');
    expect(f.fields.address).toBe('Anne-Conway-Straße 6, D-28359 Bremen');
  });

  it('a Russian name with a misread given name or a cut patronymic is never sure', () => {
    const good = extractFields(lines('САЗОНОВ ФЕДОСИЙ ГРИГОРЬЕВИЧ', 'Директор', 'ООО «Сфера»', '+7 (495) 123-45-67', 'sazonov@sfera.ru'));
    expect(good.fields.name).toBe('САЗОНОВ ФЕДОСИЙ ГРИГОРЬЕВИЧ');
    expect(good.confidence.name).toBeGreaterThanOrEqual(0.9);
    for (const misread of ['САЗОНОВ ФЕДОСИИ ГРИГОРЬЕВИЧ', 'САЗОНОВ ФЕДОСИЙ ГОРЬЕВИЧ']) {
      const f = extractFields(lines(misread, 'Директор', 'ООО «Сфера»', '+7 (495) 123-45-67', 'sazonov@sfera.ru'));
      expect(f.fields.name).toBe(misread);
      expect(f.confidence.name).toBeLessThan(0.9);
    }
  });

  it('a service centre or office line is no person', () => {
    const f = extractFields(lines('Busan Service Center', 'T. 070-7595-7180', 'hansungcs@gmail.com'));
    expect(f.fields.name).toBe('');
  });

  it('puts back the dot OCR lost after an e-mail initial, when the initial starts the name', () => {
    expect(extractFields(lines('Фёкла Яковлевна Медведева', 'ООО «Вектор»', 'e-mail: f medvedeva@vektor.com')).fields.emails).toEqual(['f.medvedeva@vektor.com']);
    // A lone letter that starts no word of the name is an icon.
    expect(extractFields(lines('Anna Smith', 'Acme Inc.', 'e smith@acme.com')).fields.emails).toEqual(['smith@acme.com']);
  });

  it('keeps contact lines tesseract was unsure of, and drops an icon glued to the e-mail', () => {
    const low = (ls: OcrLine[], i: number, c: number) => {
      ls[i] = { ...ls[i]!, confidence: c, words: ls[i]!.words.map((w) => ({ ...w, confidence: c })) };
      return ls;
    };
    const ls = low(low(low(lines('Maynard O\'Neill', 'Quantum Corp.', '312.664.0258', '© EMAIL: smaynard@quantum.io', 'сайт: wwwquantum.io'), 2, 0.3), 3, 0.13), 4, 0);
    const f = extractFields(ls);
    expect(f.fields.phones.map((p) => p.value)).toEqual(['+13126640258']);
    expect(f.fields.emails).toEqual(['maynard@quantum.io']);
    expect(f.fields.websites).toEqual(['www.quantum.io']);
    // Read that unsure, none of them is sure.
    for (const k of ['phones', 'emails', 'websites'] as const) expect(f.confidence[k] ?? 0).toBeLessThan(0.9);
    // A letter glued to the front that is an initial of the name stays: "jsmith" is John Smith.
    expect(extractFields(lines('John Smith', 'Acme Inc.', 'jsmith@acme.com')).fields.emails).toEqual(['jsmith@acme.com']);
  });

  it('takes the full spelling of the company over its logo, drops a bracketed icon, mends a misread ПАО', () => {
    expect(extractFields(placed(['So LUMEN HOLDINGS', 18, 20, 37], ['LUMEN HOLDINGS LLP', 73, 80, 29], ['YVETTE K. LOWE', 37, 140, 44], ['yvette.lowe@lumen-holdings.co.uk', 108, 220, 26])).fields.company).toBe('LUMEN HOLDINGS LLP');
    expect(extractFields(placed(['YAN YUDIN', 60, 40, 48], ['(=) Evergreen', 650, 30, 80], ['Email yudin@evergreen.ru', 60, 160, 23])).fields.company).toBe('Evergreen');
    const ru = extractFields(lines('Иванов Пётр Сергеевич', 'МАО «МЕРИДИАН ИНВЕСТ»', 'ivanov@meridian.ru'));
    expect(ru.fields.company).toBe('ПАО «МЕРИДИАН ИНВЕСТ»');
    expect(ru.confidence.company ?? 0).toBeLessThan(0.9);
    expect(extractFields(lines('Иванов Пётр Сергеевич', 'пло «Волгасервис»', 'ivanov@volga.ru')).fields.company).toBe('ПАО «Волгасервис»');
    // The logo's words and the company read as one line: the company's spelling stays; a name
    // that repeats a word is left alone.
    expect(extractFields(lines('Sofiya Titova', 'APEX CONSULTING APEX CONSULTING, LTD.', 'titova.s@apexconsulting.com')).fields.company).toBe('APEX CONSULTING, LTD.');
    expect(extractFields(lines('Anna Smith', 'Walla Walla Coffee Inc.', 'anna@wwcoffee.com')).fields.company).toBe('Walla Walla Coffee Inc.');
  });

  it('mends web and e-mail domains OCR damaged, and takes no fragment or footer for one', () => {
    const ru = extractFields(lines('Ситникова Нонна Григорьевна', 'ПАО «КЕДР»', 'Эл. почта: sales@kedrru | Сайт: https://www.kedrru')).fields;
    expect(ru.emails).toEqual(['sales@kedr.ru']);
    expect(ru.websites).toEqual(['https://www.kedr.ru']);
    const uae = extractFields(lines('Khalid Al Mansouri', 'Harbor Analytics L.L.C.', 'khalid@harboranalytics.ae', 'о wwwoharboranalytics.ae/')).fields;
    expect(uae.websites).toEqual(['www.harboranalytics.ae']);
    const jp = extractFields(lines('Tomoko Inoue', 'KEYSTONE WORKS K.K.', 'E-mail:tomoko.inov', 'ks.jp', 'URL:https://www.keystoneworks.jp')).fields;
    expect(jp.websites).toEqual(['https://www.keystoneworks.jp']);
    expect(extractFields(lines('Anna Smith', 'Copyright © Acme', 'www.acme.com')).fields.emails).toEqual([]);
    // The logo and the e-mail read as one line: both are kept, each in its field.
    const one = extractFields(lines('KATO Akiko', 'NORTHSTAR NETWORKS @ Email akiko.kato@northstarnetworks.jp', 'Tel. +81 3 3952 0616')).fields;
    expect(one.emails).toEqual(['akiko.kato@northstarnetworks.jp']);
    expect(one.company).toBe('NORTHSTAR NETWORKS');
  });

  it('takes the second of two landlines side by side with icons for labels as the fax', () => {
    // OCR returns both numbers as one line, the icons between them unread.
    const [a, b, ...rest] = placed(['+81 3 5361-6699', 482, 300, 15], ['+81 3 3353-5588', 712, 300, 17], ['MASASHI ARAI', 480, 40, 33], ['Newbees co., ltd.', 480, 200, 18], ['arai@newbees.jp', 482, 330, 18]);
    const row: OcrLine = { text: `${a!.text} ${b!.text}`, confidence: 0.9, box: { ...a!.box, w: b!.box.x + b!.box.w - a!.box.x }, words: [...a!.words, ...b!.words] };
    const f = extractFields([...rest, row]).fields;
    expect(f.phones).toEqual([{ value: '+81353616699', kind: 'work' }, { value: '+81333535588', kind: 'fax' }]);
    // Labelled numbers keep their labels' kinds.
    const g = extractFields(placed(['MASASHI ARAI', 480, 40, 33], ['Tel +81 3 5361-6699', 482, 300, 15], ['Tel +81 3 3353-5588', 712, 300, 17])).fields;
    expect(g.phones.map((p) => p.kind)).toEqual(['work', 'work']);
    expect(extractFields(lines('Nova Logistics Co,,Ltd.', 'Akiko Sato', 'sato@nova.jp')).fields.company).toBe('Nova Logistics Co.,Ltd.');
  });

  it('drops a speck read as a quote before a title word, and then never calls the title sure', () => {
    const f = extractFields(lines('Харлампий Никифоров', 'Ведущий ‘специалист', 'ПАО «Спектр Групп»', 'nikiforov@spektr-grupp.ru'));
    expect(f.fields.title).toBe('Ведущий специалист');
    expect(f.confidence.title ?? 0).toBeLessThan(0.9);
  });

  it('keeps an initial "w." in an e-mail and ends an e-mail where a web address starts', () => {
    expect(extractFields(lines('Wim Rip', 'Hansameyer Holding GmbH', 'w.rip@hansameyer-holding.com Anne-Conway-Str. 1')).fields.emails).toEqual(['w.rip@hansameyer-holding.com']);
    const f = extractFields(lines('SHALEEN KHETARPAUL', 'BSES Rajdhani Power Limited', 'shaleen.khetarpaul@relianceada.com, www.bsesdelhi.com')).fields;
    expect(f.emails).toEqual(['shaleen.khetarpaul@relianceada.com']);
    expect(f.websites).toEqual(['www.bsesdelhi.com']);
  });

  it('keeps the area code after "(0)", takes no registration number for a phone, and reads "Visit us at" as a website', () => {
    expect(findPhones('Tel. +49 (0) 49 21 3 98 77-42', ['DE']).map((p) => p.value)).toEqual(['+4949213987742']);
    expect(findPhones('VAT 513191668 Tel: +972 3 555 1234', ['IL']).map((p) => p.value)).toEqual(['+97235551234']);
    const f = extractFields(lines('John Smith', 'Sales Director', 'john@hurricanecommerce.com', 'Visit us at hurricanecommerce.com')).fields;
    expect(f.websites).toEqual(['hurricanecommerce.com']);
    expect(f.company).not.toMatch(/visit/i);
  });

  it('reads a card with its country named only at the end of the address, a name in small type, a title joined by a hyphen', () => {
    const f = extractFields(placed(['Milica Colić', 540, 40, 30], ['Marketing', 590, 90, 28], ['info@hubbig.com', 520, 140, 25], ['+385 99 4066 443', 506, 190, 34], ['HUBBIG LLC', 568, 250, 35], ['VAT: HR01968403237', 463, 300, 35], ['Avenija Dubrovnik 15', 470, 350, 36], ['10 000 Zagreb, Croatia', 455, 400, 39]));
    expect(f.fields.name).toBe('Milica Colić');
    expect(f.confidence.name ?? 0).toBeLessThan(0.9);
    expect(f.fields.address).toBe('Avenija Dubrovnik 15, 10 000 Zagreb, Croatia');
    expect(f.country).toBe('HR');
    expect(extractFields(lines('RAM SHANKAR YADAV', 'PROJECT MANAGER-S.E. ASIA', 'CEEKAY SHIPPING SDN BHD')).fields.title).toBe('PROJECT MANAGER-S.E. ASIA');
  });

  it('knows job titles in French, German and Portuguese: a title under the name is not taken for the name', () => {
    const fr = extractFields(lines('Célestin Legall', 'Directeur Général', 'VERTEX SARL', 'c.legall@vertex.fr')).fields;
    expect([fr.name, fr.title]).toEqual(['Célestin Legall', 'Directeur Général']);
    expect(extractFields(lines('Jürgen Müller', 'Geschäftsführer', 'Müller Söhne GmbH')).fields.title).toBe('Geschäftsführer');
    expect(extractFields(lines('Júlio César', 'Gerente Comercial', 'Tecnologia Ltda.')).fields.title).toBe('Gerente Comercial');
  });

  it('never calls phones sure when the rest of the contact block was not read', () => {
    const lost = extractFields(lines('МОЛЧАНОВА Лора', 'Аналитик', '000 "Пром-Энерго"', 'Тел.: +7 (499) 952-96-96'));
    expect(lost.fields.phones.map((p) => p.value)).toEqual(['+74999529696']);
    expect(lost.confidence.phones ?? 0).toBeLessThan(0.9);
    const whole = extractFields(lines('МОЛЧАНОВА Лора', 'Аналитик', 'Тел.: +7 (499) 952-96-96', 'lora@prom-energo.ru', 'www.prom-energo.ru'));
    expect(whole.confidence.phones ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('reads www. misread as mmm. with spaces around the dots', () => {
    expect(extractFields(lines('Kazuyuki Uemura', 'Newbees co., ltd.', 'k.uemura@newbees.jp', 'mmm. newbees. jp')).fields.websites).toEqual(['www.newbees.jp']);
    // Capitalised words with a dot between them are not a web address.
    expect(extractFields(lines('Anna Smith', 'Dept. IT', 'anna@acme.com')).fields.websites).toEqual([]);
  });

  it('mends a name from the e-mail when OCR garbled half of it', () => {
    const f = extractFields(placed(['pwe ‚ Kiichi Rfuposa', 100, 400, 60], ['Director', 500, 470, 24], ['PwC Consulting LLC', 500, 40, 23], ['M: +81 (90) 6473 9826', 500, 100, 22], ['kiichi.murata@jp.pwc.com', 500, 140, 22]));
    expect(f.fields.name).toBe('Kiichi Murata');
    expect(f.confidence.name ?? 0).toBeLessThan(0.9);
    expect(extractFields(lines('YASUO ЗАЛ', 'ASSISTANT MANAGER', 'ASAHI SANGYO KAISHA, LTD.', 'E-mail : saji@ns.asahi-san.co.jp')).fields.name).toBe('YASUO SAJI');
  });

  it('keeps an office number inside the address and drops a pin icon read as a sign', () => {
    const f = extractFields(lines('Vyacheslav Solovev', 'Northstar Technologies LLC', '95 Leningradsky Prospekt', 'office 55', 'Novosibirsk 630740, Russia')).fields;
    expect(f.address).toBe('95 Leningradsky Prospekt, office 55, Novosibirsk 630740, Russia');
    expect(extractFields(lines('Харлампий Никифоров', 'ПАО «Спектр Групп»', '+ 630628, Новосибирск', 'ул.Ленина, д. 14')).fields.address).toBe('630628, Новосибирск, ул.Ленина, д. 14');
  });

  it('reads numbers in the country the labels are written for', () => {
    expect(extractFields(lines('Célestin Legall', 'VERTEX', 'Port. : 07.30.50.61.49', 'info@vertex.com')).fields.phones.map((p) => p.value)).toEqual(['+33730506149']);
  });

  it('joins a letter-spaced line OCR cut in two, but not two columns', () => {
    const f = extractFields(placed(['DANG', 60, 300, 45], ['MINH HOA', 240, 300, 45], ['CUSTOMER SUC', 56, 360, 21], ['CESS MANAGER', 230, 360, 21], ['#028 2870 8508', 700, 40, 24], ['h.dang@lotusanalytics.com.vn', 500, 80, 24])).fields;
    expect(f.name).toBe('DANG MINH HOA');
    expect(f.title).toBe('CUSTOMER SUCCESS MANAGER');
    const cols = extractFields(placed(['Anna Smith', 40, 40, 30], ['Acme Inc.', 600, 40, 30], ['Sales Manager', 40, 90, 20], ['anna@acme.com', 600, 90, 20])).fields;
    expect(cols.name).toBe('Anna Smith');
    expect(cols.company).toBe('Acme Inc.');
  });

  it('takes a logo word in big type as the company when nothing else names it, and asks', () => {
    const f = extractFields(placed(['YAN YUDIN', 60, 40, 48], ['(=) Evergreen', 650, 30, 80], ['Software Engineer', 60, 100, 26], ['Tel. 8 (343) 404-50-50', 60, 160, 23]));
    expect(f.fields.company).toBe('Evergreen');
    expect(f.fields.name).toBe('YAN YUDIN');
    expect(f.confidence.company ?? 0).toBeLessThan(0.9);
    // No logo word: nothing is made up.
    expect(extractFields(placed(['YAN YUDIN', 60, 40, 48], ['Software Engineer', 60, 100, 26], ['Tel. 8 (343) 404-50-50', 60, 160, 23])).fields.company).toBe('');
  });
});

describe('a hostile line no card prints', () => {
  it('is cut to 40 words of 80 letters at most before extraction reads it; a card line is read whole', () => {
    const { fields } = extractFields(lines('Anna Smith', 'Ш'.repeat(5000), 'www.' + 'a'.repeat(5000), 'anna@smith.com'));
    expect(JSON.stringify(fields)).not.toContain('Ш'.repeat(81));
    expect(JSON.stringify(fields)).not.toContain('a'.repeat(81));
    expect(fields.name).toBe('Anna Smith');
    expect(fields.emails).toEqual(['anna@smith.com']);
    const many = extractFields(lines('Anna Smith', Array.from({ length: 500 }, (_, i) => `word${i}`).join(' '))).fields;
    expect(Object.values(many).every((v) => typeof v !== 'string' || !v.includes('word40'))).toBe(true);
  });
});
