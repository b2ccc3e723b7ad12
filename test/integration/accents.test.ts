/**
 * Accented Latin letters through the whole pipeline: cards are rendered, photographed, read by
 * real OCR (eng+rus, then the bundled Latin model on the lines that need it) and extracted.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../shared/contact.js';
import { TesseractPool, type OcrEngine } from '../../main/recognize/ocr-pool.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { renderCard } from '../fixtures/render-card.js';
import { tempDir } from '../helpers.js';
import { cleanAndPhoto, fileOcr, printedCard as card } from './printed-cards.js';

const pool = fileOcr();

/** The real engine, counting the lines it is asked to read again with the Latin model. */
const reread: Box[] = [];
const ocr: OcrEngine = {
  recognize: (img, opts) => pool.recognize(img, opts),
  readLatinLines: (img, boxes) => {
    reread.push(...boxes);
    return pool.readLatinLines(img, boxes);
  },
  close: () => pool.close(),
};
const scanner = new Scanner(ocr, { defaultCountry: 'US' });

describe('accented letters through real OCR', () => {
  it('a German card keeps its umlauts and ß, clean and photographed', async () => {
    const spec = card('de', [
      { role: 'name', text: 'Jürgen Böhm' },
      { role: 'company', text: 'Müller & Söhne GmbH' },
      { role: 'address', text: 'Königstraße 12' },
      { role: 'address', text: '70173 Stuttgart, Deutschland' },
      { role: 'phone', text: 'Tel.: +49 711 2184 5530' },
      { role: 'email', text: 'j.boehm@mueller-soehne.de' },
    ]);
    for (const image of await cleanAndPhoto(spec)) {
      reread.length = 0;
      const { draft } = await scanner.scanBytes(image, 'de.png');
      expect(reread.length).toBeGreaterThan(0);
      expect(draft.fields.name).toBe('Jürgen Böhm');
      expect(draft.fields.company).toBe('Müller & Söhne GmbH');
      expect(draft.fields.address).toMatch(/^Königstraße 12, 70173 Stuttgart/);
      expect(draft.fields.phones.map((p) => p.value)).toEqual(['+4971121845530']);
    }
  });

  it('a Brazilian and a French card: tildes, cedillas and acute accents in names, companies and streets', async () => {
    const br = card('br', [
      { role: 'name', text: 'João Araújo' },
      { role: 'company', text: 'Construções Paulistas Ltda.' },
      { role: 'address', text: 'Av. Paulista, 1500 - Bela Vista' },
      { role: 'address', text: '01310-100 São Paulo - SP' },
      { role: 'phone', text: 'Telefone: +55 11 2747-8430' },
      { role: 'email', text: 'joao.araujo@construcoes.com.br' },
    ]);
    const fr = card('fr', [
      { role: 'name', text: 'Hélène Lefèvre' },
      { role: 'company', text: 'Société Lyonnaise des Eaux SA' },
      { role: 'address', text: '47, rue de la République' },
      { role: 'address', text: '69002 Lyon, France' },
      { role: 'phone', text: 'Tél. : +33 4 78 92 15 40' },
      { role: 'email', text: 'helene.lefevre@sle-eaux.fr' },
    ]);
    const a = (await scanner.scanBytes(await renderCard(br), 'br.png')).draft.fields;
    expect(a.name).toBe('João Araújo');
    expect(a.company).toBe('Construções Paulistas Ltda.');
    expect(a.address).toContain('São Paulo');
    const b = (await scanner.scanBytes(await renderCard(fr), 'fr.png')).draft.fields;
    expect(b.name).toBe('Hélène Lefèvre');
    expect(b.company).toBe('Société Lyonnaise des Eaux SA');
    expect(b.address).toContain('rue de la République');
  });

  it('Russian and American cards are read once: no second reading where no accents are written', async () => {
    const ru = card(
      'ru',
      [
        { role: 'name', text: 'Петров Иван Сергеевич' },
        { role: 'title', text: 'Генеральный директор' },
        { role: 'company', text: 'ООО «Ромашка»' },
        { role: 'address', text: 'г. Москва, ул. Тверская, д. 7' },
        { role: 'phone', text: 'Тел.: +7 (495) 123-45-67' },
        { role: 'email', text: 'petrov@romashka.ru' },
      ],
      'ru',
    );
    const us = card('us', [
      { role: 'name', text: 'Andrew Brooks' },
      { role: 'company', text: 'Bluefin Analytics LLC' },
      { role: 'phone', text: 'Tel: (415) 555-0132' },
      { role: 'email', text: 'a.brooks@bluefin-analytics.com' },
    ]);
    reread.length = 0;
    const r = (await scanner.scanBytes(await renderCard(ru), 'ru.png')).draft.fields;
    const u = (await scanner.scanBytes(await renderCard(us), 'us.png')).draft.fields;
    expect(reread).toEqual([]);
    expect(r.name).toBe('Петров Иван Сергеевич');
    expect(r.company).toBe('ООО «Ромашка»');
    expect(u.name).toBe('Andrew Brooks');
  });

  it('a missing or unreadable Latin model leaves lines as first read, without waiting for it again', async () => {
    const broken = new TesseractPool({ langs: ['eng'], langPath: tempDir(), size: 1, initTimeoutMs: 20_000, latin: { lang: 'Latin_nodict', langPath: tempDir() } });
    try {
      const box = { x: 10, y: 10, w: 200, h: 30 };
      const image = await renderCard(card('x', [{ role: 'name', text: 'Jürgen Böhm' }]));
      expect(await broken.readLatinLines(image, [box, box])).toEqual([null, null]);
      const t = performance.now();
      expect(await broken.readLatinLines(image, [box])).toEqual([null]);
      expect(performance.now() - t).toBeLessThan(1000);
    } finally {
      await broken.close();
    }
  });
});
