/**
 * International contact blocks through the whole pipeline: a card is rendered, photographed,
 * read by real OCR and extracted, and the fields other countries print come back.
 */
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../main/recognize/scanner.js';
import { renderCard } from '../fixtures/render-card.js';
import { cleanAndPhoto, fileOcr, printedCard as card } from './printed-cards.js';

const scanner = new Scanner(fileOcr(), { defaultCountry: 'US' });

describe('international contact blocks through real OCR', () => {
  it('a Japanese card: numbers with +81 and with the calling code only, a -ku address with its postcode, no postcode taken for a phone', async () => {
    const spec = card('jp', [
      { role: 'name', text: 'Hiroshi Tanaka' },
      { role: 'title', text: 'General Manager' },
      { role: 'company', text: 'Sakura Systems Co., Ltd.' },
      { role: 'address', text: '2-10-2 Fujimi, Chiyoda-ku,' },
      { role: 'address', text: 'Tokyo 102-0071, Japan' },
      { role: 'phone', text: 'TEL: +81-3-5205-6455' },
      { role: 'phone', text: 'Mobile: 81-90-4168-0379' },
      { role: 'email', text: 'E-mail: h.tanaka@sakura-sys.co.jp' },
    ]);
    for (const image of await cleanAndPhoto(spec)) {
      const { draft } = await scanner.scanBytes(image, 'jp.png');
      expect(draft.fields.name).toBe('Hiroshi Tanaka');
      expect(draft.fields.company).toBe('Sakura Systems Co., Ltd.');
      expect(draft.fields.phones.map((p) => p.value).sort()).toEqual(['+81352056455', '+819041680379']);
      expect(draft.fields.address).toMatch(/Chiyoda-ku.*Tokyo 102-0071/);
      expect(draft.fields.emails).toEqual(['h.tanaka@sakura-sys.co.jp']);
      expect(draft.missing).toEqual([]);
    }
  });

  it('a Brazilian card: a second number without its area code, Ltda. as the legal form, "Dr." left out of the name', async () => {
    const spec = card('br', [
      { role: 'name', text: 'Dr. Ana Paula Souza' },
      { role: 'title', text: 'Diretora Comercial' },
      { role: 'company', text: 'Nexo Tecnologia Ltda.' },
      { role: 'phone', text: 'Telefone: (11) 2747-8430 / 2746-6245' },
      { role: 'address', text: 'Rua Augusta, 1500 - Sala 12' },
      { role: 'address', text: '01304-001 São Paulo - SP, Brasil' },
      { role: 'email', text: 'ana.souza@nexo.com.br' },
    ]);
    const { draft } = await scanner.scanBytes(await renderCard(spec), 'br.png');
    expect(draft.fields.name).toBe('Ana Paula Souza');
    expect(draft.fields.company).toBe('Nexo Tecnologia Ltda.');
    expect(draft.fields.phones.map((p) => p.value)).toEqual(['+551127478430', '+551127466245']);
    expect(draft.fields.emails).toEqual(['ana.souza@nexo.com.br']);
  });

  it('a card with no name line is flagged, not silently empty', async () => {
    const spec = card('noname', [
      { role: 'company', text: 'Bluefin Analytics LLC' },
      { role: 'phone', text: 'Tel: (415) 555-0132' },
      { role: 'website', text: 'www.bluefin-analytics.com' },
    ]);
    const { draft } = await scanner.scanBytes(await renderCard(spec), 'noname.png');
    expect(draft.fields.name).toBe('');
    expect(draft.missing).toContain('name');
    expect(draft.fields.phones.map((p) => p.value)).toEqual(['+14155550132']);
  });
});
