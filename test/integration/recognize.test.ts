import fs from 'node:fs';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcr } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { scoreCard } from '../bench/score.js';
import { findFixture, fixture, tempDir } from '../helpers.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

/** The card with a QR code of `payload` printed beside its text, as cards with a code do. */
async function withCodeBeside(cardPng: string, payload: string, size: number): Promise<Buffer> {
  const card = sharp(fs.readFileSync(cardPng));
  const { width, height } = await card.metadata();
  const code = await QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 2, width: size });
  return sharp({ create: { width: width! + size + 40, height: height!, channels: 3, background: '#ffffff' } })
    .composite([{ input: await card.png().toBuffer(), left: 0, top: 0 }, { input: code, left: width! + 20, top: Math.round((height! - size) / 2) }])
    .png()
    .toBuffer();
}

const ocr = createOcr({ dataDir: tempDir() });
const scanner = new Scanner(ocr);
afterAll(() => ocr.close());

describe('recognition of rendered cards through real OCR', () => {
  for (const lang of ['en', 'ru'] as const)
    for (const kind of ['clean', 'photo'] as const)
      it(`${lang} ${kind} cards: at least 90% of fields right, none wrong where it claims to be sure`, async () => {
        const cards = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => fixture(lang, i)));
        const scores = (
          await Promise.all(
            cards.map(async (c) => {
              const r = await scanner.scanFile(kind === 'clean' ? c.clean : c.photo);
              return scoreCard(c.spec.truth, r.draft);
            }),
          )
        ).flat();
        const right = scores.filter((s) => s.correct).length / scores.length;
        expect(right).toBeGreaterThanOrEqual(0.9);
        expect(scores.filter((s) => s.sure && !s.correct)).toEqual([]);
      });

  it('a full vCard QR is read exactly, without OCR', async () => {
    const c = await findFixture('ru', (s) => s.qr === 'vcard3' || s.qr === 'vcard21' || s.qr === 'vcard4', 30);
    const r = await scanner.scanBytes(fs.readFileSync(c.photo));
    expect(r.draft.method).toBe('qr');
    expect(r.draft.fields.name).toBe(c.spec.truth.name);
    expect(r.draft.fields.phones).toEqual(c.spec.truth.phones);
    expect(r.draft.fields.emails).toEqual(c.spec.truth.emails);
    expect(r.draft.confidence.name).toBe(1);
    // The code's ORG is often the legal name where the card prints the brand: a person looks.
    expect(r.draft.fields.company).toBe(c.spec.truth.company);
    expect(r.draft.confidence.company).toBeLessThan(0.9);
    // Exact numbers, yet the card may print one the code leaves out, and no print was read.
    expect(r.draft.confidence.phones).toBeLessThan(SURE_CONFIDENCE);
  });

  it('a QR holding only a URL adds the website and OCR reads the rest', async () => {
    const c = await findFixture('en', (s) => s.qr === 'url', 40);
    const r = await scanner.scanBytes(fs.readFileSync(c.clean));
    expect(r.draft.method).toBe('qr+ocr');
    // The QR's exact address, spelled as the card prints it ("www.x.com" for "https://x.com").
    const bare = (w: string) => w.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
    expect(bare(r.draft.fields.websites[0]!)).toBe(bare(r.draft.qrPayload!.trim()));
    expect(r.draft.fields.websites[0]).toBe(c.spec.truth.websites[0]);
    expect(r.draft.confidence.websites).toBe(1);
    expect(r.draft.fields.name).toBe(c.spec.truth.name);
  });

  it('a vCard that stops at the phone and the e-mail: the card is read too, for the address it prints beside the code', async () => {
    const c = await findFixture('en', (s) => s.qr === 'none' && !!s.truth.address && s.truth.emails.length > 0 && s.truth.phones.length > 0 && !!s.truth.company, 40);
    const t = c.spec.truth;
    const vcard = ['BEGIN:VCARD', 'VERSION:3.0', `N:${t.familyName};${t.givenName};;;`, `FN:${t.name}`, `ORG:${t.company}`, `TEL;TYPE=WORK:${t.phones[0]!.value}`, `EMAIL:${t.emails[0]}`, 'NOTE:Met at the Hannover fair', 'END:VCARD'].join('\r\n');
    const r = await scanner.scanBytes(await withCodeBeside(c.clean, vcard, 260));
    expect(r.draft.method).toBe('qr+ocr');
    expect(r.draft.fields.name).toBe(t.name);
    expect(r.draft.confidence.name).toBe(1);
    expect(r.draft.fields.address).toBe(t.address);
    // The code's note is kept though the card was read too.
    expect(r.draft.fields.notes).toContain('Met at the Hannover fair');
  });

  it('a code’s name the print was not read to confirm is not sure: a vCard writes "Родион Сысоев" where the card may print "СЫСОЕВ РОДИОН"', async () => {
    const dir = tempDir();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1050" height="600"><rect width="1050" height="600" fill="#fff"/><text x="60" y="420" font-family="DejaVu Sans" font-size="30" fill="#222">ул. Ленина, д. 90, офис 573</text><text x="60" y="470" font-family="DejaVu Sans" font-size="30" fill="#222">Новосибирск, 630519</text></svg>`;
    const card = `${dir}/card.png`;
    fs.writeFileSync(card, await sharp(Buffer.from(svg)).png().toBuffer());
    const vcard = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Сысоев;Родион;;;', 'FN:Родион Сысоев', 'TEL;TYPE=WORK:+73830286561', 'EMAIL:office@sfera.ru', 'END:VCARD'].join('\r\n');
    const r = await scanner.scanBytes(await withCodeBeside(card, vcard, 260));
    expect(r.draft.method).toBe('qr+ocr');
    expect(r.draft.fields.name).toBe('Родион Сысоев');
    expect(r.draft.confidence.name ?? 0).toBeLessThan(SURE_CONFIDENCE);
    expect(r.draft.fields.address).toContain('Новосибирск');
  });

  it('a QR holding a short link neither replaces nor confirms the printed website; the link goes to the notes', async () => {
    const c = await findFixture('en', (s) => s.qr === 'none' && s.truth.websites.length > 0, 40);
    const link = 'https://qrco.de/frojas';
    const r = await scanner.scanBytes(await withCodeBeside(c.clean, link, 240));
    expect(r.draft.qrPayload).toBe(link);
    expect(r.draft.fields.websites).not.toContain(link);
    expect(r.draft.confidence.websites ?? 0).toBeLessThan(1);
    expect(r.draft.fields.notes).toContain(link);
    expect(r.draft.fields.name).toBe(c.spec.truth.name);
  });

  it('keeps OCR lines with boxes inside the card image, and boxes for each field', async () => {
    const c = await fixture('en', 2);
    const r = await scanner.scanFile(c.clean);
    expect(r.draft.ocrLines.length).toBeGreaterThan(4);
    for (const l of r.draft.ocrLines) {
      expect(l.box.x + l.box.w).toBeLessThanOrEqual(r.image.cardWidth + 2);
      expect(l.box.y + l.box.h).toBeLessThanOrEqual(r.image.cardHeight + 2);
    }
    expect(r.draft.sources.name?.length).toBe(1);
  });
});
