import type { OcrLine } from '../shared/contact.js';

/** OCR-shaped input for extraction tests: one line per string, stacked, each word with a box. */
export function lines(...texts: string[]): OcrLine[] {
  return texts.map((text, i) => {
    let x = 50;
    const words = text.split(' ').map((w) => {
      const box = { x, y: 40 + i * 50, w: w.length * 14, h: 30 };
      x += box.w + 12;
      return { text: w, confidence: 0.95, box };
    });
    return { text, confidence: 0.95, box: { x: 50, y: 40 + i * 50, w: x - 50, h: 30 }, words };
  });
}
