/**
 * What a fifth look at real cards taught: labels printed after their numbers or in
 * look-alike letters, a professor's rank before the name, a street's name that reads as a
 * person's, a title that runs on into the line under it.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { findPhones } from '../../main/recognize/extract/phones.js';
import { line, lines } from '../ocr-lines.js';

describe('phone labels', () => {
  it('reads a label printed after its number, not the next number’s label', () => {
    expect(findPhones('202-477-0380 fax', ['US'])).toMatchObject([{ value: '+12024770380', kind: 'fax' }]);
    expect(findPhones('+44 20 7946 0000 (mobile)', ['GB'])).toMatchObject([{ kind: 'mobile' }]);
    // "Fax" before the second number is that number's label, not the first one's.
    expect(findPhones('Tel 202-458-4421 Fax 202-477-0380', ['US'])).toMatchObject([{ kind: 'work' }, { kind: 'fax' }]);
    // A line ending with a label puts every label after its number.
    expect(findPhones('650 321 3900 408 390 7771 Cell 650 321 3902 Fax', ['US']).map((p) => [p.value, p.kind])).toEqual([
      ['+16503213902', 'fax'],
      ['+16503213900', 'work'],
      ['+14083907771', 'mobile'],
    ]);
    // A word after a number that merely ends like a label is none.
    expect(findPhones('415-555-0100 Excel', ['US'])).toMatchObject([{ kind: 'work' }]);
  });

  it('reads "Facsimile" and a fax label OCR read in Cyrillic look-alikes as a fax', () => {
    expect(findPhones('© Facsimile +61 3 9214 8264', ['AU'])).toMatchObject([{ kind: 'fax' }]);
    expect(findPhones('Рах.: +374 10 219777', ['AM'])).toMatchObject([{ kind: 'fax' }]);
    const { fields } = extractFields(lines('Shakuntala Gunaratne', 'Senior Operations Officer', '202-458-4421 phone', '202-477-0380 fax', 'sgunaratne@worldbank.org'));
    expect(fields.phones.map((p) => [p.value, p.kind])).toEqual([['+12024584421', 'work'], ['+12024770380', 'fax']]);
  });
});

describe('names and titles', () => {
  it('takes a professor’s rank before the name as its honorific, and a street’s name for none', () => {
    const { fields } = extractFields(
      lines('Professor Emad Gad', 'Chair of Department of Civil and', 'Construction Engineering', 'John Street Hawthorn', 'Victoria 3122 Australia', 'Telephone +61 3 9214 8210', 'egad@swin.edu.au'),
    );
    expect(fields.name).toBe('Emad Gad');
    expect(fields.title).toBe('Chair of Department of Civil and Construction Engineering');
    expect(fields.address).toMatch(/^John Street Hawthorn/);
  });

  it('keeps "Professor of ..." a title', () => {
    const { fields } = extractFields(lines('Anna Berg', 'Professor of Physics', 'anna.berg@uni.se'));
    expect(fields.name).toBe('Anna Berg');
    expect(fields.title).toBe('Professor of Physics');
  });
});

describe('honorifics, handles and initials', () => {
  it('drops an Indian chartered accountant’s "CA." and a German "Dipl.-Ing." before the name', () => {
    const { fields } = extractFields(lines('CA. Gopal P. Dhakan', 'M.com., LL.B., C.A', 'Cell - + 91 99254 23532', 'Dhakan & Associates', 'e-mail :- dhakanassociate@rediffmail.com'));
    expect(fields.name).toBe('Gopal P. Dhakan');
    expect(fields.company).toBe('Dhakan & Associates');
    expect(extractFields(lines('Dipl.-Ing. Cornelius Hellge', 'Research Engineer', 'hellge@hhi.fhg.de')).fields.name).toBe('Cornelius Hellge');
  });

  it('takes no company from a Skype handle printed after its label', () => {
    // The handle stands apart from its label, as tesseract gives such a line.
    const skype = line([['skype', 0.9, 50, 240, 70, 30], ['magyar-icst', 0.9, 240, 240, 150, 30]]);
    const { fields } = extractFields([...lines('Gabriella MAGYAR', 'Conference Coordinator', 'phone: +32 9 3299 425', 'e-mail: magyar@icst.org'), skype]);
    expect(fields.company).not.toBe('magyar-icst');
  });

  it('reads a domain spelt by the initials of the name’s words, the little ones skipped', () => {
    const { fields } = extractFields(lines('Rakshit Ramesh', 'VP - Data Analytics', '+91 9741224725', 'rakshit.ramesh@cdpg.org.in', 'Centre of Data for Public Good', 'Bangalore - 560 012'));
    expect(fields.company).toBe('Centre of Data for Public Good');
    expect(fields.address).toBe('Bangalore - 560 012');
  });
});

describe('numbers listed on one line', () => {
  it('gives a number set apart by a bar the area code of the one before it, and keeps listed landlines phones', () => {
    const bar = line([['(47)', 0.9, 50, 40, 50, 30], ['99901-4061', 0.9, 105, 40, 130, 30], ['|', 0.5, 245, 40, 8, 30], ['99152-0434', 0.9, 265, 40, 130, 30]]);
    const { fields } = extractFields([bar, ...lines('(47) 3081-3524 / (47) 3011-3132', 'Rua 901, nº 400, Sala 705', 'Centro - Balneário Camboriú - SC - 88330-725')].map((l, i) => ({ ...l, box: { ...l.box, y: 40 + i * 50 }, words: l.words.map((w) => ({ ...w, box: { ...w.box, y: 40 + i * 50 } })) })), { defaultCountry: 'BR' });
    expect(fields.phones.map((p) => [p.value, p.kind])).toEqual([
      ['+5547999014061', 'mobile'],
      ['+5547991520434', 'mobile'],
      ['+554730813524', 'work'],
      ['+554730113132', 'work'],
    ]);
  });
});

describe('more titles, names and web addresses', () => {
  it('knows C-level letters, German trade titles and a co-ordinator OCR misread', () => {
    expect(extractFields(lines('FEDOR KHODIUKOV', 'CAO, Business Development', 'FK@TMSCY.COM')).fields.title).toBe('CAO, Business Development');
    expect(extractFields(lines('Jens Brandscher', 'Verkaufsberater Volkswagen Nutzfahrzeuge', 'jens.brandscher@feser-graf.de')).fields.title).toBe('Verkaufsberater Volkswagen Nutzfahrzeuge');
    expect(extractFields(lines('Natasha Acharya', 'Training Co-ordmator', 'natasha.acharya@c4i4.org')).fields.title).toBe('Training Co-ordinator');
  });

  it('takes a name with the father’s initial after it', () => {
    const { fields } = extractFields(lines('CREDILA', 'RAGHUL R', 'SENIOR MANAGER - SALES', 'HDFC CREDILA FINANCIAL SERVICES LIMITED', '+91-98432 19989', 'raghulr@hdfccredila.com'));
    expect(fields.name).toBe('RAGHUL R');
    // A street's or a building's letter is none.
    expect(extractFields(lines('Tower B', 'Jane Doe', 'jane@x.com')).fields.name).toBe('Jane Doe');
  });

  it('reads a web address whose dot OCR read low, at any confidence', () => {
    const low = { ...line([['www.nigeria_savethechildren.net', 0.2, 50, 40, 400, 30]]) };
    expect(extractFields([low]).fields.websites).toEqual(['www.nigeria.savethechildren.net']);
  });
});

describe('e-mail and address mends', () => {
  it('reads an e-mail’s first letter that looks like the given name’s initial as that initial', () => {
    expect(extractFields(lines('Jimit Gandhi', 'igandhi@btnaccess.com')).fields.emails).toEqual(['jgandhi@btnaccess.com']);
    // An address that spells the name stays as it is.
    expect(extractFields(lines('Sergey Lebedev', 'slebedev@x.ru')).fields.emails).toEqual(['slebedev@x.ru']);
  });

  it('ends the address at its country: a postal address under it is another', () => {
    const { fields } = extractFields(lines('Emad Gad', 'John Street Hawthorn', 'Victoria 3122 Australia', 'PO Box 218 Hawthorn', 'Victoria 3122 Australia', 'egad@swin.edu.au'));
    expect(fields.address).toBe('John Street Hawthorn, Victoria 3122 Australia');
  });
});

describe('institutions', () => {
  it('takes the university as the company over its group, and a name that runs on to the next line', () => {
    const { fields } = extractFields(lines('Enrico Masala, Ph.D.', 'Post-doc Researcher', 'Internet Media Group', 'Politecnico di Torino', 'Corso Duca degli Abruzzi, 24', '10129 Torino - ITALY', 'masala@polito.it'));
    expect(fields.company).toBe('Politecnico di Torino');
    const two = extractFields(lines('Institute for Computer Sciences, Social Informatics', 'and Telecommunications Engineering', 'Gabriella MAGYAR', 'Conference Coordinator', 'Begijnhoflaan 93a, B-9000 Gent, Belgium', 'e-mail: gabriella.magyar@icst.org'));
    expect(two.fields.company).toBe('Institute for Computer Sciences, Social Informatics and Telecommunications Engineering');
  });

  it('reads a state spelt out before its ZIP code as an address, and a newer web ending', () => {
    const { fields } = extractFields(lines('Rafael Ulate', 'Director of Admissions', '350 Serra Mall, Room 170', 'Stanford, California 94305-9505', 'https://startups.aws'));
    expect(fields.address).toBe('350 Serra Mall, Room 170, Stanford, California 94305-9505');
    expect(fields.websites).toEqual(['https://startups.aws']);
  });
});

describe('a logo stacked word over word', () => {
  it('keeps the article over the name', () => {
    const { fields } = extractFields(lines('THE', 'WORLD', 'BANK', '1818 H Street, NW, Washington, DC 20433, USA', 'Shakuntala Gunaratne', 'Senior Operations Officer', 'sgunaratne@worldbank.org'));
    expect(fields.company).toBe('THE WORLD BANK');
  });
});

describe('a name in two scripts', () => {
  it('cuts the scraps another script read as off a name with a known given name', () => {
    const { fields } = extractFields(lines('‘aot & Antony Wu', 'Sr. Director | Edge Visualization BU', '+886-3-216-5088 ext.8410', 'antony.wu@adlinktech.com'));
    expect(fields.name).toBe('Antony Wu');
    // A house number is no scrap: "5003 Brand Way" stays an address.
    expect(extractFields(lines('Ed Gibbs', 'edward_gibbs@yahoo.com', '5003 Brand Way', 'Sacramento, CA 95819')).fields.address).toBe('5003 Brand Way, Sacramento, CA 95819');
  });
});

describe('title words', () => {
  it('knows an apprentice and mends a word near both "general" and French "général"', () => {
    expect(extractFields(lines('CHRIS SALCEDO', 'APPRENTICE', 'chris@chipotle.com')).fields.title).toBe('APPRENTICE');
    expect(extractFields(lines('Majd S. Wehbeh', 'Gerneral Manager - Owner', 'majd@compass-freight.net')).fields.title).toBe('General Manager - Owner');
  });
});

describe('labels in a column beside the address', () => {
  it('are no part of it', () => {
    const { fields } = extractFields(lines('Cornelius Hellge', 'Research Engineer', 'Einsteinufer 37', '10587 Berlin', 'Germany', 'Phone', 'Fax', 'hellge@hhi.fhg.de'));
    expect(fields.address).toBe('Einsteinufer 37, 10587 Berlin, Germany');
  });
});

describe('names as the sixth set printed them', () => {
  it('keeps a generation’s suffix, reads an initial after a dotted name and an S read as a dollar sign', () => {
    const jr = extractFields(lines('Victor Harris Jr', 'Sales Associate', 'Ashley Furniture HomeStore', 'tel 630.783.2346'));
    expect([jr.fields.name, jr.fields.givenName, jr.fields.familyName]).toEqual(['Victor Harris Jr', 'Victor', 'Harris Jr']);
    expect(extractFields(lines('Omprakash. K', 'Country Manager', 'omprakash.k@capricot.com')).fields.name).toBe('Omprakash. K');
    expect(extractFields(lines('Venkatanarayanan $', 'Technical HSE Project Engineer', 'Email: V.Sridharan2@Shell.com')).fields.name).toBe('Venkatanarayanan S');
  });

  it('parts a name from its title with no mark between, and not a shop’s trade from its role', () => {
    const { fields } = extractFields(lines('CIRCADE \\', 'Bernard Desarnauts Founder & CEO', 'Ph. +61 802 4567', 'bdesarnauts@circade.com'));
    expect([fields.name, fields.title, fields.company]).toEqual(['Bernard Desarnauts', 'Founder & CEO', 'CIRCADE']);
    expect(extractFields(lines('P. Selvam', 'Dell Store Promoter', 'dellstore@tcchsr.com')).fields.title).toBe('Dell Store Promoter');
  });

  it('gives back a name’s first letter the e-mail spells, and knows a film studio for a company', () => {
    const { fields } = extractFields(lines('harath Ramadhyanam', 'Manager - Business Development', 'sharath@byndr.com'));
    expect(fields.name).toBe('Sharath Ramadhyanam');
    expect(extractFields(lines('WALT DISNEY PRODUCTIONS', 'John F. Curry', 'Director', '(213) 245-8951')).fields.company).toBe('WALT DISNEY PRODUCTIONS');
  });
});

describe('web addresses, landmarks, ministries', () => {
  it('takes any ending after "www." or a scheme, and mends an e-mail’s dot read as a hyphen from the web address', () => {
    expect(extractFields(lines('Thiago Souto', 'thiago@winz.io', '® www.winz.team')).fields.websites).toEqual(['www.winz.team']);
    // Without "www." or a scheme an unknown ending is no web address ("Co.Inc").
    expect(extractFields(lines('Thiago Souto', 'thiago@winz.io', 'winz.team')).fields.websites).toEqual([]);
    const { fields } = extractFields(lines('K. Srinivasa Raju', 'Email: ksraju@hyderabad.bits-pilani-ac.in', 'URL: universe.bits-pilani.ac.in/hyderabad'));
    expect(fields.emails).toEqual(['ksraju@hyderabad.bits-pilani.ac.in']);
  });

  it('reads a landmark line inside an Indian address, and a ministry as the employer', () => {
    const { fields } = extractFields(lines('B. SURENDRA PONNADA', 'Dy. Area Manager - CES', 'CASIO INDIA CO., PRIVATE LIMITED', '3rd Floor, 3-4-630, Padma Plaza', 'Opposite Ratna Junior College', 'Narayanguda, Hyderabad-500029', 'E-mail : surendrap@casio.co.in'));
    expect(fields.address).toBe('3rd Floor, 3-4-630, Padma Plaza, Opposite Ratna Junior College, Narayanguda, Hyderabad-500029');
    const gov = extractFields(lines('Abdul Rashid Shakir', 'Assistant Director', 'Audit Bureau of Circulation (ABC)', 'Ministry of Information and Broadcasting', 'Government of Pakistan', 'E-mail: ar.shakir@hotmail.com'));
    expect(gov.fields.company).toBe('Ministry of Information and Broadcasting');
  });
});

describe('French and American forms', () => {
  it('drops a French professor’s "Pr." and reads a US city with its state’s letters as an address', () => {
    expect(extractFields(lines('THE UNIVERSITY OF YAOUNDE I', 'Pr. AYINA OHANDJA Louis-Max', 'Deputy - Director', 'E-mail: oayina@polytech.uninet.cm')).fields.name).toBe('AYINA OHANDJA Louis-Max');
    expect(extractFields(lines('Carla Lowery', 'Customer Representative', 'Brooklyn, NY', 'USA', 'E-Mail clowery41@verizon.net')).fields.address).toBe('Brooklyn, NY, USA');
  });
});

describe('a number run on to the next line', () => {
  it('takes the area code of the number above it; a PIN code under a phone does not', () => {
    // The number stands in the column of the phone above it, apart from the address's line.
    const second = line([['Nandanam,', 0.95, 40, 190, 120, 30], ['24364430', 0.95, 400, 190, 110, 30], ['(Extn.', 0.95, 520, 190, 70, 30], ['136)', 0.95, 600, 190, 50, 30]]);
    const first = line([['339/340,', 0.95, 40, 140, 100, 30], ['Anna', 0.95, 150, 140, 60, 30], ['Salai,', 0.95, 220, 140, 70, 30], ['Phone', 0.95, 400, 140, 70, 30], [':', 0.9, 475, 140, 8, 30], ['+91-44-24331181', 0.95, 490, 140, 190, 30]]);
    const { fields } = extractFields([...lines('SANJAY KUMAR SRIVASTAVA', 'Project Consultant'), first, second, line([['CHENNAI', 0.95, 40, 240, 110, 30], ['-', 0.9, 160, 240, 10, 30], ['600', 0.95, 180, 240, 45, 30], ['035.', 0.95, 235, 240, 55, 30]])], { defaultCountry: 'IN' });
    expect(fields.phones.map((p) => p.value)).toEqual(['+914424331181', '+914424364430']);
    expect(extractFields(lines('Tel: +91 80 1234 5678', '560 012 Bangalore'), { defaultCountry: 'IN' }).fields.phones.map((p) => p.value)).toEqual(['+918012345678']);
  });
});

describe('the seventh set’s names, numbers and forms', () => {
  it('takes names with initials in every place South Indian cards print them', () => {
    expect(extractFields(lines('Bhanu Prakash Dixith B N', 'Centre Manager - Learning Solutions', 'EDS Technologies Pvt. Ltd.', 'Shree Thulasi Towers', 'Plot No. 672, 3rd Floor,', 'Bangalore - 560 011.')).fields.name).toBe('Bhanu Prakash Dixith B N');
    expect(extractFields(lines('A.N.S.S. VENU MADHAV', 'Asst. Manager (Sales & Service)', 'Cell : +91-9985670004')).fields.name).toBe('A.N.S.S. VENU MADHAV');
    expect(extractFields(lines('G V Gupta', 'TERRITORY MANAGER - ACADEMIC', 'Email: ggupta@cambridge.org')).fields.name).toBe('G V Gupta');
    // A certification's mark and a misread German degree after the comma go.
    expect(extractFields(lines('CHANDRASEKHAR PATARLAPALLI, PMP®', 'Director', 'chandrasekhar.patarlapalli@oracle.com')).fields.name).toBe('CHANDRASEKHAR PATARLAPALLI');
    expect(extractFields(lines('Frank Stahlhacke, Dip!.-ing.', 'Production Manager', 'f.stahlhacke@vdf-federn.de')).fields.name).toBe('Frank Stahlhacke');
  });

  it('drops a trunk prefix in brackets after the code, knows the Polish legal form and title, and a US state spelt out', () => {
    const pl = extractFields(lines('Dominika Pytlik', 'Konsultant Techniczny RX Safety Eyewear', 'UVEX SAFETY Polska sp.z 0.0 sp.k', 'T +48.(0)774.8 26-258', '47-208 Reńska Wieś, Poland'));
    expect([pl.fields.title, pl.fields.company]).toEqual(['Konsultant Techniczny RX Safety Eyewear', 'UVEX SAFETY Polska sp.z o.o sp.k']);
    expect(pl.fields.phones.map((p) => p.value)).toEqual(['+48774826258']);
    const us = extractFields(lines('Urmil Patel', 'Staff Engineer', 'Office: (904) 443-3594', '7500 Centurion Parkway', 'Jacksonville, Florida 32256'));
    expect(us.fields.phones.map((p) => p.value)).toEqual(['+19044433594']);
    expect(extractFields(lines('Jane Roe', 'Lead, Frontier Al Safety and Security Policy', 'jane@x.com')).fields.title).toBe('Lead, Frontier AI Safety and Security Policy');
  });
});

describe('a street’s short word read low and a one-word title', () => {
  it('keeps "Rd." of confidence 0.22 in the address, and a buyer is a title', () => {
    const row = line([['9652', 0.91, 150, 296, 70, 34], ['S.', 0.91, 230, 296, 25, 34], ['Roberts', 0.96, 265, 296, 120, 34], ['Rd.', 0.22, 395, 296, 45, 34], ['Hickory', 0.96, 512, 296, 110, 34], ['Hills,', 0.96, 630, 296, 80, 34], ['IL', 0.93, 720, 296, 30, 34], ['60457', 0.96, 760, 296, 90, 34]]);
    const { fields } = extractFields([...lines('Dale Steffen', 'Club Manager'), row]);
    expect(fields.address).toMatch(/^9652 S\. Roberts Rd\.,? Hickory Hills, IL 60457$/);
    expect(extractFields(lines('Zorica Barisic', 'Buyer', 'Purchasing', 'zorica.barisic@scania.com')).fields.title).toBe('Buyer');
  });
});

describe('Turkish and clinic companies, a look-alike e-mail domain', () => {
  it('reads "A.$" as "A.Ş", mends an e-mail domain one look-alike letter from the web address, and names a dental practice', () => {
    const tr = extractFields(lines('Ümit AÇIKEL', 'Quality Manager', 'Rözmaş Çelik San. Tic. A.$', 'Gebze 41480-Kocaeli-Türkiye', 'uacikel@restr.com', 'www.rcstr.com'));
    expect([tr.fields.company, tr.fields.emails]).toEqual(['Rözmaş Çelik San. Tic. A.Ş', ['uacikel@rcstr.com']]);
    const dds = extractFields(lines('Ph: 412-621-1356 Fax: 412-621-2410', 'MARK D. MALVIN, D.M.D.', 'Comprehensive Dental Care', '410 S. Craig St. Suite 102', 'Pittsburgh, PA 15213'));
    expect([dds.fields.name, dds.fields.company]).toEqual(['MARK D. MALVIN', 'Comprehensive Dental Care']);
  });
});

describe('Polish addresses and titles, an I read as "!"', () => {
  it('reads "ul." streets and postcodes, "Leader" and "Member of the Board" as titles', () => {
    const pl = extractFields(lines('Michał Grzeszczuk', 'Project Engineering Leader', 'WABCO Polska Sp. z 0.0.', 'ul. Ostrowskiego 34', 'PL 53-238 Wrocław', 'michal.grzeszczuk@wabco-auto.com'));
    expect([pl.fields.title, pl.fields.address]).toEqual(['Project Engineering Leader', 'ul. Ostrowskiego 34, PL 53-238 Wrocław']);
    expect(extractFields(lines('Łukasz Ziob', 'MEMBER OF THE BOARD', 'LUKASZ.ZIOB@KIGEMA.PL')).fields.title).toBe('MEMBER OF THE BOARD');
  });

  it('reads "!" ending a word in capitals as I on a company’s line only', () => {
    expect(extractFields(lines('A.N.S.S. VENU MADHAV', 'TAISE! TRADING PRIVATE LIMITED', 'E-mail : venu.m@taiseint.com')).fields.company).toBe('TAISEI TRADING PRIVATE LIMITED');
  });
});
