/**
 * What held-out 8 (Indian office cards, many printed before the numbering plan grew a digit)
 * taught: numbers of an older plan, degrees after a name, a shop's free mailbox, a domain
 * spelt by the first letters of a company's words, addresses before an e-mail on its line.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones } from '../../main/recognize/extract/phones.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';
import { line, lines } from '../ocr-lines.js';

describe('numbers of an older numbering plan', () => {
  it('takes a labelled number one digit short of today’s plan, and the one listed after it', () => {
    expect(findPhones('Phones : 040-7760078 / 7763090', ['IN']).map((p) => [p.value, p.outdated])).toEqual([
      ['+91407760078', true],
      ['+91407763090', true],
    ]);
    // The area code joined by a hyphen says it is a number without a label.
    expect(findPhones('KAKINADA -533 005 %& 0884-387213', ['IN']).map((p) => p.value)).toEqual(['+91884387213']);
    // Printed with its +code, the second of a pair is as old as the first.
    expect(findPhones('Phone : +91 40 360 8244, 360 8148', ['IN']).map((p) => p.value)).toEqual(['+91403608244', '+91403608148']);
  });

  it('takes no bare run of digits, and never marks an old number sure', () => {
    expect(findPhones('Ref 7760078', ['IN'])).toEqual([]);
    expect(findPhones('0407760078', ['IN'])).toEqual([]);
    const { fields, confidence } = extractFields(lines('P. ANANDA GAJAPATHI RAJU', 'Phones : 040-7760078 / 7763090', 'Hyderabad - 500 016. India.'), { defaultCountry: 'IN' });
    expect(fields.phones.map((p) => p.value)).toEqual(['+91407760078', '+91407763090']);
    expect(confidence.phones ?? 0).toBeLessThan(SURE_CONFIDENCE);
    // The phone line is no part of the address once its numbers are read.
    expect(fields.address).toBe('Hyderabad - 500 016. India');
  });
});

describe('names', () => {
  it('drops a degree written with its dots after the name, and reads "Md." as a name’s word', () => {
    expect(extractFields(lines('K. SHAKER B.E.', 'Software Engineer', 'Sort Worip INFOTECH', 'Email : shaker@softworldlt.com')).fields.name).toBe('K. SHAKER');
    expect(extractFields(lines('Dr. Md. Subhan', 'Professor & HOD', 'E-mail: md.subhan5@gmail.com')).fields.name).toBe('Md. Subhan');
  });

  it('takes a one-word name the e-mail spells whole, but not a logo’s word in capitals', () => {
    expect(extractFields(lines('Ravikumar', 'Manager', 'InfinityPMC Private Limited', 'Email: ravikumar@infinitypmc.co.in')).fields.name).toBe('Ravikumar');
    const logo = extractFields(lines('TRISHA', 'TECHNOLOGIES PVT. LTD.', 'P. ANANDA GAJAPATHI RAJU', 'Email : trisha@hd1.vsnl.net.in'));
    expect(logo.fields.name).toBe('P. ANANDA GAJAPATHI RAJU');
  });

  it('does not let a shop’s free mailbox make its name a sure person’s name', () => {
    const { fields, confidence } = extractFields(lines('IDEAL SURVEY', '(Survey Consultants)', 'Ph : 040-23743293', 'ideal_survey @ yahoo. Com'), { defaultCountry: 'IN' });
    expect(fields.company).toBe('IDEAL SURVEY');
    expect(fields.name === '' || (confidence.name ?? 0) < SURE_CONFIDENCE).toBe(true);
  });
});

describe('titles and companies', () => {
  it('keeps ADVOCATE as printed (not the French avocate)', () => {
    expect(extractFields(lines('SAMPATH PRABHAKAR REDDY', 'ADVOCATE', 'Mobile: 99486 18811'), { defaultCountry: 'IN' }).fields.title).toBe('ADVOCATE');
  });

  it('puts no post or purpose from the mailbox before the company', () => {
    const { fields } = extractFields(lines('Prof. S.B. SANKAR RAO', 'Addl. Director', 'MVS ACADEMY', 'Email: directormvsacademy@gmail.com'));
    expect(fields.company).toBe('MVS ACADEMY');
  });

  it('finds the company whose words’ first letters spell the domain, and no certification line', () => {
    // A partner badge in small print over the card, the company's name large on the left.
    const badge = line([['MANAGED', 0.95, 860, 5, 80, 17], ['SERVICES', 0.95, 946, 5, 80, 17]]);
    const company = line([['Tejaswi', 0.95, 30, 340, 200, 52], ['Info', 0.95, 245, 340, 110, 52], ['Innovations', 0.95, 370, 340, 300, 52]]);
    const rest = lines('N.P. SARADHI', 'Managing Partner', 'HARDWARE & SOFTWARE SOLUTIONS', 'admin @ tejinfoinn.com', 'www.tejinfoinn.com');
    const { fields } = extractFields([badge, rest[0]!, rest[1]!, company, ...rest.slice(2).map((l) => ({ ...l, box: { ...l.box, y: l.box.y + 300 } }))]);
    expect(fields.company).toBe('Tejaswi Info Innovations');
    const iso = extractFields(lines('An ISO 9001-2008 & QCI Certified Company', 'M. Srinivasa Rao', 'Director', 'Mob: +91 98490 08232'));
    expect(iso.fields.company).not.toMatch(/ISO|Certified/);
  });
});

describe('e-mail, web and address on shared lines', () => {
  it('parts an e-mail from a web address listed after it, and two web addresses', () => {
    const { fields } = extractFields(lines('E-mail : buma@iith.ac.in, http://www.iith.ac.in'));
    expect(fields.emails).toEqual(['buma@iith.ac.in']);
    expect(fields.websites).toEqual(['http://www.iith.ac.in']);
    expect(extractFields(lines('Website ; www.ambujacement.com . www.alccofine.com')).fields.websites[0]).toBe('www.ambujacement.com');
  });

  it('takes the address’s last line before the e-mail on it, and leaves out other offices and a listed trade', () => {
    const { fields } = extractFields(
      lines('H.O. T1, Venkatadri Enclave', 'Street No. 6, Habsiguda', 'Hyderabad - 500 007. T.S info@measure-india.com', 'Regional Offices : Chennai, Kolkata, Mumbai, Bangalore'),
    );
    expect(fields.address).toBe('H.O. T1, Venkatadri Enclave, Street No. 6, Habsiguda, Hyderabad - 500 007. T.S');
  });
});

describe('what the photos of earlier sets still taught', () => {
  it('reads a number labelled with a lone E (a misread F) as a fax', () => {
    expect(findPhones('Е: +91-40-39144455', ['IN'])).toMatchObject([{ value: '+914039144455', kind: 'fax' }]);
    expect(findPhones('E +9144 2480 7501', ['IN'])).toMatchObject([{ kind: 'fax' }]);
    // "E-mail" is no fax label.
    expect(findPhones('E-mail +9144 2480 7501', ['IN'])).toMatchObject([{ kind: 'work' }]);
  });

  it('takes a name opening with the initial A before a known given name, and cuts an icon’s small letter', () => {
    expect(extractFields(lines('A Rajendra Prasad', 'Sr. Engineer', 'rajendra_adepu@satyam.com')).fields.name).toBe('A Rajendra Prasad');
    expect(extractFields(lines('A Better Way', 'info@betterway.com')).fields.name).toBe('');
    expect(extractFields(lines('b. Rajesh Kumar', 'Proprietor', '+91 98100 12345'), { defaultCountry: 'IN' }).fields.name).toBe('Rajesh Kumar');
  });

  it('reads an expert as a title and a "!" in a title as the l it was', () => {
    expect(extractFields(lines('Chandra Mouli Peruri', 'Subject Matter Expert (SME-GIS)', 'chandra.peruri@iictechnologies.com')).fields.title).toBe('Subject Matter Expert (SME-GIS)');
    expect(extractFields(lines('P. ANANDA GAJAPATHI RAJU', 'Application! Engineer CAD/CAM')).fields.title).toBe('Application Engineer CAD/CAM');
    expect(extractFields(lines('Anna Smith', 'Genera! Manager')).fields.title).toBe('General Manager');
  });
});

describe('an address sharing its lines with numbers', () => {
  it('takes a building named with an "@" in it for part of the address, not an e-mail', () => {
    const { fields } = extractFields(lines('Ravikumar', 'Manager', 'WorkHub@Axis No 27, Vellalar Street, 4th Floor, Adambakkam, Chennai - 600 088.', 'Email: ravikumar@infinitypmc.co.in'), { defaultCountry: 'IN' });
    expect(fields.address).toBe('WorkHub@Axis No 27, Vellalar Street, 4th Floor, Adambakkam, Chennai - 600 088');
    expect(fields.emails).toEqual(['ravikumar@infinitypmc.co.in']);
  });

  it('cuts the address at "Ph:" and at a Cell label read in Cyrillic, and ends it at its country after a bracket', () => {
    const { fields } = extractFields(
      lines('Balakrishna S', 'Managing Director', '309. Annapurna Block. Aditya Enclave Ph: 040-6581889', 'Ameerpet. Hyderabad-500 038 (А.Р) INDIA Сей: 98480 17718', 'TRAINING & DEVELOPMENT : AM/FM, GIS & REMOTE SENSING'),
      { defaultCountry: 'IN' },
    );
    expect(fields.address).toBe('309. Annapurna Block. Aditya Enclave, Ameerpet. Hyderabad-500 038 (A.P) INDIA');
    expect(fields.phones.map((p) => p.value)).toEqual(['+91406581889', '+919848017718']);
    // "Ph.D." after a name is a degree, not a label.
    expect(extractFields(lines('Anna Smith Ph.D.', 'Research Scientist')).fields.name).toBe('Anna Smith');
  });
});

describe('trades that name a company', () => {
  it('takes a laboratory and a medical practice as companies', () => {
    expect(extractFields(lines('NAVAL RESEARCH LABORATORY', 'Jong Chen', 'Software Engineer', 'jong.chen@nrl.navy.mil')).fields.company).toBe('NAVAL RESEARCH LABORATORY');
    expect(extractFields(lines("ST. MARY'S TNTN ORTHOPEDICS", 'Tel (502) 555-0199')).fields.company).toBe("ST. MARY'S TNTN ORTHOPEDICS");
  });
});

describe('a logo’s word and the company’s line', () => {
  it('puts a logo’s word before a line of a trade and a legal form, once', () => {
    const { fields } = extractFields(
      lines('TRISHA', 'TECHNOLOGIES PVT. LTD.', 'No. 64,Chikoti Gardens, Begumpet,', 'Hyderabad - 500 016. India.', 'Email : trisha @ hd1.vsnl.net.in', 'P. ANANDA GAJAPATHI RAJU'),
      { defaultCountry: 'IN' },
    );
    expect(fields.company).toBe('TRISHA TECHNOLOGIES PVT. LTD.');
    expect(extractFields(lines('Tidewater Design', 'Design LLC', 'Laurence Bednar')).fields.company).not.toMatch(/Design Design/);
  });

  it('takes no small-letter scrap over a company for its first word', () => {
    const { fields } = extractFields(lines('foal', 'Principal Structural Consultant', 'MVV ENGINEERING CONSULTANTS', 'CIVIL & STRUCTURAL ENGINEERS', 'er.smalaka.mvv@gmail.com'));
    expect(fields.company).toBe('MVV ENGINEERING CONSULTANTS');
  });
});

describe('an e-mail of initials and the family name', () => {
  it('mends one misread initial from the name, and is not sure of it', () => {
    const { fields, confidence } = extractFields(lines('Ramesh Kumar T. Reddy', 'Managing Director', 'E-mail : cktreddy@hd2.dot.net.in'));
    expect(fields.emails).toEqual(['rktreddy@hd2.dot.net.in']);
    expect(confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
    // Two letters apart is no misreading of these initials.
    expect(extractFields(lines('Ramesh Kumar T. Reddy', 'E-mail : abtreddy@hd2.dot.net.in')).fields.emails).toEqual(['abtreddy@hd2.dot.net.in']);
  });
});

describe('the father’s initials set off by a dot after the name', () => {
  it('reads "Satyanarayana .MVV" and "Nishanth . D" as names', () => {
    expect(extractFields(lines('Satyanarayana .MVV', 'Principal Structural Consultant', 'er.smalaka.mvv@gmail.com')).fields.name).toBe('Satyanarayana .MVV');
    expect(extractFields(lines('CAREER ADVICE POINT', 'Nishanth . D', 'Manager - Corporate Relation', 'nishanth@capeducationalservices.com')).fields.name).toBe('Nishanth . D');
  });
});

describe('two offices’ addresses side by side', () => {
  /** One OCR row holding a left piece and a right piece, set apart by a gutter. */
  const row = (y: number, left: string, right: string) => {
    const words = (text: string, x0: number): [string, number, number, number, number, number][] => {
      let x = x0;
      return text.split(' ').map((t) => {
        const w: [string, number, number, number, number, number] = [t, 0.95, x, y, t.length * 11, 26];
        x += t.length * 11 + 12;
        return w;
      });
    };
    return line([...words(left, 36), ...words(right, 550)]);
  };

  it('keeps the first office’s lines, not the rows of both read together', () => {
    const { fields } = extractFields(
      [
        ...lines('K.V.Rao', 'IDEAL SURVEY'),
        row(365, 'Flat: 504, Thirumala Sha Residency,', '# 74/23/1, Venkatappiah Street,'),
        row(397, '8-3-940, Yellareddyguda Rd,', 'Ashok Nagar, Bandar Road,'),
        row(430, 'Ameerpet, Hyderabad-500073.', 'Opp. Time Hospital,'),
        row(463, 'Ph : 040-23743293', 'Vijayawada-520007.'),
      ],
      { defaultCountry: 'IN' },
    );
    expect(fields.address).toMatch(/Thirumala Sha Residency, 8-3-940, Yellareddyguda Rd, Ameerpet, Hyderabad-500073$/);
    expect(fields.address).not.toMatch(/Vijayawada|Venkatappiah/);
  });
});

describe('a logo’s first word over the rest of the company’s name', () => {
  it('takes the logo’s word without the icon read after it', () => {
    const { fields } = extractFields(lines('CIS VAS', 'Global Services', 'Mauricio Regner', 'SALES DEPARTMENT', 'comercial2@cis-arg.com', 'www.cisglobalservices.com'));
    expect(fields.company).toBe('CIS Global Services');
  });
});
