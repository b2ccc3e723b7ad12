/**
 * Cards of the second generator (seed 25, and seed 21's s2_003) that lost a field to extraction,
 * not to OCR: a logo's mark read as a sign or as bars beside a name, a one-letter label glued to
 * a company's line, a Russian name word read in Latin look-alikes, an e-mail's separator or letter
 * misread, a UK postcode misread, and an e-mail marked sure that OCR read with a dot lost.
 * Word boxes as tesseract gave them.
 */
import { describe, expect, it } from 'vitest';
import { extractFields, mendUkPostcode } from '../../main/recognize/extract/fields.js';
import { toSegments } from '../../main/recognize/extract/segments.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { line } from '../ocr-lines.js';

describe("a logo's mark beside a name", () => {
  it('parts the name from the logo at a sign standing taller than the type: "ОРЕХОВА ФАИНА © СТРОЙ-КОНСАЛТ" (s2_003)', () => {
    const { fields } = extractFields(
      [
        line([['ОРЕХОВА', 0.92, 50, 49, 226, 33], ['ФАИНА', 0.96, 292, 48, 177, 35], ['©', 0.96, 513, 51, 72, 72], ['СТРОЙ-КОНСАЛТ', 0.92, 609, 60, 392, 41]]),
        line([['Ведущий', 0.96, 49, 107, 108, 23], ['инженер', 0.96, 166, 113, 101, 18]]),
        line([['Надёжность', 0.94, 48, 253, 129, 16], ['с', 0.96, 179, 249, 10, 30], ['1995', 0.93, 202, 253, 44, 16], ['года', 0.96, 252, 253, 42, 17]]),
        line([['©', 0.96, 47, 399, 27, 27], ['Tel.', 0.93, 85, 397, 46, 22], ['+7-383-415-60-06', 0.92, 140, 397, 228, 22], ['|', 0.91, 386, 395, 3, 31], ['qy', 0.2, 406, 399, 27, 27], ['Mob.', 0.96, 443, 397, 68, 22], ['8', 0.96, 514, 391, 14, 39], ['(938)', 0.96, 545, 397, 64, 26], ['375-48-74', 0.96, 620, 397, 127, 22]]),
        line([['@', 0.93, 47, 441, 27, 27], ['E-mail:', 0.93, 84, 439, 98, 22], ['faina.orekhova@', 0.55, 193, 435, 196, 38], ['stroykonsalt.ru', 0.55, 400, 435, 185, 38]]),
        line([['©', 0.96, 47, 481, 25, 25], ['630074,', 0.95, 82, 479, 92, 24], ['Новосибирск', 0.96, 184, 479, 163, 25]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('ОРЕХОВА ФАИНА');
    expect(fields.company).toBe('СТРОЙ-КОНСАЛТ');
  });

  it('keeps a tall ampersand between title words, and a Korean name after its title: "Founder & CEO", "대표 / 공인중개사 정용한"', () => {
    const segs = toSegments([
      line([['Founder', 0.93, 60, 96, 99, 19], ['&', 0.93, 148, 92, 10, 37], ['CEO', 0.95, 164, 97, 45, 18]]),
      line([['대표', 0.93, 567, 233, 51, 29], ['/', 0.93, 630, 233, 10, 30], ['공인중개사', 0.81, 654, 233, 140, 29], ['정용한', 0.71, 814, 219, 164, 46]]),
    ]);
    expect(segs.map((s) => s.text)).toEqual(['Founder & CEO', '대표 / 공인중개사 정용한']);
  });

  it('keeps a sign of the text\'s own size inside its line', () => {
    const segs = toSegments([line([['Sales', 0.95, 50, 50, 60, 20], ['Service', 0.95, 120, 50, 80, 20], ['©', 0.9, 210, 51, 18, 19], ['MIG', 0.95, 236, 50, 40, 20], ['193', 0.95, 284, 50, 36, 20]])]);
    expect(segs.map((s) => s.text)).toEqual(['Sales Service © MIG 193']);
  });

  it('drops a logo\'s mark after the name\'s last word, read as bars or as a tall "all" (s2_026)', () => {
    const rest = [
      line([['Коммерческий', 0.96, 62, 120, 178, 25], ['директор', 0.96, 247, 126, 114, 19]]),
      line([['ООО', 0.95, 62, 293, 68, 22], ['«Инфо', 0.94, 138, 293, 89, 29], ['Групп»', 0.96, 235, 294, 93, 28]]),
      line([['©', 0.91, 61, 531, 21, 21], ['Телефон:', 0.95, 90, 529, 100, 24], ['+7', 0.96, 198, 529, 25, 17], ['499', 0.96, 229, 529, 35, 18], ['147', 0.96, 273, 529, 34, 17], ['59', 0.96, 314, 529, 22, 18], ['79', 0.96, 344, 529, 22, 18]]),
    ];
    const bars = line([['Владимир', 0.96, 64, 67, 251, 39], ['Давидович', 0.96, 339, 67, 275, 39], ['МИРОНОВ', 0.96, 643, 67, 248, 32], ['ll', 0.44, 930, 65, 54, 55]]);
    const tall = line([['Владимир', 0.96, 48, 57, 259, 39], ['Давидович', 0.96, 332, 57, 283, 39], ['МИРОНОВ', 0.96, 644, 56, 256, 32], ['all', 0.72, 940, 50, 56, 64]]);
    for (const first of [bars, tall]) expect(extractFields([first, ...rest], { defaultCountry: 'RU' }).fields.name).toBe('Владимир Давидович МИРОНОВ');
  });
});

describe('labels', () => {
  it('starts a new segment at a one-letter label after its icon: "Falcon Systems FZ-LLC) @ E: daniel-k@…" (s2_010)', () => {
    const { fields } = extractFields(
      [
        line([['ll', 0.64, 65, 64, 67, 68], ['Daniel', 0.93, 537, 61, 145, 38], ['Kiehn', 0.9, 699, 61, 137, 38]]),
        line([['Project', 0.96, 538, 126, 103, 29], ['Manager', 0.96, 652, 126, 140, 30]]),
        line([['ФТ:', 0.6, 536, 491, 57, 30], ['+971', 0.92, 606, 490, 64, 24], ['4817', 0.91, 684, 490, 77, 25], ['8598', 0.91, 772, 490, 67, 25]]),
        line([['Falcon', 0.95, 60, 523, 117, 30], ['Systems', 0.93, 189, 522, 140, 38], ['FZ-LLC)', 0.53, 341, 522, 151, 31], ['@', 0.53, 532, 518, 16, 48], ['E:', 0.81, 575, 532, 21, 23], ['daniel-k@falconsystems.ae', 0.86, 608, 531, 407, 30]]),
      ],
      { defaultCountry: 'AE' },
    );
    // The rule beside the company's last word, read as a bracket no bracket opens, goes too.
    expect(fields.company).toBe('Falcon Systems FZ-LLC');
    expect(fields.emails).toEqual(['daniel-k@falconsystems.ae']);
  });
});

describe('Russian name words read in Latin look-alikes, on the name\'s own line', () => {
  it('spells the surname in Cyrillic beside a given name, and mends the e-mail by it: "OPEXOBA ФАИНА", "faina orckhova@" (s2_003 photo)', () => {
    const { fields } = extractFields(
      [
        line([['OPEXOBA', 0.92, 49, 50, 227, 36], ['ФАИНА', 0.96, 291, 48, 178, 39], ['©', 0.96, 512, 53, 74, 75], ['СТРОЙ-КОНСАЛТ', 0.91, 608, 64, 393, 42]]),
        line([['Велуший', 0.45, 50, 109, 108, 24], ['инженер', 0.85, 167, 115, 101, 19]]),
        line([['@', 0.9, 46, 446, 18, 30], ['E-mail:', 0.88, 81, 439, 101, 43], ['faina', 0.57, 192, 439, 62, 43], ['orckhova@', 0.41, 264, 439, 126, 43], ['stroykonsalt.ru', 0.84, 403, 443, 183, 33]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('ОРЕХОВА ФАИНА');
    // The separator lost to a gap and an e read as c: the name spells both parts.
    expect(fields.emails).toEqual(['faina.orekhova@stroykonsalt.ru']);
  });

  it('spells a patronymic in Cyrillic: "ФЕДОТОВА ФАИНА CEMEHOBHA" (s2_022 photo)', () => {
    const { fields } = extractFields(
      [
        line([['ФЕДОТОВА', 0.94, 48, 203, 329, 45], ['ФАИНА', 0.93, 406, 204, 207, 36], ['CEMEHOBHA', 0.9, 643, 205, 368, 35]]),
        line([['ГЛАВНЫЙ', 0.96, 48, 255, 122, 24], ['ИНЖЕНЕР', 0.96, 184, 259, 123, 19]]),
        line([['e-mail:', 0.93, 47, 447, 57, 16], ['fainafedotova@sfera.com', 0.92, 109, 446, 205, 21]]),
      ],
      { defaultCountry: 'RU' },
    );
    expect(fields.name).toBe('ФЕДОТОВА ФАИНА СЕМЕНОВНА');
  });

  it('leaves a Latin word that spells no Russian name part: "ИВАН MAXCOM"', () => {
    const segs = toSegments([line([['ИВАН', 0.95, 50, 50, 120, 30], ['MAXCOM', 0.95, 190, 50, 180, 30]])]);
    expect(segs.map((s) => s.text)).toEqual(['ИВАН MAXCOM']);
  });
});

describe("an e-mail's local part beside the name", () => {
  const card = (email: string, conf = 0.9) => [
    line([['Кошелева', 0.95, 369, 73, 212, 36], ['Татьяна', 0.93, 593, 73, 165, 35], ['Феликсовна', 0.92, 772, 71, 261, 36]]),
    line([['Архитектор', 0.95, 368, 132, 141, 24]]),
    line([['&', 0.58, 371, 484, 16, 12], ['E-mail:', 0.9, 402, 483, 54, 16], [email, conf, 478, 482, 266, 21]]),
  ];

  it('reads an a for the o of a name part spelt whole: "kasheleva@" on Кошелева\'s card (s2_024 photo)', () => {
    expect(extractFields(card('kasheleva@spektrstroy.ru'), { defaultCountry: 'RU' }).fields.emails).toEqual(['kosheleva@spektrstroy.ru']);
  });

  it('keeps a local part one a/o from a name part where the name is not spelt whole by it', () => {
    expect(extractFields(card('kasha@spektrstroy.ru'), { defaultCountry: 'RU' }).fields.emails).toEqual(['kasha@spektrstroy.ru']);
  });

  it('keeps a local part that spells the name\'s own parts: "alhashimi" beside AISHA AL HASHIMI (seed 21 s2_003)', () => {
    const { fields } = extractFields(
      [
        line([['AISHA', 0.92, 48, 225, 166, 34], ['AL', 0.9, 238, 225, 62, 33], ['HASHIMI', 0.9, 329, 225, 238, 34]]),
        line([['Regional', 0.96, 51, 278, 117, 30], ['Sales', 0.96, 180, 278, 70, 23], ['Director', 0.96, 262, 279, 111, 22]]),
        line([['я', 0.4, 49, 493, 18, 12], ['alhashimi@ironbridge-partners.ae', 0.9, 81, 488, 418, 26]]),
        line([['©', 0.51, 50, 529, 11, 14], ['https://www.ironbridge-partners.ae', 0.84, 82, 523, 432, 26]]),
      ],
      { defaultCountry: 'AE' },
    );
    expect(fields.emails).toEqual(['alhashimi@ironbridge-partners.ae']);
  });
});

describe('how sure an e-mail is', () => {
  const card = (conf: number) => [
    line([['Kimi', 0.92, 358, 57, 82, 26], ['Hohnheiser', 0.92, 464, 56, 233, 28]]),
    line([['VP', 0.96, 356, 98, 21, 13], ['of', 0.97, 382, 98, 15, 13], ['Engineering', 0.96, 404, 98, 96, 17]]),
    line([['copperleaf', 0.91, 15, 338, 182, 32], ['foods', 0.95, 206, 338, 94, 26]]),
    line([['E-Mail:', 0.93, 356, 457, 60, 14], ['hohnheiserk@copperleaffoods.de', conf, 422, 457, 273, 18]]),
    line([['Internet:', 0.96, 356, 484, 78, 13], ['http:', 0.87, 441, 484, 37, 18], ['//www.copperleaffoods.de', 0.86, 481, 483, 214, 19]]),
    line([['Schillerstr.', 0.83, 355, 509, 80, 14], ['16', 0.95, 440, 510, 15, 13]]),
    line([['20095', 0.94, 355, 535, 46, 13], ['Hamburg', 0.96, 406, 534, 73, 18]]),
  ];

  it('is not sure of an address whose own word OCR read at 0.86, its dot lost: "hohnheiserk@" for hohnheiser.k@ (s2_009)', () => {
    const ex = extractFields(card(0.86), { defaultCountry: 'DE' });
    expect(ex.fields.emails).toEqual(['hohnheiserk@copperleaffoods.de']);
    expect(ex.confidence.emails).toBeLessThan(SURE_CONFIDENCE);
  });

  it('is sure of one read at 0.92 whose domain the web address confirms', () => {
    expect(extractFields(card(0.92), { defaultCountry: 'DE' }).confidence.emails).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
  });
});

describe('UK postcodes', () => {
  it('mends a postcode misread on a British card: "London £14 SAB" (s2_001 photo)', () => {
    const { fields } = extractFields(
      [
        line([['TIDEWATER', 0.96, 236, 85, 139, 32]]),
        line([['Phone:', 0.96, 578, 121, 52, 16], ['020', 0.96, 634, 126, 29, 15], ['7946', 0.96, 668, 129, 36, 16], ['6160', 0.96, 709, 133, 34, 16]]),
        line([['URL:', 0.93, 551, 141, 36, 15], ['www.tidewater.co.uk', 0.89, 592, 145, 150, 25]]),
        line([['212', 0.94, 617, 170, 24, 15], ['George', 0.96, 644, 172, 51, 20], ['Street', 0.96, 700, 177, 40, 15]]),
        line([['London', 0.88, 627, 192, 53, 16], ['£14', 0.72, 684, 195, 24, 15], ['SAB', 0.8, 712, 198, 27, 15]]),
        line([['Bernadette', 0.93, 222, 336, 202, 35], ['Wisoky', 0.92, 433, 342, 124, 40]]),
        line([['Office', 0.96, 220, 379, 59, 18], ['Manager', 0.96, 286, 381, 83, 22]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.address).toBe('212 George Street, London E14 5AB');
  });

  it('leaves postcodes of the right shape, and words that only look like one', () => {
    expect(mendUkPostcode('London SW1A 1AA')).toBe('London SW1A 1AA');
    expect(mendUkPostcode('Manchester M1 1AE')).toBe('Manchester M1 1AE');
    expect(mendUkPostcode('Unit B2 SUITE')).toBe('Unit B2 SUITE');
  });
});

describe('seed 21 photos', () => {
  it('starts a segment at an icon with its label glued on before an address: "Pioneer Dynamics Ltd. @E j.rosenbaum@…" (s2_032)', () => {
    const segs = toSegments([line([['Pioneer', 0.96, 65, 151, 120, 28], ['Dynamics', 0.96, 195, 151, 158, 34], ['Ltd.', 0.95, 364, 152, 53, 28], ['@E', 0.85, 462, 142, 32, 21], ['j.rosenbaum@pioneer-dynamics.co.uk', 0.18, 501, 142, 488, 28]])]);
    expect(segs[0]!.text).toBe('Pioneer Dynamics Ltd.');
  });

  it('drops a lone capital of the other alphabet after a name: "Евсеев Мечислав Жанович A" (s2_040)', () => {
    const segs = toSegments([line([['Евсеев', 0.96, 44, 54, 188, 85], ['Мечислав', 0.93, 251, 53, 282, 49], ['Жанович', 0.91, 550, 53, 262, 48], ['A', 0.94, 839, 53, 48, 48]])]);
    expect(segs.map((x) => x.text)).toEqual(['Евсеев Мечислав Жанович']);
  });

  it('joins a Russian word OCR parted before a soft sign: "Импул ьс-Групп" (s2_013)', () => {
    const segs = toSegments([line([['Импул', 0.92, 724, 515, 103, 31], ['ьс-Групп', 0.9, 833, 515, 144, 32]])]);
    expect(segs.map((x) => x.text)).toEqual(['Импульс-Групп']);
  });
});
