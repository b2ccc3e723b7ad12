import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../shared/contact.js';
import { findDarkPanels, panelImage, panelLinesBack, withPanelLines } from '../../main/recognize/panels.js';

const W = 1050;
const H = 600;
const svg = (body: string, bg = '#f4f4f0') =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="${bg}"/>${body}</svg>`)).greyscale().png().toBuffer();
const text = (s: string, x: number, y: number, fill = '#111', size = 30) => `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="${size}" fill="${fill}">${s}</text>`;

function line(t: string, x: number, y: number, w: number, h: number, confidence: number): OcrLine {
  return { text: t, confidence, box: { x, y, w, h }, words: [{ text: t, confidence, box: { x, y, w, h } }] };
}

describe('dark panels with light print', () => {
  it('finds a black pill holding a white web address, where it lies', async () => {
    const png = await svg(`${text('Franck Ginon', 380, 150, '#111', 40)}${text('+34 618 763 938', 380, 300)}<rect x="380" y="420" width="260" height="50" rx="25" fill="#111"/>${text('WWW.RAFT.AI', 410, 455, '#fff', 26)}`);
    const boxes = await findDarkPanels(png);
    expect(boxes).toHaveLength(1);
    const b = boxes[0]!;
    expect(Math.abs(b.x - 380)).toBeLessThan(12);
    expect(Math.abs(b.y - 420)).toBeLessThan(12);
    expect(Math.abs(b.w - 260)).toBeLessThan(16);
    expect(Math.abs(b.h - 50)).toBeLessThan(16);
    // Cut out and inverted: dark print on light paper, in a white margin.
    const p = await panelImage(png, b);
    const { data, info } = await sharp(p.png).greyscale().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[y * info.width + x]!;
    expect(at(2, 2)).toBe(255); // the margin
    expect(at(p.margin + 20, p.margin + Math.round(b.h / 2))).toBeGreaterThan(200); // the pill, now light
    // Its print, now dark: the darkest pixel of the middle row.
    const row = Array.from({ length: info.width }, (_, x) => at(x, p.margin + Math.round(b.h / 2)));
    expect(Math.min(...row)).toBeLessThan(80);
  });

  it('ignores dark shapes with nothing written in them, thin rules, and print on plain paper', async () => {
    const png = await svg(`<rect x="0" y="586" width="${W}" height="14" fill="#1f5fa8"/><rect x="900" y="40" width="60" height="60" rx="10" fill="#111"/><rect x="60" y="300" width="900" height="3" fill="#111"/><rect x="100" y="380" width="400" height="120" fill="#222"/>${text('Anna Whitfield', 60, 120, '#111', 44)}`);
    expect(await findDarkPanels(png)).toEqual([]);
    // Bold words: dark over most of their box, with counters closed in, but no panel round them.
    const bold = await svg(`<text x="60" y="140" font-family="DejaVu Sans" font-size="72" font-weight="bold" fill="#111">MODDULE</text><text x="60" y="400" font-family="DejaVu Sans" font-size="48" font-weight="bold" fill="#111">Ben Jones</text>`);
    expect(await findDarkPanels(bold)).toEqual([]);
  });

  it('a card dark all over is no panel (its OCR image is inverted already)', async () => {
    const png = await svg(text('Anna Whitfield', 60, 120, '#eee', 44), '#151515');
    expect(await findDarkPanels(png)).toEqual([]);
  });

  it('puts the panel reading in place of what the first reading made of the panel, when it is surer', () => {
    const panel = { x: 380, y: 420, w: 260, h: 50 };
    const first = [line('Franck Ginon', 380, 110, 270, 40, 0.95), line('~ == ;', 390, 430, 230, 30, 0.31)];
    const read = panelLinesBack([line('WWW.RAFT.AI', 40, 22, 200, 26, 0.91)], { left: 380, top: 420, margin: 12 });
    expect(read[0]!.box).toEqual({ x: 408, y: 430, w: 200, h: 26 });
    const lines = withPanelLines(first, [{ box: panel, lines: read }]);
    expect(lines.map((l) => l.text)).toEqual(['Franck Ginon', 'WWW.RAFT.AI']);
    // Tesseract read the inverted print itself, and more surely: its reading stays.
    const sure = [first[0]!, line('WWW.RAFT.AI', 410, 431, 200, 26, 0.96)];
    expect(withPanelLines(sure, [{ box: panel, lines: [line('WWW.RAFT.Al', 408, 430, 200, 26, 0.8)] }])).toBe(sure);
    // Specks read in the panel add nothing.
    expect(withPanelLines(first, [{ box: panel, lines: [line('~', 408, 430, 10, 26, 0.9)] }])).toBe(first);
  });
});
