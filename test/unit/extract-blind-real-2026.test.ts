/**
 * Extraction on the OCR lines of a new blind set of real card photos (labelled 2026-11-29,
 * none seen before the first measurement). Each case is the card's real tesseract reading.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { boxedLine, line } from '../ocr-lines.js';

describe('a new blind set of real cards', () => {
  it('takes no slogan speaking to the reader for the name: "TE KEEP YOUR CARGO MOVING" (real_806)', () => {
    const { fields } = extractFields(
      [
        line([['TECONJA', 0.92, 323, 352, 391, 93], ['|', 0.45, 759, 355, 13, 110]]),
        line([['TE', 0.6, 325, 459, 36, 23], ['KEEP', 0.94, 375, 459, 61, 23], ['YOUR', 0.83, 449, 458, 65, 23], ['CARGO', 0.95, 527, 458, 81, 24], ['MOVING', 0.95, 621, 456, 94, 24]]),
        line([['Timo', 0.93, 76, 519, 61, 18], ['Tessen', 0.91, 143, 519, 79, 18]]),
        line([['Mobile:', 0.92, 341, 537, 83, 19], ['+49', 0.92, 432, 539, 39, 17], ['176', 0.77, 476, 539, 37, 17], ['10', 0.77, 520, 538, 24, 17], ['22', 0.95, 551, 538, 26, 17], ['9168', 0.89, 584, 533, 57, 22]]),
        line([['Phone;', 0.85, 341, 572, 79, 19], ['+49{0)', 0.76, 431, 571, 70, 20], ['40', 0.94, 508, 572, 29, 17], ['646070', 0.88, 544, 570, 99, 18], ['88', 0.96, 651, 570, 27, 16]]),
        line([['Email:', 0.73, 342, 607, 70, 18], ['ttessen@teconja.de', 0.84, 431, 602, 222, 24], ['|', 0.25, 761, 598, 3, 10]]),
        line([['©', 0.84, 363, 645, 24, 33], ['Bramfelder', 0.91, 427, 639, 128, 20], ['Chaussee', 0.96, 561, 638, 107, 19], ['324', 0.95, 674, 636, 40, 18]]),
        line([['22177', 0.88, 424, 675, 62, 18], ['Hamburg,', 0.86, 494, 673, 113, 22], ['Germany.', 0.72, 613, 671, 103, 20]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.name).toBe('Timo Tessen');
    expect(fields.company).toBe('TECONJA');
    expect(fields.emails).toEqual(['ttessen@teconja.de']);
    // The person's line lost, the slogan set in capitals and small letters is still no name.
    const lost = extractFields(
      [
        line([['TECONJA', 0.92, 323, 352, 391, 93]]),
        line([['Keep', 0.94, 375, 459, 61, 23], ['Your', 0.83, 449, 458, 65, 23], ['Cargo', 0.95, 527, 458, 81, 24], ['Moving', 0.95, 621, 456, 94, 24]]),
        line([['Email:', 0.73, 342, 607, 70, 18], ['ttessen@teconja.de', 0.84, 431, 602, 222, 24]]),
      ],
      { defaultCountry: 'DE' },
    );
    expect(lost.fields.name).toBe('');
  });

  it('joins a name printed in small letters over two lines, though its lower line scores as a wordmark: "koen" / "de jong" (real_607)', () => {
    const { fields } = extractFields(
      [
        line([['koen', 0.92, 201, 359, 164, 53]]),
        line([['de', 0.87, 198, 440, 80, 68], ['jong', 0.87, 290, 440, 163, 68]]),
        line([['ceo', 0.94, 195, 675, 50, 22], ['&', 0.94, 250, 675, 20, 22], ['founder', 0.94, 280, 675, 117, 22]]),
        line([['+31', 0.92, 195, 707, 40, 30], ['(0)6', 0.92, 240, 707, 50, 30], ['30', 0.92, 300, 707, 30, 30], ['38', 0.92, 340, 707, 30, 30], ['48', 0.92, 380, 707, 30, 30], ['91', 0.92, 420, 707, 30, 30]]),
        line([['koen@virtualworkforce', 0.9, 197, 769, 326, 29]]),
        line([['wwwyirtualworkforce.a', 0.51, 194, 803, 328, 25]]),
      ],
      { defaultCountry: 'NL' },
    );
    expect(fields.name).toBe('koen de jong');
    expect(fields.company).toBe('');
    expect(fields.title).toBe('ceo & founder');
    // A wordmark in small letters over a line that names no person stays the company.
    const mark = extractFields(
      [
        line([['packetvideo', 0.92, 201, 359, 300, 53]]),
        line([['Anna', 0.93, 198, 500, 80, 24], ['Smith', 0.93, 290, 500, 100, 24]]),
        line([['anna@packetvideo.com', 0.9, 197, 769, 326, 24]]),
      ],
      { defaultCountry: 'US' },
    );
    expect(mark.fields.company).toBe('packetvideo');
    expect(mark.fields.name).toBe('Anna Smith');
  });

  it('puts the space back after an initial glued to the family name: "Majd S.Wehbeh" (real_802)', () => {
    const { fields, confidence } = extractFields(
      [
        line([['Majd', 0.93, 60, 300, 80, 30], ['S.Wehbeh', 0.9, 150, 300, 160, 30]]),
        line([['Sales', 0.95, 60, 340, 70, 20], ['Manager', 0.95, 140, 340, 110, 20]]),
        line([['majd@compassfreight.com', 0.92, 60, 420, 300, 22]]),
      ],
      { defaultCountry: 'LB' },
    );
    expect(fields.name).toBe('Majd S. Wehbeh');
    expect(confidence.name ?? 0).toBeLessThan(0.9);
    // Initials in a row keep their dots together.
    expect(extractFields([line([['J.R.R.', 0.93, 60, 300, 80, 30], ['Tolkien', 0.9, 150, 300, 160, 30]]), line([['jrr@tolkien.com', 0.92, 60, 420, 300, 22]])], { defaultCountry: 'GB' }).fields.name).toBe('J.R.R. Tolkien');
  });

  it('takes a function named alone under the name as the post: "Marketing" (real_816), and not over a post printed', () => {
    const card = (post: string[]) =>
      extractFields(
        [
          line([['Milica', 0.86, 541, 329, 80, 32], ['Čolić', 0.86, 630, 329, 70, 32]]),
          ...post.map((t, i) => line([[t, 0.96, 588 - i * 60, 372 + i * 30, 114, 28]])),
          line([['info@hubbig.com', 0.9, 519, 447, 184, 25]]),
          line([['+385', 0.95, 506, 477, 50, 22], ['99', 0.95, 560, 477, 20, 22], ['4066', 0.95, 590, 477, 50, 22], ['443', 0.95, 650, 477, 50, 22]]),
          line([['HUBBIG', 0.92, 572, 548, 80, 21], ['LLC', 0.92, 660, 548, 46, 21]]),
          line([['Avenija', 0.95, 475, 610, 90, 29], ['Dubrovnik', 0.95, 570, 610, 110, 29], ['15', 0.95, 685, 610, 22, 29]]),
          line([['10', 0.96, 459, 641, 25, 30], ['000', 0.96, 490, 641, 40, 30], ['Zagreb,', 0.96, 535, 641, 80, 30], ['Croatia', 0.96, 620, 641, 87, 30]]),
        ],
        { defaultCountry: 'HR' },
      );
    const lone = card(['Marketing']);
    expect(lone.fields.title).toBe('Marketing');
    expect(lone.fields.name).toBe('Milica Čolić');
    expect(lone.fields.company).toBe('HUBBIG LLC');
    expect(card(['Director', 'Marketing']).fields.title).toMatch(/^Director/);
  });

  it('takes no Turkish building line for the name: "В Blok Girig Kat" is a block and floor (real_811)', () => {
    const t = boxedLine;
    const { fields } = extractFields(
      [
        t('CAN 6ZUYSAL', 0.81, 67, 358, 213, 28),
        t('YURTDISI i$ GELISTIRME MUDU', 0.79, 66, 394, 305, 23),
        t('OVERSEAS BUSINESS DEVELOPI', 0.78, 66, 422, 305, 17),
        t('MENT MANAGER', 0.93, 375, 423, 149, 15),
        t('can.ozuysal@kinay.com', 0.58, 66, 509, 249, 19),
        t('+90 212 355 06 66 | +90 5314515:', 0.88, 59, 534, 312, 22),
        t('VE Tic. AS.', 0.83, 379, 606, 107, 20),
        t('Г ULUSLARARASI TASIMACILIK', 0.49, 86, 609, 285, 17),
        t('arbaros Bulvarı, Morbasan Sokak', 0.92, 79, 631, 288, 16),
        t('а [$ Merkezi В Blok Girig Kat', 0.9, 96, 651, 220, 20),
        t('Besiktas - Istanbul / TURKIYE', 0.88, 120, 672, 230, 21),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.name).not.toMatch(/Blok|Kat/);
    expect(fields.address).toContain('Blok Girig Kat');
  });

  it('drops an envelope icon read as a letter before a mailbox spelling the name: "qaruns@" beside Arun Sharma (held-out real_915)', () => {
    const card = (mail: string) =>
      extractFields(
        [
          line([['Arun', 0.94, 60, 100, 90, 30], ['Sharma', 0.94, 160, 100, 130, 30]]),
          line([['MANAGING', 0.95, 60, 140, 120, 20], ['DIRECTOR', 0.95, 190, 140, 120, 20]]),
          line([['GLOBAL', 0.93, 60, 200, 90, 22], ['LOGISTICS', 0.93, 160, 200, 130, 22], ['SERVICES', 0.93, 300, 200, 120, 22], ['L.L.C', 0.93, 430, 200, 60, 22]]),
          line([[mail, 0.9, 60, 260, 260, 22]]),
        ],
        { defaultCountry: 'OM' },
      );
    const mended = card('qaruns@gsgoman.com');
    expect(mended.fields.emails).toEqual(['aruns@gsgoman.com']);
    expect(mended.confidence.emails ?? 0).toBeLessThan(0.9);
    // A mailbox that spells the name as it is, or whose first letter is the name's initial, stays.
    expect(card('aruns@gsgoman.com').fields.emails).toEqual(['aruns@gsgoman.com']);
    expect(card('asharma@gsgoman.com').fields.emails).toEqual(['asharma@gsgoman.com']);
  });

  it('gives a Turkish firm’s name its letters back on a card of Turkey: "TASIMACILIK A.S." (real_810)', () => {
    const t = boxedLine;
    const { fields, confidence } = extractFields(
      [
        t('allcargo', 0.83, 512, 352, 181, 75),
        t('Ingenuity In Motion', 0.96, 503, 434, 200, 23),
        t('Didem ŞENSES', 0.91, 99, 540, 184, 32),
        t('Country Airfreight Director', 0.93, 98, 575, 238, 24),
        t('ASIAPAC TURKEY TASIMACILIK A.S.', 0.83, 100, 627, 295, 25),
        t('М: +90 532 252 33 05 | D: +90 216 360 77 88 |', 0.93, 102, 672, 384, 29),
      ],
      { defaultCountry: 'US' },
    );
    expect(fields.company).toBe('ASIAPAC TURKEY TAŞIMACILIK A.Ş.');
    expect(confidence.company ?? 0).toBeLessThan(0.9);
    // Not on a card of another country: "AS" is Norway's legal form.
    const norwegian = extractFields([t('Ola Nordmann', 0.95, 60, 100, 200, 30), t('NORDIC TASIMACILIK AS', 0.95, 60, 160, 300, 25), t('+47 22 33 44 55', 0.95, 60, 220, 200, 22), t('ola@nordictasimacilik.no', 0.95, 60, 260, 260, 22)], { defaultCountry: 'NO' });
    expect(norwegian.fields.company).toBe('NORDIC TASIMACILIK AS');
  });
});
