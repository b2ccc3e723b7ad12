/**
 * Rows of print the page layout left out (main/recognize/unread-rows.ts), through real OCR: a
 * synthetic photo's card where tesseract reads the phone number and the last line but leaves
 * out the three lines between them, its block taken for a picture; and a drawn card, where the
 * rows found are the lines a reading lacks and nothing else (not a rule, not a logo).
 */
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyFields, SURE_CONFIDENCE, type Box } from '../../shared/contact.js';
import { createOcr } from '../../main/app.js';
import type { CapturedImage } from '../../main/capture/capture.js';
import type { OcrEngine } from '../../main/recognize/ocr-pool.js';
import { recognize } from '../../main/recognize/recognize.js';
import { unreadRows } from '../../main/recognize/unread-rows.js';
import type { CardSpec, PrintedLine } from '../fixtures/card-specs.js';
import { renderCard } from '../fixtures/render-card.js';
import { tempDir } from '../helpers.js';

const pool = createOcr({ dataDir: tempDir() });
afterAll(() => pool.close());

/** The real engine, keeping the boxes it is asked to read as single lines. */
const asked: Box[][] = [];
const ocr: OcrEngine = {
  recognize: (img, opts) => pool.recognize(img, opts),
  readLines: (img, boxes) => {
    asked.push(boxes);
    return pool.readLines(img, boxes);
  },
  close: () => pool.close(),
};

const overlap = (a: Box, b: Box) => {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / Math.min(a.w * a.h, b.w * b.h) : 0;
};

async function captured(file: string): Promise<CapturedImage> {
  const jpeg = fs.readFileSync(file);
  const { width, height } = await sharp(jpeg).metadata();
  return {
    mime: 'image/jpeg', format: 'jpeg', width: width!, height: height!, cardQuad: null, finderCertainty: 1, view: { source: 'card', turn: 0 },
    card: jpeg, cardWidth: width!, cardHeight: height!, ocr: await sharp(jpeg).greyscale().png().toBuffer(), thumbnail: Buffer.alloc(0), warnings: [],
  };
}

describe('rows of print the page layout left out', () => {
  it('are read one by one on a card whose contact block tesseract skipped, and the e-mail and address come back, not sure', async () => {
    // The straightened card of synthetic photo s2_057 (second source, seed 2): grey towards its foot.
    const img = await captured(path.join(__dirname, '../fixtures/photos/dropped-rows.jpg'));
    const page = await pool.recognize(img.ocr, { deskew: false });
    expect(page.map((l) => l.text).join('\n')).not.toContain('Leningradsky');
    asked.length = 0;
    const draft = await recognize(img, ocr);
    expect(asked.length).toBe(1);
    expect(draft.fields.emails).toEqual(['vsolovev@northstar-technologies.ru']);
    expect(draft.fields.address).toBe('95 Leningradsky Prospekt, office 55, Novosibirsk 630740, Russia');
    expect(draft.fields.name).toBe('VYACHESLAV SOLOVEV');
    expect(draft.confidence.emails ?? 0).toBeLessThan(SURE_CONFIDENCE);
    // Their boxes are on the review screen with the rest.
    expect(draft.ocrLines.some((l) => l.text === 'office 55')).toBe(true);
  });

  it('stop short of a strip of desk along the crop: a title in light grey under the name is read as print, not with the strip as a letter', async () => {
    // The straightened card of synthetic photo s2_046 (second source, seed 2), out of focus: the
    // crop keeps a dark strip of the desk along its right side, where the title's row ends.
    const file = path.join(__dirname, '../fixtures/photos/light-title.jpg');
    // Its OCR image as capture makes it: grey, stretched to full contrast.
    const grey = await sharp(file).greyscale().normalise().png().toBuffer();
    const { width = 0 } = await sharp(grey).metadata();
    const page = await pool.recognize(grey, { deskew: false });
    expect(page.map((l) => l.text).join('\n')).not.toMatch(/Manager/);
    const rows = await unreadRows(grey, page);
    for (const b of rows) expect(b.x + b.w).toBeLessThan(width * 0.96);
    const read = await pool.readLines(grey, rows);
    expect(read.some((l) => !!l && /Pro.ect Manager/.test(l.text) && l.confidence >= 0.5)).toBe(true);
  });

  it('include a title in small grey print that tesseract boxed into the big name over it, and the title comes back, not sure', async () => {
    // The straightened card of synthetic photo s2_042 (second source, seed 2), a 640x480 webcam
    // frame: "Sales Manager" under "Magnus Mehlorn", its strokes taken for the name's descenders.
    const file = path.join(__dirname, '../fixtures/photos/tall-name.jpg');
    const grey = await sharp(file).greyscale().normalise().png().toBuffer();
    const page = await pool.recognize(grey, { deskew: false });
    expect(page.map((l) => l.text).join('\n')).not.toMatch(/Man.ger/);
    const name = page.find((l) => /Magnus/.test(l.text))!;
    const rows = await unreadRows(grey, page);
    // The title's row starts inside the name's box: only the name's own band of ink counts as read.
    const title = rows.filter((b) => b.y < name.box.y + name.box.h && b.y > name.box.y + name.box.h / 2);
    expect(title.length).toBe(1);
    const [read] = await pool.readLines(grey, title);
    expect(read?.text).toMatch(/S.les Man.ger/);
    // Through the whole reading (where another reading read only "Soles Man" there), it is the
    // card's title, our mending of it never sure.
    const draft = await recognize({ ...(await captured(file)), ocr: grey }, ocr);
    expect(draft.fields.title).toMatch(/^S.les Manager$/);
    expect(draft.confidence.title ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(draft.fields.name).toBe('Magnus Mehlorn');
    expect(draft.fields.company).toBe('Bluefield Foods GmbH');
  });

  it('are the lines a reading lacks, and not a rule or a logo beside them', async () => {
    const lines: PrintedLine[] = [
      { role: 'name', text: 'Anna Whitfield' },
      { role: 'title', text: 'Head of Procurement' },
      { role: 'company', text: 'Harbour Freight Lines Ltd.' },
      { role: 'phone', text: 'Tel: +44 20 7946 0321' },
      { role: 'email', text: 'anna.whitfield@harbourfreight.co.uk' },
    ];
    const spec: CardSpec = { id: 'rows', lang: 'en', layout: 'stack', dark: false, font: 'DejaVu Sans', qr: 'none', icons: false, lines, truth: emptyFields(), qrPayload: null };
    const png = await renderCard(spec);
    const { width = 0, height = 0 } = await sharp(png).metadata();
    // A rule across the card's blank middle and a round logo in its corner: ink, but no print.
    const marks = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="${width * 0.1}" y="${height * 0.5}" width="${width * 0.8}" height="4" fill="#222"/><circle cx="${width * 0.9}" cy="${height * 0.15}" r="${height * 0.06}" fill="#1a3d6e"/></svg>`,
    );
    const grey = await sharp(png).composite([{ input: marks }]).greyscale().png().toBuffer();
    const read = await pool.recognize(grey, { deskew: false });
    const contact = read.filter((l) => /@|\+44/.test(l.text));
    expect(contact.length).toBe(2);
    // Read whole: nothing is left to read.
    expect(await unreadRows(grey, read)).toEqual([]);
    // The contact lines left out: exactly their two rows, which read as they are printed.
    const rows = await unreadRows(grey, read.filter((l) => !contact.includes(l)));
    expect(rows.length).toBe(2);
    for (const [i, l] of contact.entries()) expect(overlap(rows[i]!, l.box)).toBeGreaterThan(0.7);
    const again = await pool.readLines(grey, rows);
    expect(again.map((l) => l?.text)).toEqual(['Tel: +44 20 7946 0321', 'anna.whitfield@harbourfreight.co.uk']);
  });

  it('are found beside a QR code printed level with them, each row on its own', async () => {
    const lines: PrintedLine[] = [
      { role: 'name', text: 'Anna Whitfield' },
      { role: 'title', text: 'Head of Procurement' },
      { role: 'phone', text: 'Tel: +44 20 7946 0321' },
      { role: 'email', text: 'anna@hfl.co.uk' },
      { role: 'website', text: 'www.hfl.co.uk' },
    ];
    const spec: CardSpec = { id: 'rows-qr', lang: 'en', layout: 'stack', dark: false, font: 'DejaVu Sans', qr: 'none', icons: false, lines, truth: emptyFields(), qrPayload: null };
    const png = await renderCard(spec);
    const read = await pool.recognize(await sharp(png).greyscale().png().toBuffer(), { deskew: false });
    const isContact = (text: string) => /@|\+44|www/.test(text);
    const contact = read.filter((l) => isContact(l.text));
    expect(contact.length).toBe(3);
    // A real QR code to the right of the contact lines, level with all three and taller than any row of print.
    const top = Math.round(Math.min(...contact.map((l) => l.box.y)) - 30);
    const size = Math.round(Math.max(...contact.map((l) => l.box.y + l.box.h)) + 30 - top);
    const left = Math.round(Math.max(...contact.map((l) => l.box.x + l.box.w)) + 30);
    const code = await QRCode.toBuffer('https://www.hfl.co.uk/anna-whitfield', { errorCorrectionLevel: 'M', margin: 0, width: size });
    const grey = await sharp(png).composite([{ input: code, left, top }]).greyscale().png().toBuffer();
    // The contact lines left out of a reading: their rows are found, and none over the code.
    const page = await pool.recognize(grey, { deskew: false });
    const rows = await unreadRows(grey, page.filter((l) => !isContact(l.text) && l.box.x < left));
    for (const l of contact) expect(rows.some((b) => overlap(b, l.box) > 0.7)).toBe(true);
    for (const b of rows) expect(b.x + b.w).toBeLessThan(left);
  });
  it('part lines set so close that a descender touches the next line, and read each on its own', async () => {
    // A university card's block under the name, slightly soft as a phone takes it: the title
    // runs into the department under it, and a rule lies aslant above the address.
    const W = 1050;
    const H = 600;
    const text = (y: number, t: string, extra = '') => `<text x="80" y="${y}" font-family="DejaVu Serif" font-size="27" fill="#111" ${extra}>${t}</text>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#f4f2ee"/>
      <text x="80" y="90" font-family="DejaVu Serif" font-size="40" font-weight="bold" fill="#111">Ly Nguyen, Ph.D.</text>
      ${text(160, 'Assistant Professor, Agribusiness')}${text(181, 'College of Agriculture and Food Sciences')}
      <line x1="40" y1="232" x2="960" y2="214" stroke="#222" stroke-width="3"/>
      ${text(283, '302C Perry-Paige, 1740 S. MLK Jr. Blvd.')}${text(350, 'Tallahassee, FL 32307')}</svg>`;
    const grey = await sharp(Buffer.from(svg)).greyscale().blur(1.5).png().toBuffer();
    // As if the page reading had read only the name.
    const page = await pool.recognize(grey, { deskew: false });
    const rows = await unreadRows(grey, page.filter((l) => /Nguyen/.test(l.text)));
    const holding = (y: number) => rows.filter((b) => b.y <= y && b.y + b.h >= y);
    // The title's middle and the department's middle lie in rows of their own.
    const [title] = holding(152);
    const [dept] = holding(173);
    expect(title).toBeDefined();
    expect(dept).toBeDefined();
    expect(title).not.toBe(dept);
    // Read cut close, each reads as printed.
    const read = await pool.readLines(grey, [title!, dept!], { bothCuts: true });
    expect(read[0]?.text).toMatch(/^Ass.stant Professor, Agribusiness/);
    expect(read[1]?.text).toMatch(/^College of Agricultur/);
    // The rule is no row of print.
    expect(holding(223)).toEqual([]);
  });
});
