import { describe, expect, it } from 'vitest';
import { emptyFields, SURE_CONFIDENCE, type ContactFields, type OcrLine } from '../../shared/contact.js';
import { addsFields, betterLines, capAddedFields, keepsFields, lacksCoreField, longerLines, lostLines, withLines } from '../../main/recognize/second-look.js';
import { extractFields } from '../../main/recognize/extract/fields.js';

function line(text: string, x: number, y: number, w = 300, h = 30, confidence = 0.9): OcrLine {
  return { text, confidence, box: { x, y, w, h }, words: [{ text, confidence, box: { x, y, w, h } }] };
}
const fields = (f: Partial<ContactFields>): ContactFields => ({ ...emptyFields(), ...f });

describe('second look from the colour image', () => {
  const first = [line('Megan Serratore', 160, 80, 420, 50), line('REVENUE ENABLEMENT MANAGER', 160, 150, 460, 24)];

  it('adds only lines where the first reading read nothing', () => {
    const second = [
      line('Megan Serratore', 162, 82, 410, 48), // the same line again
      line('+1 219 413 4895', 160, 395),
      line('megan.serratore@raft.ai', 160, 437),
      line('~', 900, 500, 20, 20), // a speck
      line('r1 ;', 30, 30, 40, 30, 0.9), // too little text
      line('Wgx', 600, 300, 80, 30, 0.3), // unsure garbage
    ];
    const added = lostLines(first, second);
    expect(added.map((l) => l.text)).toEqual(['+1 219 413 4895', 'megan.serratore@raft.ai']);
    expect(withLines(first, added).map((l) => l.text)).toEqual(['Megan Serratore', 'REVENUE ENABLEMENT MANAGER', '+1 219 413 4895', 'megan.serratore@raft.ai']);
  });

  it("adds a small line under a big one whose box reaches over it, but not a line read again in a taller box", () => {
    // The framed reading's box of a big name runs down to the small title's top (s2_046 of the second source).
    const name = line('Hoa Minh Bui', 646, 74, 342, 96);
    const title = line('Progect Manager', 760, 158, 229, 39, 0.7);
    expect(lostLines([name], [title]).map((l) => l.text)).toEqual(['Progect Manager']);
    // The name read again, its box taller: the same line.
    expect(lostLines([name], [line('Hoa Minh Bui', 646, 53, 380, 106)])).toEqual([]);
    // Two lines of the first reading read as one tall line: no line of its own.
    const two = [line('Unit 2507, Sun Wah Tower', 54, 583, 304, 25), line('Ho Chi Minh City', 54, 623, 304, 25)];
    expect(lostLines(two, [line('Unit 2507, Sun Wah Tower Ho Chi Minh City', 54, 583, 304, 65)])).toEqual([]);
  });

  it('takes another reading of a line when it yields more contact data there', () => {
    const grey = [line("REYES D. O'NEILL", 59, 215, 300, 40), line('8 +44 (0)20 7946 8352', 57, 439), line('53 геуез_опей(@закига.ик', 56, 470), line('о Www.sakura.uk', 57, 502)];
    const other = [
      line("REYES D. O'NEILL", 59, 215, 300, 40), // the same again: nothing to gain
      line('$5 reyes_oneill@sakura.uk', 57, 471, 300, 30, 0.72),
      line('reyes_oneili@sakura.uk', 55, 470, 290, 30, 0.55), // as many contacts, less sure
      line('+44 (0)20 7946 8352 Fax', 57, 440, 300, 30, 0.95), // no more contacts than the first had
      line('www.sakura.uk', 88, 502, 200, 30, 0.3), // unsure
      line('info@sakura.uk', 57, 600), // where nothing was read: for lostLines, not a swap
    ];
    const { lines, swapped } = betterLines(grey, other, 'GB');
    expect(lines.map((l) => l.text)).toEqual(["REYES D. O'NEILL", '8 +44 (0)20 7946 8352', '$5 reyes_oneill@sakura.uk', 'о Www.sakura.uk']);
    expect(swapped.map((l) => l.text)).toEqual(['$5 reyes_oneill@sakura.uk']);
    // A line twice as tall (two lines read as one) is not the same line.
    expect(betterLines(grey, [line('x@sakura.uk 8 +44 (0)20 7946 8352', 57, 439, 300, 62)], 'GB').swapped).toEqual([]);
  });

  it('looks again only when a name, phone or e-mail is missing', () => {
    const full = fields({ name: 'A B', phones: [{ kind: 'work', value: '+12194134895' }], emails: ['a@b.com'] });
    expect(lacksCoreField(full)).toBe(false);
    expect(lacksCoreField({ ...full, emails: [] })).toBe(true);
    expect(lacksCoreField({ ...full, name: '' })).toBe(true);
    expect(lacksCoreField({ ...full, phones: [] })).toBe(true);
  });

  it('takes the whole of a line another reading read only part of', () => {
    // One threshold kept only the end of the title; another read it whole, and the same elsewhere.
    const framed = [line('Харлампий Никифоров', 361, 127, 341, 35), line('ий специалист', 505, 175, 103, 13, 0.8), line('моб. +7-965-651-06-95', 47, 444, 192, 16)];
    const local = [
      line('Харлампий Никифоров', 360, 126, 342, 36),
      line('Ведущий специалист', 452, 174, 158, 14, 0.78),
      line('моб. +7-965-651-06', 47, 444, 150, 16), // shorter: not taken
    ];
    const { lines, swapped } = longerLines(framed, local);
    expect(lines.map((l) => l.text)).toEqual(['Харлампий Никифоров', 'Ведущий специалист', 'моб. +7-965-651-06-95']);
    expect(swapped.map((l) => l.text)).toEqual(['Ведущий специалист']);
    // Not another line's text, nor a line read much less surely, nor the same letters with nothing more.
    expect(longerLines(framed, [line('Главный специалист', 452, 174, 158, 14)]).swapped).toEqual([]);
    expect(longerLines(framed, [line('Ведущий специалист', 452, 174, 158, 14, 0.55)]).swapped).toEqual([]);
    expect(longerLines(framed, [line('ий специалист.', 500, 175, 110, 13)]).swapped).toEqual([]);
  });

  it('takes no line that runs on over another line of the reading: two columns read as one row', () => {
    // Read by neighbourhood, a name's last line and the e-mail beside it come apart; read with one
    // threshold for the page, the row is one line, with more letters and an e-mail in it.
    const local = [line('ЛЕБЕДЕВ ВЕНИАМИН', 64, 196, 585, 48), line('ВЕНЕДИКТОВИЧ', 69, 256, 439, 47, 0.92), line('=lebedev.v@granitmedia.ru', 703, 256, 283, 22, 0.84)];
    const row = line('ВЕНЕДИКТОВИЧ =lebedev.v@granitmedia.ru', 69, 252, 917, 51, 0.88);
    expect(longerLines(local, [row]).swapped).toEqual([]);
    expect(betterLines(local, [row], 'RU').swapped).toEqual([]);
    // Over the one line alone, it is a better reading of it.
    expect(longerLines([local[0]!, local[1]!], [row]).swapped).toEqual([row]);
    // A number's row read on its own, less surely for its label's word (seed 21 s2_002), is a line in its own right.
    const logo = [line('© Harbor Technologies', 49, 59, 428, 60, 0.95), line('MOG-+84 346 833 834', 735, 91, 266, 38, 0.75)];
    expect(longerLines(logo, [line('© Harbor Technologies MOB-+84 346 633 834', 49, 59, 947, 68, 0.87)]).swapped).toEqual([]);
    // A scrap of the line the first reading set apart does not make it two columns.
    const split = [line('@ E-mail: тс d_salet у', 363, 503, 379, 30, 0.91), line('ae', 812, 510, 24, 10, 0.96)];
    const whole = line('@ E-mail: mohammed_saleh@atlassystems.ae', 365, 507, 471, 21, 0.91);
    expect(betterLines(split, [whole], 'AE').swapped).toEqual([whole]);
  });

  it('keeps a reading with a line read whole only when no field is lost', () => {
    const before = fields({ name: 'A B', title: 'Manager', emails: ['a@b.com'] });
    expect(keepsFields(before, { ...before, title: 'Sales Manager' })).toBe(true);
    expect(keepsFields(before, { ...before, title: '', company: 'Sales Manager' })).toBe(false);
  });

  it('takes the merged reading only when it finds a field and loses none', () => {
    const before = fields({ name: 'Megan Serratore', title: 'Manager' });
    expect(addsFields(before, { ...before, emails: ['megan@raft.ai'] })).toBe(true);
    expect(addsFields(before, { ...before, title: '', emails: ['megan@raft.ai'] })).toBe(false);
    expect(addsFields(before, before)).toBe(false);
  });

  it('looks again when the e-mail is only a repair of a misreading, and takes the reading that reads it cleanly', () => {
    // The grey image read the e-mail in Cyrillic letters; their Latin look-alikes spell an address, but not the card's.
    const grey = [line("REYES D. O'NEILL", 59, 215, 300, 40), line('SAKURA LTD', 56, 267, 200, 26), line('8 +44 (0)20 7946 8352', 57, 439), line('53 геуез_опей(@закига.ик', 56, 470), line('o Www.sakura.uk', 57, 502)];
    const first = extractFields(grey, { defaultCountry: 'US' });
    expect(first.fields.emails).toEqual(['reye3_one@3akura.uk']);
    expect(first.repaired).toEqual(['emails']);
    expect(first.confidence.emails).toBeLessThan(SURE_CONFIDENCE);
    expect(lacksCoreField(first.fields, first.repaired)).toBe(true);
    // The colour image reads the line cleanly: the merged reading replaces the repair.
    const { lines: better } = betterLines(grey, [line('$5 reyes_oneill@sakura.uk', 57, 471, 300, 30, 0.72)], 'GB');
    const merged = extractFields(better, { defaultCountry: 'US' });
    expect(merged.fields.emails).toEqual(['reyes_oneill@sakura.uk']);
    expect(merged.repaired).toEqual([]);
    expect(lacksCoreField(merged.fields, merged.repaired)).toBe(false);
    expect(addsFields(first.fields, merged.fields, { before: first.repaired, after: merged.repaired })).toBe(true);
    // A second reading that repairs it again, or loses another field, is not taken.
    expect(addsFields(first.fields, first.fields, { before: first.repaired, after: first.repaired })).toBe(false);
    expect(addsFields(first.fields, { ...merged.fields, name: '' }, { before: first.repaired, after: merged.repaired })).toBe(false);
  });

  it('tries another reading of a line whose e-mail was only repaired, though it reads no more contacts there', () => {
    // "m.paviova" is mended to the name's "pavlova": a repair; the colour image reads the line as printed.
    const grey = [line('Павлова Мария', 60, 80, 300, 40), line('+7 495 123-45-67', 60, 300), line('m.paviova@vektor.ru', 60, 340, 300, 30, 0.6)];
    const first = extractFields(grey, { defaultCountry: 'RU' });
    expect(first.fields.emails).toEqual(['m.pavlova@vektor.ru']);
    expect(first.repaired).toEqual(['emails']);
    const colour = [line('m.pavlova@vektor.ru', 61, 341, 300, 30, 0.93)];
    // Not for a line whose e-mail was read as it stands.
    expect(betterLines(grey, colour, 'RU').swapped).toEqual([]);
    const { lines: better, swapped } = betterLines(grey, colour, 'RU', first.sources.emails);
    expect(swapped.map((l) => l.text)).toEqual(['m.pavlova@vektor.ru']);
    const merged = extractFields(better, { defaultCountry: 'RU' });
    expect(merged.repaired).toEqual([]);
    expect(addsFields(first.fields, merged.fields, { before: first.repaired, after: merged.repaired })).toBe(true);
  });

  it('a cleanly read e-mail on a line OCR was unsure of is no repair, and needs no second look', () => {
    const ex = extractFields([line('Anna Whitfield', 60, 80, 300, 40), line('+44 20 7946 0321', 60, 300), line('anna@harbourfreight.co.uk', 60, 340, 300, 30, 0.55)], { defaultCountry: 'GB' });
    expect(ex.fields.emails).toEqual(['anna@harbourfreight.co.uk']);
    expect(ex.repaired).toEqual([]);
    expect(lacksCoreField(ex.fields, ex.repaired)).toBe(false);
  });

  it('never marks sure a field taken from a line only the second look read', () => {
    const added = [line('megan.serratore@raft.ai', 160, 437)];
    const capped = capAddedFields(
      { name: 0.95, emails: 0.95 },
      { name: [{ x: 160, y: 80, w: 420, h: 50 }], emails: [{ x: 160, y: 437, w: 300, h: 30 }] },
      added,
    );
    expect(capped).toEqual({ name: 0.95, emails: 0.85 });
  });
});
